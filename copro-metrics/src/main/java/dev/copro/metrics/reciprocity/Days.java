package dev.copro.metrics.reciprocity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Day counts between record dates and their median, shared by the reciprocity metrics. */
final class Days {

  private Days() {}

  /** Whole days from {@code from} to {@code to}; negative when {@code to} is earlier. */
  static long between(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * The median of day counts: the middle one, or the mean of the middle two for an even count.
   *
   * @param days at least one day count
   */
  static double median(Collection<Long> days) {
    DescriptiveStatistics stats = new DescriptiveStatistics();
    for (long d : days) {
      stats.addValue(d);
    }
    return stats.getPercentile(50);
  }
}
