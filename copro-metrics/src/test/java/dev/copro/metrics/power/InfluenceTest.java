package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.activity;
import static dev.copro.metrics.power.PowerFixtures.context;
import static dev.copro.metrics.power.PowerFixtures.contribution;
import static dev.copro.metrics.power.PowerFixtures.decision;
import static dev.copro.metrics.power.PowerFixtures.group;
import static dev.copro.metrics.power.PowerFixtures.initiative;
import static dev.copro.metrics.power.PowerFixtures.measure;
import static dev.copro.metrics.power.PowerFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.ActivityType;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfluenceTest {

  private final Influence metric = new Influence();

  /**
   * The bloc (L lived experience, C carer) makes four proposals or suggestions: c1 adopted; c2
   * declined in its response but adopted by decision d1 — taken up; c3 no response — not taken up
   * (warned); c4 "noted" (no outcome) — not; c5 is a concern, not measured. 2/4 = 0.5.
   * Professionals P and commissioner K: p1 adopted, p2 adapted, p3 declined: 2/3. O (other
   * perspective) is neither. Ratio 0.5 / (2/3) = 0.75: no gap finding. By perspective: lived
   * experience (c1, c3) 1/2, carer (c2, c4) 1/2, professional (p1, p3) 1/2, commissioner (p2) 1.
   */
  static Dataset contributions(boolean gap) {
    Dataset.Builder data =
        Dataset.builder()
            .add(initiative())
            .add(person("L", Perspective.LIVED_EXPERIENCE))
            .add(person("C", Perspective.CARER))
            .add(person("P", Perspective.PROFESSIONAL))
            .add(person("K", Perspective.COMMISSIONER))
            .add(
                new Participant(
                    "O", Perspective.OTHER, "volunteer", null, null, Set.of(), Map.of(), null))
            .add(activity("a1", ActivityType.CO_DESIGN, LifecycleStage.DESIGN, 1).build())
            .add(
                contribution(
                    "c1",
                    "a1",
                    "L",
                    ContributionKind.PROPOSAL,
                    gap ? ResponseOutcome.DECLINED : ResponseOutcome.ADOPTED,
                    5))
            .add(
                contribution(
                    "c2", "a1", "C", ContributionKind.SUGGESTION, ResponseOutcome.DECLINED, 5))
            .add(contribution("c3", "a1", "L", ContributionKind.PROPOSAL, null, 0))
            .add(
                contribution("c4", "a1", "C", ContributionKind.SUGGESTION, ResponseOutcome.NONE, 5))
            .add(
                contribution("c5", "a1", "L", ContributionKind.CONCERN, ResponseOutcome.ADOPTED, 5))
            .add(
                contribution(
                    "p1", "a1", "P", ContributionKind.PROPOSAL, ResponseOutcome.ADOPTED, 5))
            .add(
                contribution(
                    "p2", "a1", "K", ContributionKind.PROPOSAL, ResponseOutcome.ADAPTED, 5))
            .add(
                contribution(
                    "p3", "a1", "P", ContributionKind.SUGGESTION, ResponseOutcome.DECLINED, 5))
            .add(
                contribution(
                    "o1", "a1", "O", ContributionKind.PROPOSAL, ResponseOutcome.DECLINED, 5))
            .add(
                decision("d1", DecisionRule.CONSENSUS, LifecycleStage.DESIGN, 6)
                    .vote("P", 1)
                    .adopts("c2")
                    .build());
    return data.build();
  }

  @Test
  void measure_handComputedRatesAndBreakdown() {
    Measurement m = measure(metric, contributions(false));

    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.components().get("professionalRate")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.components().get("ratioToProfessionals")).isCloseTo(0.75, within(1e-12));
    assertThat(group(m, "perspective", "lived-experience").value()).isEqualTo(0.5);
    assertThat(group(m, "perspective", "carer").value()).isEqualTo(0.5);
    assertThat(group(m, "perspective", "professional").value()).isEqualTo(0.5);
    assertThat(group(m, "perspective", "commissioner").value()).isEqualTo(1.0);
    assertThat(group(m, "perspective", "other").value()).isZero();
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings())
        .containsExactly(
            "1 of the 4 proposals and suggestions by people with lived experience "
                + "and carers has no response and no decision adopting it, so it counts as not taken up.");
  }

  @Test
  void measure_blocRateBelowHalfTheProfessionals_isAFindingWithEvidence() {
    // c1 now declined: the bloc has 1/4 = 0.25 against 2/3; 0.25 < 0.5 · 2/3.
    Measurement m = measure(metric, contributions(true));

    assertThat(m.value()).isEqualTo(0.25);
    assertThat(m.components().get("ratioToProfessionals")).isCloseTo(0.375, within(1e-12));
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("adoption-gap");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence())
                  .containsExactly("contribution:c1", "contribution:c3", "contribution:c4");
              assertThat(f.message())
                  .isEqualTo(
                      "1 of the 4 proposals and suggestions by people with lived experience and "
                          + "carers was taken up, against 2 of the 3 by professionals and commissioners: less than half their rate. "
                          + "The evidence lists those by people with lived experience and carers that were not taken up.");
            });
  }

  @Test
  void measure_configuredKinds() {
    Measurement m =
        metric.measure(
            context(metric, contributions(false), Map.of("kinds", List.of("concern", "wish"))));

    // Only c5, adopted: 1/1. No professional concerns, so no professional rate.
    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components()).doesNotContainKey("professionalRate");
    assertThat(m.warnings()).singleElement().asString().contains("wish");
  }

  @Test
  void measure_noBlocContributions_noValue() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("P", Perspective.PROFESSIONAL))
            .add(activity("a1", ActivityType.MEETING, LifecycleStage.DESIGN, 1).build())
            .add(
                contribution(
                    "p1", "a1", "P", ContributionKind.PROPOSAL, ResponseOutcome.ADOPTED, 3))
            .build();

    assertThat(measure(metric, data).value()).isNull();
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
  }
}
