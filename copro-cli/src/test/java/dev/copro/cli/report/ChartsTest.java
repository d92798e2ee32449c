package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.cli.report.ReportView.Series;
import dev.copro.engine.Report;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final ReportView VIEW = ReportView.of(Reports.full(), "data.json", List.of());

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void principles_barLengthIsTheScoreOfA300PixelScale() {
    String svg = Charts.principles(VIEW.scorecard().orElseThrow(),
        VIEW.report().metric(ReportView.SCORECARD).orElseThrow().thresholds());

    // 0.8 × 300 = 240, 0.5 × 300 = 150, 0.3 × 300 = 90, 1.0 × 300 = 300.
    assertThat(svg).contains("width=\"240\" height=\"20\" class=\"bar rating-green\"")
        .contains("width=\"150\" height=\"20\" class=\"bar rating-amber\"")
        .contains("width=\"90\" height=\"20\" class=\"bar rating-red\"")
        .contains("width=\"300\" height=\"20\" class=\"bar rating-green\"");
    // The thresholds 0.4 and 0.75 at x = 120 + 0.4 × 300 = 240 and 120 + 0.75 × 300 = 345.
    assertThat(svg).contains("<line x1=\"240\" y1=\"18\" x2=\"240\" y2=\"144\" class=\"threshold threshold-amber\"/>")
        .contains("<line x1=\"345\" y1=\"18\" x2=\"345\" y2=\"144\" class=\"threshold threshold-green\"/>");
  }

  @Test
  void ladder_highlightsTheRung() {
    String svg = Charts.ladder(VIEW.ladder().orElseThrow());

    assertThat(count(svg, "class=\"rung\"")).isEqualTo(6);
    assertThat(count(svg, "class=\"rung rung-current\"")).isEqualTo(1);
    assertThat(svg).contains(">engagement</text>").contains(">here</text>");
  }

  @Test
  void series_marksSuppressedPeriods_andLeavesGapsWithoutValues() {
    Series voice = VIEW.timeSeries().get(0);

    String svg = Charts.series(voice);

    // Q1 and Q4 have values; Q2 is suppressed (marked "s"); Q3 has none. No two values follow one
    // another, so no line joins them.
    assertThat(count(svg, "<circle ")).isEqualTo(2);
    assertThat(svg).contains(">s</text>").contains("s: suppressed").doesNotContain("<polyline")
        .contains("<title>2025-Q1: 50.0% (n 8)</title>").contains("<title>2025-Q4: 75.0% (n 9)</title>");
  }

  @Test
  void series_consecutiveValues_areJoined() {
    Report.MetricResult metric = Reports.metric("m.x", "X", Unit.COUNT, Measurement.of(1, 1).build(), null, null);
    Series series = new Series(metric, List.of(Group.of("2025", 2, 5), Group.of("2026", 4, 5)));

    String svg = Charts.series(series);

    // Counts run from 0 to the highest value, 4: 2 sits halfway up the 118-pixel plot; the two periods
    // are at either end of the 228-pixel plot, from x = 64.
    assertThat(svg).contains("<polyline points=\"64,71 292,12\" class=\"series\"/>");
    assertThat(Charts.range(series)).containsExactly(0, 4);
  }

  @Test
  void voice_talkingBesideAttendances_suppressedAsWords() {
    String svg = Charts.voice(VIEW.voiceByPerspective().orElseThrow());

    // 0.35 × 300 = 105 and 0.45 × 300 = 135 for lived experience.
    assertThat(svg).contains("width=\"105\" height=\"16\" class=\"bar voice\"")
        .contains("width=\"135\" height=\"16\" class=\"bar attendance\"");
    assertThat(count(svg, ">suppressed</text>")).isEqualTo(2);
  }
}
