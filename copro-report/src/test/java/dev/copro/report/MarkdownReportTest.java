package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.report.ReportRenderer.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static final String MARKDOWN =
      ReportRenderer.render(
          Reports.full(),
          Format.MARKDOWN,
          RenderOptions.builder().source("data.json").by(List.of("perspective")).build());

  @Test
  void render_headlineSections_namesFirst() {
    assertThat(MARKDOWN)
        .startsWith("# copro report: Hand-made\n")
        .contains(
            "\n## The four principles\n\n*Principles scorecard*, `copro.scorecard.principles`: What "
                + "copro.scorecard.principles measures.\n\nOverall score **65.0%** (AMBER), n = 12.\n")
        .contains("\n| equality | 80.0% | GREEN |\n| diversity | 50.0% | AMBER |\n")
        .contains("\nAlso scored, not one of the four principles: relationship 90.0% (GREEN).\n")
        .contains("\n- Equality is green (score 0.80).\n")
        .contains(
            "TLAP rung 5 of 7: engagement (doing for); Arnstein rung 5 of 8: placation; IAP2 level 3 of 5: "
                + "involve, n = 8.")
        .contains(
            "\n**Met** (conditions for rung 6 (co-design)):\n\n- Influence 40% (needs at least 25%).\n")
        .contains(
            "\n**Not met — this is what held it back:**\n\n- Decision inclusion 30% (needs at least 50%).\n")
        .contains("\n**2** of the 9 signs assessed were found (AMBER).\n")
        .contains(
            "\n| HIGH | Rubber stamp | Brought in at the end. | `activity:a1`, `activity:a2`, ");
  }

  @Test
  void render_metrics_nameValueNRatingCautionId() {
    assertThat(MARKDOWN)
        .contains("| Metric | Value | n | Rating | Id |")
        .contains("| Voice equality | 72.4% | 40 | GREEN | `copro.voice.equality` |")
        .contains("| Ladder | 5 | 8 | AMBER, caution | `copro.ladder.tlap` |")
        .contains("\n## What each metric measures\n")
        .contains("- **Broken** (`acme.broken`): Breaks.\n");
  }

  @Test
  void render_findingsGroupedByKind_withTheirRows() {
    assertThat(MARKDOWN)
        .contains("\n## Other findings, by kind\n")
        .contains(
            "\n### Dominant voice: 2 findings: 1 medium, 1 low\n\nFrom Voice equality (`copro.voice.equality`), code "
                + "`dominant-voice`; the most severe is medium; 2 records cited.\n")
        .contains("| MEDIUM | One voice had 58% of the talking. | `activity:a2` |")
        .contains("| LOW | One voice had 41% of the talking. | `activity:a3`, `activity:a2` |");
  }

  @Test
  void render_suppressedGroups_areWordsNotNumbers_andBreakdownsHaveTheOverall() {
    assertThat(MARKDOWN)
        .contains("| Metric | 2025-Q1 | 2025-Q2 | 2025-Q3 | 2025-Q4 | All periods |")
        .contains("| Voice equality | 50.0% | suppressed | no value | 75.0% | 72.4% |")
        .contains("| carer | suppressed | suppressed |")
        .contains("| lived-experience | 35.0% | 45.0% |")
        .contains(
            "\n### Voice equality by perspective\n\n`copro.voice.equality`. Overall: 72.4%, n = 40.\n\n"
                + "| Group | Value | n |\n|---|---:|---:|\n| carer | suppressed |  |\n");
  }

  @Test
  void render_wordsUsed() {
    assertThat(MARKDOWN)
        .contains("\n## Words used\n\n- **bloc**: ")
        .contains("\n- **n**: How many records");
  }

  @Test
  void render_hostileText_isEscaped() {
    assertThat(MARKDOWN)
        .contains("\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\[link\\](http://x)")
        .contains("\\<b\\>bold\\</b\\> \\& \\| pipe")
        .contains("`participant:<img src=x>`")
        .contains("line1 line2 \\<i\\>")
        .doesNotContain("<script>", "<b>");
  }

  @Test
  void render_everyTableRow_hasItsHeadersNumberOfCells() {
    List<String> lines = MARKDOWN.lines().toList();
    int expected = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      // Escaped pipes and code spans are inside cells.
      String bare = line.replaceAll("`[^`]*`", "code").replace("\\|", "");
      int cells = bare.split("\\|", -1).length - 2;
      if (expected < 0) {
        expected = cells;
      }
      assertThat(cells).as(line).isEqualTo(expected);
    }
  }
}
