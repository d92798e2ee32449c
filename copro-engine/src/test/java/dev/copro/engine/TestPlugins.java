package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Principle;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Phase;
import dev.copro.spi.Rating;
import dev.copro.spi.Rule;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Well-behaved plugins for the engine's tests, registered in {@code plugins/good} (not on the test
 * class path's own {@code META-INF/services}, so other tests do not discover them).
 */
public final class TestPlugins {

  /** The ids of the well-behaved plugins. */
  static final List<String> IDS =
      List.of(AttendanceRate.ID, ActivityCount.ID, MeanOfShares.ID, LowRateRule.ID);

  private TestPlugins() {}

  /**
   * Share of attendance records (invitations) that were attended, broken down by the configured
   * dimensions.
   */
  public static final class AttendanceRate implements Metric {
    static final String ID = "acme.test.attendance-rate";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .name("Attendance rate")
          .description("Share of invitations taken up.")
          .principles(Principle.ACCESSIBILITY)
          .thresholds(Thresholds.higherIsBetter(0.8, 0.5))
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      List<Attendance> records = context.attendance();
      if (records.isEmpty()) {
        return Measurement.noValue("no attendance recorded");
      }
      return Measurement.of(rate(records), records.size())
          .breakdowns(context.breakdowns(records, Attendance::participant, AttendanceRate::rate))
          .build();
    }

    private static double rate(List<Attendance> records) {
      return records.isEmpty()
          ? Double.NaN
          : records.stream().filter(Attendance::attended).count() / (double) records.size();
    }
  }

  /** Number of activities in scope with at least {@code minimumAttendees} attending. */
  public static final class ActivityCount implements Metric {
    static final String ID = "acme.test.activity-count";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .name("Activities")
          .unit(Unit.COUNT)
          .range(ValueRange.NON_NEGATIVE)
          .parameters(
              ParameterSpec.integer(
                  "minimumAttendees", 0, 0, 1000, "Least attendees an activity needs"))
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      int minimum = context.parameters().integer("minimumAttendees");
      long count = 0;
      for (Activity activity : context.activities()) {
        long attendees =
            context.dataset().attendanceAt(activity.id()).stream()
                .filter(Attendance::attended)
                .count();
        if (attendees >= minimum) {
          count++;
        }
      }
      return Measurement.of(count, count).build();
    }
  }

  /** Aggregate: the mean of the direct metrics' share values, listing the outcomes it used. */
  public static final class MeanOfShares implements Metric {
    static final String ID = "acme.test.mean-of-shares";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID).name("Mean of shares").phase(Phase.AGGREGATE).build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      List<String> used = new ArrayList<>();
      double sum = 0;
      for (Outcome outcome : context.outcomes()) {
        if (outcome.hasValue() && outcome.descriptor().unit() == Unit.SHARE) {
          used.add("metric:" + outcome.id());
          sum += outcome.measurement().value();
        }
      }
      if (used.isEmpty()) {
        return Measurement.noValue("no share was measured");
      }
      return Measurement.of(sum / used.size(), used.size())
          .finding(Finding.of("used", Severity.INFO, used.size() + " shares used", used))
          .build();
    }
  }

  /** A rule: a finding for every red rating, and one listing the metrics with a value it saw. */
  public static final class LowRateRule implements Rule {
    static final String ID = "acme.test.low-rate";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID).name("Red ratings").build();
    }

    @Override
    public List<Finding> check(EvaluationContext context) {
      List<Finding> findings = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (Outcome outcome : context.outcomes()) {
        if (outcome.rating() == Rating.RED) {
          findings.add(
              Finding.of(
                  "red-rating", Severity.MEDIUM, "a metric is rated red", List.of(outcome.id())));
        }
        if (outcome.hasValue()) {
          seen.add(outcome.id());
        }
      }
      findings.add(Finding.of("seen", Severity.INFO, seen.size() + " metrics with a value", seen));
      return findings;
    }
  }

  /**
   * A default-catalog id on a class under {@code dev.copro.}, which may use the reserved prefix.
   */
  public static final class CoproPrefixed implements Metric {
    @Override
    public Descriptor descriptor() {
      return Descriptor.builder("copro.test.prefixed")
          .unit(Unit.COUNT)
          .range(ValueRange.NON_NEGATIVE)
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(context.participants().size(), context.participants().size()).build();
    }
  }
}
