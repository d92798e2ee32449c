package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

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
}
