package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report.MetricResult;
import dev.copro.spi.Measurement;
import dev.copro.spi.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static String text(dev.copro.engine.Report report, List<String> by) {
    return ReportFormat.TEXT.render(report, new ReportFormat.Options("data.json", by, false));
  }

  @Test
  void render_principles_onePerLineRatedWithTheScorecardThresholds() {
    String text = text(Reports.full(), List.of());

    // Thresholds green ≥ 0.75, amber ≥ 0.4: 0.8 green, 0.5 amber, 0.3 red, 1.0 green; scores in the
    // scorecard's unit (a share).
    assertThat(text).contains("""

        PRINCIPLES  copro.scorecard.principles  65.0%  AMBER
          equality       80.0%   GREEN
          diversity      50.0%   AMBER
          accessibility  30.0%   RED
          reciprocity    100.0%  GREEN
        """);
  }

  @Test
  void render_ladder_namesTheRungOnEachLadderAndWhy() {
    assertThat(text(Reports.full(), List.of())).contains("""

        LADDER  copro.ladder.tlap
          TLAP rung 5 of 7: engagement (doing for); Arnstein rung 5 of 8: placation; IAP2 level 3 of 5: involve
          why: Rule 'engagement' placed it on 5.
        """);
  }

  @Test
  void render_warningSigns_withSeverityAndTheFirstEvidence() {
    assertThat(text(Reports.full(), List.of())).contains("""

        WARNING SIGNS  copro.tokenism.warning-signs  2 found of 9 assessed  AMBER
          HIGH    rubber-stamp: Brought in at the end.
                  evidence: activity:a1, activity:a2, activity:a3, activity:a4, activity:a5, activity:a6, \
        activity:a7, activity:a8 and 2 more
          MEDIUM  no-feedback: No feedback.
                  evidence: contribution:c1, contribution:c2
        """);
  }

  @Test
  void render_metrics_valueNAndRating_andWhyThereIsNone() {
    String text = text(Reports.full(), List.of());

    assertThat(text).containsPattern("\n  copro\\.voice\\.equality +72\\.4% +40 +GREEN\n")
        .containsPattern("\n  acme\\.hostile +1\\.50 +3 +-\n")
        .containsPattern("\n  acme\\.broken +FAILED +-\n      failed: acme\\.broken: boom\n")
        .containsPattern("\n  copro\\.diversity\\.representation +no value +0 +-\n"
            + "      no value: no reference population is configured\n");
  }

  @Test
  void render_by_showsTheGroupsSuppressedOnesWithoutNumbers() {
    String text = text(Reports.full(), List.of("perspective", "period"));

    assertThat(text).contains("\n      by perspective: carer suppressed, lived-experience 35.0% (n 12), "
        + "professional 65.0% (n 20)\n")
        .contains("\n      by period: 2025-Q1 50.0% (n 8), 2025-Q2 suppressed, 2025-Q3 no value (n 0), "
            + "2025-Q4 75.0% (n 9)\n");
  }

  @Test
  void render_otherFindings_groupedBySourceAndCode() {
    String text = text(Reports.full(), List.of());

    assertThat(text).containsPattern("\n  LOW +acme\\.hostile +acme\\.markup +1 finding +1 record\n")
        .containsPattern("\n  MEDIUM +copro\\.voice\\.equality +dominant-voice +1 finding +1 record\n")
        .containsPattern("\n  LOW +acme\\.rule +acme\\.check +1 finding +1 record\n")
        // The headline metrics' findings are shown in their own sections.
        .doesNotContain("principle-rating", "ladder-rule  ");
  }

  @Test
  void render_failuresAndNotes() {
    String text = text(Reports.full(), List.of());

    assertThat(text).contains("\nFAILURES\n  could not load acme.Missing from /plugins/x.jar: class not found\n"
        + "  acme.broken: acme.broken: boom\n")
        .contains("\nNOTES ON THE DATA\n  no participant has the attribute 'x'\n");
  }

  @Test
  void render_withoutTheHeadlineMetrics_saysWhyForEach() {
    MetricResult failedScorecard = new MetricResult(ReportView.SCORECARD, "1.0.0", "Scorecard", "d",
        java.util.Set.of(), Unit.SHARE, null, null, null, "copro.scorecard.principles: boom");
    MetricResult ladderWithoutValue = Reports.metric(ReportView.LADDER, "Ladder", Unit.LEVEL,
        Measurement.noValue("no decisions"), null, null);

    String text = text(Reports.of(failedScorecard, ladderWithoutValue), List.of());

    assertThat(text).contains("PRINCIPLES  copro.scorecard.principles\n"
            + "  not available: failed: copro.scorecard.principles: boom\n")
        .contains("LADDER  copro.ladder.tlap\n  not available: no value: no decisions\n")
        .contains("WARNING SIGNS  copro.tokenism.warning-signs\n  not available: not evaluated\n");
  }

  @Test
  void render_noMetrics_saysSo() {
    assertThat(text(Reports.of(), List.of())).contains("\nMETRICS\n  no metric was evaluated\n");
  }

  @Test
  void render_colour_onlyWrapsTheRatings() {
    String coloured = ReportFormat.TEXT.render(Reports.full(), new ReportFormat.Options("data.json", List.of(), true));
    String plain = text(Reports.full(), List.of());

    assertThat(coloured).contains("\u001b[").isNotEqualTo(plain);
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }
}
