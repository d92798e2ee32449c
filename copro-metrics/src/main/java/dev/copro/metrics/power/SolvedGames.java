package dev.copro.metrics.power;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The voting-power indices of the games met in one evaluation, each game solved once.
 *
 * <p>A player's indices in a {@link WeightedVotingGame} depend only on the quota, the multiset of
 * the weights and the player's own weight: the game is solved on its weights grouped by value,
 * whatever their order, and players of equal weight get the same values, bit for bit. So a board
 * that votes again with the same weights, and the same decision seen again by every slice of an
 * evaluation (the whole dataset, its initiative, its quarter), reuse one solution. The values are
 * those {@link WeightedVotingGame} gives for the game in its own player order.
 *
 * <p>Held through {@code EvaluationContext.shared} for one evaluation: it starts empty and holds
 * only pure functions of the dataset's games. Thread-safe.
 */
final class SolvedGames {

  private final Map<Key, Solution> solutions = new ConcurrentHashMap<>();

  /** Creates an empty cache. */
  SolvedGames() {}

  /**
   * The solution of the game {@code [quota; weights]}, solved now or taken from an earlier call.
   *
   * @param weights the players' weights, none negative, in any order
   * @param quota the quota, at least 1
   * @return the solution
   */
  Solution solve(long[] weights, long quota) {
    long[] sorted = weights.clone();
    Arrays.sort(sorted);
    return solutions.computeIfAbsent(
        new Key(sorted, quota), key -> Solution.of(key.weights(), key.quota()));
  }

  /** A game up to the order of its players: its weights in ascending order, and its quota. */
  private record Key(long[] weights, long quota) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && quota == key.quota && Arrays.equals(weights, key.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(weights) + Long.hashCode(quota);
    }
  }

  /**
   * What the voting-power metric needs of one game, by weight: players of equal weight have equal
   * indices and are dummies alike.
   */
  static final class Solution {
    private final long[] weights;
    private final boolean tractable;
    private final double[] banzhaf;
    private final double @Nullable [] shapleyShubik;
    private final boolean[] dummy;

    private Solution(
        long[] weights,
        boolean tractable,
        double[] banzhaf,
        double @Nullable [] shapleyShubik,
        boolean[] dummy) {
      this.weights = weights;
      this.tractable = tractable;
      this.banzhaf = banzhaf;
      this.shapleyShubik = shapleyShubik;
      this.dummy = dummy;
    }

    /** Solves the game whose weights are in ascending order. */
    static Solution of(long[] sortedWeights, long quota) {
      WeightedVotingGame game = WeightedVotingGame.of(sortedWeights, quota);
      if (!game.isTractable()) {
        return new Solution(sortedWeights, false, new double[0], null, new boolean[0]);
      }
      boolean[] dummy = new boolean[sortedWeights.length];
      for (int i : game.dummies()) {
        dummy[i] = true;
      }
      return new Solution(
          sortedWeights,
          true,
          game.normalisedBanzhaf(),
          game.isShapleyShubikTractable() ? game.shapleyShubik() : null,
          dummy);
    }

    /**
     * Whether the game's Banzhaf tables fit ({@link WeightedVotingGame#isTractable()}); if not,
     * nothing else may be asked.
     */
    boolean isTractable() {
      return tractable;
    }

    /**
     * Whether the Shapley–Shubik index was computed ({@link
     * WeightedVotingGame#isShapleyShubikTractable()}).
     */
    boolean hasShapleyShubik() {
      return shapleyShubik != null;
    }

    /** The normalised Banzhaf index of a player of the given weight. */
    double banzhaf(long weight) {
      return banzhaf[at(weight)];
    }

    /**
     * The Shapley–Shubik index of a player of the given weight; only if {@link
     * #hasShapleyShubik()}.
     */
    double shapleyShubik(long weight) {
      return Objects.requireNonNull(shapleyShubik, "Shapley-Shubik index not computed")[at(weight)];
    }

    /** Whether some player can never change the outcome. */
    boolean hasDummies() {
      for (boolean d : dummy) {
        if (d) {
          return true;
        }
      }
      return false;
    }

    /** Whether a player of the given weight can never change the outcome. */
    boolean isDummy(long weight) {
      return dummy[at(weight)];
    }

    private int at(long weight) {
      int at = Arrays.binarySearch(weights, weight);
      if (at < 0) {
        throw new IllegalArgumentException("no player of weight " + weight + " in this game");
      }
      return at;
    }
  }
}
