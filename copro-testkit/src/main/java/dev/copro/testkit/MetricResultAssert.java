package dev.copro.testkit;

import dev.copro.engine.Report;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a metric's result in a report: its status, rating and failure, and — through its
 * measurement — its value, n, components, findings, warnings and breakdowns. Methods about the
 * measurement fail first if the metric failed, with its reason. Created by {@link
 * CoproAssertions#assertThat(Report.MetricResult)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MetricResultAssert
    extends AbstractAssert<MetricResultAssert, Report.MetricResult> {

  MetricResultAssert(Report.MetricResult actual) {
    super(actual, MetricResultAssert.class);
  }

  /** Checks the status: {@code OK}, {@code NO_VALUE} or {@code FAILED}. */
  public MetricResultAssert hasStatus(Report.Status expected) {
    isNotNull();
    if (actual.status() != expected) {
      throw failure(
          "Expected metric '%s' to have the status %s but it is %s%s",
          actual.id(), expected, actual.status(), circumstances());
    }
    return myself;
  }

  /** Checks that the metric produced a value. */
  public MetricResultAssert isOk() {
    return hasStatus(Report.Status.OK);
  }

  /** Checks that the metric ran but had no value. */
  public MetricResultAssert hasNoValue() {
    return hasStatus(Report.Status.NO_VALUE);
  }

  /** Checks that the metric had no value for a reason containing the fragment. */
  public MetricResultAssert hasNoValueWithReasonContaining(String fragment) {
    measurement().hasNoValueWithReasonContaining(fragment);
    return myself;
  }

  /** Checks that the metric failed, for a reason (the engine's) containing the fragment. */
  public MetricResultAssert failedWithReasonContaining(String fragment) {
    hasStatus(Report.Status.FAILED);
    String failure = String.valueOf(actual.failure());
    if (!failure.contains(fragment)) {
      throw failure(
          "Expected metric '%s' to have failed with a reason containing%n  %s%nbut the reason is%n  %s",
          actual.id(), fragment, failure);
    }
    return myself;
  }

  /** Checks the rating of the value. */
  public MetricResultAssert hasRating(Rating expected) {
    isNotNull();
    if (actual.rating() != expected) {
      throw failure(
          "Expected metric '%s' to be rated %s but it is %s%s",
          actual.id(),
          expected,
          actual.rating() == null ? "not rated" : actual.rating(),
          circumstances());
    }
    return myself;
  }

  /** Checks that the value is not rated (no thresholds, no value, or failed). */
  public MetricResultAssert isNotRated() {
    isNotNull();
    if (actual.rating() != null) {
      throw failure(
          "Expected metric '%s' not to be rated but it is rated %s", actual.id(), actual.rating());
    }
    return myself;
  }

  /** Checks the headline value exactly. */
  public MetricResultAssert hasValue(double expected) {
    measurement().hasValue(expected);
    return myself;
  }

  /** Checks the headline value within an offset, such as {@code within(1e-9)}. */
  public MetricResultAssert hasValueCloseTo(double expected, Offset<Double> offset) {
    measurement().hasValueCloseTo(expected, offset);
    return myself;
  }

  /** Checks how many people, records or decisions the value rests on. */
  public MetricResultAssert hasN(long expected) {
    measurement().hasN(expected);
    return myself;
  }

  /** Checks a named component exactly. */
  public MetricResultAssert hasComponent(String name, double expected) {
    measurement().hasComponent(name, expected);
    return myself;
  }

  /** Checks a named component within an offset. */
  public MetricResultAssert hasComponentCloseTo(
      String name, double expected, Offset<Double> offset) {
    measurement().hasComponentCloseTo(name, expected, offset);
    return myself;
  }

  /** Checks that there is a finding with the code. */
  public MetricResultAssert hasFinding(String code) {
    measurement().hasFinding(code);
    return myself;
  }

  /** Checks that a finding with the code has (at least) all the given evidence. */
  public MetricResultAssert hasFindingWithEvidence(String code, String... evidence) {
    measurement().hasFindingWithEvidence(code, evidence);
    return myself;
  }

  /** Checks that no finding has the code. */
  public MetricResultAssert hasNoFinding(String code) {
    measurement().hasNoFinding(code);
    return myself;
  }

  /** Checks that there are no findings at all. */
  public MetricResultAssert hasNoFindings() {
    measurement().hasNoFindings();
    return myself;
  }

  /** Checks that a warning contains the fragment. */
  public MetricResultAssert hasWarningContaining(String fragment) {
    measurement().hasWarningContaining(fragment);
    return myself;
  }

  /** Checks that there are no warnings. */
  public MetricResultAssert hasNoWarnings() {
    measurement().hasNoWarnings();
    return myself;
  }

  /** Assertions on the breakdown by the dimension (after the engine's suppression). */
  public BreakdownAssert breakdown(String dimension) {
    return measurement().breakdown(dimension);
  }

  /** Assertions on the findings. */
  public FindingsAssert findings() {
    return measurement().findings();
  }

  /** Assertions on the measurement; fails if the metric failed. */
  public MeasurementAssert measurement() {
    isNotNull();
    Measurement measurement = actual.measurement();
    if (measurement == null) {
      throw failure(
          "Expected metric '%s' to have a measurement but it failed: %s",
          actual.id(), actual.failure());
    }
    return new MeasurementAssert(measurement).describedAs("metric '%s'", actual.id());
  }

  private String circumstances() {
    Measurement m = actual.measurement();
    if (m == null) {
      return " (failed: " + actual.failure() + ")";
    }
    return m.value() == null
        ? " (no value: " + m.noValueReason() + ")"
        : " (value " + m.value() + ")";
  }
}
