package dev.copro.cli.report;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats {@code copro evaluate --format} writes. Each renders the same report to the same text
 * every time: no timestamps, no locale, {@code \n} line ends.
 */
public enum ReportFormat {
  /** The scorecard for the terminal. */
  TEXT("txt"),
  /** The engine's report, {@code copro-report/1} JSON ({@link ReportJson}). */
  JSON("json"),
  /** GitHub-flavoured Markdown, tables in place of charts. */
  MARKDOWN("md"),
  /** One self-contained HTML page with inline SVG charts. */
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The name used on the command line: {@code text}, {@code json}, {@code markdown} or {@code html}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name extension of reports in this format, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name's extension names: {@code .txt}, {@code .json}, {@code .md} or
   * {@code .markdown}, {@code .html} or {@code .htm}, in any case.
   *
   * @return the format, or empty for any other name
   */
  public static Optional<ReportFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (extension) {
      case "txt" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      case "md", "markdown" -> Optional.of(MARKDOWN);
      case "html", "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /**
   * Writes a report as {@link #render} renders it, in UTF-8. JSON is written as it is made, without
   * holding the whole text: the report of a streamed dataset of millions of records can list
   * hundreds of thousands of records as evidence.
   *
   * @param out where to write; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public void write(Report report, Options options, OutputStream out) throws IOException {
    if (this == JSON) {
      try {
        ReportJson.write(Objects.requireNonNull(report, "report"), out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return;
    }
    out.write(render(report, options).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Renders a report.
   *
   * @param report the engine's report
   * @param options what the report is of and how to show it
   * @return the report's text, ending with a line end
   */
  public String render(Report report, Options options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    if (this == JSON) {
      return ReportJson.toJson(report);
    }
    ReportView view = ReportView.of(report, options.source(), options.by());
    return switch (this) {
      case TEXT -> TextReport.render(view, options.colour());
      case MARKDOWN -> MarkdownReport.render(view);
      case HTML -> HtmlReport.render(view);
      case JSON -> throw new AssertionError("handled above");
    };
  }

  /**
   * How to show a report.
   *
   * @param source what the dataset was read from, as the user named it; shown in the heading
   * @param by the breakdown dimensions to show under each metric, in order ({@code --by}); the JSON
   *     report always has every breakdown
   * @param colour whether the text report may colour its ratings (it is going to a terminal)
   */
  public record Options(String source, List<String> by, boolean colour) {

    /** Checks presence and copies the list. */
    public Options {
      Objects.requireNonNull(source, "source");
      by = List.copyOf(by);
    }
  }
}
