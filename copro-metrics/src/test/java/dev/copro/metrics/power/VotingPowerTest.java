package dev.copro.metrics.power;

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
import org.junit.jupiter.api.Test;

class VotingPowerTest {

  private final VotingPower metric = new VotingPower();

  /**
   * d1, weighted vote [4; A 1, B 1, C 3, D 2] (A lived experience, B carer, C and D professionals).
   * Swings: A needs 3 from {B 1, C 3, D 2}: {C}, {B, D} = 2; B likewise 2; C needs 1–3 from
   * {A, B, D}: {A}, {B}, {D}, {A,B}, {A,D}, {B,D} = 6; D needs 2–3 from {A, B, C}: {A,B}, {C} = 2.
   * Total 12: A 1/6, B 1/6, C 1/2, D 1/6, so the bloc has 1/3. Shapley–Shubik over 4! = 24
   * orders: A is pivotal after {C} (1!·2! = 2 orders) or {B,D} (2!·1! = 2): 4/24 = 1/6; B the
   * same; D after {A,B} or {C}: 1/6; C the remaining 1/2. Bloc 1/3. Weight share 2/7.
   *
   * <p>d2, simple majority of E (lived experience), F, G, H, I (professionals), each weight 1,
   * and J (carer) with a seat of weight 0: five voters, quota 3, each voter 1/5, J none. Bloc 1/5
   * in both indices; weight share 1/5. J is formally powerless.
   *
   * <p>d3 is a consensus, which has no voting power to measure.
   *
   * <p>Averages over d1 and d2: Banzhaf (1/3 + 1/5)/2 = 4/15; Shapley–Shubik 4/15; seat share
   * (2/7 + 1/5)/2 = 17/70; ratio (4/15)/(17/70) = 56/51. By perspective: lived experience
   * (1/6 + 1/5)/2 = 11/60, carer (1/6 + 0)/2 = 1/12, professional (2/3 + 4/5)/2 = 11/15.
   */
  static Dataset twoVotes() {
    return Dataset.builder().add(initiative())
        .add(person("A", Perspective.LIVED_EXPERIENCE)).add(person("B", Perspective.CARER))
        .add(person("C", Perspective.PROFESSIONAL)).add(person("D", Perspective.PROFESSIONAL))
        .add(person("E", Perspective.LIVED_EXPERIENCE)).add(person("F", Perspective.PROFESSIONAL))
        .add(person("G", Perspective.PROFESSIONAL)).add(person("H", Perspective.PROFESSIONAL))
        .add(person("I", Perspective.PROFESSIONAL)).add(person("J", Perspective.CARER))
        .add(decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
            .vote("A", 1).vote("B", 1).vote("C", 3).vote("D", 2).quota(4L).build())
        .add(decision("d2", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DELIVERY, 2)
            .vote("E", 1).vote("F", 1).vote("G", 1).vote("H", 1).vote("I", 1).vote("J", 0).build())
        .add(decision("d3", DecisionRule.CONSENSUS, LifecycleStage.DELIVERY, 3).vote("A", 1).vote("C", 1).build())
        .build();
  }

