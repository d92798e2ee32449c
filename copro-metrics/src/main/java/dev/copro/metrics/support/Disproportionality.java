package dev.copro.metrics.support;

import java.util.Objects;

/**
 * How far one distribution over groups (the share of participants, of seats) departs from another
 * (the share of the population, of votes): the Loosemore–Hanby and Gallagher indices.
 *
 * <p>Both take two arrays of shares over the same groups in the same order. Each array must sum to
 * 1 within {@value #SUM_TOLERANCE}, which admits published figures rounded to two decimals of a
 * percentage; a group missing from one side has share 0 there.
 */
public final class Disproportionality {

  /** How far from 1 the shares of either side may sum: {@value}. */
  public static final double SUM_TOLERANCE = 0.01;

  private Disproportionality() {}

  /**
   * The Loosemore–Hanby index (Loosemore and Hanby 1971): half the sum of the absolute differences,
   * {@code ½ Σ |vᵢ − sᵢ|}. It is the share of places that would have to move between groups for the
   * distributions to match: 0 for identical distributions, 1 for disjoint ones.
   *
   * @param shares the observed share of each group
   * @param reference the reference share of each group, in the same order
   * @return the index, in [0, 1]
   * @throws IllegalArgumentException if the arrays are empty, differ in length, hold a negative or
   *     non-finite value, or either does not sum to 1 within the tolerance
   */
  public static double loosemoreHanby(double[] shares, double[] reference) {
    check(shares, reference);
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      sum += Math.abs(shares[i] - reference[i]);
    }
    return Checks.clamp(sum / 2, 0, 1);
  }

  /**
   * The Gallagher least-squares index (Gallagher 1991): {@code √(½ Σ (vᵢ − sᵢ)²)}, on the scale of
   * shares (multiply by 100 for the percentage-point scale of electoral studies). Squaring weighs a
   * few large gaps more than many small ones; it never exceeds the Loosemore–Hanby index.
   *
   * @param shares the observed share of each group
   * @param reference the reference share of each group, in the same order
   * @return the index, in [0, 1]
   * @throws IllegalArgumentException as for {@link #loosemoreHanby}
   */
  public static double gallagher(double[] shares, double[] reference) {
    check(shares, reference);
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      double d = shares[i] - reference[i];
      sum += d * d;
    }
    return Checks.clamp(Math.sqrt(sum / 2), 0, 1);
  }

  private static void check(double[] shares, double[] reference) {
    Objects.requireNonNull(reference, "reference");
    double observed = Checks.positiveTotal(shares, "shares");
    double expected = Checks.positiveTotal(reference, "reference");
    if (shares.length != reference.length) {
      throw new IllegalArgumentException(
          "shares and reference differ in length: " + shares.length + " and " + reference.length);
    }
    if (Math.abs(observed - 1) > SUM_TOLERANCE || Math.abs(expected - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "shares and reference must each sum to 1, not " + observed + " and " + expected);
    }
  }
}
