package dev.copro.metrics.power;

/**
 * The swings of a {@link ReducedGame} in double precision, with a rigorous bound on their error:
 * the fast path of {@link WeightedVotingGame#normalisedBanzhaf()} for bodies whose exact counts
 * would need many limbs (hundreds of members with large weights).
 *
 * <p>Method. The counts {@code c(s)} of coalitions by weight are built as in the exact path, in
 * doubles scaled by {@code 2^-max(0, n − 1000)} so that every non-zero count stays a normal number
 * (between {@code 2^-1000} and {@code 2^1000}) for up to {@value #MAX_PLAYERS} players: no
 * overflow, no underflow, and every step adds two non-negative numbers, so each computed count has
 * a relative error of at most {@code γ₂ₙ = 2n·u / (1 − 2n·u)}, {@code u = 2^-53} (the counts are
 * built two players per pass, three roundings each). Prefix sums are then accumulated in
 * double-double (a hi and a lo word), and the swings of a player of weight {@code w} are the
 * alternating sum {@code Σⱼ (−1)^j Bⱼ} of the block sums {@code Bⱼ = P(q − j·w) − P(q − (j + 1)·w)}
 * of {@code c} (the deconvolution written in blocks), each block taken as a double-double
 * difference. Because each count lies in exactly one block, the errors of the counts add up to at
 * most {@code γ₂ₙ·P(q)}, whatever the cancellation.
 *
 * <p>Bound. With {@code L = P(q)} the (scaled) number of coalitions of all players that weigh less
 * than {@code q}, every swing count is within {@code e = (γ₂ₙ₊₃ + 8·(q + 1)²·u²)·L·(1 + γₙ) + 4·(q
 * + 1)²·2^-1074} of its exact value: the first term covers the counts, the rounding of each block
 * and of the result; the second the double-double sums; the last the subnormal low words. {@link
 * #normalisedErrorBound} turns this into a bound on the normalised indices.
 */
final class FloatSwings {

  /** The largest number of players whose counts fit the exponent range of a double: {@value}. */
  static final int MAX_PLAYERS = 2000;

  private static final double U = 0x1p-53;

  private final double[] swings;
  private final double error;

  private FloatSwings(double[] swings, double error) {
    this.swings = swings;
    this.error = error;
  }

  /**
   * Estimates the swings of one player of each group of a decisive game of at most {@value
   * #MAX_PLAYERS} players.
   */
  static FloatSwings of(ReducedGame game) {
    int q = game.quota();
    int n = game.players;
    double[] hi = new double[q + 1];
    hi[0] = Math.scalb(1.0, -Math.max(0, n - 1000));
    countByWeight(hi, game.tableWeights(), q);
    double[] lo = new double[q + 1];
    double sumHi = 0;
    double sumLo = 0;
    for (int t = 0; t <= q; t++) {
      double count = hi[t];
      hi[t] = sumHi;
      lo[t] = sumLo;
      if (t < q) {
        double s = sumHi + count;
        double e = twoSumError(sumHi, count, s) + sumLo;
        sumHi = s + e;
        sumLo = e - (sumHi - s);
      }
    }
    double[] swings = new double[game.weight.length];
    for (int g = 0; g < swings.length; g++) {
      swings[g] = alternatingBlockSum(hi, lo, q, (int) Math.min(game.weight[g], q));
    }
    double total = hi[q];
    double cells = q + 1.0;
    double error =
        (gamma(2 * n + 3) + 8 * cells * cells * U * U) * total * (1 + gamma(n))
            + 4 * cells * cells * 0x1p-1074;
    return new FloatSwings(swings, error);
  }

  /**
   * Multiplies the counts {@code c[0 … q − 1]} by {@code ∏ (1 + x^w)} over the weights (ascending,
   * each below {@code q}), two players per pass: {@code (1 + x^a)(1 + x^b)} adds {@code c[s − a] +
   * c[s − b] + c[s − a − b]} to {@code c[s]}, so the array (megabytes for large quotas) streams
   * through the cache half as often. Going down from the top, every entry read is still the old
   * one. Each entry gains at most three roundings per pass.
   */
  private static void countByWeight(double[] c, int[] weights, int q) {
    long reach = 0;
    int i = 0;
    for (; i + 1 < weights.length; i += 2) {
      int a = weights[i];
      int b = weights[i + 1];
      int top = (int) Math.min(q - 1, reach + a + b);
      for (int s = top; s >= a + b; s--) {
        c[s] += c[s - a] + c[s - b] + c[s - a - b];
      }
      for (int s = Math.min(top, a + b - 1); s >= b; s--) {
        c[s] += c[s - a] + c[s - b];
      }
      for (int s = Math.min(top, b - 1); s >= a; s--) {
        c[s] += c[s - a];
      }
      reach = top;
    }
    if (i < weights.length) {
      int a = weights[i];
      for (int s = (int) Math.min(q - 1, reach + a); s >= a; s--) {
        c[s] += c[s - a];
      }
    }
  }

  /**
   * {@code Σⱼ (−1)^j (P(q − j·w) − P(q − (j + 1)·w))}, with {@code P(t) = 0} for {@code t ≤ 0}, in
   * double-double.
   */
  private static double alternatingBlockSum(double[] hi, double[] lo, int q, int w) {
    double sumHi = 0;
    double sumLo = 0;
    boolean add = true;
    for (int upper = q; upper > 0; upper -= w) {
      int lower = Math.max(0, upper - w);
      double d = hi[upper] - hi[lower];
      double block = d + (twoSumError(hi[upper], -hi[lower], d) + (lo[upper] - lo[lower]));
      double term = add ? block : -block;
      double s = sumHi + term;
      double e = twoSumError(sumHi, term, s) + sumLo;
      sumHi = s + e;
      sumLo = e - (sumHi - s);
      add = !add;
    }
    return sumHi + sumLo;
  }

  /**
   * The rounding error of {@code s = a + b} (Knuth's TwoSum): {@code a + b = s + error} exactly.
   */
  private static double twoSumError(double a, double b, double s) {
    double bb = s - a;
    return (a - (s - bb)) + (b - bb);
  }

  /** {@code γₖ = k·u / (1 − k·u)}, the bound on the relative error of {@code k} roundings. */
  static double gamma(int k) {
    return k * U / (1 - k * U);
  }

  /** The estimated swings of one player of each group, in the scaled units. */
  double[] swings() {
    return swings.clone();
  }

  /**
   * The bound {@code e} on the absolute error of every estimated swing count, in the scaled units.
   */
  double error() {
    return error;
  }

  /**
   * The bound on the absolute error of every normalised Banzhaf index {@code η̂ᵍ / Ĥ} computed from
   * estimated swings each within {@code error} of the truth, where {@code Ĥ = Σ mᵍ·η̂ᵍ} is their
   * total over {@code players} players in {@code groups} groups: {@code |β̂ − β| ≤ (N + 1)·e /
   * (Ĥ·(1 − γ_{G+1})) + γ_{G+3}} (from {@code β̂ − β = (η̂ − η)/Ĥ + β·(H − Ĥ)/Ĥ}, {@code β ≤ 1} and
   * {@code |H − Ĥ| ≤ N·e}); infinite when {@code Ĥ ≤ N·e}, where the estimate says nothing.
   */
  static double normalisedErrorBound(double total, int players, int groups, double error) {
    if (!(total > players * error)) {
      return Double.POSITIVE_INFINITY;
    }
    return (players + 1) * error / (total * (1 - gamma(groups + 1))) + gamma(groups + 3);
  }
}
