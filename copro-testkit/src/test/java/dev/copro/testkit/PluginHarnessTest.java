package dev.copro.testkit;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static dev.copro.testkit.CoproAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.DatasetContext;
import dev.copro.engine.PluginInfo;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Bloc;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Period;
import dev.copro.spi.Phase;
import dev.copro.spi.Rating;
import dev.copro.spi.Scope;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The harness, on {@link TestDatasets#small()}: 18 invitations, of which p-2's to a-3 was not taken
 * up, so the attendance share is 17/18; p-1 and p-2 (lived experience) took up 6 of their 7.
 */
class PluginHarnessTest {

  private static final Dataset SMALL = TestDatasets.small();

  @Test
  void evaluate_runsThroughTheEngine_ratingAndSuppressing() {
    var result = PluginHarness.forMetric(new KitFixtures.AttendanceShare()).evaluate(SMALL);

    assertThat(result)
        .isOk()
        .hasValueCloseTo(17.0 / 18, within(1e-12))
        .hasN(18)
        .hasRating(Rating.GREEN);
    // Every perspective has fewer than 5 people, the default minimum.
    assertThat(result)
        .breakdown("perspective")
        .hasGroups("carer", "commissioner", "lived-experience", "professional");
    assertThat(result).breakdown("perspective").group("lived-experience").isSuppressed();
  }

  @Test
  void measure_callsDirectly_withoutSuppression() {
    Measurement measurement =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare()).measure(SMALL);

    assertThat(measurement)
        .hasValueCloseTo(17.0 / 18, within(1e-12))
        .breakdown("perspective")
        .group("lived-experience")
        .isNotSuppressed()
        .hasValueCloseTo(6.0 / 7, within(1e-12))
        .hasN(2);
  }

  @Test
  void measure_scope_seesOnlyItsRecords() {
    // The first quarter of 2025 holds all four activities; the second none.
    MetricHarness harness = PluginHarness.forMetric(new KitFixtures.AttendanceShare());

    assertThat(harness.measure(SMALL, new Scope(TestDatasets.INITIATIVE, null))).hasN(18);
    assertThat(
            harness.measure(
                SMALL,
                new Scope(
                    null,
                    new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1), "2025-Q2"))))
        .hasNoValueWithReasonContaining("fewer than 1 invitations");
  }

  @Test
  void withParameter_reachesTheMetric() {
    var result =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare())
            .withParameter("minimumInvitations", 19)
            .evaluate(SMALL);

    assertThat(result)
        .hasNoValue()
        .hasNoValueWithReasonContaining("fewer than 19 invitations in scope");
  }

  @Test
  void withParameter_overridesTheConfigurationsValue() {
    MetricHarness harness =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare())
            .withConfiguration(
                Configuration.builder()
                    .parameter(KitFixtures.AttendanceShare.ID, "minimumInvitations", 19)
                    .suppressionMinimum(1)
                    .build())
            .withParameter("minimumInvitations", 18);

    assertThat(harness.configuration().parameters(KitFixtures.AttendanceShare.ID))
        .isEqualTo(Map.of("minimumInvitations", 18));
    assertThat(harness.evaluate(SMALL))
        .isOk()
        .breakdown("perspective")
        .group("lived-experience")
        .isNotSuppressed()
        .hasN(2);
  }

  @Test
  void withParameter_notDeclared_isRefusedByTheEngine() {
    MetricHarness harness =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare()).withParameter("minimum", 2);

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> harness.evaluate(SMALL));
    assertThat(refused.problems())
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .startsWith("the plugin 'acme.kit.attendance-share' has no parameter 'minimum'");
    assertThatThrownBy(() -> harness.measure(SMALL)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void withParameter_outsideItsRange_isRefusedByTheEngine() {
    MetricHarness harness =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare())
            .withParameter("minimumInvitations", 0);

    assertThatThrownBy(() -> harness.evaluate(SMALL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the parameter 'minimumInvitations' of 'acme.kit.attendance-share'");
  }

  @Test
  void withParameter_noParameterValue_isRejectedAtOnce() {
    MetricHarness harness = PluginHarness.forMetric(new KitFixtures.AttendanceShare());

    assertThatThrownBy(() -> harness.withParameter("minimumInvitations", 2L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void with_returnsNewHarnesses_leavingTheOriginalAlone() {
    MetricHarness original = PluginHarness.forMetric(new KitFixtures.AttendanceShare());

    original.withParameter("minimumInvitations", 19);

    assertThat(original.evaluate(SMALL)).isOk();
  }

  @Test
  void context_resolvesParameters_andTakesBlocAndDimensionsFromTheConfiguration() {
    Bloc professionals = new Bloc(EnumSet.of(Perspective.PROFESSIONAL));
    DatasetContext context =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare())
            .withConfiguration(
                Configuration.builder()
                    .bloc(professionals)
                    .breakdowns("perspective", "age-band")
                    .build())
            .context(SMALL);

    assertThat(context.parameters().asMap()).isEqualTo(Map.of("minimumInvitations", 1));
    assertThat(context.bloc()).isEqualTo(professionals);
    assertThat(context.dimensions())
        .extracting(d -> d.name())
        .containsExactly("perspective", "age-band");
    assertThat(context.isBloc("p-4")).isTrue();
  }

  @Test
  void withMetrics_aggregateSeesTheirOutcomes_withOutcomesInDirectCalls() {
    MetricHarness harness =
        PluginHarness.forMetric(new OutcomesWithValue())
            .withMetrics(new KitFixtures.AttendanceShare());
    Outcome outcome =
        new Outcome(
            new KitFixtures.AttendanceShare().descriptor(),
            Measurement.of(0.5, 2).build(),
            null,
            null);

    assertThat(harness.evaluate(SMALL)).hasValue(1);
    assertThat(harness.report(SMALL).metric(KitFixtures.AttendanceShare.ID)).isPresent();
    assertThat(harness.measure(SMALL)).hasValue(0);
    assertThat(harness.withOutcomes(List.of(outcome, outcome)).measure(SMALL)).hasValue(2);
  }

  @Test
  void engine_holdsThePluginAndItsCompanionsOnly() {
    try (Copro copro =
        PluginHarness.forMetric(new OutcomesWithValue())
            .withMetrics(new KitFixtures.AttendanceShare())
            .engine()) {
      assertThat(copro.plugins())
          .extracting(PluginInfo::id)
          .containsExactly(KitFixtures.AttendanceShare.ID, OutcomesWithValue.ID);
      assertThat(copro.parallelism()).isEqualTo(1);
    }
  }

  @Test
  void evaluate_pluginThatCannotLoad_failsWithTheEnginesReason() {
    MetricHarness harness = PluginHarness.forMetric(new KitFixtures.ThrowingDescriptor());

    assertThatThrownBy(() -> harness.evaluate(SMALL))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "the engine could not load a plugin: dev.copro.testkit.KitFixtures$ThrowingDescriptor: threw "
                + "java.lang.IllegalStateException: descriptor not ready");
    assertThatThrownBy(() -> harness.context(SMALL)).isInstanceOf(AssertionFailedError.class);
  }

  @Test
  void evaluate_disabledByTheConfiguration_failsSayingSo() {
    MetricHarness harness =
        PluginHarness.forMetric(new KitFixtures.AttendanceShare())
            .withConfiguration(
                Configuration.builder().disable(KitFixtures.AttendanceShare.ID).build());

    assertThatThrownBy(() -> harness.evaluate(SMALL))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "the report has no result for the metric 'acme.kit.attendance-share': the configuration does not "
                + "enable it");
  }

  @Test
  void withTimeBudget_failsACallThatRunsPastIt() {
    var result =
        PluginHarness.forMetric(new NeverReturns())
            .withTimeBudget(Duration.ofMillis(50))
            .evaluate(SMALL);

    assertThat(result).failedWithReasonContaining("did not finish within its time budget of 50 ms");
  }

  @Test
  void settings_thatCanNeverBeRight_areRejectedAtOnce() {
    MetricHarness harness = PluginHarness.forMetric(new KitFixtures.AttendanceShare());

    assertThatThrownBy(() -> harness.withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> harness.withTimeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    try (Copro copro = harness.withParallelism(3).engine()) {
      assertThat(copro.parallelism()).isEqualTo(3);
    }
  }

  @Test
  void ruleHarness_evaluatesAndChecks() {
    // a-3 and a-4 have attendees but no chair; a-3 has three attendees, a-4 four.
    RuleHarness harness = PluginHarness.forRule(new KitFixtures.UnchairedActivities());

    assertThat(harness.evaluate(SMALL))
        .isOk()
        .hasFindingWithEvidence("unchaired", "activity:a-3", "activity:a-4");
    assertThat(harness.withParameter("minimumAttendees", 4).evaluate(SMALL))
        .findings()
        .finding("unchaired")
        .hasEvidence("activity:a-4");
    assertThatFindings(harness.check(SMALL)).hasCodes("unchaired");
    assertThat(harness.descriptor().id()).isEqualTo(KitFixtures.UnchairedActivities.ID);
  }

  /** An aggregate metric: how many direct metrics had a value. */
  static final class OutcomesWithValue implements Metric {
    static final String ID = "acme.kit.outcomes-with-value";

    @Override
    public Descriptor descriptor() {
      return KitFixtures.count(ID).phase(Phase.AGGREGATE).build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      long withValue = context.outcomes().stream().filter(Outcome::hasValue).count();
      return Measurement.of(withValue, context.outcomes().size()).build();
    }
  }

  /** Waits for a signal that never comes, until the engine interrupts it. */
  static final class NeverReturns implements Metric {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public Descriptor descriptor() {
      return KitFixtures.count("acme.kit.never-returns").build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      try {
        never.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Measurement.noValue("interrupted");
    }
  }
}
