package dev.copro.report;

import dev.copro.engine.Copro;
import dev.copro.engine.PluginInfo;
import dev.copro.engine.Report;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Descriptor;
import java.util.List;

/** The report of the bundled sample, made once by the real engine and the default catalog. */
final class SampleReport {

  private static final Report REPORT;
  private static final List<Descriptor> DESCRIPTORS;

  static {
    try (Copro copro = Copro.builder().requireMetrics(true).build()) {
      REPORT = copro.evaluate(SampleDatasets.northfield());
      DESCRIPTORS = copro.plugins().stream().map(PluginInfo::descriptor).toList();
    }
  }

  private SampleReport() {}

  static Report report() {
    return REPORT;
  }

  /** Options as the command line makes them for {@code evaluate --by perspective}. */
  static RenderOptions options() {
    return RenderOptions.builder()
        .source("the bundled sample dataset")
        .by(List.of("perspective"))
        .descriptors(DESCRIPTORS)
        .build();
  }

  /** The sample's HTML page, as {@code copro evaluate --by perspective --format html} writes it. */
  static String html() {
    return ReportRenderer.render(REPORT, ReportRenderer.Format.HTML, options());
  }
}
