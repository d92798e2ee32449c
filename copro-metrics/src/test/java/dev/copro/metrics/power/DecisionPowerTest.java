package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionPowerTest {

  /** SCIE's board (see VotingPowerTest): each member 1/15; the four as one player 3/8 and 1/3. */
  @Test
  void of_sciesBoard_membersAndTheBlocAsOnePlayer() {
    Decision.Builder vote =
        decision("d1", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DELIVERY, 1);
    for (int i = 1; i <= 15; i++) {
      vote.vote("T" + i, 1);
    }
    Set<String> bloc = Set.of("T1", "T2", "T3", "T4");

    DecisionPower power = DecisionPower.of(vote.build(), bloc::contains).orElseThrow();

    assertThat(power.decision()).isEqualTo("d1");
    assertThat(power.quota()).isEqualTo(8);
    assertThat(power.totalWeight()).isEqualTo(15);
    assertThat(power.members())
        .hasSize(15)
        .allSatisfy(
            member -> {
              assertThat(member.banzhaf()).isCloseTo(1.0 / 15, within(1e-15));
              assertThat(member.shapleyShubik().getAsDouble()).isCloseTo(1.0 / 15, within(1e-15));
              assertThat(member.powerless()).isFalse();
              assertThat(member.weight()).isEqualTo(1);
            });
    assertThat(power.members())
        .extracting(DecisionPower.MemberPower::participant)
        .startsWith("T1", "T2", "T3");
    assertThat(power.members()).filteredOn(DecisionPower.MemberPower::inBloc).hasSize(4);
    assertThat(power.blocMembersBanzhaf()).isCloseTo(4.0 / 15, within(1e-15));
    DecisionPower.CoalitionPower coalition = power.bloc();
    assertThat(coalition.memberCount()).isEqualTo(4);
    assertThat(coalition.weight()).isEqualTo(4);
    assertThat(coalition.otherWeight()).isEqualTo(11);
    assertThat(coalition.canCarry()).isFalse();
    assertThat(coalition.canBlock()).isFalse();
    assertThat(coalition.canNeitherCarryNorBlock()).isTrue();
    assertThat(coalition.banzhaf()).isCloseTo(3.0 / 8, within(1e-15));
    assertThat(coalition.shapleyShubik().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
  }

  /**
   * Merging can lower the bloc's normalised Banzhaf index below the sum of its members': in the
   * unanimity game [3; 1, 1, 1] each member has 1/3, so two have 2/3; merged, [3; 2, 1] needs both
   * players, who have 1/2 each. So the coalition index is not a bound on the members' sum.
   */
  @Test
  void of_unanimity_mergingLowersTheBlocsShareBelowItsMembersSum() {
    Decision d =
        decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
            .vote("A", 1)
            .vote("B", 1)
            .vote("C", 1)
            .quota(3L)
            .build();

    DecisionPower power = DecisionPower.of(d, Set.of("A", "B")::contains).orElseThrow();

    assertThat(power.blocMembersBanzhaf()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(power.bloc().banzhaf()).isEqualTo(0.5);
    assertThat(power.bloc().shapleyShubik()).hasValue(0.5);
    // Voting together they block (C's 1 < 3) but cannot carry (2 < 3).
    assertThat(power.bloc().canBlock()).isTrue();
    assertThat(power.bloc().canCarry()).isFalse();
  }

  /**
   * Nor is the strongest member's normalised Banzhaf index a floor (found by enumerating random
   * games): in [23; 1, 3, 13, 2, 8, 2, 2, 0] the member of weight 13 has 31/73 alone, but merged
   * with the member of weight 1 the pair has 8/19 &lt; 31/73. (The Shapley–Shubik index and the
   * unnormalised Banzhaf measure never fall below the strongest member's: see
   * DecisionPowerPropertiesTest.)
   */
  @Test
  void of_mergingCanLowerTheNormalisedBanzhafIndexBelowTheStrongestMembers() {
    Decision.Builder vote = decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1);
    long[] weights = {1, 3, 13, 2, 8, 2, 2, 0};
    for (int i = 0; i < weights.length; i++) {
      vote.vote("m" + i, weights[i]);
    }

    DecisionPower power =
        DecisionPower.of(vote.quota(23L).build(), Set.of("m0", "m2")::contains).orElseThrow();

    assertThat(power.members().get(2).banzhaf()).isCloseTo(31.0 / 73, within(1e-15));
    assertThat(power.bloc().banzhaf()).isCloseTo(8.0 / 19, within(1e-15));
  }

  @Test
  void of_blocWithoutAVote_hasNoPowerAndCanNeitherCarryNorBlock() {
    Decision d =
        decision("d1", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1)
            .vote("A", 0)
            .vote("P1", 1)
            .vote("P2", 1)
            .build();

    DecisionPower.CoalitionPower bloc = DecisionPower.of(d, "A"::equals).orElseThrow().bloc();

    assertThat(bloc.memberCount()).isEqualTo(1);
    assertThat(bloc.weight()).isZero();
    assertThat(bloc.banzhaf()).isZero();
    assertThat(bloc.shapleyShubik()).hasValue(0.0);
    assertThat(bloc.canNeitherCarryNorBlock()).isTrue();
  }

  @Test
  void of_decisionsWithoutAMeasurableVote_areEmpty() {
    Decision consensus =
        decision("d1", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 1).vote("A", 1).build();
    Decision noVoter =
        decision("d2", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1).vote("A", 0).build();

    assertThat(DecisionPower.of(consensus, id -> true)).isEmpty();
    assertThat(DecisionPower.of(noVoter, id -> true)).isEmpty();
  }

  @Test
  void of_weightsTooLargeForTheTables_throws() {
    long big = 1_000_000_000_000L;
    Decision huge =
        decision("huge", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
            .vote("A", big + 1)
            .vote("C", big)
            .vote("D", big - 1)
            .quota(big + big / 2)
            .build();

    assertThatThrownBy(() -> DecisionPower.of(huge, "A"::equals))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'huge'")
        .hasMessageContaining("too large");
  }

  @Test
  void records_rejectValuesOutOfRange() {
    assertThatThrownBy(
            () -> new DecisionPower.MemberPower("A", true, 1, 1.5, OptionalDouble.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("banzhaf");
    assertThatThrownBy(
            () -> new DecisionPower.CoalitionPower(1, -1, 0, false, false, 0, OptionalDouble.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
    DecisionPower.CoalitionPower none =
        new DecisionPower.CoalitionPower(0, 0, 1, false, false, 0, OptionalDouble.of(0));
    assertThatThrownBy(() -> new DecisionPower("d1", 2, 1, java.util.List.of(), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota");
  }
}
