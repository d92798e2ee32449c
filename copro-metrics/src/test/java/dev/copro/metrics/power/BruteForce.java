package dev.copro.metrics.power;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Power indices by their definitions, enumerating every coalition: the independent reference the
 * generating-function code is checked against (small games only, {@code 2^n} coalitions).
 */
final class BruteForce {

  private BruteForce() {}

  /**
   * For each player, the number of coalitions of the others that lose without it and win with it.
   */
  static BigInteger[] swings(long[] weights, long quota) {
    int n = weights.length;
    long[] count = new long[n];
    for (int mask = 0; mask < 1 << n; mask++) {
      long weight = weightOf(weights, mask);
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) == 0 && weight < quota && weight + weights[i] >= quota) {
          count[i]++;
        }
      }
    }
    BigInteger[] result = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      result[i] = BigInteger.valueOf(count[i]);
    }
    return result;
  }

  /**
   * For each player, the Shapley–Shubik index: the sum over the coalitions {@code S} of the others
   * it swings of {@code |S|!·(n − 1 − |S|)!/n!}, the share of orders in which exactly {@code S}
   * arrives before it.
   */
  static BigFraction[] shapleyShubik(long[] weights, long quota) {
    int n = weights.length;
    BigInteger[] numerators = new BigInteger[n];
    Arrays.fill(numerators, BigInteger.ZERO);
    for (int mask = 0; mask < 1 << n; mask++) {
      long weight = weightOf(weights, mask);
      int size = Integer.bitCount(mask);
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) == 0 && weight < quota && weight + weights[i] >= quota) {
          numerators[i] = numerators[i].add(factorial(size).multiply(factorial(n - 1 - size)));
        }
      }
    }
    BigInteger orders = factorial(n);
    return Arrays.stream(numerators)
        .map(x -> new BigFraction(x, orders))
        .toArray(BigFraction[]::new);
  }

  /** {@code n!}. */
  static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  /** {@code C(n, k)} by the multiplicative formula; 0 outside {@code 0 ≤ k ≤ n}. */
  static BigInteger binomial(int n, int k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    BigInteger c = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      c = c.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return c;
  }

  private static long weightOf(long[] weights, int mask) {
    long weight = 0;
    for (int i = 0; i < weights.length; i++) {
      if ((mask & 1 << i) != 0) {
        weight += weights[i];
      }
    }
    return weight;
  }
}
