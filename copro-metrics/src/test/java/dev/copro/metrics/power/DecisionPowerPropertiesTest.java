package dev.copro.metrics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * What is true of the bloc as one player in every weighted vote, checked against the definitions by
 * enumeration. Two tempting claims are false and not asserted: that the merged bloc's normalised
 * Banzhaf index is at least its members' sum, or at least its strongest member's (DecisionPowerTest
 * has counterexamples to both).
 */
class DecisionPowerPropertiesTest {

  /** A weighted vote of 2–9 members with weights 0–9, a quota from 1 to the total, and a bloc. */
  @Provide
  Arbitrary<Vote> votes() {
    return Arbitraries.longs()
        .between(0, 9)
        .array(long[].class)
        .ofMinSize(2)
        .ofMaxSize(9)
        .filter(w -> Arrays.stream(w).sum() > 0)
        .flatMap(
            w ->
                Combinators.combine(
                        Arbitraries.longs().between(1, Arrays.stream(w).sum()),
                        Arbitraries.integers().between(0, 1).array(int[].class).ofSize(w.length))
                    .as((quota, inBloc) -> new Vote(w, quota, inBloc)));
  }

  @Property(tries = 300)
  void coalitionIndices_areThoseOfTheMergedGameByEnumeration(@ForAll("votes") Vote vote) {
    DecisionPower power = vote.power();
    long[] merged = vote.mergedWeights();

    BigInteger[] swings = BruteForce.swings(merged, vote.quota);
    BigInteger total = Arrays.stream(swings).reduce(BigInteger.ZERO, BigInteger::add);
    double expected = total.signum() == 0 ? 0 : new BigFraction(swings[0], total).doubleValue();
    assertThat(power.bloc().banzhaf()).isCloseTo(expected, within(1e-15));
    assertThat(power.bloc().shapleyShubik().getAsDouble())
        .isCloseTo(BruteForce.shapleyShubik(merged, vote.quota)[0].doubleValue(), within(1e-15));
    assertThat(power.bloc().canCarry()).isEqualTo(merged[0] >= vote.quota);
    assertThat(power.bloc().canBlock()).isEqualTo(vote.total() - merged[0] < vote.quota);
  }

  /**
   * Carrying and blocking together is dictatorship: the merged bloc holds all the power (index 1 in
   * both) exactly when it can both carry and block. So a bloc that can neither, or only one, holds
   * less than all.
   */
  @Property(tries = 300)
  void carryAndBlock_isExactlyAllThePower(@ForAll("votes") Vote vote) {
    DecisionPower.CoalitionPower bloc = vote.power().bloc();
    boolean both = bloc.canCarry() && bloc.canBlock();

    assertThat(bloc.banzhaf() == 1.0).isEqualTo(both);
    assertThat(bloc.shapleyShubik().getAsDouble() == 1.0).isEqualTo(both);
  }

  /**
   * A bloc that can carry or block (a veto player) is at least as strong as any other single
   * member: a swing of another member maps one to one onto a swing of the bloc (and likewise for
   * orders of arrival, swapping the two).
   */
  @Property(tries = 300)
  void carryOrBlock_makesTheBlocTheStrongestPlayer(@ForAll("votes") Vote vote) {
    DecisionPower power = vote.power();
    DecisionPower.CoalitionPower bloc = power.bloc();
    if (!bloc.canCarry() && !bloc.canBlock()) {
      return;
    }
    long[] merged = vote.mergedWeights();
    WeightedVotingGame game = WeightedVotingGame.of(merged, vote.quota);
    double[] banzhaf = game.normalisedBanzhaf();
    double[] ss = game.shapleyShubik();
    for (int j = 1; j < merged.length; j++) {
      assertThat(bloc.banzhaf()).isGreaterThanOrEqualTo(banzhaf[j] - 1e-15);
      assertThat(bloc.shapleyShubik().getAsDouble()).isGreaterThanOrEqualTo(ss[j] - 1e-15);
    }
  }

  /**
   * Where a decision needs more than half the weight (every simple majority), carrying implies
   * blocking.
   */
  @Property(tries = 300)
  void aboveHalfQuota_carryingImpliesBlocking(@ForAll("votes") Vote vote) {
    DecisionPower.CoalitionPower bloc = vote.power().bloc();
    if (2 * vote.quota > vote.total() && bloc.canCarry()) {
      assertThat(bloc.canBlock()).isTrue();
    }
  }

  /**
   * Merging never leaves the bloc weaker than its strongest member alone, by the Shapley–Shubik
   * index (in an order where a member is pivotal, the bloc in that member's place is pivotal too)
   * and by the unnormalised Banzhaf measure, swings ÷ 2^(players − 1) (a coalition a member swings,
   * less the other bloc members, is one the bloc swings).
   */
  @Property(tries = 300)
  void mergedBloc_isNeverWeakerThanItsStrongestMember(@ForAll("votes") Vote vote) {
    DecisionPower power = vote.power();
    long[] merged = vote.mergedWeights();
    BigFraction blocMeasure =
        new BigFraction(
            WeightedVotingGame.of(merged, vote.quota).banzhafSwings()[0],
            BigInteger.TWO.pow(merged.length - 1));
    BigInteger[] swings = WeightedVotingGame.of(vote.weights, vote.quota).banzhafSwings();
    BigInteger perCoalition = BigInteger.TWO.pow(vote.weights.length - 1);
    for (int i = 0; i < vote.weights.length; i++) {
      if (vote.inBloc[i] == 1) {
        assertThat(blocMeasure).isGreaterThanOrEqualTo(new BigFraction(swings[i], perCoalition));
        assertThat(power.bloc().shapleyShubik().getAsDouble())
            .isGreaterThanOrEqualTo(power.members().get(i).shapleyShubik().getAsDouble() - 1e-15);
      }
    }
  }

  /** A weighted vote of members m0, m1, … with a bloc (1 = in it). */
  record Vote(long[] weights, long quota, int[] inBloc) {

    long total() {
      return Arrays.stream(weights).sum();
    }

    Set<String> bloc() {
      Set<String> bloc = new HashSet<>();
      for (int i = 0; i < weights.length; i++) {
        if (inBloc[i] == 1) {
          bloc.add("m" + i);
        }
      }
      return bloc;
    }

    /** The bloc's total weight first, then everyone else's weights in order. */
    long[] mergedWeights() {
      long[] merged = new long[weights.length + 1];
      int others = 0;
      for (int i = 0; i < weights.length; i++) {
        if (inBloc[i] == 1) {
          merged[0] += weights[i];
        } else {
          merged[1 + others++] = weights[i];
        }
      }
      return Arrays.copyOf(merged, 1 + others);
    }

    DecisionPower power() {
      Decision.Builder decision =
          PowerFixtures.decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1);
      for (int i = 0; i < weights.length; i++) {
        decision.vote("m" + i, weights[i]);
      }
      return DecisionPower.of(decision.quota(quota).build(), bloc()::contains).orElseThrow();
    }

    @Override
    public String toString() {
      return "[" + quota + "; " + Arrays.toString(weights) + "] bloc " + Arrays.toString(inBloc);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Vote v
          && quota == v.quota
          && Arrays.equals(weights, v.weights)
          && Arrays.equals(inBloc, v.inBloc);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Arrays.hashCode(weights) + Arrays.hashCode(inBloc)) + Long.hashCode(quota);
    }
  }
}
