package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.decision;
import static dev.copro.metrics.power.PowerFixtures.group;
import static dev.copro.metrics.power.PowerFixtures.initiative;
import static dev.copro.metrics.power.PowerFixtures.measure;
import static dev.copro.metrics.power.PowerFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import org.junit.jupiter.api.Test;

class DecisionInclusionTest {

  private final DecisionInclusion metric = new DecisionInclusion();

  /**
   * Five decisions. d1 (design, weighted vote): lived-experience p1 votes with weight 1 — included.
   * d2 (delivery, consensus): only professionals p3 and p4 are parties — without the bloc. d3
   * (design, simple majority): carer p2 holds a seat with weight 0, p3 votes — without. d4
   * (commissioning, unilateral): p3 alone — without. d5 (consensus) lists no one — left out. Value
   * 1/4; by stage: design 1/2, delivery 0, commissioning 0. By perspective, the share of the four
   * decisions with a say from the group: lived-experience 1/4 (d1), professional 4/4 (p3 in d1–d4);
   * the carer never held a say, so has no group.
   */
  static Dataset fourDecisions() {
    return Dataset.builder()
        .add(initiative())
        .add(person("p1", Perspective.LIVED_EXPERIENCE))
        .add(person("p2", Perspective.CARER))
        .add(person("p3", Perspective.PROFESSIONAL))
        .add(person("p4", Perspective.PROFESSIONAL))
        .add(
            decision("d1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DESIGN, 1)
                .vote("p1", 1)
                .vote("p3", 2)
                .quota(2L)
                .build())
        .add(
            decision("d2", DecisionRule.CONSENSUS, LifecycleStage.DELIVERY, 2)
                .vote("p3", 1)
                .vote("p4", 1)
                .build())
        .add(
            decision("d3", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 3)
                .vote("p2", 0)
                .vote("p3", 1)
                .build())
        .add(
            decision("d4", DecisionRule.UNILATERAL, LifecycleStage.COMMISSIONING, 4)
                .vote("p3", 1)
                .build())
        .add(decision("d5", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 5).build())
        .build();
  }

  @Test
  void measure_handComputedShareStagesAndEvidence() {
    Measurement m = measure(metric, fourDecisions());

    assertThat(m.value()).isEqualTo(0.25);
    assertThat(m.n()).isEqualTo(4);
    assertThat(group(m, "stage", "design").value()).isEqualTo(0.5);
    assertThat(group(m, "stage", "design").n()).isEqualTo(2);
    assertThat(group(m, "stage", "delivery").value()).isZero();
    assertThat(group(m, "stage", "commissioning").value()).isZero();
    assertThat(group(m, "perspective", "lived-experience").value()).isEqualTo(0.25);
    assertThat(group(m, "perspective", "professional").value()).isEqualTo(1.0);
    assertThat(
            m.breakdowns().stream()
                .filter(b -> b.dimension().equals("perspective"))
                .findFirst()
                .orElseThrow()
                .groups())
        .noneMatch(g -> g.key().equals("carer"));

    Finding without =
        m.findings().stream()
            .filter(f -> f.code().equals("about-us-without-us"))
            .findFirst()
            .orElseThrow();
    assertThat(without.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(without.evidence()).containsExactly("decision:d2", "decision:d3", "decision:d4");
    assertThat(without.message())
        .isEqualTo(
            "3 of the 4 decisions were taken without any of the people with lived "
                + "experience and carers holding a vote or being a party to them.");
    Finding unknown =
        m.findings().stream()
            .filter(f -> f.code().equals("no-say-recorded"))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.evidence()).containsExactly("decision:d5");
    assertThat(unknown.message())
        .isEqualTo(
            "1 decision lists no voter with a weight above zero and no party, so who "
                + "took it is unknown.");
    assertThat(m.warnings())
        .containsExactly("1 decision records no one with a say, so it is left out.");
  }

  @Test
  void measure_consensusPartyWithWeightZeroStillCounts() {
    // The parties listed for a consensus are its parties, whatever weight is written.
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("p1", Perspective.CARER))
            .add(
                decision("d1", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 1)
                    .vote("p1", 0)
                    .build())
            .build();

    assertThat(measure(metric, data).value()).isEqualTo(1.0);
  }

  @Test
  void measure_noDecisions_noValue() {
    Measurement m =
        measure(
            metric,
            Dataset.builder().add(initiative()).add(person("p1", Perspective.CARER)).build());

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason()).contains("no decisions");
  }

  @Test
  void measure_emptyDataset_noValue() {
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
  }

  @Test
  void measure_onlyDecisionsWithoutSay_noValueWithEvidence() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("p1", Perspective.PROFESSIONAL))
            .add(
                decision("d1", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DESIGN, 1)
                    .vote("p1", 0)
                    .build())
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isNull();
    assertThat(m.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("decision:d1"));
  }

  @Test
  void descriptor_isTheCatalogEntry() {
    assertThat(metric.descriptor().id()).isEqualTo("copro.power.decision-inclusion");
    assertThat(metric.descriptor().version()).isEqualTo("1.0.0");
    assertThat(metric.descriptor().thresholds().higherIsBetter()).isTrue();
  }
}
