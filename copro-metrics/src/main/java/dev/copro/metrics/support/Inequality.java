package dev.copro.metrics.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * Inequality of a non-negative quantity (speaking time, turns, payments) among units: the Gini
 * coefficient and Theil's T index with its between-group decomposition.
 *
 * <p>Every function takes the values of all units, zeros included, and needs a positive total.
 */
public final class Inequality {

  private Inequality() {}

  /**
   * The Gini coefficient (Gini 1912) in its population form: the mean absolute difference between
   * all ordered pairs of units divided by twice the mean, {@code G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ)},
   * which is twice the area between the line of equality and the Lorenz curve. It is 0 when every
   * unit has the same amount and {@code (n − 1) / n} when one unit has everything.
   *
   * <p>This form, without the {@code n / (n − 1)} small-sample correction, is used because the
   * values are a census of the units (everyone present at a meeting), not a sample from a larger
   * population, and because it satisfies Dalton's population principle: copying every unit k times
   * leaves the value unchanged. The price is that the maximum depends on n (0.5 for two units), so
   * values of very small groups are not comparable with those of large ones.
   *
   * <p>Computed in O(n log n) from the sorted values: {@code G = 2 Σᵢ i·x₍ᵢ₎ / (n Σ x) − (n + 1) /
   * n} with i counted from 1.
   *
   * @param values the amounts of the units, at least one, finite and not negative, with a positive
   *     total; not modified
   * @return the coefficient, in [0, (n − 1) / n]
   * @throws IllegalArgumentException if the values break those conditions
   */
  public static double gini(double[] values) {
    double total = Checks.positiveTotal(values, "values");
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double rankWeighted = 0;
    for (int i = 0; i < n; i++) {
      rankWeighted += (i + 1) * sorted[i];
    }
    double g = 2 * rankWeighted / (n * total) - (n + 1.0) / n;
    return Checks.clamp(g, 0, (n - 1.0) / n);
  }

  /**
   * Theil's T index (Theil 1967): {@code T = (1/n) Σᵢ (xᵢ/μ) ln(xᵢ/μ)}, with {@code 0 ln 0 = 0}. It
   * is 0 when every unit has the same amount and {@code ln n} when one unit has everything.
   *
   * @param values the amounts of the units, at least one, finite and not negative, with a positive
   *     total
   * @return the index, in [0, ln n]
   * @throws IllegalArgumentException if the values break those conditions
   */
  public static double theil(double[] values) {
    double total = Checks.positiveTotal(values, "values");
    return theil(values, total);
  }

  private static double theil(double[] values, double total) {
    int n = values.length;
    double mean = total / n;
    double sum = 0;
    for (double v : values) {
      if (v > 0) {
        double r = v / mean;
        sum += r * Math.log(r);
      }
    }
    return Checks.clamp(sum / n, 0, Math.log(n));
  }

  /**
   * Theil's T index of {@code values} split into the inequality within and between groups: {@code T
   * = Σ_g s_g T_g + Σ_g s_g ln(s_g / p_g)}, where {@code s_g} is group g's share of the total
   * amount, {@code p_g} its share of the units and {@code T_g} the index within it. Groups with no
   * amount contribute nothing to either part.
   *
   * @param values the amounts of the units, at least one, finite and not negative, with a positive
   *     total
   * @param groups the group of each unit, a number from 0; as long as {@code values}
   * @return the total, within and between parts; the parts add up to the total up to rounding
   * @throws IllegalArgumentException if the values break those conditions, the arrays differ in
   *     length or a group number is negative
   */
  public static TheilDecomposition theilDecomposition(double[] values, int[] groups) {
    double total = Checks.positiveTotal(values, "values");
    Objects.requireNonNull(groups, "groups");
    if (groups.length != values.length) {
      throw new IllegalArgumentException(
          "values and groups differ in length: " + values.length + " and " + groups.length);
    }
    int groupCount = 0;
    for (int g : groups) {
      if (g < 0) {
        throw new IllegalArgumentException("group numbers must not be negative, not " + g);
      }
      groupCount = Math.max(groupCount, g + 1);
    }
    int[] counts = new int[groupCount];
    double[] sums = new double[groupCount];
    for (int i = 0; i < values.length; i++) {
      counts[groups[i]]++;
      sums[groups[i]] += values[i];
    }
    int n = values.length;
    double between = 0;
    double within = 0;
    for (int g = 0; g < groupCount; g++) {
      if (sums[g] > 0) {
        double amountShare = sums[g] / total;
        double unitShare = (double) counts[g] / n;
        between += amountShare * Math.log(amountShare / unitShare);
        within += amountShare * theil(membersOf(values, groups, g, counts[g]), sums[g]);
      }
    }
    return new TheilDecomposition(theil(values, total), Math.max(0, within), Math.max(0, between));
  }

  private static double[] membersOf(double[] values, int[] groups, int group, int count) {
    double[] members = new double[count];
    int next = 0;
    for (int i = 0; i < values.length; i++) {
      if (groups[i] == group) {
        members[next++] = values[i];
      }
    }
    return members;
  }
}
