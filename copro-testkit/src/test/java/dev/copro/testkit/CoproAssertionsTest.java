package dev.copro.testkit;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static dev.copro.testkit.CoproAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.Report;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CoproAssertionsTest {

  private static final Finding FINDING =
      Finding.of(
          "no-bloc-chair",
          Severity.MEDIUM,
          "none of the last 3",
          List.of("initiative:i-1", "activity:a-1", "activity:a-2"));

  private static final Measurement MEASURED =
      Measurement.of(0.5, 4)
          .component("early", 0.25)
          .breakdown(
              new Breakdown(
                  "perspective",
                  List.of(
                      Group.of("carer", 0.75, 6, 4),
                      Group.noValue("commissioner", 5),
                      Group.of("professional", 0.25, 2).suppress())))
          .finding(FINDING)
          .warning("2 activities have no start time recorded")
          .build();

  private static final Report.MetricResult OK = result(MEASURED, Rating.AMBER, null);
  private static final Report.MetricResult NO_VALUE =
      result(Measurement.noValue("no decisions recorded"), null, null);
  private static final Report.MetricResult FAILED =
      result(null, null, "threw java.lang.IllegalStateException");

  private static Report.MetricResult result(
      Measurement measurement, Rating rating, String failure) {
    return new Report.MetricResult(
        "acme.x",
        "1.0.0",
        "X",
        "What X is.",
        Set.of(),
        Unit.SHARE,
        measurement,
        rating,
        Thresholds.higherIsBetter(0.8, 0.4),
        failure);
  }

  private static Report.RuleResult rule(List<Finding> findings, String failure) {
    return new Report.RuleResult(
        "acme.r", "1.0.0", "R", "What R checks.", Set.of(), findings, failure);
  }

  private static void fails(ThrowingCallable assertion, String message) {
    assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessageContaining(message);
  }

  @Test
  void metricResult_status() {
    assertThat(OK).isOk().hasStatus(Report.Status.OK).hasRating(Rating.AMBER);
    assertThat(NO_VALUE).hasNoValue().isNotRated().hasNoValueWithReasonContaining("no decisions");
    assertThat(FAILED).failedWithReasonContaining("IllegalStateException");

    fails(
        () -> assertThat(FAILED).isOk(),
        "Expected metric 'acme.x' to have the status OK but it is FAILED (failed: threw");
    fails(
        () -> assertThat(NO_VALUE).isOk(), "but it is NO_VALUE (no value: no decisions recorded)");
    fails(() -> assertThat(OK).hasNoValue(), "but it is OK (value 0.5)");
    fails(() -> assertThat(OK).failedWithReasonContaining("x"), "to have the status FAILED");
    fails(
        () -> assertThat(FAILED).failedWithReasonContaining("NullPointer"),
        "to have failed with a reason containing");
    fails(
        () -> assertThat(OK).hasRating(Rating.GREEN),
        "Expected metric 'acme.x' to be rated GREEN but it is AMBER");
    fails(() -> assertThat(NO_VALUE).hasRating(Rating.GREEN), "but it is not rated");
    fails(() -> assertThat(OK).isNotRated(), "not to be rated but it is rated AMBER");
    fails(
        () -> assertThat(NO_VALUE).hasNoValueWithReasonContaining("votes"),
        "Expected the reason for no value");
  }

  @Test
  void metricResult_measurementOfAFailedMetric_failsWithItsReason() {
    fails(
        () -> assertThat(FAILED).hasValue(0.5),
        "Expected metric 'acme.x' to have a measurement but it failed: threw");
  }

  @Test
  void metricResult_delegatesToItsMeasurement_namingTheMetric() {
    assertThat(OK)
        .hasValue(0.5)
        .hasValueCloseTo(0.49, within(0.02))
        .hasN(4)
        .hasComponent("early", 0.25)
        .hasComponentCloseTo("early", 0.3, within(0.1))
        .hasFinding("no-bloc-chair")
        .hasFindingWithEvidence("no-bloc-chair", "activity:a-2", "initiative:i-1")
        .hasNoFinding("other")
        .hasWarningContaining("no start time");
    assertThat(NO_VALUE).hasNoFindings().hasNoWarnings();
    assertThat(OK).findings().hasCodes("no-bloc-chair");

    fails(
        () -> assertThat(OK).hasValue(0.6),
        "[metric 'acme.x'] Expected the value to be 0.6 but it is 0.5");
    fails(
        () -> assertThat(OK).hasValueCloseTo(0.6, within(0.05)),
        "Expected the value to be 0.6 within 0.05 but it is 0.5 (off by");
    fails(
        () -> assertThat(NO_VALUE).hasValue(0.5),
        "Expected a value but there is none: no decisions recorded");
    fails(() -> assertThat(OK).hasN(5), "Expected n to be 5 but it is 4");
    fails(
        () -> assertThat(OK).hasComponent("late", 0.1),
        "Expected a component 'late' but the components are [early]");
    fails(
        () -> assertThat(OK).hasComponent("early", 0.1),
        "Expected the component 'early' to be 0.1 but it is 0.25");
    fails(
        () -> assertThat(OK).hasComponentCloseTo("early", 0.1, within(0.1)),
        "within 0.1 but it is 0.25");
    fails(
        () -> assertThat(OK).hasNoFindings(),
        "Expected no findings but there are 1: [no-bloc-chair]");
    fails(() -> assertThat(OK).hasNoWarnings(), "Expected no warnings but there are");
    fails(() -> assertThat(OK).hasWarningContaining("budget"), "Expected a warning containing");
  }

  @Test
  void measurement_directly() {
    assertThat(MEASURED).hasValue(0.5).hasN(4);
    assertThat(Measurement.noValue("none")).hasNoValue().hasNoValueWithReasonContaining("none");

    fails(() -> assertThat(MEASURED).hasNoValue(), "Expected no value but the value is 0.5");
    fails(
        () -> assertThat(Measurement.noValue("none")).hasNoValueWithReasonContaining("some"),
        "Expected the reason for no value to contain");
  }

  @Test
  void findings() {
    assertThatFindings(MEASURED.findings())
        .hasFinding("no-bloc-chair")
        .hasNoFinding("late-payment")
        .hasCodes("no-bloc-chair");
    assertThatFindings(List.of()).isEmpty();
    assertThat(FINDING)
        .hasSeverity(Severity.MEDIUM)
        .hasMessageContaining("last 3")
        .hasEvidence("initiative:i-1", "activity:a-1", "activity:a-2");

    fails(
        () -> assertThat(OK).hasFinding("late-payment"),
        "Expected a finding 'late-payment' but the findings are [no-bloc-chair]");
    fails(
        () -> assertThat(OK).hasFindingWithEvidence("no-bloc-chair", "activity:a-9"),
        "Expected a finding 'no-bloc-chair' with the evidence");
    fails(
        () -> assertThat(OK).hasNoFinding("no-bloc-chair"),
        "Expected no finding 'no-bloc-chair' but there is one");
    fails(
        () -> assertThatFindings(MEASURED.findings()).hasCodes("a", "b"),
        "Expected findings with the codes");
    fails(
        () -> assertThat(FINDING).hasSeverity(Severity.HIGH),
        "Expected finding 'no-bloc-chair' to have the severity HIGH but it is MEDIUM");
    fails(
        () -> assertThat(FINDING).hasMessageContaining("first"),
        "Expected the message of finding 'no-bloc-chair'");
    fails(
        () -> assertThat(FINDING).hasEvidence("activity:a-1"),
        "Expected the evidence of finding 'no-bloc-chair'");
  }

  @Test
  void breakdownsAndGroups() {
    assertThat(OK).breakdown("perspective").hasGroups("carer", "commissioner", "professional");
    assertThat(OK)
        .breakdown("perspective")
        .group("carer")
        .isNotSuppressed()
        .hasValue(0.75)
        .hasN(6)
        .hasPeople(4)
        .hasValueCloseTo(0.8, within(0.1));
    assertThat(OK).breakdown("perspective").group("commissioner").hasNoValue().hasN(5);
    assertThat(OK).breakdown("perspective").group("professional").isSuppressed().hasNoValue();

    fails(
        () -> assertThat(OK).breakdown("age-band"),
        "Expected a breakdown by 'age-band' but the breakdowns are by [perspective]");
    fails(
        () -> assertThat(OK).breakdown("perspective").hasGroups("carer"),
        "Expected the breakdown by 'perspective' to have the groups");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("other"),
        "to have a group 'other' but its groups are [carer, commissioner, professional]");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("carer").isSuppressed(),
        "Expected group 'carer' to be suppressed but it is shown with value 0.75 and n 6");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("professional").isNotSuppressed(),
        "Expected group 'professional' to be shown but it is suppressed");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("carer").hasValue(0.5),
        "Expected the value of group 'carer' to be 0.5 but it is 0.75");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("professional").hasValue(0.25),
        "Expected the value of group 'professional' to be 0.25 but there is none");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("carer").hasNoValue(),
        "Expected group 'carer' to have no value but it is 0.75");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("professional").hasN(2),
        "Expected group 'professional' to have n 2 but it has none (suppressed)");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("carer").hasN(5),
        "Expected group 'carer' to have n 5 but it has 6");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("carer").hasPeople(6),
        "Expected group 'carer' to be about 6 people but it is about 4");
    fails(
        () -> assertThat(OK).breakdown("perspective").group("commissioner").hasPeople(5),
        "Expected group 'commissioner' to be about 5 people but it does not say how many (or is suppressed)");
  }

  @Test
  void ruleResult() {
    Report.RuleResult found = rule(List.of(FINDING), null);
    Report.RuleResult failed =
        rule(List.of(), "acme.r: returned null instead of a list of findings");

    assertThat(found)
        .isOk()
        .hasFinding("no-bloc-chair")
        .hasFindingWithEvidence("no-bloc-chair", "activity:a-1")
        .hasNoFinding("other");
    assertThat(rule(List.of(), null)).hasNoFindings();
    assertThat(failed).failedWithReasonContaining("returned null");

    fails(
        () -> assertThat(failed).isOk(),
        "Expected rule 'acme.r' to have run but it failed: acme.r: returned null");
    fails(
        () -> assertThat(failed).hasNoFindings(),
        "Expected rule 'acme.r' to have run but it failed");
    fails(
        () -> assertThat(found).failedWithReasonContaining("null"),
        "Expected rule 'acme.r' to have failed but it ran, with the findings");
    fails(
        () -> assertThat(failed).failedWithReasonContaining("threw"),
        "to have failed with a reason containing");
    fails(
        () -> assertThat(found).hasNoFindings(),
        "[rule 'acme.r'] Expected no findings but there are 1");
  }
}
