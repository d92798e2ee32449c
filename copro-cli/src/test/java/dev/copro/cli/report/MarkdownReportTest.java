package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static final String MARKDOWN = ReportFormat.MARKDOWN.render(Reports.full(),
      new ReportFormat.Options("data.json", List.of("perspective"), false));

  @Test
  void render_headlineSections() {
    assertThat(MARKDOWN).startsWith("# copro report: Hand-made\n")
        .contains("\n## Principles\n\nOverall score **65.0%** (AMBER), from `copro.scorecard.principles`.\n")
        .contains("\n| equality | 80.0% | GREEN |\n| diversity | 50.0% | AMBER |\n")
        .contains("\n- Equality is green (score 0.80).\n")
        .contains("TLAP rung 5 of 7: engagement (doing for); Arnstein rung 5 of 8: placation; IAP2 level 3 of 5: "
            + "involve, from `copro.ladder.tlap`.")
        .contains("\n| HIGH | `rubber-stamp` | Brought in at the end. | `activity:a1`, `activity:a2`, ");
  }

  @Test
  void render_suppressedGroups_areWordsNotNumbers() {
    assertThat(MARKDOWN)
        .contains("| Metric | 2025-Q1 | 2025-Q2 | 2025-Q3 | 2025-Q4 |")
        .contains("| `copro.voice.equality` | 50.0% | suppressed | no value | 75.0% |")
        .contains("| carer | suppressed | suppressed |")
        .contains("| lived-experience | 35.0% | 45.0% |")
        .contains("\n### `copro.voice.equality` by perspective\n\n| Group | Value | n |\n|---|---:|---:|\n"
            + "| carer | suppressed |  |\n");
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
