package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.copro.model.Dataset;
import example.plugins.HostilePlugins;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plugins that reach past the SPI: reflection into the shared dataset and threads of their own.
 * Each evaluation gets a fresh dataset, so that an attack that did get through would show in the
 * well-behaved metrics' results and in the dataset afterwards, and could not leak into other tests.
 * What in-process isolation cannot contain is listed in docs/reliability.md.
 */
class HostileCodeTest {

  private static final ClassLoader HOSTILE = Fixtures.plugins("good", "hostile");

  /**
   * Evaluates the well-behaved plugins and the given hostile ones, one call at a time, hostile ones
   * first.
   */
  private static Report evaluate(Dataset data, String... hostile) {
    Configuration config = Configuration.builder().enable(TestPlugins.IDS).enable(hostile).build();
    try (Copro copro =
        Copro.builder().classLoader(HOSTILE).configuration(config).parallelism(1).build()) {
      HostilePlugins.CallsBack.engine = copro;
      return copro.evaluate(data);
    }
  }

  static Stream<Arguments> hostileMetrics() {
    return Stream.of(
        arguments(
            "reflects-into-record", "threw java.lang.IllegalAccessException: Can not set final"),
        arguments("reflects-into-list", "threw java.lang.reflect.InaccessibleObjectException"),
        arguments(
            "thread-calls-back",
            "plugin 'acme.hostile.thread-calls-back' called Copro.evaluate from within a plugin call"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileMetrics")
  void evaluate_pluginReachingPastTheSpi_failsAloneAndChangesNothing(String name, String reason) {
    String id = "acme.hostile." + name;
    String baseline = ReportJson.toJson(evaluate(Fixtures.dataset()));
    Dataset data = Fixtures.dataset();

    Report report = evaluate(data, id);

    Report.MetricResult failed = report.metric(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).doesNotContain(id + ": ").contains(reason);
    assertThat(ReportJson.toJson(Fixtures.without(report, id))).isEqualTo(baseline);
    assertThat(data).isEqualTo(Fixtures.dataset());
  }

  @Test
  void evaluate_pluginWhoseThreadOutlivesItsCall_doesNotChangeTheReportOrKeepTheJvmAlive()
      throws InterruptedException {
    String id = "acme.hostile.thread-outlives-call";
    String baseline = ReportJson.toJson(evaluate(Fixtures.dataset()));

    Report report = evaluate(Fixtures.dataset(), id);

    Thread lingering = HostilePlugins.ThreadOutlivesCall.started;
    try {
      assertThat(report.metric(id).orElseThrow().status()).isEqualTo(Report.Status.NO_VALUE);
      assertThat(ReportJson.toJson(Fixtures.without(report, id))).isEqualTo(baseline);
      // Threads inherit daemon status from the worker that started them, so a plugin's threads do
      // not
      // keep the host's JVM running unless the plugin marks them otherwise.
      assertThat(lingering.isAlive()).isTrue();
      assertThat(lingering.isDaemon()).isTrue();
    } finally {
      lingering.interrupt();
      lingering.join();
    }
  }
}
