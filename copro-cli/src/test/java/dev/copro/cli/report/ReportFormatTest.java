package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void forFileName_knowsTheExtensionsInAnyCase() {
    assertThat(ReportFormat.forFileName("r.txt")).contains(ReportFormat.TEXT);
    assertThat(ReportFormat.forFileName("r.JSON")).contains(ReportFormat.JSON);
    assertThat(ReportFormat.forFileName("r.md")).contains(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.forFileName("r.markdown")).contains(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.forFileName("report.2025.html")).contains(ReportFormat.HTML);
    assertThat(ReportFormat.forFileName("r.htm")).contains(ReportFormat.HTML);
    assertThat(ReportFormat.forFileName("r.pdf")).isEmpty();
    assertThat(ReportFormat.forFileName("html")).isEmpty();
  }

  @Test
  void codeAndExtension() {
    assertThat(ReportFormat.MARKDOWN.code()).isEqualTo("markdown");
    assertThat(ReportFormat.MARKDOWN.extension()).isEqualTo("md");
    assertThat(ReportFormat.TEXT.extension()).isEqualTo("txt");
  }

  @Test
  void write_everyFormat_writesWhatRenderRenders() throws IOException {
    Report report = Reports.full();
    ReportFormat.Options options = new ReportFormat.Options("board.json", List.of("perspective"), false);
    for (ReportFormat format : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      format.write(report, options, out);

      assertThat(out.toString(StandardCharsets.UTF_8)).as(format.code()).isEqualTo(format.render(report, options))
          .isNotEmpty();
    }
  }
}
