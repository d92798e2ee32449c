package dev.copro.metrics.power;

import java.math.BigInteger;

/**
 * Exact counts of coalitions by weight (and by size and weight) of a {@link ReducedGame}, by the
 * generating function {@code ∏ (1 + y·x^wⱼ)} truncated below the table quota {@code q}, and the
 * swings of each group of equal weight obtained by removing one player from it.
 *
 * <p>The table is built once, one player at a time in ascending order of weight, each player
 * touching only the entries a coalition of the players so far can reach. It is then turned into
 * prefix sums {@code P(t)} = the number of coalitions weighing less than {@code t}. Removing a
 * player of weight {@code w} is the exact deconvolution {@code P₋(t) = P(t) − P₋(t − w)} (from
 * {@code P = P₋ · (1 + x^w)}), needed only along {@code t ≡ q (mod w)}: {@code O(q / w)} steps per
 * group instead of {@code O(q)}. The swings of the player are {@code P₋(q) − P₋(q − w)}: the
 * coalitions of the others weighing in {@code [q − w, q − 1]}. Every intermediate value is a count
 * of coalitions of the others, so no step can overflow the limbs.
 */
final class CoalitionCounts {

  private CoalitionCounts() {}

  /**
   * The swings of one player of each group: the number of coalitions of the other players with a
   * positive weight that lose without the player and win with it.
   */
  static BigInteger[] swingsByGroup(ReducedGame game) {
    int q = game.quota();
    int limbs = game.limbs;
    long[] prefix = prefixCountsByWeight(game, limbs);
    BigInteger[] swings = new BigInteger[game.weight.length];
    long[] values = new long[3 * limbs];
    for (int g = 0; g < swings.length; g++) {
      int[] at = deconvolve(prefix, 0, 1, false, limbs, q, game.weight[g], values);
      Limbs.subtract(values, at[0], values, at[1], values, at[0], limbs);
      swings[g] = Limbs.toBigInteger(values, at[0], limbs);
    }
    return swings;
  }

  /**
   * For one player of each group, {@code Σₖ Aₖ · k! · (n − 1 − k)!}, where {@code Aₖ} is the number
   * of coalitions of {@code k} other players that the player swings and {@code n} the number of
   * players with a positive weight: the Shapley–Shubik index times {@code n!}.
   */
  static BigInteger[] shapleyShubikNumerators(ReducedGame game) {
    int q = game.quota();
    int limbs = game.limbs;
    int rows = game.maxLosingSize() + 1;
    int rowStride = (q + 1) * limbs;
    long[] prefix = prefixCountsBySizeAndWeight(game, rows, limbs);
    BigInteger[] factorial = factorials(game.players);
    BigInteger[] orderings = new BigInteger[Math.min(rows, game.players)];
    for (int k = 0; k < orderings.length; k++) {
      orderings[k] = factorial[k].multiply(factorial[game.players - 1 - k]);
    }
    BigInteger[] numerators = new BigInteger[game.weight.length];
    long[] values = new long[3 * rows * limbs];
    for (int g = 0; g < numerators.length; g++) {
      int[] at = deconvolve(prefix, rowStride, rows, true, limbs, q, game.weight[g], values);
      BigInteger sum = BigInteger.ZERO;
      for (int k = 0; k < orderings.length; k++) {
        int winning = at[0] + k * limbs;
        Limbs.subtract(values, winning, values, at[1] + k * limbs, values, winning, limbs);
        BigInteger swingsOfSize = Limbs.toBigInteger(values, winning, limbs);
        if (swingsOfSize.signum() > 0) {
          sum = sum.add(swingsOfSize.multiply(orderings[k]));
        }
      }
      numerators[g] = sum;
    }
    return numerators;
  }

