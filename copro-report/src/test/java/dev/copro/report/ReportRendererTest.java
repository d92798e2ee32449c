package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.report.ReportRenderer.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private static final RenderOptions OPTIONS =
      RenderOptions.builder().source("board.json").by(List.of("perspective")).build();

  @Test
  void forFileName_knowsTheExtensionsInAnyCase() {
    assertThat(Format.forFileName("r.txt")).contains(Format.TEXT);
    assertThat(Format.forFileName("r.JSON")).contains(Format.JSON);
    assertThat(Format.forFileName("r.md")).contains(Format.MARKDOWN);
    assertThat(Format.forFileName("r.markdown")).contains(Format.MARKDOWN);
    assertThat(Format.forFileName("report.2025.html")).contains(Format.HTML);
    assertThat(Format.forFileName("r.htm")).contains(Format.HTML);
    assertThat(Format.forFileName("r.PDF")).contains(Format.PDF);
    assertThat(Format.forFileName("r.docx")).isEmpty();
    assertThat(Format.forFileName("html")).isEmpty();
  }

  @Test
  void codeExtensionAndMediaType() {
    assertThat(Format.MARKDOWN.code()).isEqualTo("markdown");
    assertThat(Format.MARKDOWN.extension()).isEqualTo("md");
    assertThat(Format.PDF.mediaType()).isEqualTo("application/pdf");
    assertThat(Format.forCode(" Html ")).contains(Format.HTML);
    assertThat(Format.forCode("docx")).isEmpty();
    assertThat(Format.PDF.isBinary()).isTrue();
    assertThat(Format.HTML.isBinary()).isFalse();
  }

  @Test
  void write_everyTextFormat_writesWhatRenderRenders() throws IOException {
    Report report = Reports.full();
    for (Format format : Format.values()) {
      if (format.isBinary()) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      ReportRenderer.write(report, format, OPTIONS, out);

      assertThat(out.toString(StandardCharsets.UTF_8))
          .as(format.code())
          .isEqualTo(ReportRenderer.render(report, format, OPTIONS))
          .isNotEmpty();
      assertThat(ReportRenderer.bytes(report, format, OPTIONS)).isEqualTo(out.toByteArray());
    }
  }

  @Test
  void json_isTheEnginesReport() {
    assertThat(ReportRenderer.render(Reports.full(), Format.JSON, OPTIONS))
        .isEqualTo(ReportJson.toJson(Reports.full()));
  }

  @Test
  void render_pdf_isRefused_forItIsNotText() {
    assertThatThrownBy(() -> ReportRenderer.render(Reports.full(), Format.PDF, OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use bytes(...) or write(...)");
  }

  @Test
  void pdf_ofTheSample_isAPdfWithTheReportsWords_andItsChartsAsText() throws IOException {
    byte[] pdf =
        ReportRenderer.bytes(
            SampleReport.report(),
            Format.PDF,
            RenderOptions.builder().source("the bundled sample dataset").build());

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(document.getNumberOfPages()).isBetween(3, 30);
      // A4: 595 × 842 points.
      assertThat(document.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
      assertThat(text)
          .contains("copro report: Northfield Council co-production, 2025 (sample)")
          .contains("The four principles")
          .contains("Why this rung")
          .contains("Words used")
          // folded on screen, open on paper
          .contains("How the ratings came about")
          .contains("Equality is red")
          // drawn by the chart drawer, as text
          .contains("where the records place it")
          .contains("co-production");
    }
  }

  @Test
  void options_checkTheCautionMinimum() {
    assertThatThrownBy(() -> RenderOptions.builder().cautionBelow(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(RenderOptions.defaults().cautionBelow()).isEqualTo(10);
    assertThat(RenderOptions.defaults().source()).isEmpty();
  }
}