  @Test
  void measure_handComputedIndicesComponentsAndBreakdown() {
    Measurement m = measure(metric, twoVotes());

    assertThat(m.value()).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.n()).isEqualTo(2);
    assertThat(m.components().get("shapleyShubik")).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(m.components().get("seatShare")).isCloseTo(17.0 / 70, within(1e-12));
    assertThat(m.components().get("banzhafToSeatRatio")).isCloseTo(56.0 / 51, within(1e-12));
    assertThat(group(m, "perspective", "lived-experience").value()).isCloseTo(11.0 / 60, within(1e-12));
    assertThat(group(m, "perspective", "carer").value()).isCloseTo(1.0 / 12, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(11.0 / 15, within(1e-12));

    assertThat(m.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("formally-powerless");
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.evidence()).containsExactly("decision:d2", "participant:J");
    });
    assertThat(m.warnings()).isEmpty();
  }

  /**
   * The EEC Council of 1958 as a board, with the lived-experience member in Luxembourg's place
   * (weight 1 of 17, quota 12): a seat share of 1/17 and no power at all — never a swing.
   */
  @Test
  void measure_blocMemberWhoseVoteNeverCounts_isFlagged() {
    Dataset data = Dataset.builder().add(initiative())
        .add(person("fr", Perspective.PROFESSIONAL)).add(person("de", Perspective.PROFESSIONAL))
        .add(person("it", Perspective.PROFESSIONAL)).add(person("be", Perspective.COMMISSIONER))
        .add(person("nl", Perspective.COMMISSIONER)).add(person("lu", Perspective.LIVED_EXPERIENCE))
        .add(decision("treaty", DecisionRule.WEIGHTED_VOTE, LifecycleStage.COMMISSIONING, 1)
            .vote("fr", 4).vote("de", 4).vote("it", 4).vote("be", 2).vote("nl", 2).vote("lu", 1).quota(12L).build())
        .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isZero();
    assertThat(m.components().get("shapleyShubik")).isZero();
    assertThat(m.components().get("seatShare")).isCloseTo(1.0 / 17, within(1e-15));
    assertThat(m.components().get("banzhafToSeatRatio")).isZero();
    Finding finding = m.findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.evidence()).containsExactly("decision:treaty", "participant:lu");
    assertThat(finding.message()).contains("1 from the lived-experience bloc").doesNotContain("null");
  }

  @Test
  void measure_onlyProfessionalsPowerless_isALowFinding() {
    Dataset data = Dataset.builder().add(initiative())
        .add(person("A", Perspective.LIVED_EXPERIENCE)).add(person("C", Perspective.PROFESSIONAL))
        .add(person("D", Perspective.PROFESSIONAL))
        .add(decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
            .vote("A", 2).vote("C", 2).vote("D", 1).quota(4L).build())
        .build();

    Measurement m = measure(metric, data);
    // [4; 2, 2, 1]: A and C each swing {other} and {other, D}: 2 each; D needs exactly 3: none.
    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.evidence()).containsExactly("decision:d1", "participant:D");
    });
  }

  @Test
  void measure_votesThatCannotCarryOrAreTooLarge_areLeftOutWithWarnings() {
    long big = 1_000_000_000_000L;
    Dataset data = Dataset.builder().add(initiative())
        .add(person("A", Perspective.LIVED_EXPERIENCE)).add(person("C", Perspective.PROFESSIONAL))
        .add(person("D", Perspective.PROFESSIONAL))
        .add(decision("empty", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1).vote("A", 0).build())
        .add(decision("huge", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 2)
            .vote("A", big + 1).vote("C", big).vote("D", big - 1).quota(big + big / 2).build())
        .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isNull();
    assertThat(m.warnings()).hasSize(2);
    assertThat(m.warnings().get(0)).contains("1 weighted-vote or simple-majority decision(s) cannot carry");
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
    assertThat(m.components()).doesNotContainKey("shapleyShubik").containsKey("seatShare");
    assertThat(m.warnings()).singleElement().asString().contains("Shapley-Shubik component leaves out 1");
  }

  @Test
  void measure_noVotes_noValue() {
    Measurement m = measure(metric, Dataset.builder().add(initiative()).add(person("A", Perspective.CARER))
        .add(decision("d1", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 1).vote("A", 1).build()).build());

    assertThat(m.value()).isNull();
    assertThat(m.warnings()).isEmpty();
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
  }

  @Test
  void measure_singleVoter_holdsAllThePower() {
    Dataset data = Dataset.builder().add(initiative()).add(person("A", Perspective.CARER))
        .add(decision("d1", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1).vote("A", 1).build())
        .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components()).containsEntry("seatShare", 1.0).containsEntry("banzhafToSeatRatio", 1.0);
  }
}
