package dev.copro.metrics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.metrics.power.WeightedVotingGamePropertiesTest.Game;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SolvedGamesTest {

  private final WeightedVotingGamePropertiesTest games = new WeightedVotingGamePropertiesTest();

  @Provide
  Arbitrary<Game> smallGames() {
    return games.smallGames();
  }

  @Provide
  Arbitrary<Game> midGames() {
    return games.midGames();
  }

  @Property
  void solution_givesEveryPlayerTheGamesOwnValuesBitForBit(
      @ForAll("smallGames") Game g, @ForAll long seed) {
    assertSameAsTheGame(g, seed);
  }

  /**
   * Games of 62 players and more, where the Banzhaf index may come from the floating-point path.
   */
  @Property(tries = 30)
  void solution_onTheFloatingPointPath_givesEveryPlayerTheGamesOwnValuesBitForBit(
      @ForAll("midGames") Game g, @ForAll long seed) {
    assertSameAsTheGame(g, seed);
  }

  @Property
  void solve_sameWeightsInAnotherOrder_reusesTheFirstSolution(
      @ForAll("smallGames") Game g, @ForAll long seed) {
    SolvedGames solved = new SolvedGames();

    SolvedGames.Solution first = solved.solve(g.weights(), g.quota());

    assertThat(solved.solve(shuffled(g.weights(), seed), g.quota())).isSameAs(first);
    assertThat(solved.solve(g.weights(), g.quota() + 1)).isNotSameAs(first);
  }

  @Test
  void solve_differentGamesWithTheSameHash_getTheirOwnSolutions() {
    // [32; 1] and [1; 2] hash alike: 31 * (31 + 1) + 32 == 31 * (31 + 2) + 1.
    SolvedGames solved = new SolvedGames();

    SolvedGames.Solution nobodyWins = solved.solve(new long[] {1}, 32);
    SolvedGames.Solution aloneWins = solved.solve(new long[] {2}, 1);

    assertThat(aloneWins).isNotSameAs(nobodyWins);
    assertThat(nobodyWins.banzhaf(1)).isZero();
    assertThat(aloneWins.banzhaf(2)).isEqualTo(1.0);
  }

  @Test
  void solve_intractableGame_isMarkedSoAndSolvedOnce() {
    long big = 1_000_000_000_000L;
    long[] weights = {big + 1, big, big - 1};
    SolvedGames solved = new SolvedGames();

    SolvedGames.Solution solution = solved.solve(weights, big + big / 2);

    assertThat(solution.isTractable()).isFalse();
    assertThat(solution.hasShapleyShubik()).isFalse();
    assertThat(solved.solve(new long[] {big - 1, big + 1, big}, big + big / 2)).isSameAs(solution);
  }

  @Test
  void solution_weightNotInTheGame_isRefused() {
    SolvedGames.Solution solution = new SolvedGames().solve(new long[] {3, 2, 2}, 4);

    assertThat(solution.banzhaf(2)).isEqualTo(1.0 / 3);
    assertThatThrownBy(() -> solution.banzhaf(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight 5");
  }

  /**
   * The solution of the game with its players shuffled, read by weight, equals the game's own
   * per-player values.
   */
  private static void assertSameAsTheGame(Game g, long seed) {
    WeightedVotingGame game = g.game();
    SolvedGames.Solution solution = new SolvedGames().solve(shuffled(g.weights(), seed), g.quota());

    assertThat(solution.isTractable()).isEqualTo(game.isTractable());
    assertThat(solution.hasShapleyShubik()).isEqualTo(game.isShapleyShubikTractable());
    double[] banzhaf = game.normalisedBanzhaf();
    double[] shapleyShubik = game.isShapleyShubikTractable() ? game.shapleyShubik() : null;
    List<Integer> dummies = Arrays.stream(game.dummies()).boxed().toList();
    assertThat(solution.hasDummies()).isEqualTo(!dummies.isEmpty());
    for (int i = 0; i < g.weights().length; i++) {
      long weight = g.weights()[i];
      assertThat(solution.banzhaf(weight)).as("Banzhaf of player %d", i).isEqualTo(banzhaf[i]);
      if (shapleyShubik != null) {
        assertThat(solution.shapleyShubik(weight))
            .as("Shapley-Shubik of player %d", i)
            .isEqualTo(shapleyShubik[i]);
      }
      assertThat(solution.isDummy(weight)).as("dummy: player %d", i).isEqualTo(dummies.contains(i));
    }
  }

  private static long[] shuffled(long[] weights, long seed) {
    List<Long> list = new ArrayList<>(Arrays.stream(weights).boxed().toList());
    Collections.shuffle(list, new Random(seed));
    return list.stream().mapToLong(Long::longValue).toArray();
  }
}
