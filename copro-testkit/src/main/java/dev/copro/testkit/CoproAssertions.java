package dev.copro.testkit;

import dev.copro.engine.Report;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import java.util.List;
import org.apiguardian.api.API;

/**
 * AssertJ assertions for copro results, alongside AssertJ's own: import both {@code assertThat}s
 * statically and the most specific one is chosen.
 *
 * <pre>{@code
 * assertThat(result).isOk().hasValue(0.5).hasN(4)
 *     .hasFindingWithEvidence("no-bloc-chair", "activity:a-3");
 * assertThat(result).breakdown("perspective").group("carer").isSuppressed();
 * assertThat(failed).failedWithReasonContaining("outside the declared range");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CoproAssertions {

  private CoproAssertions() {}

  /** Assertions on a metric's result in a report. */
  public static MetricResultAssert assertThat(Report.MetricResult actual) {
    return new MetricResultAssert(actual);
  }

  /** Assertions on a rule's result in a report. */
  public static RuleResultAssert assertThat(Report.RuleResult actual) {
    return new RuleResultAssert(actual);
  }

  /** Assertions on a measurement, such as one a metric returned when called directly. */
  public static MeasurementAssert assertThat(Measurement actual) {
    return new MeasurementAssert(actual);
  }

  /** Assertions on a breakdown. */
  public static BreakdownAssert assertThat(Breakdown actual) {
    return new BreakdownAssert(actual);
  }

  /** Assertions on one group of a breakdown. */
  public static GroupAssert assertThat(Group actual) {
    return new GroupAssert(actual);
  }

  /** Assertions on a finding. */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }

  /** Assertions on findings, such as those a rule returned when called directly. */
  public static FindingsAssert assertThatFindings(List<Finding> actual) {
    return new FindingsAssert(actual);
  }
}
