package dev.copro.report;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Renders an engine {@link Report} for people: a scorecard for the terminal, Markdown, a
 * self-contained HTML page with charts, a PDF of that page, or the engine's JSON. The same report
 * and options always give the same bytes (no timestamps, no locale, {@code \n} line ends); every
 * text taken from the report is escaped for the format, and suppressed groups are never shown with
 * a number.
 *
 * <pre>{@code
 * Report report = copro.evaluate(dataset);
 * RenderOptions options = RenderOptions.builder().descriptorsOf(copro).build();
 * String html = ReportRenderer.render(report, ReportRenderer.Format.HTML, options);
 * }</pre>
 *
 * <p>Thread-safe: it keeps no state.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class ReportRenderer {

  private ReportRenderer() {}

  /**
   * The formats a report can be rendered in.
   *
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public enum Format {
    /** A scorecard for the terminal, plain text. */
    TEXT("txt", "text/plain; charset=utf-8"),
    /** GitHub-flavoured Markdown: the HTML page's sections, with tables where it has charts. */
    MARKDOWN("md", "text/markdown; charset=utf-8"),
    /**
     * One self-contained page (XHTML, so it is also well-formed XML) with inline SVG charts and one
     * script, allowed by its hash, that opens the folded sections for printing.
     */
    HTML("html", "text/html; charset=utf-8"),
    /** The HTML page laid out on A4 paper as a PDF document. */
    PDF("pdf", "application/pdf"),
    /**
     * The engine's report, {@code copro-report/1} JSON ({@link ReportJson}): ids, numbers, no prose
     * added.
     */
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    /**
     * The name used on the command line: {@code text}, {@code markdown}, {@code html}, {@code pdf},
     * {@code json}.
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
      return extension;
    }

    /** The media type to serve it with, such as {@code text/html; charset=utf-8}. */
    public String mediaType() {
      return mediaType;
    }

    /** Whether it is bytes rather than text (PDF): {@link ReportRenderer#render} refuses it. */
    public boolean isBinary() {
      return this == PDF;
    }

    /**
     * The format a file name's extension names, in any case: {@code .txt}, {@code .md} or {@code
     * .markdown}, {@code .html} or {@code .htm}, {@code .pdf}, {@code .json}.
     *
     * @return the format, or empty for any other name
     */
    public static Optional<Format> forFileName(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      String extension = dot < 0 ? "" : lower.substring(dot + 1);
      return switch (extension) {
        case "txt" -> Optional.of(TEXT);
        case "md", "markdown" -> Optional.of(MARKDOWN);
        case "html", "htm" -> Optional.of(HTML);
        case "pdf" -> Optional.of(PDF);
        case "json" -> Optional.of(JSON);
        default -> Optional.empty();
      };
    }

    /** The format with this {@link #code()}, in any case. */
    public static Optional<Format> forCode(String code) {
      return Arrays.stream(values())
          .filter(f -> f.code().equalsIgnoreCase(code.strip()))
          .findFirst();
    }
  }

  /**
   * Renders a report as text.
   *
   * @return the report's text, ending with a line end
   * @throws IllegalArgumentException for {@link Format#PDF}, which is not text: use {@link #bytes}
   *     or {@link #write}
   */
  public static String render(Report report, Format format, RenderOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    return switch (format) {
      case JSON -> ReportJson.toJson(report);
      case TEXT -> TextReport.render(view(report, options));
      case MARKDOWN -> MarkdownReport.render(view(report, options));
      case HTML -> HtmlReport.render(view(report, options));
      case PDF ->
          throw new IllegalArgumentException(
              "a PDF is bytes, not text: use bytes(...) or write(...)");
    };
  }

  /** Renders a report in any format, text formats in UTF-8. */
  public static byte[] bytes(Report report, Format format, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, format, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /**
   * Writes a report in any format, text formats in UTF-8. JSON is written as it is made, without
   * holding the whole text: the report of a streamed dataset of millions of records can cite
   * hundreds of thousands of records as evidence.
   *
   * @param out where to write; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Report report, Format format, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSON -> {
        try {
          ReportJson.write(report, out);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      case PDF -> PdfReport.write(HtmlReport.render(view(report, options)), out);
      default -> out.write(render(report, format, options).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static ReportView view(Report report, RenderOptions options) {
    return ReportView.of(report, options);
  }
}
