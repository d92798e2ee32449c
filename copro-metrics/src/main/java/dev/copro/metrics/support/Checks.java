package dev.copro.metrics.support;

import java.util.Objects;

/** The preconditions the index functions share. */
final class Checks {

  private Checks() {}

  /**
   * The total of {@code values}, after checking that there is at least one value, that every value
   * is finite and not negative, and that the total is positive.
   */
  static double positiveTotal(double[] values, String name) {
    Objects.requireNonNull(values, name);
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    double total = 0;
    for (double v : values) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(
            name + " must hold finite, non-negative values, not " + v);
      }
      total += v;
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      throw new IllegalArgumentException(name + " must have a positive, finite total");
    }
    return total;
  }

  /** {@code value} limited to [min, max], so that rounding cannot leave an index's range. */
  static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
