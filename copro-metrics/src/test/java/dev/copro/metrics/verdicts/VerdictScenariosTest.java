package dev.copro.metrics.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report;
import dev.copro.metrics.verdicts.Scenario.Defect;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The headline verdicts — scorecard, principles, ladder — on a clean year of co-production and on
 * each one-change scenario of issue 13: what a practitioner who reads the seed stories would say.
 */
class VerdictScenariosTest {

  static final String SCORECARD = "copro.scorecard.principles";
  static final String LADDER = "copro.ladder.tlap";
  static final String SIGNS = "copro.tokenism.warning-signs";

  static Report.MetricResult metric(Report report, String id) {
    return report.metric(id).orElseThrow();
  }

  static int rung(Report report) {
    return (int) Math.round(Objects.requireNonNull(metric(report, LADDER).measurement().value()));
  }

  static Rating overall(Report report) {
    return metric(report, SCORECARD).rating();
  }

  /** The rating of a principle after the caps: the scorecard's {@code <code>Rating} component. */
  static Rating principle(Report report, String code) {
    double points = metric(report, SCORECARD).measurement().components().get(code + "Rating");
    return points >= 1 ? Rating.GREEN : points >= 0.5 ? Rating.AMBER : Rating.RED;
  }

  static List<String> signCodes(Report report) {
    return metric(report, SIGNS).measurement().findings().stream().map(Finding::code).toList();
  }

  static List<Finding> findings(Report report, String id, String code) {
    return metric(report, id).measurement().findings().stream()
        .filter(f -> f.code().equals(code))
        .toList();
  }

  @Test
  @DisplayName("a clean year of co-production is green on every principle and on rung 7")
  void clean_isGreenAndCoProduction() {
    Report report = Scenario.clean().evaluate();
    assertThat(signCodes(report)).isEmpty();
    assertThat(rung(report)).as(findings(report, LADDER, "ladder-rule").toString()).isEqualTo(7);
    assertThat(overall(report)).isEqualTo(Rating.GREEN);
    for (String principle :
        List.of("equality", "diversity", "accessibility", "reciprocity", "relationship")) {
      assertThat(principle(report, principle)).as(principle).isEqualTo(Rating.GREEN);
    }
  }

  @Test
  @DisplayName("brought in at the very end after most decisions: not green, not above consultation")
  void lateEntry() {
    Report report = Scenario.clean().with(Defect.LATE_ENTRY).evaluate();
    assertThat(signCodes(report)).contains("rubber-stamp");
    assertThat(overall(report)).isNotEqualTo(Rating.GREEN);
    assertThat(principle(report, "equality")).isNotEqualTo(Rating.GREEN);
    assertThat(rung(report)).isLessThanOrEqualTo(4);
  }

  @Test
  @DisplayName("decisions taken before the consultation: at most consultation")
  void preDecided() {
    Report report = Scenario.clean().with(Defect.PRE_DECIDED).evaluate();
    assertThat(signCodes(report)).contains("already-decided");
    assertThat(overall(report)).isNotEqualTo(Rating.GREEN);
    assertThat(rung(report)).isLessThanOrEqualTo(4);
  }

  @Test
  @DisplayName(
      "carers, a configured key group, never invited: a sign naming them, the ladder below co-design")
  void groupUninvited() {
    Report report = Scenario.clean().with(Defect.GROUP_UNINVITED).evaluate();
    assertThat(findings(report, SIGNS, "key-group-left-out"))
        .anySatisfy(
            f -> assertThat(f.message()).startsWith("Carers were invited to none of the 12"));
    for (String principle : List.of("equality", "diversity", "accessibility", "reciprocity")) {
      assertThat(principle(report, principle)).as(principle).isNotEqualTo(Rating.GREEN);
    }
    assertThat(principle(report, "diversity")).isNotEqualTo(Rating.GREEN);
    assertThat(overall(report)).isNotEqualTo(Rating.GREEN);
    assertThat(rung(report)).isLessThanOrEqualTo(5);
  }