  /** {@code 0! … n!}. */
  static BigInteger[] factorials(int n) {
    BigInteger[] f = new BigInteger[n + 1];
    f[0] = BigInteger.ONE;
    for (int i = 1; i <= n; i++) {
      f[i] = f[i - 1].multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  /**
   * Removes one player of weight {@code weight} from prefix-sum rows and leaves in {@code values}
   * the vectors over rows of {@code P₋(q)} and of {@code P₋(q − weight)}, whose offsets it returns
   * in that order. With one row (counts by weight) the recurrence is {@code P₋(t) = P(t) − P₋(t −
   * w)}; with one row per coalition size ({@code bySize}, rows {@code rowStride} apart) it is
   * {@code P₋ₖ(t) = Pₖ(t) − P₋ₖ₋₁(t − w)}.
   *
   * @param values room for three vectors of {@code rows · limbs} longs
   */
  private static int[] deconvolve(
      long[] prefix,
      int rowStride,
      int rows,
      boolean bySize,
      int limbs,
      int q,
      long weight,
      long[] values) {
    int vectorLength = rows * limbs;
    int current = 0;
    int before = vectorLength;
    int next = 2 * vectorLength;
    java.util.Arrays.fill(values, 0);
    // Start at the smallest t ≡ q (mod w) above 0, where P₋(t) = P(t) because P₋(t − w) = 0; a
    // player as heavy as the quota starts (and stays) at q.
    int w = (int) Math.min(weight, q);
    int t = (q - 1) % w + 1;
    for (int k = 0; k < rows; k++) {
      Limbs.copy(prefix, k * rowStride + t * limbs, values, current + k * limbs, limbs);
    }
    while (t < q) {
      t += w;
      for (int k = 0; k < rows; k++) {
        int at = k * rowStride + t * limbs;
        if (!bySize) {
          Limbs.subtract(prefix, at, values, current, values, next, limbs);
        } else if (k == 0) {
          Limbs.copy(prefix, at, values, next, limbs);
        } else {
          Limbs.subtract(
              prefix, at, values, current + (k - 1) * limbs, values, next + k * limbs, limbs);
        }
      }
      int spare = before;
      before = current;
      current = next;
      next = spare;
    }
    return new int[] {current, before};
  }

  /**
   * The table {@code P(t)}, {@code t = 0 … q}, of the number of coalitions of the players with a
   * positive weight that weigh less than {@code t}, each value {@code limbs} limbs wide.
   */
  static long[] prefixCountsByWeight(ReducedGame game, int limbs) {
    int q = game.quota();
    long[] table = new long[(q + 1) * limbs];
    table[0] = 1;
    long reach = 0;
    for (int w : game.tableWeights()) {
      int top = (int) Math.min(q - 1, reach + w);
      if (limbs == 1) {
        for (int s = top; s >= w; s--) {
          table[s] += table[s - w];
        }
      } else {
        for (int s = top; s >= w; s--) {
          Limbs.add(table, s * limbs, table, (s - w) * limbs, limbs);
        }
      }
      reach = top;
    }
    Limbs.toPrefixSums(table, 0, q + 1, limbs);
    return table;
  }

  /**
   * The table {@code Pₖ(t)} of the number of coalitions of {@code k} players with a positive weight
   * that weigh less than {@code t}, for {@code k < rows} and {@code t = 0 … q}: row {@code k} at
   * offset {@code k·(q + 1)·limbs}. A player of weight {@code w} adds to row {@code k} the entries
   * of row {@code k − 1} shifted by {@code w}, within the band a coalition of {@code k − 1} of the
   * players so far can weigh (between its {@code k − 1} lightest and its {@code k − 1} heaviest, as
   * players come in ascending order).
   */
  static long[] prefixCountsBySizeAndWeight(ReducedGame game, int rows, int limbs) {
    int q = game.quota();
    int rowStride = (q + 1) * limbs;
    long[] table = new long[rows * rowStride];
    table[0] = 1;
    int[] weights = game.tableWeights();
    long[] sumOfFirst = new long[weights.length + 1];
    for (int m = 0; m < weights.length; m++) {
      int w = weights[m];
      for (int k = Math.min(m + 1, rows - 1); k >= 1; k--) {
        long lightest = sumOfFirst[k - 1];
        long heaviest = sumOfFirst[m] - sumOfFirst[m - k + 1];
        int from = (int) Math.min(q, lightest + w);
        int top = (int) Math.min(q - 1, heaviest + w);
        int dst = k * rowStride;
        int src = (k - 1) * rowStride;
        if (limbs == 1) {
          for (int s = from; s <= top; s++) {
            table[dst + s] += table[src + s - w];
          }
        } else {
          for (int s = from; s <= top; s++) {
            Limbs.add(table, dst + s * limbs, table, src + (s - w) * limbs, limbs);
          }
        }
      }
      sumOfFirst[m + 1] = sumOfFirst[m] + w;
    }
    for (int k = 0; k < rows; k++) {
      Limbs.toPrefixSums(table, k * rowStride, q + 1, limbs);
    }
    return table;
  }
}
