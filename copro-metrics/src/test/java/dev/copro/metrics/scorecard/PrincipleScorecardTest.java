package dev.copro.metrics.scorecard;

import static dev.copro.metrics.scorecard.ScorecardFixture.rated;
import static dev.copro.metrics.scorecard.ScorecardFixture.score;
import static dev.copro.model.Principle.ACCESSIBILITY;
import static dev.copro.model.Principle.DIVERSITY;
import static dev.copro.model.Principle.EQUALITY;
import static dev.copro.model.Principle.RECIPROCITY;
import static dev.copro.model.Principle.RELATIONSHIP;
import static dev.copro.spi.Rating.AMBER;
import static dev.copro.spi.Rating.GREEN;
import static dev.copro.spi.Rating.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Phase;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrincipleScorecardTest {

  /**
   * Nine rated direct metrics, one failed metric, and the ladder (an aggregate, left out); the
   * warning signs, rated amber with no findings, are left out of the averages (they act through
   * caps):
   *
   * <pre>
   * equality      decision-inclusion green 1, influence red 0, leadership amber 0.5 = 1.5 / 3 = 0.50 -> amber
   * diversity     perspectives green 1                                          = 1 / 1 = 1.00 -> green
   * accessibility needs-met red 0, notice amber 0.5                             = 0.5 / 2 = 0.25 -> red
   * reciprocity   feedback-loop green 1, payment green 1                        = 2 / 2 = 1.00 -> green
   * relationship  retention failed: no rated metric, no score
   * overall       (0.50 + 1 + 0.25 + 1) / 4 = 2.75 / 4 = 0.6875
   * </pre>
   */
  static List<Outcome> example() {
    return List.of(
        rated("copro.power.decision-inclusion", GREEN, EQUALITY),
        rated("copro.power.influence", RED, EQUALITY),
        rated("copro.power.leadership", AMBER, EQUALITY),
        rated("copro.diversity.perspectives", GREEN, DIVERSITY),
        rated("copro.access.notice", AMBER, ACCESSIBILITY),
        rated("copro.access.needs-met", RED, ACCESSIBILITY),
        rated("copro.reciprocity.payment", GREEN, RECIPROCITY),
        rated("copro.reciprocity.feedback-loop", GREEN, RECIPROCITY),
        rated(
            "copro.tokenism.warning-signs", AMBER, EQUALITY, DIVERSITY, ACCESSIBILITY, RECIPROCITY),
        ScorecardFixture.failed("copro.relationship.retention", RELATIONSHIP),
        ScorecardFixture.aggregate("copro.ladder.tlap", GREEN, EQUALITY));
  }

  @Test
  void descriptor_isAnAggregateShare() {
    Descriptor d = new PrincipleScorecard().descriptor();
    assertThat(d.id()).isEqualTo("copro.scorecard.principles");
    assertThat(d.version()).isEqualTo("1.0.0");
    assertThat(d.phase()).isEqualTo(Phase.AGGREGATE);
    assertThat(d.range().min()).isZero();
    assertThat(d.range().max()).isEqualTo(1);
    assertThat(d.thresholds()).isNotNull();
    assertThat(d.thresholds().green()).isEqualTo(0.75);
    assertThat(d.thresholds().amber()).isEqualTo(0.4);
  }

  @Test
  @DisplayName("the worked example: four principles rated, relationship unrated")
  void measure_workedExample() {
    Measurement m = score(example(), Map.of());

    assertThat(m.value()).isCloseTo(0.6875, within(1e-12));
    assertThat(m.n()).isEqualTo(8);
    assertThat(m.components())
        .containsOnlyKeys(
            "equality",
            "diversity",
            "accessibility",
            "reciprocity",
            "equalityRating",
            "diversityRating",
            "accessibilityRating",
            "reciprocityRating");
    assertThat(m.components())
        .containsEntry("equalityRating", 0.5)
        .containsEntry("diversityRating", 1.0)
        .containsEntry("accessibilityRating", 0.0)
        .containsEntry("reciprocityRating", 1.0);
    assertThat(m.components().get("equality")).isCloseTo(0.5, within(1e-12));
    assertThat(m.components().get("diversity")).isCloseTo(1.0, within(1e-12));
    assertThat(m.components().get("accessibility")).isCloseTo(0.25, within(1e-12));
    assertThat(m.components().get("reciprocity")).isCloseTo(1.0, within(1e-12));
    // One principle is red: the overall is capped at amber and a finding says why.
    assertThat(m.ratingCap()).isEqualTo(AMBER);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly(
            "principle-rating",
            "principle-rating",
            "principle-rating",
            "principle-rating",
            "overall-capped");
    assertThat(m.findings())
        .extracting(Finding::severity)
        .containsExactly(
            Severity.MEDIUM, Severity.INFO, Severity.HIGH, Severity.INFO, Severity.MEDIUM);
    assertThat(m.findings())
        .extracting(Finding::message)
        .containsExactly(
            "Equality is amber, with a score of 50% from 3 rated metrics: copro.power.decision-inclusion (green), "
                + "copro.power.influence (red) and copro.power.leadership (amber).",
            "Diversity is green, with a score of 100% from 1 rated metric: copro.diversity.perspectives (green).",
            "Accessibility is red, with a score of 25% from 2 rated metrics: copro.access.needs-met (red) and "
                + "copro.access.notice (amber).",
            "Reciprocity is green, with a score of 100% from 2 rated metrics: copro.reciprocity.feedback-loop (green) "
                + "and copro.reciprocity.payment (green).",
            "The overall rating is at most amber because 1 principle is red: a good average must not hide what the "
                + "records show.");
    assertThat(m.warnings())
        .containsExactly(
            "The metric copro.relationship.retention informs the principles but has no rating, having failed or had no "
                + "value, so it is left out.",
            "No rated metric informs relationship, so it gets no score.");
  }

  @Test
  @DisplayName("relationship left out of the principles: no warning for it")
  void principlesParameter() {
    Measurement m =
        score(
            example(),
            Map.of(
                "principles",
                List.of("equality", "diversity", "accessibility", "reciprocity", "trust")));
    assertThat(m.value()).isCloseTo(0.6875, within(1e-12));
    assertThat(m.warnings())
        .containsExactly(
            "The parameter principles names codes that do not exist and are ignored: trust.");
  }

  @Test
  @DisplayName("only equality: the value is its score")
  void singlePrinciple() {
    Measurement m = score(example(), Map.of("principles", List.of("equality")));
    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.components()).containsOnlyKeys("equality", "equalityRating");
  }

  @Test
  @DisplayName("amber worth nothing: equality (1 + 0 + 0) / 3 = 0.33 is red")
  void amberPoints() {
    Measurement m = score(example(), Map.of("amberPoints", 0.0, "principles", List.of("equality")));
    assertThat(m.value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.findings().get(0).message()).startsWith("Equality is red, with a score of 33%");
    assertThat(m.findings().get(0).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  @DisplayName(
      "thresholds are parameters; an amber threshold above green is clamped, with a warning")
  void ratingThresholds() {
    Measurement lenient =
        score(example(), Map.of("greenScore", 0.5, "principles", List.of("equality")));
    assertThat(lenient.findings().get(0).message())
        .startsWith("Equality is green, with a score of 50%");

    Measurement crossed =
        score(
            example(),
            Map.of("greenScore", 0.6, "amberScore", 0.9, "principles", List.of("equality")));
    assertThat(crossed.findings().get(0).message())
        .startsWith("Equality is red, with a score of 50%");
    assertThat(crossed.warnings())
        .containsExactly(
            "The parameter amberScore (0.9) is above greenScore (0.6): amber "
                + "is taken to start where green does.");
  }

  @Test
  @DisplayName("metrics without thresholds, aggregates and the scorecard itself are not counted")
  void leftOut() {
    List<Outcome> outcomes =
        new ArrayList<>(
            List.of(
                rated("copro.power.decision-inclusion", RED, EQUALITY),
                ScorecardFixture.unratable("acme.meetings.count", EQUALITY),
                ScorecardFixture.aggregate("copro.ladder.tlap", GREEN, EQUALITY),
                rated(PrincipleScorecard.ID, GREEN, EQUALITY)));
    Measurement m = score(outcomes, Map.of("principles", List.of("equality")));
    assertThat(m.value()).isZero();
    assertThat(m.n()).isEqualTo(1);
    assertThat(m.warnings())
        .containsExactly(
            "The metric copro.tokenism.warning-signs has no result, so the caps of "
                + "the warning signs are not applied.");
  }

  @Test
  @DisplayName("no outcomes: no value, and a warning for every principle")
  void noOutcomes() {
    Measurement m = score(List.of(), Map.of());
    assertThat(m.value()).isNull();
    assertThat(m.noValueReason()).isEqualTo("no metric informing the principles has a rating");
    assertThat(m.warnings())
        .containsExactly(
            "The metric copro.tokenism.warning-signs has no result, so the caps of the warning signs are not applied.",
            "No rated metric informs equality, so it gets no score.",
            "No rated metric informs diversity, so it gets no score.",
            "No rated metric informs accessibility, so it gets no score.",
            "No rated metric informs reciprocity, so it gets no score.",
            "No rated metric informs relationship, so it gets no score.");
  }

  @Test
  @DisplayName("all green scores 1, all red scores 0")
  void extremes() {
    assertThat(
            score(
                    List.of(rated("x.a", GREEN, EQUALITY), rated("x.b", GREEN, RECIPROCITY)),
                    Map.of())
                .value())
        .isEqualTo(1.0);
    assertThat(
            score(List.of(rated("x.a", RED, EQUALITY), rated("x.b", RED, RECIPROCITY)), Map.of())
                .value())
        .isEqualTo(0.0);
  }

  /** Every principle green on the records, with the given warning signs and survey. */
  private static List<Outcome> allGreen(Outcome... more) {
    List<Outcome> outcomes =
        new ArrayList<>(
            List.of(
                rated("copro.power.decision-inclusion", GREEN, EQUALITY),
                rated("copro.diversity.perspectives", GREEN, DIVERSITY),
                rated("copro.access.notice", GREEN, ACCESSIBILITY),
                rated("copro.reciprocity.payment", GREEN, RECIPROCITY),
                rated("copro.relationship.retention", GREEN, RELATIONSHIP)));
    outcomes.addAll(List.of(more));
    return outcomes;
  }

  @Test
  @DisplayName("a high sign bearing on a principle keeps it from green, and the overall from green")
  void highSign_capsItsPrincipleAndTheOverall() {
    Measurement m =
        score(allGreen(ScorecardFixture.signs(GREEN, Severity.HIGH, "access-ignored")), Map.of());
    assertThat(m.components())
        .containsEntry("accessibility", 1.0)
        .containsEntry("accessibilityRating", 0.5)
        .containsEntry("equalityRating", 1.0)
        .containsEntry("diversityRating", 1.0);
    assertThat(m.ratingCap()).isEqualTo(AMBER);
    assertThat(m.findings())
        .extracting(Finding::message)
        .contains(
            "Accessibility is amber, with a score of 100% from "
                + "1 rated metric: copro.access.notice (green). The score alone would make it green, but warning signs of "
                + "tokenism bear on it: access-ignored.");
    assertThat(m.findings())
        .filteredOn(f -> f.code().equals("overall-capped"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("a high-severity warning sign stands (access-ignored)"));
  }

  @Test
  @DisplayName("a medium sign caps its principle at amber but not the overall")
  void mediumSign_capsItsPrincipleOnly() {
    Measurement m =
        score(allGreen(ScorecardFixture.signs(GREEN, Severity.MEDIUM, "not-paid")), Map.of());
    assertThat(m.components())
        .containsEntry("reciprocityRating", 0.5)
        .containsEntry("accessibilityRating", 1.0);
    assertThat(m.ratingCap()).isNull();
  }

  @Test
  @DisplayName(
      "two high signs bearing on equality make it red; a red principle beside a high sign makes the overall red")
  void twoHighSigns_makeThePrincipleRed() {
    Measurement m =
        score(
            allGreen(
                ScorecardFixture.signs(GREEN, Severity.HIGH, "rubber-stamp", "already-decided")),
            Map.of());
    assertThat(m.components())
        .containsEntry("equalityRating", 0.0)
        .containsEntry("diversityRating", 1.0);
    assertThat(m.ratingCap()).isEqualTo(RED);
    assertThat(m.findings())
        .filteredOn(f -> f.code().equals("overall-capped"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "The overall rating is at most red because a high-severity "
                            + "warning sign stands (already-decided, rubber-stamp), and 1 principle is red: a good average must not "
                            + "hide what the records show."));
  }

  @Test
  @DisplayName("a red principle without a high sign caps the overall at amber only")
  void redPrincipleWithoutHighSign_capsAtAmber() {
    Measurement m =
        score(
            allGreen(
                rated("copro.access.needs-met", RED, ACCESSIBILITY),
                rated("copro.access.notice2", RED, ACCESSIBILITY),
                ScorecardFixture.signs(GREEN, Severity.MEDIUM, "not-paid")),
            Map.of());
    assertThat(m.components()).containsEntry("accessibilityRating", 0.0);
    assertThat(m.ratingCap()).isEqualTo(AMBER);
  }

  @Test
  @DisplayName("two red principles make the overall red")
  void twoRedPrinciples_makeTheOverallRed() {
    Measurement m =
        score(
            allGreen(
                ScorecardFixture.signs(
                    GREEN,
                    Severity.HIGH,
                    "rubber-stamp",
                    "already-decided",
                    "stakeholders-missing",
                    "access-ignored")),
            Map.of());
    // equality: rubber-stamp, already-decided, stakeholders-missing; diversity:
    // stakeholders-missing only.
    assertThat(m.components())
        .containsEntry("equalityRating", 0.0)
        .containsEntry("diversityRating", 0.5);
    assertThat(m.ratingCap()).isEqualTo(RED);
    // needs-met and notice2 red: accessibility (1 + 0 + 0) / 3 = 0.33, red.
    Measurement worse =
        score(
            allGreen(
                rated("copro.access.needs-met", RED, ACCESSIBILITY),
                rated("copro.access.notice2", RED, ACCESSIBILITY),
                ScorecardFixture.signs(RED, Severity.HIGH, "rubber-stamp", "already-decided")),
            Map.of());
    assertThat(worse.components())
        .containsEntry("equalityRating", 0.0)
        .containsEntry("accessibilityRating", 0.0);
    assertThat(worse.ratingCap()).isEqualTo(RED);
  }

  @Test
  @DisplayName(
      "the survey is set beside the records, not averaged into them; a green view over a high sign is a gap")
  void survey_isBesideTheRecords() {
    Measurement without =
        score(allGreen(ScorecardFixture.signs(GREEN, Severity.HIGH, "rubber-stamp")), Map.of());
    Measurement with =
        score(
            allGreen(
                ScorecardFixture.signs(GREEN, Severity.HIGH, "rubber-stamp"),
                ScorecardFixture.survey(0.9, GREEN)),
            Map.of());
    assertThat(with.value()).isEqualTo(without.value());
    assertThat(with.components()).containsEntry("peopleView", 0.9);
    assertThat(with.findings())
        .filteredOn(f -> f.code().equals("people-and-records-differ"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "People rated their experience well (90%, green), but "
                            + "the records show high-severity warning signs (rubber-stamp). The survey does not outweigh the records: "
                            + "check both with the people involved."));
  }

  @Test
  @DisplayName("a red view beside green records is a gap too, and caps the overall at amber")
  void redSurvey_capsTheOverall() {
    Measurement m =
        score(
            allGreen(
                ScorecardFixture.signs(GREEN, Severity.HIGH), ScorecardFixture.survey(0.2, RED)),
            Map.of());
    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.ratingCap()).isEqualTo(AMBER);
    assertThat(m.findings())
        .extracting(Finding::code)
        .contains("people-and-records-differ", "overall-capped");
  }
}
