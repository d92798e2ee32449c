package dev.copro.testkit;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Measurement;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Measurement}: value, n, components, findings, warnings and breakdowns.
 * Created by {@link CoproAssertions#assertThat(Measurement)} or {@link
 * MetricResultAssert#measurement()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MeasurementAssert extends AbstractAssert<MeasurementAssert, Measurement> {

  MeasurementAssert(Measurement actual) {
    super(actual, MeasurementAssert.class);
  }

  /** Checks the headline value exactly. */
  public MeasurementAssert hasValue(double expected) {
    return number("the value", value(), expected, null);
  }

  /** Checks the headline value within an offset, such as {@code within(1e-9)}. */
  public MeasurementAssert hasValueCloseTo(double expected, Offset<Double> offset) {
    return number("the value", value(), expected, offset);
  }

  /** Checks that there is no headline value. */
  public MeasurementAssert hasNoValue() {
    isNotNull();
    if (actual.value() != null) {
      throw failure("Expected no value but the value is %s", actual.value());
    }
    return myself;
  }

  /** Checks that there is no headline value, for a reason containing the fragment. */
  public MeasurementAssert hasNoValueWithReasonContaining(String fragment) {
    hasNoValue();
    String reason = String.valueOf(actual.noValueReason());
    if (!reason.contains(fragment)) {
      throw failure(
          "Expected the reason for no value to contain%n  %s%nbut it is%n  %s", fragment, reason);
    }
    return myself;
  }

  /** Checks how many people, records or decisions the value rests on. */
  public MeasurementAssert hasN(long expected) {
    isNotNull();
    if (actual.n() != expected) {
      throw failure("Expected n to be %s but it is %s", expected, actual.n());
    }
    return myself;
  }

  /** Checks a named component exactly. */
  public MeasurementAssert hasComponent(String name, double expected) {
    return number("the component '" + name + "'", component(name), expected, null);
  }

  /** Checks a named component within an offset. */
  public MeasurementAssert hasComponentCloseTo(
      String name, double expected, Offset<Double> offset) {
    return number("the component '" + name + "'", component(name), expected, offset);
  }

  /** Checks that there is a finding with the code. */
  public MeasurementAssert hasFinding(String code) {
    findings().hasFinding(code);
    return myself;
  }

  /** Checks that a finding with the code has (at least) all the given evidence. */
  public MeasurementAssert hasFindingWithEvidence(String code, String... evidence) {
    findings().hasFindingWithEvidence(code, evidence);
    return myself;
  }

  /** Checks that no finding has the code. */
  public MeasurementAssert hasNoFinding(String code) {
    findings().hasNoFinding(code);
    return myself;
  }

  /** Checks that there are no findings at all. */
  public MeasurementAssert hasNoFindings() {
    findings().isEmpty();
    return myself;
  }

  /** Checks that a warning contains the fragment. */
  public MeasurementAssert hasWarningContaining(String fragment) {
    isNotNull();
    if (actual.warnings().stream().noneMatch(w -> w.contains(fragment))) {
      throw failure(
          "Expected a warning containing%n  %s%nbut the warnings are%n  %s",
          fragment, actual.warnings());
    }
    return myself;
  }

  /** Checks that there are no warnings. */
  public MeasurementAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      throw failure("Expected no warnings but there are%n  %s", actual.warnings());
    }
    return myself;
  }

  /** Assertions on the findings. */
  public FindingsAssert findings() {
    isNotNull();
    return new FindingsAssert(actual.findings()).describedAs(descriptionText());
  }

  /** Assertions on the breakdown by the dimension; fails if there is none. */
  public BreakdownAssert breakdown(String dimension) {
    isNotNull();
    for (Breakdown breakdown : actual.breakdowns()) {
      if (breakdown.dimension().equals(dimension)) {
        return new BreakdownAssert(breakdown).describedAs(descriptionText());
      }
    }
    throw failure(
        "Expected a breakdown by '%s' but the breakdowns are by %s",
        dimension, actual.breakdowns().stream().map(Breakdown::dimension).toList());
  }

  private @Nullable Double value() {
    isNotNull();
    if (actual.value() == null) {
      throw failure("Expected a value but there is none: %s", actual.noValueReason());
    }
    return actual.value();
  }

  private @Nullable Double component(String name) {
    isNotNull();
    if (!actual.components().containsKey(name)) {
      throw failure(
          "Expected a component '%s' but the components are %s",
          name, actual.components().keySet());
    }
    return actual.components().get(name);
  }

  private MeasurementAssert number(
      String what, @Nullable Double number, double expected, @Nullable Offset<Double> offset) {
    String mismatch = Numbers.mismatch(what, number, expected, offset);
    if (mismatch != null) {
      throw failure("%s", mismatch);
    }
    return myself;
  }
}
