package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.LongIntMap;

/**
 * How many records fall on each whole number of days (a day of the calendar, or a number of days
 * between two dates): the state the reciprocity metrics keep while events stream past, bounded by
 * the span of the dataset's dates rather than by the number of records. Adding is exact, so the
 * counts are the same however the records came and were merged. Not thread-safe.
 */
final class DayCounts {

  /** Shifts a day, which may be negative, to a non-negative key. */
  private static final long OFFSET = 1L << 31;

  private final LongIntMap counts = new LongIntMap();
  private long total;

  /** Counts one record on {@code day}. */
  void add(long day) {
    counts.add(day + OFFSET, 1);
    total++;
  }

  /** Adds every count of {@code other}. */
  void addAll(DayCounts other) {
    counts.addAll(other.counts);
    total += other.total;
  }

  /** How many records were counted. */
  long total() {
    return total;
  }

  /** How many records fall on a day before {@code day}. */
  long before(long day) {
    long before = 0;
    for (long key : counts.sortedKeys()) {
      if (key - OFFSET >= day) {
        break;
      }
      before += counts.get(key, 0);
    }
    return before;
  }

  /**
   * The median of the counted days, exactly as {@link Days#median} gives it for the same days one
   * by one: the middle one, or the mean of the middle two (the lower plus half the difference) for
   * an even count.
   *
   * @throws IllegalStateException if nothing was counted
   */
  double median() {
    if (total == 0) {
      throw new IllegalStateException("no days counted");
    }
    // The estimate of Apache Commons Math's Percentile (estimation type LEGACY) at 50, which
    // Days.median uses.
    double pos = 0.5 * (total + 1);
    long at = (long) Math.floor(pos);
    double dif = pos - at;
    if (pos >= total) {
      return nth(total - 1);
    }
    double lower = nth(at - 1);
    double upper = nth(at);
    return lower + dif * (upper - lower);
  }

  /** The day of the record at index {@code n} (from 0) of the counted days in ascending order. */
  private long nth(long n) {
    long seen = 0;
    for (long key : counts.sortedKeys()) {
      seen += counts.get(key, 0);
      if (seen > n) {
        return key - OFFSET;
      }
    }
    throw new IllegalArgumentException("only " + total + " days counted, no index " + n);
  }
}
