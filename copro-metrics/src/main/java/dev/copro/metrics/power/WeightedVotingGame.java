package dev.copro.metrics.power;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.apiguardian.api.API;

/**
 * A weighted voting game {@code [q; w₁, …, wₙ]}: players with non-negative integer weights, in
 * which a coalition wins when its weight reaches the quota {@code q}; with its a priori power
 * indices, computed exactly for bodies of hundreds of members.
 *
 * <p>A player <em>swings</em> a coalition {@code S} of the others when {@code S} loses and {@code S
 * ∪ {i}} wins. The Banzhaf count {@code ηᵢ} is the number of such coalitions (Penrose 1946, Banzhaf
 * 1965); the normalised Banzhaf index is {@code ηᵢ / Σⱼ ηⱼ}. The Shapley–Shubik index (1954) is the
 * share of the {@code n!} orders of arrival in which the player is pivotal: {@code Σ_S |S|!·(n − 1
 * − |S|)! / n!} over the coalitions it swings. A <em>dummy</em> swings no coalition: it is formally
 * powerless whatever its weight (Luxembourg in the 1958 Council of the EEC; a member outvoted by a
 * bloc holding the quota or a veto).
 *
 * <p>Method (never enumerating coalitions or orders): coalitions are counted by weight (and by size
 * and weight for Shapley–Shubik) with the generating function {@code ∏ⱼ (1 + y·x^wⱼ)}, built once
 * by dynamic programming and truncated below the quota — only coalitions that lose can be swung;
 * each group of players of equal weight is then removed by exact deconvolution along one residue
 * class, {@code O(q / w)} steps. The game is first reduced: zero weights left out, weights divided
 * by their greatest common divisor, and the smaller of the quota and the dual quota {@code W − q +
 * 1} used (the dual game has the same swings). Counts are exact integers of {@code ⌊n/62⌋ + 1}
 * 62-bit limbs — one {@code long} up to 61 players, so they never overflow, however far beyond 64
 * bits they grow. Costs, with {@code q} the reduced quota: Banzhaf {@code O(n·q)} cell updates plus
 * {@code O(q/w)} per distinct weight {@code w}, Shapley–Shubik {@code O(n·k·q)} where {@code k} is
 * the size of the largest losing coalition.
 *
 * <p>{@link #normalisedBanzhaf()} chooses its arithmetic: exact counts when they fit one {@code
 * long} or the exact work is small; otherwise (hundreds of players with large weights, where every
 * cell would need many limbs) it counts in double precision with a rigorous error bound, and keeps
 * that result only if every index is within {@value #FLOAT_TOLERANCE} of the exact value, falling
 * back to exact counts if not. Dummies are always decided exactly.
 *
 * <p>Instances are immutable and thread-safe. Every method computes afresh (nothing is cached), so
 * each call costs what is documented; compute once and keep the result if it is needed again.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WeightedVotingGame {

  /**
   * The most cells (64-bit words) a table of exact counts may have: {@value} (128 MiB). Games that
   * need more are not {@linkplain #isTractable() tractable}.
   */
  public static final long MAX_TABLE_CELLS = 1L << 24;

  /**
   * The absolute error allowed of each normalised Banzhaf index when {@link #normalisedBanzhaf()}
   * counts in floating point: {@value}. Exact counts are used whenever this cannot be guaranteed.
   */
  public static final double FLOAT_TOLERANCE = 1e-9;

  /**
   * The most exact work (cell updates times limbs) a Shapley–Shubik computation may take: {@value}
   * (well under a second). Games that need more are not {@linkplain #isShapleyShubikTractable()
   * tractable} for this index.
   */
  public static final long MAX_SHAPLEY_SHUBIK_WORK = 200_000_000L;

  /**
   * Exact work (cell updates times limbs) above which {@link #normalisedBanzhaf()} counts in
   * floating point first; below it exact counts take at most a few tens of milliseconds.
   */
  static final long EXACT_WORK_BUDGET = 50_000_000L;

  private final long[] weights;
  private final long quota;
  private final ReducedGame game;

  /** The group of each player in {@link #game}, or −1 for a weight of 0. */
  private final int[] groupOf;

  private final int zeros;

  private WeightedVotingGame(long[] weights, long quota) {
    this.weights = weights;
    this.quota = quota;
    this.game = ReducedGame.of(weights, quota);
    this.groupOf = new int[weights.length];
    int zeroCount = 0;
    for (int i = 0; i < weights.length; i++) {
      groupOf[i] =
          weights[i] == 0 ? -1 : Arrays.binarySearch(game.weight, weights[i] / game.divisor);
      zeroCount += weights[i] == 0 ? 1 : 0;
    }
    this.zeros = zeroCount;
  }

  /**
   * The game {@code [quota; weights]}.
   *
   * @param weights the players' weights, in player order; none negative; may be empty
   * @param quota the weight a coalition needs to win, at least 1; above the total weight no
   *     coalition wins and every index is 0
   * @return the game
   * @throws IllegalArgumentException if a weight is negative or the quota is below 1
   */
  public static WeightedVotingGame of(long[] weights, long quota) {
    Objects.requireNonNull(weights, "weights");
    if (quota < 1) {
      throw new IllegalArgumentException("the quota must be at least 1, not " + quota);
    }
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative (" + weights[i] + ")");
      }
    }
    return new WeightedVotingGame(weights.clone(), quota);
  }

  /** The number of players. */
  public int size() {
    return weights.length;
  }

  /** The players' weights, in player order (a copy). */
  public long[] weights() {
    return weights.clone();
  }

  /** The quota. */
  public long quota() {
    return quota;
  }

  /** Whether some coalition wins: the quota does not exceed the total weight. */
  public boolean isDecisive() {
    return game.decisive;
  }

  /**
   * Whether the Banzhaf methods and {@link #dummies()} can run: the table of exact counts by weight
   * has at most {@link #MAX_TABLE_CELLS} cells. This holds for any body whose reduced quota times
   * {@code (⌊n/62⌋ + 1)} is below about 16 million (1000 members with total weight 10⁶, say).
   */
  public boolean isTractable() {
    return game.weightTableCells() <= MAX_TABLE_CELLS;
  }

  /**
   * Whether the Shapley–Shubik methods can run: the table of exact counts by size and weight has at
   * most {@link #MAX_TABLE_CELLS} cells and filling it takes at most {@link
   * #MAX_SHAPLEY_SHUBIK_WORK} limb updates. This holds for committees of up to a few hundred
   * members with modest weights, not for a thousand members with total weight 10⁶ (whose Banzhaf
   * index is still tractable).
   */
  public boolean isShapleyShubikTractable() {
    return game.sizeTableCells() <= MAX_TABLE_CELLS
        && (!game.decisive || game.sizeTableWork() <= MAX_SHAPLEY_SHUBIK_WORK / game.limbs);
  }

  /**
   * The exact Banzhaf count of each player: the number of coalitions of the other players that it
   * swings. Costs {@code O(n·q·⌈n/62⌉)}.
   *
   * @return one count per player, in player order
   * @throws IllegalStateException if the game is not {@linkplain #isTractable() tractable}
   */
  public BigInteger[] banzhafSwings() {
    requireTractable(isTractable(), "Banzhaf");
    BigInteger[] result = new BigInteger[weights.length];
    Arrays.fill(result, BigInteger.ZERO);
    if (!game.decisive) {
      return result;
    }
    BigInteger[] byGroup = CoalitionCounts.swingsByGroup(game);
    for (int i = 0; i < weights.length; i++) {
      if (groupOf[i] >= 0) {
        // Every coalition of the others may add or leave out each player of weight 0.
        result[i] = byGroup[groupOf[i]].shiftLeft(zeros);
      }
    }
    return result;
  }

  /**
   * The normalised Banzhaf index of each player, {@code ηᵢ / Σⱼ ηⱼ}: in [0, 1], summing to 1 when
   * some player swings, all 0 when no coalition wins. Exact counts give each index correctly
   * rounded; the floating-point path (see the class description) to within {@link
   * #FLOAT_TOLERANCE}. Dummies get exactly 0.
   *
   * @return one index per player, in player order
   * @throws IllegalStateException if the game is not {@linkplain #isTractable() tractable}
   */
  public double[] normalisedBanzhaf() {
    requireTractable(isTractable(), "Banzhaf");
    if (!game.decisive) {
      return new double[weights.length];
    }
    if (prefersFloatingPoint()) {
      double[] estimate = floatingPointBanzhaf();
      if (estimate[estimate.length - 1] <= FLOAT_TOLERANCE) {
        return perPlayer(Arrays.copyOf(estimate, estimate.length - 1));
      }
    }
    return perPlayer(exactNormalisedBanzhaf());
  }

  /** Whether the floating-point path is both possible and worth trying. */
  boolean prefersFloatingPoint() {
    return game.limbs > 1
        && game.players <= FloatSwings.MAX_PLAYERS
        && game.weightTableWork() > EXACT_WORK_BUDGET / game.limbs;
  }

  /** The normalised index per group from exact counts. */
  double[] exactNormalisedBanzhaf() {
    BigInteger[] swings = CoalitionCounts.swingsByGroup(game);
    BigInteger total = BigInteger.ZERO;
    for (int g = 0; g < swings.length; g++) {
      total = total.add(swings[g].multiply(BigInteger.valueOf(game.size[g])));
    }
    double[] result = new double[swings.length];
    for (int g = 0; g < swings.length; g++) {
      result[g] = ratio(swings[g], total);
    }
    return result;
  }

  /**
   * The normalised index per group from floating-point counts, followed by the bound on the
   * absolute error of every index (one array of length groups + 1). Groups whose estimate is within
   * its error of 0 are checked exactly and set to 0 if they are dummies. For decisive games of at
   * most {@value FloatSwings#MAX_PLAYERS} players with a positive weight.
   */
  double[] floatingPointBanzhaf() {
    FloatSwings estimate = FloatSwings.of(game);
    double[] eta = estimate.swings();
    double error = estimate.error();
    boolean uncertain = false;
    for (double e : eta) {
      uncertain |= e <= error;
    }
    int firstNonDummy = uncertain ? Dummies.firstNonDummyGroup(game) : 0;
    double total = 0;
    for (int g = 0; g < eta.length; g++) {
      eta[g] = g < firstNonDummy ? 0 : Math.max(0, eta[g]);
      total += game.size[g] * eta[g];
    }
    double[] result = new double[eta.length + 1];
    for (int g = 0; g < eta.length; g++) {
      result[g] = Math.min(1, eta[g] / total);
    }
    result[eta.length] = FloatSwings.normalisedErrorBound(total, game.players, eta.length, error);
    return result;
  }

  /**
   * The exact Shapley–Shubik index of each player: the share of the {@code n!} orders of arrival in
   * which it is pivotal. Costs {@code O(n·k·q·⌈n/62⌉)} and {@code (k + 1)·(q + 1)·⌈n/62⌉} cells,
   * {@code k} the size of the largest losing coalition.
   *
   * @return one index per player, in player order, as a reduced fraction; all 0 when no coalition
   *     wins, otherwise summing to 1
   * @throws IllegalStateException if the game is not {@linkplain #isShapleyShubikTractable()
   *     tractable} for this index
   */
  public BigFraction[] shapleyShubikExact() {
    BigInteger[] numerators = shapleyShubikNumerators();
    BigFraction[] result = new BigFraction[weights.length];
    Arrays.fill(result, BigFraction.ZERO);
    if (game.decisive) {
      BigInteger orders = CoalitionCounts.factorials(game.players)[game.players];
      for (int i = 0; i < weights.length; i++) {
        if (groupOf[i] >= 0) {
          result[i] = new BigFraction(numerators[groupOf[i]], orders);
        }
      }
    }
    return result;
  }

  /**
   * The Shapley–Shubik index of each player as a double: the exact fraction of {@link
   * #shapleyShubikExact()}, correctly rounded.
   *
   * @return one index per player, in player order, in [0, 1]
   * @throws IllegalStateException if the game is not {@linkplain #isShapleyShubikTractable()
   *     tractable} for this index
   */
  public double[] shapleyShubik() {
    BigInteger[] numerators = shapleyShubikNumerators();
    double[] byGroup = new double[numerators.length];
    if (game.decisive) {
      BigInteger orders = CoalitionCounts.factorials(game.players)[game.players];
      for (int g = 0; g < byGroup.length; g++) {
        byGroup[g] = ratio(numerators[g], orders);
      }
    }
    return perPlayer(byGroup);
  }

  private BigInteger[] shapleyShubikNumerators() {
    requireTractable(isShapleyShubikTractable(), "Shapley–Shubik");
    return game.decisive
        ? CoalitionCounts.shapleyShubikNumerators(game)
        : new BigInteger[game.weight.length];
  }

  /**
   * The dummies: the players who swing no coalition (weight 0, a weight too small to ever tip a
   * losing coalition over the quota, or every player when no coalition wins), decided exactly by
   * subset sums in {@code O(n·q/64·log G)}.
   *
   * @return the indices of the dummies, ascending
   * @throws IllegalStateException if the game is not {@linkplain #isTractable() tractable}
   */
  public int[] dummies() {
    requireTractable(isTractable(), "Banzhaf");
    int firstNonDummy = game.decisive ? Dummies.firstNonDummyGroup(game) : Integer.MAX_VALUE;
    int[] result = new int[weights.length];
    int count = 0;
    for (int i = 0; i < weights.length; i++) {
      if (groupOf[i] < firstNonDummy) {
        result[count++] = i;
      }
    }
    return Arrays.copyOf(result, count);
  }

  /** Spreads values per group over the players (0 for players of weight 0). */
  private double[] perPlayer(double[] byGroup) {
    double[] result = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      result[i] = groupOf[i] >= 0 ? byGroup[groupOf[i]] : 0;
    }
    return result;
  }

  /**
   * {@code numerator / denominator} as a double, correctly rounded, for {@code 0 ≤ numerator ≤
   * denominator}, {@code denominator > 0}: the quotient is taken to 55 bits and a sticky bit for
   * the remainder, so that the one rounding to 53 bits is exact.
   */
  static double ratio(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return 0;
    }
    int shift = Math.max(0, denominator.bitLength() - numerator.bitLength() + 55);
    BigInteger[] quotient = numerator.shiftLeft(shift).divideAndRemainder(denominator);
    BigInteger sticky = quotient[0].shiftLeft(1);
    if (quotient[1].signum() != 0) {
      sticky = sticky.setBit(0);
    }
    return Math.min(1, Math.scalb(sticky.doubleValue(), -(shift + 1)));
  }

  private static void requireTractable(boolean tractable, String index) {
    if (!tractable) {
      throw new IllegalStateException(
          "the "
              + index
              + " tables of this game would exceed "
              + MAX_TABLE_CELLS
              + " cells: reduce the weights (their common divisor is already taken out)");
    }
  }

  /** A summary such as {@code [12; 4, 4, 4, 2, 2, 1]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[").append(quota).append(';');
    for (int i = 0; i < weights.length; i++) {
      text.append(i == 0 ? " " : ", ").append(weights[i]);
    }
    return text.append(']').toString();
  }
}
