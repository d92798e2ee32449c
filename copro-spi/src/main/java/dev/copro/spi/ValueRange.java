package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * The closed interval in which a metric's values lie. The engine fails any value outside it.
 *
 * @param min the smallest allowed value; may be {@link Double#NEGATIVE_INFINITY}
 * @param max the largest allowed value; may be {@link Double#POSITIVE_INFINITY}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ValueRange(double min, double max) {

  /** [0, 1], for shares. */
  public static final ValueRange UNIT_INTERVAL = new ValueRange(0, 1);

  /** [0, ∞), for counts, days and most indices. */
  public static final ValueRange NON_NEGATIVE = new ValueRange(0, Double.POSITIVE_INFINITY);

  /** Checks that min is not above max and neither is NaN. */
  public ValueRange {
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("invalid range [" + min + ", " + max + "]");
    }
  }

  /** The range [min, max]. */
  public static ValueRange of(double min, double max) {
    return new ValueRange(min, max);
  }

  /** Whether {@code value} is a finite number in the range. */
  public boolean contains(double value) {
    return Double.isFinite(value) && value >= min && value <= max;
  }

  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
