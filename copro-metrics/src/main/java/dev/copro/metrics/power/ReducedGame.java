package dev.copro.metrics.power;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The smallest game with the same swings as a weighted voting game {@code [q; w₁ … wₙ]}, in the
 * form the counting algorithms work on.
 *
 * <ul>
 *   <li>Players of weight 0 are left out: they never swing, and every coalition count of the others
 *       is multiplied by {@code 2^zeros} when they are put back (the Shapley–Shubik index of the
 *       others does not change: a null player's dividends are zero).
 *   <li>Weights are divided by their greatest common divisor {@code g} and the quota becomes {@code
 *       ⌈q / g⌉}: every coalition weight is a multiple of {@code g}, so the same coalitions win.
 *   <li>The table quota is the smaller of {@code q} and the dual quota {@code W − q + 1}. A swing
 *       of player {@code i} for coalition {@code S} of the others is a swing for the complement
 *       {@code T = N \ {i} \ S} in the dual game (where {@code T} wins when {@code N \ T} loses),
 *       and {@code |T| = n − 1 − |S|}, so Banzhaf counts and Shapley–Shubik weights are the same in
 *       both games. Tables only need weights below the table quota.
 *   <li>Players of equal weight form one group: they have equal indices, computed once.
 * </ul>
 */
final class ReducedGame {

  /** The greatest common divisor of the weights (0 when all are 0), by which they were divided. */
  final long divisor;

  /** The distinct positive reduced weights, ascending. */
  final long[] weight;

  /** How many players have each weight. */
  final int[] size;

  /** The number of players with a positive weight. */
  final int players;

  /** Whether some coalition wins (the quota does not exceed the total weight). */
  final boolean decisive;

  /** The quota the tables are built for; 0 when the game is not decisive. */
  final long tableQuota;

  /** The number of 62-bit limbs that hold every exact count. */
  final int limbs;

  private ReducedGame(
      long divisor, long[] weight, int[] size, int players, boolean decisive, long tableQuota) {
    this.divisor = divisor;
    this.weight = weight;
    this.size = size;
    this.players = players;
    this.decisive = decisive;
    this.tableQuota = tableQuota;
    this.limbs = Limbs.forPlayers(players);
  }

  /** Reduces {@code [quota; weights]}; the arguments have been checked (weights ≥ 0, quota ≥ 1). */
  static ReducedGame of(long[] weights, long quota) {
    long common = 0;
    for (long w : weights) {
      common = gcd(common, w);
    }
    long divisor = common;
    if (divisor == 0) {
      return new ReducedGame(0, new long[0], new int[0], 0, false, 0);
    }
    long[] positive =
        Arrays.stream(weights).filter(w -> w > 0).map(w -> w / divisor).sorted().toArray();
    long reducedQuota = (quota - 1) / divisor + 1;
    BigInteger total = total(positive);
    BigInteger q = BigInteger.valueOf(reducedQuota);
    boolean decisive = q.compareTo(total) <= 0;
    long tableQuota = decisive ? q.min(total.subtract(q).add(BigInteger.ONE)).longValueExact() : 0;

    int distinct = 0;
    for (int i = 0; i < positive.length; i++) {
      if (i == 0 || positive[i] != positive[i - 1]) {
        distinct++;
      }
    }
    long[] groupWeight = new long[distinct];
    int[] groupSize = new int[distinct];
    int g = -1;
    for (int i = 0; i < positive.length; i++) {
      if (i == 0 || positive[i] != positive[i - 1]) {
        groupWeight[++g] = positive[i];
      }
      groupSize[g]++;
    }
    return new ReducedGame(divisor, groupWeight, groupSize, positive.length, decisive, tableQuota);
  }

  /** The exact sum of non-negative weights, in {@code long} arithmetic unless it overflows. */
  private static BigInteger total(long[] weights) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
      if (sum < 0) {
        // Each weight is below 2^63, so the first overflow shows as a negative sum.
        return Arrays.stream(weights)
            .mapToObj(BigInteger::valueOf)
            .reduce(BigInteger.ZERO, BigInteger::add);
      }
    }
    return BigInteger.valueOf(sum);
  }

  /** The greatest common divisor of two non-negative numbers; {@code gcd(0, b) = b}. */
  static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /** The table quota as an index; only for decisive games whose tables fit. */
  int quota() {
    return Math.toIntExact(tableQuota);
  }

  /**
   * The cells (longs) of the exact table of counts by weight, or {@link Long#MAX_VALUE} if absurdly
   * many.
   */
  long weightTableCells() {
    return cells(1);
  }

  /** The cells (longs) of the exact table of counts by size and weight. */
  long sizeTableCells() {
    return cells(maxLosingSize() + 1L);
  }

  private long cells(long rows) {
    if (!decisive) {
      return 0;
    }
    if (tableQuota >= Integer.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    long perRow = (tableQuota + 1) * limbs;
    return rows > Long.MAX_VALUE / perRow ? Long.MAX_VALUE : rows * perRow;
  }

  /**
   * The largest size of a coalition that weighs less than the table quota: the number of the
   * lightest weights whose sum stays below it. Rows of larger coalitions are empty.
   */
  int maxLosingSize() {
    long room = tableQuota - 1;
    int k = 0;
    for (int g = 0; g < weight.length; g++) {
      for (int r = 0; r < size[g]; r++) {
        if (weight[g] > room) {
          return k;
        }
        room -= weight[g];
        k++;
      }
    }
    return k;
  }

  /** The weights below the table quota, one per player, ascending: the factors of the tables. */
  int[] tableWeights() {
    int count = 0;
    for (int g = 0; g < weight.length && weight[g] < tableQuota; g++) {
      count += size[g];
    }
    int[] result = new int[count];
    int i = 0;
    for (int g = 0; g < weight.length && weight[g] < tableQuota; g++) {
      java.util.Arrays.fill(result, i, i + size[g], (int) weight[g]);
      i += size[g];
    }
    return result;
  }

  /**
   * The number of cell updates of the table of counts by weight: for each player below the table
   * quota, the entries from its weight up to the heaviest coalition reached so far plus its weight.
   */
  long weightTableWork() {
    long reach = 0;
    long work = 0;
    for (int w : tableWeights()) {
      long top = Math.min(tableQuota - 1, reach + w);
      work += top - w + 1;
      reach = top;
    }
    return work;
  }

  /**
   * The number of cell updates of the table of counts by size and weight, band by band as {@link
   * CoalitionCounts#prefixCountsBySizeAndWeight} does them.
   */
  long sizeTableWork() {
    int rows = maxLosingSize() + 1;
    int[] weights = tableWeights();
    long[] sumOfFirst = new long[weights.length + 1];
    long work = 0;
    for (int m = 0; m < weights.length; m++) {
      for (int k = Math.min(m + 1, rows - 1); k >= 1; k--) {
        long from = Math.min(tableQuota, sumOfFirst[k - 1] + weights[m]);
        long top = Math.min(tableQuota - 1, sumOfFirst[m] - sumOfFirst[m - k + 1] + weights[m]);
        work += Math.max(0, top - from + 1);
      }
      sumOfFirst[m + 1] = sumOfFirst[m] + weights[m];
    }
    return work;
  }
}
