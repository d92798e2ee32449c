package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.copro.model.Dataset;
import dev.copro.spi.Scope;
import example.plugins.HostilePlugins;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IsolationTest {

  private static final Dataset DATA = Fixtures.dataset();
  private static final ClassLoader HOSTILE = Fixtures.plugins("good", "hostile");

  /** Evaluates the well-behaved plugins and the given hostile ones. */
  private static Report evaluate(Copro.Builder builder, String... hostile) {
    Configuration config = Configuration.builder().enable(TestPlugins.IDS).enable(hostile).build();
    try (Copro copro = builder.classLoader(HOSTILE).configuration(config).build()) {
      HostilePlugins.CallsBack.engine = copro;
      return copro.evaluate(DATA);
    }
  }

  /** Checks the hostile metric failed, naming itself and the reason, and nothing else changed. */
  private static void assertFailsAlone(Copro.Builder builder, String id, String reason) {
    Report baseline = evaluate(Copro.builder());
    Report report = evaluate(builder, id);

    Report.MetricResult failed = report.metric(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.measurement()).isNull();
    assertThat(failed.failure()).doesNotContain(id + ": ").contains(reason);
    assertThat(ReportJson.toJson(Fixtures.without(report, id)))
        .isEqualTo(ReportJson.toJson(baseline));
  }

  static Stream<Arguments> hostileMetrics() {
    return Stream.of(
        arguments("throws-unchecked", "threw java.lang.IllegalStateException: boom"),
        arguments("throws-checked", "threw java.io.IOException: disk on fire"),
        arguments("returns-null", "returned null instead of a measurement"),
        arguments("returns-nan", "its value is not a finite number (NaN)"),
        arguments("returns-infinity", "its value is not a finite number (Infinity)"),
        arguments("out-of-range", "its value (1.5) is outside the declared range [0.0, 1.0]"),
        arguments("nan-component", "its component 'ratio' is not a finite number (NaN)"),
        arguments("infinite-interval", "its confidence interval [-Infinity, 0.6] is not finite"),
        arguments(
            "breakdown-out-of-range",
            "the value of the group 'carer' of its breakdown 'perspective' (2.0) is outside the declared range"),
        arguments("overflows-stack", "threw java.lang.StackOverflowError"),
        arguments("mutates-dataset", "threw java.lang.UnsupportedOperationException"),
        arguments(
            "calls-back",
            "plugin 'acme.hostile.calls-back' called Copro.evaluate from within a plugin call"),
        arguments("linkage-failure", "threw java.lang.NoSuchMethodError"),
        arguments("hostile-message", "threw example.plugins.HostilePlugins$HostileMessage$1"),
        arguments(
            "fails-in-one-scope",
            "threw java.lang.IllegalArgumentException: cannot handle i-2 (scope i-2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileMetrics")
  void evaluate_hostileMetric_failsAloneWithItsReason(String name, String reason) {
    assertFailsAlone(Copro.builder().parallelism(2), "acme.hostile." + name, reason);
  }

  @Test
  void evaluate_metricThatNeverReturns_failsAtItsTimeBudget() {
    assertFailsAlone(
        Copro.builder().timeBudget(Duration.ofMillis(300)),
        "acme.hostile.never-returns",
        "did not finish within its time budget of 300 ms");
  }

  @Test
  void evaluate_metricThatIgnoresInterruption_failsAtItsTimeBudgetAndKeepsItsThread() {
    assertFailsAlone(
        Copro.builder().timeBudget(Duration.ofMillis(300)),
        "acme.hostile.ignores-interruption",
        "did not finish within its time budget of 300 ms");
  }

  @Test
  void evaluate_metricThatAllocatesWithoutBound_failsWithOutOfMemoryError() {
    // One call at a time, so no well-behaved metric allocates while the hostile one fills the heap.
    assertFailsAlone(
        Copro.builder().parallelism(1),
        "acme.hostile.allocates-without-bound",
        "threw java.lang.OutOfMemoryError");
  }

  @Test
  void evaluate_virtualMachineErrorOtherThanStackOrMemory_isRethrown() {
    assertThatThrownBy(() -> evaluate(Copro.builder(), "acme.hostile.internal-error"))
        .isInstanceOf(InternalError.class)
        .hasMessage("simulated JVM failure");
  }

  @Test
  void evaluate_ruleThatReturnsNull_failsAlone() {
    Report baseline = evaluate(Copro.builder());
    Report report = evaluate(Copro.builder(), "acme.hostile.null-rule");

    Report.RuleResult failed = report.rule("acme.hostile.null-rule").orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).isEqualTo("returned null instead of a list of findings");
    assertThat(report.rules())
        .filteredOn(r -> r.status() == Report.Status.OK)
        .isEqualTo(baseline.rules());
    assertThat(report.metrics()).isEqualTo(baseline.metrics());
  }

  @Test
  void build_pluginsThatCannotBeLoaded_becomeFailuresNamingTheirClass() {
    try (Copro copro = Copro.builder().classLoader(Fixtures.plugins("good", "broken")).build()) {
      List<PluginFailure> failures = copro.pluginFailures();

      assertThat(failures)
          .extracting(PluginFailure::className)
          .containsExactly(
              HostilePlugins.ConstructorThrows.class.getName(),
              HostilePlugins.DescriptorThrows.class.getName(),
              HostilePlugins.DescriptorNull.class.getName(),
              HostilePlugins.StaticInitFails.class.getName(),
              HostilePlugins.NotAMetric.class.getName(),
              "example.plugins.DoesNotExist");
      assertThat(failures)
          .extracting(PluginFailure::reason)
          .satisfiesExactly(
              r -> assertThat(r).contains("threw java.lang.IllegalStateException: cannot start"),
              r ->
                  assertThat(r)
                      .contains("threw java.lang.UnsupportedOperationException: no descriptor"),
              r -> assertThat(r).endsWith("descriptor() returned null"),
              r ->
                  assertThat(r)
                      .contains("java.lang.ExceptionInInitializerError")
                      .contains("caused by java.lang.NumberFormatException"),
              r -> assertThat(r).contains("not a subtype"),
              r -> assertThat(r).contains("not found"));
      // Classes that could be loaded are located by their class; those that could not, by the
      // services file that names them.
      assertThat(failures.get(0).source()).isEqualTo(PluginLoader.location(HostilePlugins.class));
      assertThat(failures.subList(4, 6))
          .extracting(PluginFailure::source)
          .containsOnly(
              Fixtures.pluginPath("broken")
                  .resolve("META-INF/services/dev.copro.spi.Metric")
                  .toString());

      Report report = copro.evaluate(DATA);
      assertThat(report.pluginFailures()).isEqualTo(failures);
      assertThat(report.metrics())
          .extracting(Report.MetricResult::status)
          .containsOnly(Report.Status.OK);
    }
  }

  @Test
  void listener_thatThrows_doesNotBreakEvaluation() {
    ProgressListener throwing =
        new ProgressListener() {
          @Override
          public void started(String pluginId, Scope scope) {
            throw new IllegalStateException("listener broken");
          }

          @Override
          public void finished(String pluginId, Scope scope) {
            throw new StackOverflowError();
          }
        };

    assertThat(ReportJson.toJson(evaluate(Copro.builder().listener(throwing))))
        .isEqualTo(ReportJson.toJson(evaluate(Copro.builder())));
  }

  @Test
  void listener_hearsEveryCallAndEveryFailure() {
    List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Integer> planned = new AtomicReference<>();
    ProgressListener recording =
        new ProgressListener() {
          @Override
          public void evaluationStarted(int plannedCalls) {
            planned.set(plannedCalls);
          }

          @Override
          public void finished(String pluginId, Scope scope) {
            events.add("finished " + pluginId + " " + scope.label());
          }

          @Override
          public void failed(String pluginId, Scope scope, String reason) {
            events.add("failed " + pluginId + " " + scope.label());
          }
        };

    evaluate(Copro.builder().parallelism(1).listener(recording), "acme.hostile.throws-unchecked");

    // Two sliceable direct metrics over all, 2 initiatives and 3 quarters; the hostile one fails
    // over
    // all and is not called for its slices; then one aggregate and one rule.
    assertThat(planned.get()).isEqualTo(3 * 6 + 1 + 1);
    assertThat(events)
        .hasSize(2 * 6 + 1 + 1 + 1)
        .contains(
            "finished acme.test.attendance-rate 2025-Q3",
            "finished acme.test.activity-count i-2",
            "failed acme.hostile.throws-unchecked all",
            "finished acme.test.mean-of-shares all",
            "finished acme.test.low-rate all");
  }

  @Test
  void evaluate_interrupted_cancelsAndRestoresTheFlag() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    ProgressListener signal =
        new ProgressListener() {
          @Override
          public void started(String pluginId, Scope scope) {
            if (pluginId.equals("acme.hostile.never-returns")) {
              started.countDown();
            }
          }
        };
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread evaluating =
        new Thread(
            () -> {
              try {
                evaluate(
                    Copro.builder().parallelism(1).listener(signal), "acme.hostile.never-returns");
              } catch (Throwable t) {
                thrown.set(t);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    evaluating.start();
    started.await();
    evaluating.interrupt();
    evaluating.join();

    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(flag.get()).isTrue();
  }
}
