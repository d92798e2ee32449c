package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.context;
import static dev.copro.metrics.power.PowerFixtures.decision;
import static dev.copro.metrics.power.PowerFixtures.group;
import static dev.copro.metrics.power.PowerFixtures.initiative;
import static dev.copro.metrics.power.PowerFixtures.measure;
import static dev.copro.metrics.power.PowerFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VotingPowerTest {

  private final VotingPower metric = new VotingPower();

  /**
   * d1, weighted vote [4; A 1, B 1, C 3, D 2] (A lived experience, B carer, C and D professionals).
   * Swings: A needs 3 from {B 1, C 3, D 2}: {C}, {B, D} = 2; B likewise 2; C needs 1–3 from {A, B,
   * D}: {A}, {B}, {D}, {A,B}, {A,D}, {B,D} = 6; D needs 2–3 from {A, B, C}: {A,B}, {C} = 2. Total
   * 12: A 1/6, B 1/6, C 1/2, D 1/6, so the bloc has 1/3. Shapley–Shubik over 4! = 24 orders: A is
   * pivotal after {C} (1!·2! = 2 orders) or {B,D} (2!·1! = 2): 4/24 = 1/6; B the same; D after
   * {A,B} or {C}: 1/6; C the remaining 1/2. Bloc 1/3. Weight share 2/7.
   *
   * <p>d2, simple majority of E (lived experience), F, G, H, I (professionals), each weight 1, and
   * J (carer) with a seat of weight 0: five voters, quota 3, each voter 1/5, J none. Bloc 1/5 in
   * both indices; weight share 1/5. J is formally powerless.
   *
   * <p>d3 is a consensus, which has no voting power to measure.
   *
   * <p>Averages over d1 and d2: Banzhaf (1/3 + 1/5)/2 = 4/15; Shapley–Shubik 4/15; weight share
   * (2/7 + 1/5)/2 = 17/70; ratio (4/15)/(17/70) = 56/51; head share (2/4 + 2/6)/2 = 5/12 (J's seat
   * counts as a head). By perspective: lived experience (1/6 + 1/5)/2 = 11/60, carer (1/6 + 0)/2 =
   * 1/12, professional (2/3 + 4/5)/2 = 11/15.
   *
   * <p>The bloc as one player: in d1 [4; AB 2, C 3, D 2] each of the three swings two coalitions
   * (AB: {C}, {D}; C: {AB}, {D}; D: {AB}, {C}) and is pivotal in 2 of the 3! orders, so 1/3 in both
   * indices; in d2 [3; EJ 1, F 1, G 1, H 1, I 1] 1/5. Coalition indices (1/3 + 1/5)/2 = 4/15. In
   * neither can the bloc carry (2 < 4, 1 < 3) or block (the others hold 5 ≥ 4 and 4 ≥ 3).
   */
  static Dataset twoVotes() {
    return Dataset.builder()
        .add(initiative())
        .add(person("A", Perspective.LIVED_EXPERIENCE))
        .add(person("B", Perspective.CARER))
        .add(person("C", Perspective.PROFESSIONAL))
        .add(person("D", Perspective.PROFESSIONAL))
        .add(person("E", Perspective.LIVED_EXPERIENCE))
        .add(person("F", Perspective.PROFESSIONAL))
        .add(person("G", Perspective.PROFESSIONAL))
        .add(person("H", Perspective.PROFESSIONAL))
        .add(person("I", Perspective.PROFESSIONAL))
        .add(person("J", Perspective.CARER))
        .add(
            decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
                .vote("A", 1)
                .vote("B", 1)
                .vote("C", 3)
                .vote("D", 2)
                .quota(4L)
                .build())
        .add(
            decision("d2", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DELIVERY, 2)
                .vote("E", 1)
                .vote("F", 1)
                .vote("G", 1)
                .vote("H", 1)
                .vote("I", 1)
                .vote("J", 0)
                .build())
        .add(
            decision("d3", DecisionRule.CONSENSUS, LifecycleStage.DELIVERY, 3)
                .vote("A", 1)
                .vote("C", 1)
                .build())
        .build();
  }

  @Test
  void measure_handComputedIndicesComponentsAndBreakdown() {
    Measurement m = measure(metric, twoVotes());

    assertThat(m.value()).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.n()).isEqualTo(2);
    assertThat(m.components().get("shapleyShubik")).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components().get("coalitionBanzhaf")).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components().get("coalitionShapleyShubik")).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 0.0);
    assertThat(m.components().get("headShare")).isCloseTo(5.0 / 12, within(1e-12));
    assertThat(m.components().get("weightShare")).isCloseTo(17.0 / 70, within(1e-12));
    assertThat(m.components().get("banzhafToWeightRatio")).isCloseTo(56.0 / 51, within(1e-12));
    assertThat(m.components().keySet())
        .containsExactly(
            "shapleyShubik",
            "coalitionBanzhaf",
            "coalitionShapleyShubik",
            "blocCanCarryShare",
            "blocCanBlockShare",
            "headShare",
            "weightShare",
            "banzhafToWeightRatio");
    assertThat(group(m, "perspective", "lived-experience").value())
        .isCloseTo(11.0 / 60, within(1e-12));
    assertThat(group(m, "perspective", "carer").value()).isCloseTo(1.0 / 12, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(11.0 / 15, within(1e-12));

    assertThat(m.findings()).hasSize(2);
    assertThat(m.findings().get(0))
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("bloc-cannot-carry-or-block");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("decision:d1", "decision:d2");
              assertThat(f.message())
                  .isEqualTo(
                      "In both decisions taken by vote, people with lived experience and carers "
                          + "could neither carry the decision nor block it, even all voting together. In decision d1, for example, 2 "
                          + "of them held 2 of the 7 votes: 4 votes carry a decision, and the others hold 5, enough to carry it "
                          + "without them.");
            });
    assertThat(m.findings().get(1))
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("formally-powerless");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("decision:d2", "participant:J");
              assertThat(f.message())
                  .isEqualTo(
                      "In decision d2, 1 of the 6 members (1 of them among the people with lived "
                          + "experience and carers) could not change the outcome however they voted: 1 held a seat without a vote.");
            });
    assertThat(m.warnings()).isEmpty();
  }

  /**
   * The EEC Council of 1958 as a board, with the lived-experience member in Luxembourg's place
   * (weight 1 of 17, quota 12): a seat share of 1/17 and no power at all — never a swing.
   */
  @Test
  void measure_blocMemberWhoseVoteNeverCounts_isFlagged() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("fr", Perspective.PROFESSIONAL))
            .add(person("de", Perspective.PROFESSIONAL))
            .add(person("it", Perspective.PROFESSIONAL))
            .add(person("be", Perspective.COMMISSIONER))
            .add(person("nl", Perspective.COMMISSIONER))
            .add(person("lu", Perspective.LIVED_EXPERIENCE))
            .add(
                decision("treaty", DecisionRule.WEIGHTED_VOTE, LifecycleStage.COMMISSIONING, 1)
                    .vote("fr", 4)
                    .vote("de", 4)
                    .vote("it", 4)
                    .vote("be", 2)
                    .vote("nl", 2)
                    .vote("lu", 1)
                    .quota(12L)
                    .build())
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isZero();
    assertThat(m.components().get("shapleyShubik")).isZero();
    assertThat(m.components().get("weightShare")).isCloseTo(1.0 / 17, within(1e-15));
    assertThat(m.components().get("headShare")).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(m.components().get("banzhafToWeightRatio")).isZero();
    // Merged into one player, a bloc of one is Luxembourg still.
    assertThat(m.components())
        .containsEntry("coalitionBanzhaf", 0.0)
        .containsEntry("coalitionShapleyShubik", 0.0);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly("bloc-cannot-carry-or-block", "formally-powerless");
    Finding finding = m.findings().get(1);
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.evidence()).containsExactly("decision:treaty", "participant:lu");
    assertThat(finding.message())
        .isEqualTo(
            "In decision treaty, 1 of the 6 members (1 of them among the people with "
                + "lived experience and carers) could not change the outcome however they voted: 1 held a vote too light to "
                + "matter.");
  }

  @Test
  void measure_onlyProfessionalsPowerless_isALowFinding() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("A", Perspective.LIVED_EXPERIENCE))
            .add(person("C", Perspective.PROFESSIONAL))
            .add(person("D", Perspective.PROFESSIONAL))
            .add(
                decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
                    .vote("A", 2)
                    .vote("C", 2)
                    .vote("D", 1)
                    .quota(4L)
                    .build())
            .build();

    Measurement m = measure(metric, data);
    // [4; 2, 2, 1]: A and C each swing {other} and {other, D}: 2 each; D needs exactly 3: none.
    assertThat(m.value()).isEqualTo(0.5);
    // A alone holds 2 of 5: it cannot carry, but the others' 3 fall short of 4, so it can block.
    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 1.0);
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("formally-powerless");
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.evidence()).containsExactly("decision:d1", "participant:D");
            });
  }

  @Test
  void measure_votesThatCannotCarryOrAreTooLarge_areLeftOutWithWarnings() {
    long big = 1_000_000_000_000L;
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("A", Perspective.LIVED_EXPERIENCE))
            .add(person("C", Perspective.PROFESSIONAL))
            .add(person("D", Perspective.PROFESSIONAL))
            .add(
                decision("empty", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1)
                    .vote("A", 0)
                    .build())
            .add(
                decision("huge", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 2)
                    .vote("A", big + 1)
                    .vote("C", big)
                    .vote("D", big - 1)
                    .quota(big + big / 2)
                    .build())
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isNull();
    assertThat(m.warnings()).hasSize(2);
    assertThat(m.warnings().get(0))
        .startsWith(
            "1 weighted-vote or simple-majority decision cannot carry (no voter "
                + "with a weight above zero, or a quota outside 1 to the total weight), so it is left out.");
    assertThat(m.warnings().get(1)).contains("too large");
  }

  @Test
  void measure_bodyTooLargeForShapleyShubik_leavesTheComponentOutWithAWarning() {
    // 300 members with weights 1–60: the Banzhaf tables are small, the Shapley–Shubik ones would
    // take over 2·10⁸ limb updates.
    Dataset.Builder data = Dataset.builder().add(initiative());
    var vote = decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1);
    long total = 0;
    for (int i = 0; i < 300; i++) {
      data.add(person("m" + i, i == 0 ? Perspective.LIVED_EXPERIENCE : Perspective.PROFESSIONAL));
      long weight = 1 + (i * 37L) % 60;
      vote.vote("m" + i, weight);
      total += weight;
    }
    Measurement m = measure(metric, data.add(vote.quota(total / 2 + 1).build()).build());

    assertThat(m.value()).isPositive();
    assertThat(m.components())
        .doesNotContainKeys("shapleyShubik", "coalitionShapleyShubik")
        .containsKeys("weightShare", "coalitionBanzhaf");
    // A bloc of one merged into one player is the same game: too large for both components.
    assertThat(m.warnings())
        .containsExactly(
            "The Shapley-Shubik component leaves out 1 decision too large for its tables and averages the other 0.",
            "The coalition Shapley-Shubik component leaves out 1 decision too large for its tables and averages the "
                + "other 0.");
  }

  @Test
  void measure_noVotes_noValue() {
    Measurement m =
        measure(
            metric,
            Dataset.builder()
                .add(initiative())
                .add(person("A", Perspective.CARER))
                .add(
                    decision("d1", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 1)
                        .vote("A", 1)
                        .build())
                .build());

    assertThat(m.value()).isNull();
    assertThat(m.warnings()).isEmpty();
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
  }

  @Test
  void measure_singleVoter_holdsAllThePower() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("A", Perspective.CARER))
            .add(
                decision("d1", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1)
                    .vote("A", 1)
                    .build())
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components())
        .containsEntry("weightShare", 1.0)
        .containsEntry("headShare", 1.0)
        .containsEntry("banzhafToWeightRatio", 1.0)
        .containsEntry("coalitionBanzhaf", 1.0)
        .containsEntry("blocCanCarryShare", 1.0)
        .containsEntry("blocCanBlockShare", 1.0);
    assertThat(m.findings()).isEmpty();
  }

  /**
   * A board voting on decision "d1": {@code bloc} lived-experience members L1… of weight {@code
   * blocWeight} and {@code others} professionals P1… of weight {@code otherWeight}, by the given
   * rule ({@code quota} only for a weighted vote).
   */
  static Dataset board(
      int bloc,
      long blocWeight,
      int others,
      long otherWeight,
      DecisionRule rule,
      @Nullable Long quota) {
    Dataset.Builder data = Dataset.builder().add(initiative());
    var vote = decision("d1", rule, LifecycleStage.DELIVERY, 1);
    for (int i = 1; i <= bloc; i++) {
      data.add(person("L" + i, Perspective.LIVED_EXPERIENCE));
      vote.vote("L" + i, blocWeight);
    }
    for (int i = 1; i <= others; i++) {
      data.add(person("P" + i, Perspective.PROFESSIONAL));
      vote.vote("P" + i, otherWeight);
    }
    return data.add(vote.quota(quota).build()).build();
  }

  /**
   * SCIE's board: fifteen trustees, four with lived experience, simple majority (quota 8). Each
   * member voting alone has 1/15, so the bloc 4/15. Voting together, the four hold 4 < 8 (cannot
   * carry) and the other eleven 11 ≥ 8 (cannot block). As one player in [8; 4, 1 × 11] the bloc
   * swings the coalitions of j of the eleven with 4 ≤ j ≤ 7: C(11,4) + C(11,5) + C(11,6) + C(11,7)
   * = 330 + 462 + 462 + 330 = 1584; each of the eleven swings the coalitions of the other twelve
   * weighing exactly 7: seven of the other ten without the bloc, C(10,7) = 120, or three with it,
   * C(10,3) = 120 — 240. Normalised: 1584 / (1584 + 11 · 240) = 1584/4224 = 3/8. Shapley–Shubik:
   * the bloc's place among the 12 players is uniform, and it is pivotal when 4 to 7 of the eleven
   * come before it: 4/12 = 1/3.
   */
  @Test
  void measure_sciesBoard_fourOfFifteenCanNeitherCarryNorBlock() {
    Measurement m = measure(metric, board(4, 1, 11, 1, DecisionRule.SIMPLE_MAJORITY, null));

    assertThat(m.value()).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components().get("shapleyShubik")).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components().get("coalitionBanzhaf")).isCloseTo(3.0 / 8, within(1e-15));
    assertThat(m.components().get("coalitionShapleyShubik")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 0.0);
    assertThat(m.components().get("headShare")).isCloseTo(4.0 / 15, within(1e-15));
    assertThat(m.components().get("weightShare")).isCloseTo(4.0 / 15, within(1e-15));
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("bloc-cannot-carry-or-block");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("decision:d1");
              assertThat(f.message())
                  .startsWith("In the one decision taken by vote")
                  .contains(
                      "4 of them held 4 of the 15 votes: 8 votes carry a decision, and the others hold 11, enough to "
                          + "carry it without them.");
            });
  }

  /**
   * A weighted 70–30 board: five lived-experience members of weight 6 (30) and five professionals
   * of weight 14 (70), quota 51. Half the heads, 30% of the weight. Voting together the bloc cannot
   * carry (30 < 51) or block (70 ≥ 51). Alone, in [26; 3 × 5, 7 × 5] (weights halved, quota
   * ⌈51/2⌉), a bloc member swings the others' coalitions weighing 23 to 25 — three 3s and two 7s (4
   * · 10) or one 3 and three 7s (4 · 10): 80; a professional those weighing 19 to 25 — 24 + 120 +
   * 24 = 168; so 80 / (5 · 80 + 5 · 168) = 2/31 each and 10/31 for the bloc. As one player in [51;
   * 30, 14 × 5] the bloc swings two or three professionals (28, 42): C(5,2) + C(5,3) = 20; a
   * professional swings the others weighing 37 to 50 — three of the other four (42) or the bloc and
   * one (44): 4 + 4 = 8; 20 / (20 + 5 · 8) = 1/3. Shapley–Shubik: pivotal when two or three of the
   * five professionals come first, 2 of its 6 places: 1/3.
   */
  @Test
  void measure_weighted70To30Board_headShareHalfWeightShare30Percent() {
    Measurement m = measure(metric, board(5, 6, 5, 14, DecisionRule.WEIGHTED_VOTE, 51L));

    assertThat(m.value()).isCloseTo(10.0 / 31, within(1e-15));
    assertThat(m.components().get("headShare")).isEqualTo(0.5);
    assertThat(m.components().get("weightShare")).isCloseTo(0.3, within(1e-15));
    assertThat(m.components().get("banzhafToWeightRatio")).isCloseTo(100.0 / 93, within(1e-12));
    assertThat(m.components().get("coalitionBanzhaf")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(m.components().get("coalitionShapleyShubik")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 0.0);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly("bloc-cannot-carry-or-block");
  }

  /**
   * "More than half" at its edge. Six voters, three from the bloc: quota 4; the bloc's 3 cannot
   * carry, the others' 3 cannot carry either, so the bloc blocks — and as one player in [4; 3, 1,
   * 1, 1] it swings every coalition of one to three others (3 + 3 + 1 = 7) and each other member
   * only {bloc} (1): 7/10; Shapley–Shubik pivotal unless first, 3/4.
   */
  @Test
  void measure_blocHoldingExactlyHalf_canBlockButNotCarry() {
    Measurement m = measure(metric, board(3, 1, 3, 1, DecisionRule.SIMPLE_MAJORITY, null));

    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 1.0);
    assertThat(m.components().get("coalitionBanzhaf")).isCloseTo(7.0 / 10, within(1e-15));
    assertThat(m.components().get("coalitionShapleyShubik")).isCloseTo(3.0 / 4, within(1e-15));
    assertThat(m.value()).isCloseTo(0.5, within(1e-15));
    assertThat(m.findings()).isEmpty();
  }

  /** One voter fewer than half (3 of 7, quota 4): the others' 4 carry without the bloc. */
  @Test
  void measure_blocJustBelowHalf_canNeitherCarryNorBlock() {
    Measurement m = measure(metric, board(3, 1, 4, 1, DecisionRule.SIMPLE_MAJORITY, null));

    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 0.0);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly("bloc-cannot-carry-or-block");
  }

  /**
   * One voter more than half (4 of 7, quota 4): the bloc carries and blocks, and holds all the
   * power as one.
   */
  @Test
  void measure_blocJustAboveHalf_canCarryAndBlock() {
    Measurement m = measure(metric, board(4, 1, 3, 1, DecisionRule.SIMPLE_MAJORITY, null));

    assertThat(m.components())
        .containsEntry("blocCanCarryShare", 1.0)
        .containsEntry("blocCanBlockShare", 1.0)
        .containsEntry("coalitionBanzhaf", 1.0)
        .containsEntry("coalitionShapleyShubik", 1.0);
    assertThat(m.value()).isCloseTo(4.0 / 7, within(1e-15));
    assertThat(m.findings()).isEmpty();
  }

  /** A weighted vote whose quota is exactly the bloc's weight: reaching the quota carries. */
  @Test
  void measure_blocWeightEqualToTheQuota_canCarry() {
    Measurement atQuota = measure(metric, board(2, 3, 2, 2, DecisionRule.WEIGHTED_VOTE, 6L));
    Measurement belowQuota = measure(metric, board(2, 3, 2, 2, DecisionRule.WEIGHTED_VOTE, 7L));

    // [6; 3, 3, 2, 2]: the bloc's 6 carries and the others' 4 cannot; at quota 7 the bloc's 6 falls
    // one short.
    assertThat(atQuota.components())
        .containsEntry("blocCanCarryShare", 1.0)
        .containsEntry("blocCanBlockShare", 1.0);
    assertThat(belowQuota.components())
        .containsEntry("blocCanCarryShare", 0.0)
        .containsEntry("blocCanBlockShare", 1.0);
  }

  /**
   * Each member's own indices on request, named by participant id in id order, averaged over all
   * the decisions measured (0 where the member had no seat in the vote): in twoVotes A has (1/6 +
   * 0)/2 = 1/12, C (1/2 + 0)/2 = 1/4, E (0 + 1/5)/2 = 1/10, J none. The bloc members' sum (A, B, E,
   * J) is the value, 4/15.
   */
  @Test
  void measure_memberIndicesOnRequest_namedByParticipantIdInIdOrder() {
    Measurement without = measure(metric, twoVotes());
    Measurement m = metric.measure(context(metric, twoVotes(), Map.of("memberIndices", true)));

    assertThat(without.components().keySet()).noneMatch(name -> name.startsWith("member"));
    assertThat(m.components().keySet())
        .containsSubsequence(
            "banzhafToWeightRatio",
            "memberBanzhaf.A",
            "memberShapleyShubik.A",
            "memberBanzhaf.B",
            "memberShapleyShubik.B",
            "memberBanzhaf.C",
            "memberShapleyShubik.C",
            "memberBanzhaf.D",
            "memberShapleyShubik.D",
            "memberBanzhaf.E",
            "memberShapleyShubik.E",
            "memberBanzhaf.F",
            "memberShapleyShubik.F",
            "memberBanzhaf.G",
            "memberShapleyShubik.G",
            "memberBanzhaf.H",
            "memberShapleyShubik.H",
            "memberBanzhaf.I",
            "memberShapleyShubik.I",
            "memberBanzhaf.J",
            "memberShapleyShubik.J");
    assertThat(m.components()).hasSize(without.components().size() + 20);
    assertThat(m.components().get("memberBanzhaf.A")).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(m.components().get("memberShapleyShubik.A")).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(m.components().get("memberBanzhaf.C")).isCloseTo(1.0 / 4, within(1e-15));
    assertThat(m.components().get("memberBanzhaf.E")).isCloseTo(1.0 / 10, within(1e-15));
    assertThat(m.components())
        .containsEntry("memberBanzhaf.J", 0.0)
        .containsEntry("memberShapleyShubik.J", 0.0);
    double blocMembers =
        m.components().get("memberBanzhaf.A")
            + m.components().get("memberBanzhaf.B")
            + m.components().get("memberBanzhaf.E")
            + m.components().get("memberBanzhaf.J");
    assertThat(blocMembers).isCloseTo(m.value(), within(1e-12));
  }
}
