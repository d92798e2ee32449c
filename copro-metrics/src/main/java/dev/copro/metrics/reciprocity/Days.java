package dev.copro.metrics.reciprocity;

import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** The median of a list of day counts, which {@link DayCounts#median} gives from their counts. */
final class Days {

  private Days() {}

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
