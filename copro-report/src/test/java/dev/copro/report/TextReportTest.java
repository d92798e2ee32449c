package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report;
import dev.copro.engine.Report.MetricResult;
import dev.copro.report.ReportRenderer.Format;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static String text(Report report, List<String> by) {
    return ReportRenderer.render(
        report, Format.TEXT, RenderOptions.builder().source("data.json").by(by).build());
  }

  @Test
  void render_header_saysWhatTheReportIsOfInWords() {
    assertThat(text(Reports.full(), List.of()))
        .startsWith(
            """
        copro report: Hand-made
        Source: data.json
        As of 2025-12-31. 52 records. The bloc: participants whose perspective is lived-experience or carer. \
        Periods: quarter.
        Groups of fewer than 5 people are suppressed; ratings resting on fewer than 10 records are marked "caution".
        """);
  }

  @Test
  void render_principles_theFourByName_anotherApart_withWhatTheMetricMeasures() {
    String text = text(Reports.full(), List.of());

    // Ratings are the scorecard's thresholds (green from 0.75, amber from 0.4), scores in its unit.
    assertThat(text)
        .contains(
            """

        THE FOUR PRINCIPLES  Principles scorecard (copro.scorecard.principles)
          What it measures: What copro.scorecard.principles measures.
          Overall: 65.0%  AMBER  (n = 12)
          equality       80.0%   GREEN
          diversity      50.0%   AMBER
          accessibility  30.0%   RED
          reciprocity    100.0%  GREEN
          Also scored, not one of the four principles: relationship  90.0%  GREEN
          How the ratings came about:
            - Equality is green (score 0.80).
        """);
  }

  @Test
  void render_ladder_splitsTheConditionsForTheNextRungIntoMetAndNotMet() {
    assertThat(text(Reports.full(), List.of()))
        .contains(
            """
          TLAP rung 5 of 7: engagement (doing for); Arnstein rung 5 of 8: placation; IAP2 level 3 of 5: involve  \
        (n = 8)
          Why: Rule 'engagement' placed it on 5.
          For rung 6 (co-design):
            Met:
              - Influence 40% (needs at least 25%).
            Not met (this is what held it back):
              - Decision inclusion 30% (needs at least 50%).
        """);
  }

  @Test
  void render_ladderWithoutConditionFindings_givesItsFindingsAsTheyAre() {
    MetricResult ladder =
        Reports.metric(
            ReportView.LADDER,
            "Ladder",
            Unit.LEVEL,
            Measurement.of(4, 20)
                .finding(
                    dev.copro.spi.Finding.of(
                        "ladder-rule", dev.copro.spi.Severity.INFO, "Rule 4.", List.of()))
                .build(),
            null,
            null);

    assertThat(text(Reports.of(ladder), List.of()))
        .contains("(n = 20)\n  Why: Rule 4.\n\nWARNING SIGNS")
        .doesNotContain("Met:");
  }

  @Test
  void render_warningSigns_asASentence_withTitlesAndTheFirstEvidence() {
    assertThat(text(Reports.full(), List.of()))
        .contains(
            """
          2 of the 9 signs assessed were found  AMBER
          HIGH    Rubber stamp: Brought in at the end.
                  evidence: activity:a1, activity:a2, activity:a3, activity:a4, activity:a5, activity:a6, \
        activity:a7, activity:a8 and 2 more
          MEDIUM  No feedback: No feedback.
                  evidence: contribution:c1, contribution:c2
        """);
  }

  @Test
  void render_metrics_nameFirst_valueWithItsScale_nRating_cautionBelowTheMinimum_idLast() {
    String text = text(Reports.full(), List.of());

    assertThat(text)
        .containsPattern("\n  metric +value +n +rating +id\n")
        .containsPattern("\n  Voice equality +72\\.4% +40 +GREEN +copro\\.voice\\.equality\n")
        .containsPattern("\n  Ladder +5 +8 +AMBER, caution +copro\\.ladder\\.tlap\n")
        .containsPattern(
            "\n  Broken +FAILED +- +acme\\.broken\n      failed: acme\\.broken: boom\n")
        .containsPattern(
            "\n  Representation +no value +0 +- +copro\\.diversity\\.representation\n"
                + "      no value: no reference population is configured\n")
        .contains("\nWHAT EACH METRIC MEASURES\n  Broken (acme.broken): Breaks.\n");
  }

  @Test
  void render_cautionBelowZero_marksNothing() {
    String text =
        ReportRenderer.render(
            Reports.full(), Format.TEXT, RenderOptions.builder().cautionBelow(0).build());

    assertThat(text)
        .doesNotContain(", caution", "marked \"caution\"")
        .contains("\n  caution: No rating is marked for resting on few records in this report.\n");
  }

  @Test
  void render_descriptorSentences_whenGiven() {
    dev.copro.spi.Descriptor descriptor =
        dev.copro.spi.Descriptor.builder(ReportView.VOICE)
            .name("Voice equality")
            .summary("How evenly people share the talking.")
            .goodLooksLike("Everyone is heard about equally.")
            .build();
    String text =
        ReportRenderer.render(
            Reports.full(),
            Format.TEXT,
            RenderOptions.builder().descriptors(List.of(descriptor)).build());

    assertThat(text)
        .contains(
            "\n  Voice equality (copro.voice.equality): How evenly people share the talking.\n"
                + "    Good looks like: Everyone is heard about equally.\n");
  }

  @Test
  void render_by_showsTheGroupsSuppressedOnesWithoutNumbers_andTheOverallFigure() {
    String text = text(Reports.full(), List.of("perspective", "period"));

    assertThat(text)
        .contains(
            "\n      by perspective: carer suppressed, lived-experience 35.0% (n = 12), "
                + "professional 65.0% (n = 20); overall 72.4%\n")
        .contains(
            "\n      by period: 2025-Q1 50.0% (n = 8), 2025-Q2 suppressed, 2025-Q3 no value (n = 0), "
                + "2025-Q4 75.0% (n = 9); overall 72.4%\n");
  }

  @Test
  void render_otherFindings_groupedByKind_withCountsInWords() {
    String text = text(Reports.full(), List.of());

    // A kind whose findings differ in severity says how many of each, so MEDIUM heads it but does
    // not count them all.
    assertThat(text)
        .containsPattern(
            "\n  MEDIUM +Dominant voice +Voice equality +2 findings: 1 medium, 1 low +2 records\n")
        .containsPattern("\n  LOW +Markup +.+ +1 finding +1 record\n")
        .containsPattern("\n  LOW +Check +A rule +1 finding +1 record\n")
        // The headline metrics' findings are shown in their own sections.
        .doesNotContain("Principle rating", "Ladder rule");
  }

  @Test
  void render_cappedLadder_namesTheRungWhoseConditionsItLists_aboveTheRungTheRulesReached() {
    // Placed on 4 by a cap though the rules reached 6: the conditions listed are rung 7's.
    MetricResult ladder =
        Reports.metric(
            ReportView.LADDER,
            "Ladder",
            Unit.LEVEL,
            Measurement.of(4, 20)
                .component("rungBeforeCaps", 6)
                .finding(
                    Finding.of(
                        "ladder-condition-not-met",
                        Severity.INFO,
                        "Stage coverage 67%, below 100%.",
                        List.of()))
                .build(),
            Rating.RED,
            Thresholds.higherIsBetter(6, 4));

    assertThat(text(Reports.of(ladder), List.of()))
        .contains(
            "  For rung 7 (co-production):\n    Met:\n      none\n    Not met (this is what held it back):\n"
                + "      - Stage coverage 67%, below 100%.\n");
  }

  @Test
  void evidence_countsTheRecordsAFindingCitedWithoutListingThem() {
    assertThat(TextReport.evidence(List.of("activity:a1", "activity:a2"), 0, 2))
        .isEqualTo("activity:a1, activity:a2");
    assertThat(TextReport.evidence(List.of("activity:a1", "activity:a2", "activity:a3"), 0, 2))
        .isEqualTo("activity:a1, activity:a2 and 1 more");
    assertThat(TextReport.evidence(List.of("activity:a1", "activity:a2", "activity:a3"), 40, 2))
        .isEqualTo("activity:a1, activity:a2 and 41 more");
  }

  @Test
  void render_failuresNotesAndTheWordsUsed() {
    String text = text(Reports.full(), List.of());

    assertThat(text)
        .contains(
            "\nFAILURES\n  Could not load acme.Missing from /plugins/x.jar: class not found\n"
                + "  acme.broken: acme.broken: boom\n")
        .contains("\nNOTES ON THE DATA\n  no participant has the attribute 'x'\n")
        .contains("\nWORDS USED\n  bloc: ")
        .contains("\n  suppressed: A group with fewer than 5 people is not reported");
  }

  @Test
  void render_withoutTheHeadlineMetrics_saysWhyForEach() {
    MetricResult failedScorecard =
        new MetricResult(
            ReportView.SCORECARD,
            "1.0.0",
            "Scorecard",
            "d",
            Set.of(),
            Unit.SHARE,
            null,
            null,
            null,
            "copro.scorecard.principles: boom");
    MetricResult ladderWithoutValue =
        Reports.metric(
            ReportView.LADDER,
            "Ladder",
            Unit.LEVEL,
            Measurement.noValue("no decisions"),
            null,
            null);

    String text = text(Reports.of(failedScorecard, ladderWithoutValue), List.of());

    assertThat(text)
        .contains(
            "THE FOUR PRINCIPLES  Scorecard (copro.scorecard.principles)\n  What it measures: d\n"
                + "  Not available: failed: copro.scorecard.principles: boom\n")
        .contains("  Not available: no value: no decisions\n")
        .contains(
            "WARNING SIGNS OF TOKENISM  (copro.tokenism.warning-signs)\n  Not available: not evaluated\n");
  }

  @Test
  void render_noMetrics_saysSo() {
    assertThat(text(Reports.of(), List.of()))
        .contains("\nEVERY METRIC\n  No metric was evaluated.\n");
  }

  @Test
  void render_colour_onlyWrapsTheRatings() {
    String coloured =
        ReportRenderer.render(
            Reports.full(),
            Format.TEXT,
            RenderOptions.builder().source("data.json").colour(true).build());
    String plain = text(Reports.full(), List.of());

    assertThat(coloured).contains("\u001b[1;32mGREEN\u001b[0m").isNotEqualTo(plain);
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }
}