  @Test
  @DisplayName(
      "carers never paid while everyone else is: a sign naming them, reciprocity not green, not rung 7")
  void groupUnpaid() {
    Report report = Scenario.clean().with(Defect.GROUP_UNPAID).evaluate();
    assertThat(findings(report, SIGNS, "not-paid"))
        .anySatisfy(f -> assertThat(f.message()).contains("by carers"));
    assertThat(principle(report, "reciprocity")).isNotEqualTo(Rating.GREEN);
    assertThat(rung(report)).isLessThan(7);
  }

  @Test
  @DisplayName(
      "fees five months late: reciprocity not green and a not-paid sign, though every fee was offered")
  void paidLate() {
    Report report = Scenario.clean().with(Defect.PAID_LATE).evaluate();
    assertThat(signCodes(report)).contains("not-paid");
    assertThat(principle(report, "reciprocity")).isNotEqualTo(Rating.GREEN);
    assertThat(metric(report, "copro.reciprocity.payment").rating()).isEqualTo(Rating.RED);
    assertThat(rung(report)).isLessThan(7);
  }

  @Test
  @DisplayName("ideas 'adopted' in words that no decision adopts: its own finding, and not rung 7")
  void adoptedInWords() {
    Report report = Scenario.clean().with(Defect.ADOPTED_IN_WORDS).evaluate();
    assertThat(signCodes(report)).contains("adopted-in-words-only");
    assertThat(rung(report)).isLessThan(7);
    assertThat(principle(report, "equality")).isNotEqualTo(Rating.GREEN);
  }

  @Test
  @DisplayName(
      "access needs ignored (high): accessibility not green, overall not green, at most engagement")
  void accessIgnored() {
    Report report = Scenario.clean().with(Defect.ACCESS_IGNORED).evaluate();
    assertThat(signCodes(report)).contains("access-ignored");
    assertThat(principle(report, "accessibility")).isNotEqualTo(Rating.GREEN);
    assertThat(overall(report)).isNotEqualTo(Rating.GREEN);
    assertThat(rung(report)).isLessThanOrEqualTo(5);
  }

  @Test
  @DisplayName("a one-night stand: one consultation event is never more than consultation")
  void oneOff() {
    Report report = Scenario.clean().with(Defect.ONE_OFF).evaluate();
    assertThat(rung(report)).isLessThanOrEqualTo(4);
    assertThat(overall(report)).isNotEqualTo(Rating.GREEN);
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  @DisplayName("no single defect leaves the year green overall and on rung 7")
  void everyDefect_lowersTheHeadline(Defect defect) {
    Report report = Scenario.clean().with(defect).evaluate();
    assertThat(overall(report) == Rating.GREEN && rung(report) == 7)
        .as(
            "%s: overall %s, rung %d, signs %s",
            defect, overall(report), rung(report), signCodes(report))
        .isFalse();
  }

  @Test
  @DisplayName(
      "a green survey does not lift a principle over a high sign, and the gap is a finding")
  void greenSurvey_doesNotMaskTheRecords() {
    Report report = Scenario.clean().with(Defect.LATE_ENTRY).evaluate();
    Measurement card = metric(report, SCORECARD).measurement();
    assertThat(card.components()).containsKey("peopleView");
    assertThat(findings(report, SCORECARD, "people-and-records-differ")).hasSize(1);
    Report withoutSurvey = Scenario.clean().with(Defect.LATE_ENTRY).withoutSurvey().evaluate();
    assertThat(metric(withoutSurvey, SCORECARD).measurement().components().get("equality"))
        .isEqualTo(card.components().get("equality"));
  }

  @Test
  @DisplayName("the overall cap is in the JSON-visible measurement and said in a finding")
  void overallCap_isExplained() {
    Report report = Scenario.clean().with(Defect.ACCESS_IGNORED).evaluate();
    assertThat(metric(report, SCORECARD).measurement().ratingCap()).isNotNull();
    assertThat(findings(report, SCORECARD, "overall-capped"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("access-ignored"));
  }

  static Map<String, Double> components(Report report, String id) {
    return metric(report, id).measurement().components();
  }
}
