package dev.copro.metrics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.fraction.BigFraction;

class WeightedVotingGamePropertiesTest {

  /** A small game: 1–10 players with weights 0–12 and a quota from 1 to one above the total. */
  @Provide
  Arbitrary<Game> smallGames() {
    return Arbitraries.longs()
        .between(0, 12)
        .array(long[].class)
        .ofMinSize(1)
        .ofMaxSize(10)
        .flatMap(
            weights ->
                Arbitraries.longs()
                    .between(1, Arrays.stream(weights).sum() + 1)
                    .map(quota -> new Game(weights, quota)));
  }

  /** A mid-sized game for the floating-point path: 62–120 players (two limbs), weights 1–60. */
  @Provide
  Arbitrary<Game> midGames() {
    return Arbitraries.longs()
        .between(1, 60)
        .array(long[].class)
        .ofMinSize(62)
        .ofMaxSize(120)
        .flatMap(
            weights -> {
              long total = Arrays.stream(weights).sum();
              return Arbitraries.longs().between(1, total).map(quota -> new Game(weights, quota));
            });
  }

  @Property
  void swingsAndShapleyShubik_matchEnumerationOfCoalitions(@ForAll("smallGames") Game g) {
    WeightedVotingGame game = g.game();

    BigInteger[] swings = BruteForce.swings(g.weights, g.quota);
    assertThat(game.banzhafSwings()).containsExactly(swings);
    assertThat(game.shapleyShubikExact())
        .containsExactly(BruteForce.shapleyShubik(g.weights, g.quota));
    int[] zeroSwings =
        IntStream.range(0, swings.length).filter(i -> swings[i].signum() == 0).toArray();
    assertThat(game.dummies()).containsExactly(zeroSwings);
    BigInteger total = Arrays.stream(swings).reduce(BigInteger.ZERO, BigInteger::add);
    double[] banzhaf = game.normalisedBanzhaf();
    for (int i = 0; i < swings.length; i++) {
      double expected = total.signum() == 0 ? 0 : swings[i].doubleValue() / total.doubleValue();
      assertThat(banzhaf[i]).isCloseTo(expected, within(1e-15));
    }
  }

  @Property
  void normalisedIndices_lieInTheUnitIntervalAndSumToOneWhenSomeoneSwings(
      @ForAll("smallGames") Game g) {
    WeightedVotingGame game = g.game();
    double[] banzhaf = game.normalisedBanzhaf();
    double[] ss = game.shapleyShubik();

    assertThat(Arrays.stream(banzhaf).boxed()).allSatisfy(b -> assertThat(b).isBetween(0.0, 1.0));
    assertThat(Arrays.stream(ss).boxed()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    boolean someoneSwings = Arrays.stream(game.banzhafSwings()).anyMatch(s -> s.signum() > 0);
    assertThat(Arrays.stream(banzhaf).sum()).isCloseTo(someoneSwings ? 1.0 : 0.0, within(1e-12));
    assertThat(Arrays.stream(game.shapleyShubikExact()).reduce(BigFraction.ZERO, BigFraction::add))
        .isEqualTo(someoneSwings ? BigFraction.ONE : BigFraction.ZERO);
  }

  @Property
  void equalWeights_haveEqualIndices(@ForAll("smallGames") Game g) {
    WeightedVotingGame game = g.game();
    BigInteger[] swings = game.banzhafSwings();
    BigFraction[] ss = game.shapleyShubikExact();

    for (int i = 0; i < g.weights.length; i++) {
      for (int j = 0; j < g.weights.length; j++) {
        if (g.weights[i] == g.weights[j]) {
          assertThat(swings[i]).isEqualTo(swings[j]);
          assertThat(ss[i]).isEqualTo(ss[j]);
        }
      }
    }
  }

  @Property
  void heavierPlayer_neverHasFewerSwings(@ForAll("smallGames") Game g) {
    BigInteger[] swings = g.game().banzhafSwings();
    BigFraction[] ss = g.game().shapleyShubikExact();

    for (int i = 0; i < g.weights.length; i++) {
      for (int j = 0; j < g.weights.length; j++) {
        if (g.weights[i] <= g.weights[j]) {
          assertThat(swings[i]).isLessThanOrEqualTo(swings[j]);
          assertThat(ss[i]).isLessThanOrEqualTo(ss[j]);
        }
      }
    }
  }

  @Property
  void indices_followThePlayersWhenTheyArePermuted(
      @ForAll("smallGames") Game g, @ForAll long seed) {
    List<Integer> order = IntStream.range(0, g.weights.length).boxed().collect(Collectors.toList());
    Collections.shuffle(order, new Random(seed));
    long[] permuted = order.stream().mapToLong(i -> g.weights[i]).toArray();
    WeightedVotingGame original = g.game();
    WeightedVotingGame shuffled = WeightedVotingGame.of(permuted, g.quota);

    BigInteger[] swings = original.banzhafSwings();
    BigInteger[] shuffledSwings = shuffled.banzhafSwings();
    BigFraction[] ss = original.shapleyShubikExact();
    BigFraction[] shuffledSs = shuffled.shapleyShubikExact();
    for (int k = 0; k < permuted.length; k++) {
      assertThat(shuffledSwings[k]).isEqualTo(swings[order.get(k)]);
      assertThat(shuffledSs[k]).isEqualTo(ss[order.get(k)]);
    }
  }

  @Property
  void dictator_aloneHasAllThePower(
      @ForAll @IntRange(min = 0, max = 30) int others,
      @ForAll @LongRange(min = 1, max = 1000) long quota,
      @ForAll @LongRange(min = 0, max = 1000) long surplus) {
    long[] weights = new long[others + 1];
    weights[others] = quota + surplus;
    WeightedVotingGame game = WeightedVotingGame.of(weights, quota);

    assertThat(game.normalisedBanzhaf()[others]).isEqualTo(1.0);
    assertThat(game.shapleyShubikExact()[others]).isEqualTo(BigFraction.ONE);
    assertThat(game.dummies()).hasSize(others);
  }

  @Property
  void commonFactor_doesNotChangeTheSwings(
      @ForAll("smallGames") Game g, @ForAll @LongRange(min = 2, max = 1_000_000) long factor) {
    long[] scaled = Arrays.stream(g.weights).map(w -> w * factor).toArray();

    assertThat(WeightedVotingGame.of(scaled, g.quota * factor).banzhafSwings())
        .containsExactly(g.game().banzhafSwings());
  }

  @Property(tries = 30)
  void floatingPointPath_staysWithinItsBoundOfTheExactIndices(@ForAll("midGames") Game g) {
    WeightedVotingGame game = g.game();
    double[] estimate = game.floatingPointBanzhaf();
    double[] exact = game.exactNormalisedBanzhaf();
    double bound = estimate[estimate.length - 1];

    assertThat(bound).isLessThanOrEqualTo(WeightedVotingGame.FLOAT_TOLERANCE);
    for (int group = 0; group < exact.length; group++) {
      assertThat(estimate[group]).isCloseTo(exact[group], within(bound));
    }
  }

  /** Weights and quota of a game under test. */
  record Game(long[] weights, long quota) {
    WeightedVotingGame game() {
      return WeightedVotingGame.of(weights, quota);
    }

    @Override
    public String toString() {
      return "[" + quota + "; " + Arrays.toString(weights) + "]";
    }
  }
}
