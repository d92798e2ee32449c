package dev.copro.metrics.support;

import java.util.OptionalDouble;

/**
 * Theil's T index split into the parts within and between groups (see {@link
 * Inequality#theilDecomposition(double[], int[])}).
 *
 * @param total the index over all units, not negative
 * @param within the share-weighted sum of the indices within the groups, not negative
 * @param between the index of the group totals against the groups' sizes, not negative
 */
public record TheilDecomposition(double total, double within, double between) {

  /**
   * Below this total the index is rounding noise from amounts that are in fact equal, and there is
   * no inequality to apportion.
   */
  static final double NO_INEQUALITY = 1e-12;

  /** Checks that the parts are finite and not negative. */
  public TheilDecomposition {
    for (double part : new double[] {total, within, between}) {
      if (!Double.isFinite(part) || part < 0) {
        throw new IllegalArgumentException(
            "the parts of a Theil decomposition must be finite and not negative: "
                + total
                + ", "
                + within
                + ", "
                + between);
      }
    }
  }

  /**
   * The part of the inequality that lies between the groups, {@code between / total}, in [0, 1];
   * empty when the total is (up to rounding) zero, since there is then no inequality to apportion.
   */
  public OptionalDouble betweenShare() {
    if (total <= NO_INEQUALITY) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Checks.clamp(between / total, 0, 1));
  }
}
