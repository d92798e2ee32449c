package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report;
import dev.copro.report.Charts.Scale;
import dev.copro.report.ReportView.Series;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final ReportView VIEW =
      ReportView.of(Reports.full(), RenderOptions.builder().source("data.json").build());

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static String principles() {
    ReportView.Scorecard scorecard = VIEW.scorecard().orElseThrow();
    return Charts.principles(
        scorecard.four(),
        scorecard.unit(),
        VIEW.report().metric(ReportView.SCORECARD).orElseThrow().thresholds(),
        "The four principles");
  }

  @Test
  void principles_fourBars_lengthTheScoreOf344Units_theRestLeftOut() {
    String svg = principles();

    // The bars run from x = 8 to 352: 0.8 × 344 = 275.2, 0.5 × 344 = 172, 0.3 × 344 = 103.2, 1 ×
    // 344.
    assertThat(svg)
        .contains("width=\"275.2\" height=\"16\" class=\"bar rating-green\"")
        .contains("width=\"172\" height=\"16\" class=\"bar rating-amber\"")
        .contains("width=\"103.2\" height=\"16\" class=\"bar rating-red\"")
        .contains("width=\"344\" height=\"16\" class=\"bar rating-green\"")
        .doesNotContain("relationship");
    assertThat(count(svg, "height=\"16\" class=\"bar rating-")).isEqualTo(4);
  }

  @Test
  void principles_thresholdMarksCrossTheBarsOnly_neverTheTextAboveThem() {
    String svg = principles();

    // Row i's text has its baseline at 4 + 46 i + 15; the marks run from 4 + 46 i + 19 to + 41.
    // Vertical marks only: the legend's samples of them are horizontal.
    Matcher marks =
        Pattern.compile(
                "<line x1=\"([0-9.]+)\" y1=\"([0-9.]+)\" x2=\"\\1\" y2=\"([0-9.]+)\" "
                    + "class=\"threshold threshold-(amber|green)\"/>")
            .matcher(svg);
    int found = 0;
    while (marks.find()) {
      found++;
      double y1 = Double.parseDouble(marks.group(2));
      int row = (int) ((y1 - 4) / 46);
      assertThat(y1).isEqualTo(4 + 46 * row + 19);
      assertThat(Double.parseDouble(marks.group(3))).isEqualTo(4 + 46 * row + 41);
    }
    // Two thresholds (0.4 at x = 8 + 0.4 × 344 = 145.6, 0.75 at 266) on each of four bars.
    assertThat(found).isEqualTo(8);
    assertThat(svg).contains("<line x1=\"145.6\" y1=\"23\"").contains("<line x1=\"266\" y1=\"23\"");
  }

  @Test
  void principles_legendExplainsColoursAndThresholds() {
    String svg = principles();

    assertThat(svg)
        .contains("<g class=\"legend\">")
        .contains(">GREEN</text>")
        .contains(">AMBER from 40.0%</text>")
        .contains(">GREEN from 75.0%</text>")
        .contains(
            "<desc>The four principles: equality 80.0% (GREEN), diversity 50.0% (AMBER), accessibility "
                + "30.0% (RED), reciprocity 100.0% (GREEN). Rated GREEN from 75.0%, AMBER from 40.0%, RED otherwise.</desc>");
  }

  @Test
  void ladder_highlightsTheRung_andHasALegend() {
    String svg = Charts.ladder(VIEW.ladder().orElseThrow());

    assertThat(count(svg, "class=\"rung\"")).isEqualTo(7); // six rungs and the legend's swatch
    assertThat(count(svg, "class=\"rung rung-current\"")).isEqualTo(2);
    assertThat(svg)
        .contains(">engagement</text>")
        .contains(">here</text>")
        .contains(">where the records place it</text>");
  }

  @Test
  void series_marksSuppressedPeriods_leavesGaps_andShowsTheLatestValueWithItsN() {
    Series voice = VIEW.timeSeries().get(0);

    String svg = Charts.series(voice, 5, null);

    // Q1 and Q4 have values; Q2 is suppressed (marked "s"); Q3 has none. No two values follow one
    // another, so no line joins them.
    assertThat(count(svg, "<circle ")).isEqualTo(3); // two points and the legend's
    assertThat(svg)
        .contains(">s</text>")
        .contains(">suppressed: fewer than 5 people</text>")
        .doesNotContain("<polyline")
        .contains(">Latest, 2025-Q4: 75.0%, n = 9</text>")
        .contains("<title>2025-Q1: 50.0% (n = 8)</title>")
        .contains(">all periods: 72.4%</text>")
        .contains("class=\"overall\"")
        .contains(">AMBER from 50.0%</text>")
        .contains(">GREEN from 70.0%</text>");
  }

  @Test
  void series_ofCounts_hasWholeTicks_andJoinsConsecutiveValues() {
    Report.MetricResult metric =
        Reports.metric("m.x", "X", Unit.COUNT, Measurement.of(3.5, 2).build(), null, null);
    Series series = new Series(metric, List.of(Group.of("2025", 2, 5), Group.of("2026", 7, 5)));

    String svg = Charts.series(series, 5, null);

    assertThat(Charts.range(series, null)).isEqualTo(new Scale(0, 8, 2));
    assertThat(svg)
        .contains(">0</text>")
        .contains(">2</text>")
        .contains(">8</text>")
        .doesNotContain(">3.50")
        .contains("<polyline ");
  }

  @Test
  void series_thresholdBeyondTheAxis_isANoteInTheLegend_withNoLineForIt() {
    // Days, lower is better: green up to 30 lies within 1.5 times the highest value (20), so the
    // axis stretches to
    // it and draws its line; amber up to 90 lies far beyond, so it is said in the legend in words
    // only.
    Report.MetricResult metric =
        Reports.metric(
            "m.d",
            "D",
            Unit.DAYS,
            Measurement.of(15, 9).build(),
            null,
            Thresholds.lowerIsBetter(30, 90));
    Series series = new Series(metric, List.of(Group.of("2025", 10, 5), Group.of("2026", 20, 5)));

    String svg = Charts.series(series, 5, null);

    assertThat(Charts.range(series, null).high()).isLessThan(90);
    assertThat(svg)
        .contains(">AMBER up to 90 days (beyond this scale)</text>")
        .doesNotContain("class=\"threshold threshold-amber\"");
  }

  @Test
  void series_onADeclaredRange_drawsTheWholeScale() {
    Report.MetricResult metric =
        Reports.metric("m.s", "S", Unit.SCORE, Measurement.of(0.6, 9).build(), null, null);
    Series series =
        new Series(metric, List.of(Group.of("2025", 0.55, 5), Group.of("2026", 0.62, 5)));

    assertThat(Charts.range(series, ValueRange.UNIT_INTERVAL)).isEqualTo(new Scale(0, 1, 0.2));
    assertThat(Charts.range(series, null).high()).isEqualTo(0.8);
  }

  @Test
  void breakdown_barsPerGroup_theOverallFigureBeside_suppressedAsAWord() {
    Report.MetricResult voice = VIEW.report().metric(ReportView.VOICE).orElseThrow();
    Breakdown byPerspective = voice.measurement().breakdowns().get(0);

    String svg = Charts.breakdown(voice, byPerspective, 5, null);

    // 0.35 and 0.65 of the 344 units from x = 8; the overall 0.724 marked at 8 + 0.724 × 344 =
    // 257.1.
    assertThat(svg)
        .contains("width=\"120.4\" height=\"14\" class=\"bar group\"")
        .contains("width=\"223.6\" height=\"14\" class=\"bar group\"")
        .contains("<line x1=\"257.1\" y1=\"67\" x2=\"257.1\" y2=\"87\" class=\"overall\"/>")
        .contains(">overall: 72.4%</text>")
        .contains(">suppressed</text>")
        .contains(">suppressed: fewer than 5 people</text>")
        .contains(">lived-experience</text>")
        .contains(">35.0%, n = 12</text>");
    assertThat(count(svg, "class=\"bar group\"")).isEqualTo(3); // two groups and the legend's
  }

  @Test
  void voice_talkingBesideAttendances_suppressedAsWords() {
    String svg = Charts.voice(VIEW.voiceByPerspective().orElseThrow());

    // 0.35 × 292 = 102.2 and 0.45 × 292 = 131.4 for lived experience.
    assertThat(svg)
        .contains("width=\"102.2\" height=\"15\" class=\"bar voice\"")
        .contains("width=\"131.4\" height=\"15\" class=\"bar attendance\"")
        .contains(">share of the talking</text>");
    assertThat(count(svg, ">suppressed</text>")).isEqualTo(2);
  }

  @Test
  void tick_percentForShares_decimalsAsTheStepNeeds() {
    assertThat(Charts.tick(Unit.SHARE, 0.25, 0.25)).isEqualTo("25%");
    assertThat(Charts.tick(Unit.SHARE, 0.125, 0.125)).isEqualTo("12.5%");
    assertThat(Charts.tick(Unit.INDEX, 2.5, 2.5)).isEqualTo("2.5");
    assertThat(Charts.tick(Unit.INDEX, 0.25, 0.25)).isEqualTo("0.25");
    assertThat(Charts.tick(Unit.COUNT, 4, 2)).isEqualTo("4");
  }

  @Property
  void nice_coversTheValues_withAtMostSixRoundTicks(
      @ForAll @DoubleRange(min = -1000, max = 1000) double a,
      @ForAll @DoubleRange(min = 0.01, max = 5000) double span,
      @ForAll boolean whole) {
    Scale scale = Scale.nice(a, a + span, whole);

    assertThat(scale.low()).isLessThanOrEqualTo(a + 1e-9);
    // Ends are rounded to 1e-9 so that ticks print cleanly.
    assertThat(scale.high()).isGreaterThanOrEqualTo(a + span - 1e-9);
    assertThat(scale.ticks()).hasSizeBetween(2, 6);
    double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step()) + 1e-12));
    assertThat(List.of(1.0, 2.0, 2.5, 5.0))
        .anySatisfy(
            m -> assertThat(mantissa).isCloseTo(m, org.assertj.core.data.Offset.offset(1e-9)));
    if (whole) {
      assertThat(scale.step()).isGreaterThanOrEqualTo(1);
      scale.ticks().forEach(t -> assertThat(t).isEqualTo(Math.rint(t)));
    }
  }

  @Test
  void nice_knownScales() {
    assertThat(Scale.nice(0, 3.82, false)).isEqualTo(new Scale(0, 4, 1));
    assertThat(Scale.nice(0, 3.5, true)).isEqualTo(new Scale(0, 4, 1));
    assertThat(Scale.nice(0, 8, true)).isEqualTo(new Scale(0, 8, 2));
    assertThat(Scale.nice(0, 33, false)).isEqualTo(new Scale(0, 40, 10));
    assertThat(Scale.nice(0, 1.2, false)).isEqualTo(new Scale(0, 1.25, 0.25));
    assertThat(Scale.nice(0, 1, true)).isEqualTo(new Scale(0, 1, 1));
    assertThat(Charts.thresholdsSentence(Unit.COUNT, Thresholds.lowerIsBetter(0, 2)))
        .isEqualTo(" Rated GREEN up to 0, AMBER up to 2, RED otherwise.");
  }
}
