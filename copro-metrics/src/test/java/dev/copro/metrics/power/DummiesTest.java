package dev.copro.metrics.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The subset-sum test for dummies against counting every coalition. */
class DummiesTest {

  /**
   * Weights up to 150 make quotas of several hundred, so the bit set of reachable weights spans
   * several 64-bit words and the shifts cross word boundaries.
   */
  @Property(tries = 300)
  void isDummy_agreesWithEnumeratingEveryCoalition(
      @ForAll @Size(min = 1, max = 9) List<@LongRange(min = 0, max = 150) Long> weightList,
      @ForAll @IntRange(min = 1, max = 1400) int quota) {
    long[] weights = weightList.stream().mapToLong(Long::longValue).toArray();
    ReducedGame game = ReducedGame.of(weights, quota);
    Assume.that(game.decisive);
    BigInteger[] swings = BruteForce.swings(weights, quota);

    for (int g = 0; g < game.weight.length; g++) {
      long reduced = game.weight[g];
      int player = firstPlayerWithReducedWeight(weights, game.divisor, reduced);
      assertThat(Dummies.isDummy(game, g))
          .as(
              "group of weight %d in %s quota %d",
              reduced * game.divisor, Arrays.toString(weights), quota)
          .isEqualTo(swings[player].signum() == 0);
    }
    int first = Dummies.firstNonDummyGroup(game);
    for (int g = 0; g < game.weight.length; g++) {
      assertThat(Dummies.isDummy(game, g)).isEqualTo(g < first);
    }
  }

  @Test
  void isDummy_lightPlayerInAGameOfHeavyOnes_isADummyAcrossWordBoundaries() {
    // [200; 100, 100, 70, 1]. A player swings when the others can make a weight in [200 − w, 199].
    // Without the 1, the others make 0, 70, 100, 170, 200, 270: never 199, so the 1 is a dummy.
    // Without the 70, they make 0, 1, 100, 101, 200, 201: nothing in [130, 199], a dummy too.
    // Without a 100, they make 0, 1, 70, 71, 100, 101, 170, 171: 100 is in [100, 199], so it
    // swings.
    long[] weights = {100, 100, 70, 1};
    ReducedGame game = ReducedGame.of(weights, 200);

    assertThat(game.weight).containsExactly(1, 70, 100);
    assertThat(Dummies.isDummy(game, 0)).isTrue();
    assertThat(Dummies.isDummy(game, 1)).isTrue();
    assertThat(Dummies.isDummy(game, 2)).isFalse();
    assertThat(Dummies.firstNonDummyGroup(game)).isEqualTo(2);
  }

  private static int firstPlayerWithReducedWeight(long[] weights, long divisor, long reduced) {
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] == reduced * divisor) {
        return i;
      }
    }
    throw new AssertionError("no player of reduced weight " + reduced);
  }
}
