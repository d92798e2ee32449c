package dev.copro.examples.embedding;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.engine.results.DefaultMetrics;
import dev.copro.engine.results.Headline;
import dev.copro.engine.results.SignFinding;
import dev.copro.model.Dataset;
import dev.copro.model.Pseudonymiser;
import dev.copro.report.RenderOptions;
import dev.copro.report.ReportRenderer;
import dev.copro.spi.Measurement;
import dev.copro.spi.RecordRef;
import dev.copro.spi.Thresholds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A host application embedding copro: it maps Casebook's records onto the copro model with
 * pseudonymised member ids, evaluates them with the metrics found on the class path (the default
 * catalog of copro-metrics, a runtime dependency), and reads the headline of the report through the
 * typed API ({@link Headline}), naming Casebook's own records.
 *
 * <p>Run it with {@code java dev.copro.examples.embedding.EmbeddingExample [report.json
 * [report.html]]}. The pseudonymisation key comes from the environment variable {@value
 * #KEY_VARIABLE} (at least 32 bytes, in hex), which the host keeps secret and stable so that
 * pseudonyms link across exports.
 */
public final class EmbeddingExample {

  /** The environment variable holding the pseudonymisation key, in hex. */
  public static final String KEY_VARIABLE = "CASEBOOK_PSEUDONYM_KEY";

  /** The day the evaluation is as of, fixed so that the report does not change from run to run. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /**
   * How Casebook evaluates, set in code: values broken down by perspective and age band, as of
   * {@link #AS_OF}, and notice rated green when at least 80% of meetings gave the minimum notice
   * (the notice metric's value is a share, from 0 to 1).
   */
  public static final Configuration CONFIGURATION =
      Configuration.builder()
          .breakdowns("perspective", "age-band")
          .referenceDate(AS_OF)
          .thresholds(DefaultMetrics.NOTICE, Thresholds.higherIsBetter(0.8, 0.6))
          .build();

  private EmbeddingExample() {}

  /**
   * Evaluates Casebook's sample and prints the headline, every metric and any failures; writes the
   * report JSON to the path given as the first argument, and the report as a page to the second, if
   * given.
   */
  public static void main(String[] args) {
    CasebookMapping mapping =
        new CasebookMapping(Pseudonymiser.withKey(key(System.getenv(KEY_VARIABLE), System.err)));
    Report report;
    String page;
    try (Copro copro = engine()) {
      report = evaluate(copro, mapping);
      page = page(copro, report);
    }
    print(report, mapping, System.out);
    if (args.length > 0) {
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        ReportJson.write(report, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report to " + args[0], e);
      }
    }
    if (args.length > 1) {
      try {
        Files.writeString(Path.of(args[1]), page, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the page to " + args[1], e);
      }
    }
  }

  /**
   * The report as the page the command-line tool writes with {@code --format html}, for Casebook to
   * show its staff: one self-contained HTML page, charts included, nothing fetched. The engine's
   * descriptors give each metric its plain-language sentences; {@code Format.PDF} with {@code
   * ReportRenderer.write} gives the same page as a PDF.
   */
  public static String page(Copro copro, Report report) {
    RenderOptions options = RenderOptions.builder().source("Casebook").descriptorsOf(copro).build();
    return ReportRenderer.render(report, ReportRenderer.Format.HTML, options);
  }

  /**
   * The pseudonymisation key: the hex of {@code configured}, or else a random key (with a note on
   * {@code notes}), so that pseudonyms then differ from run to run.
   *
   * @throws IllegalArgumentException if {@code configured} is not hex
   */
  static byte[] key(@Nullable String configured, PrintStream notes) {
    if (configured != null && !configured.isBlank()) {
      return HexFormat.of().parseHex(configured.strip());
    }
    notes.println(
        KEY_VARIABLE + " is not set: using a random key, so pseudonyms differ from run to run.");
    byte[] key = new byte[Pseudonymiser.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * The engine Casebook builds once, at start-up, and shares: it is thread-safe, so every request
   * thread evaluates with it, and it is closed at shut-down. Metrics are discovered on the class
   * path; with {@code requireMetrics(true)}, a deployment that lost copro-metrics fails here, at
   * start-up, instead of producing empty reports.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the configuration does not fit the
   *     metrics found (thresholds off a metric's scale, say), or no metric is found
   */
  public static Copro engine() {
    return Copro.builder().configuration(CONFIGURATION).requireMetrics(true).build();
  }

  /** Maps Casebook's sample records with the given pseudonymiser and evaluates them. */
  public static Report evaluate(Pseudonymiser pseudonyms) {
    try (Copro copro = engine()) {
      return evaluate(copro, new CasebookMapping(pseudonyms));
    }
  }

  /**
   * Maps Casebook's sample records with the given mapping and evaluates them with the given engine.
   */
  public static Report evaluate(Copro copro, CasebookMapping mapping) {
    Dataset dataset =
        mapping.toDataset(
            CasebookSample.PROJECTS,
            CasebookSample.PEOPLE,
            CasebookSample.MEETINGS,
            CasebookSample.IDEAS,
            CasebookSample.CLAIMS);
    return copro.evaluate(dataset);
  }

  /**
   * The headline as Casebook shows it to its staff: each principle's score and rating, the rung of
   * the ladder and the rule that placed it, and each warning sign with the Casebook records behind
   * it — meetings, ideas and claims by reference, people by membership number (inside Casebook
   * only).
   */
  public static List<String> headline(Report report, CasebookMapping mapping) {
    Headline headline = Headline.of(report);
    List<String> lines = new ArrayList<>();
    headline
        .scorecard()
        .ifPresent(
            card ->
                card.principles()
                    .forEach(
                        line ->
                            lines.add(
                                String.format(
                                    Locale.ROOT,
                                    "%-14s %.2f %s",
                                    line.principle().code(),
                                    line.score(),
                                    line.rating() == null ? "not rated" : line.rating().code()))));
    headline
        .ladder()
        .ifPresent(
            place -> {
              lines.add(
                  "Ladder: "
                      + place.rung().label()
                      + " (rung "
                      + place.rung().level()
                      + " of 7; Arnstein: "
                      + place.arnstein().label()
                      + "; IAP2: "
                      + place.iap2().label()
                      + ")");
              if (place.rule() != null) {
                lines.add("  " + place.rule());
              }
            });
    for (SignFinding sign : headline.warningSigns()) {
      lines.add(
          "Warning sign "
              + sign.code()
              + " ("
              + sign.severity().name().toLowerCase(Locale.ROOT)
              + "): "
              + sign.message());
      List<String> records =
          sign.evidence().stream().map(ref -> casebookRecord(ref, mapping)).toList();
      if (!records.isEmpty()) {
        lines.add("  in Casebook: " + String.join(", ", records));
      }
    }
    return lines;
  }

  /** The Casebook record an evidence reference names. */
  static String casebookRecord(RecordRef ref, CasebookMapping mapping) {
    return switch (ref.kind()) {
      case ACTIVITY -> "meeting " + ref.id();
      case CONTRIBUTION -> "idea " + ref.id();
      case PAYMENT -> "claim " + ref.id();
      case DECISION -> "resolution " + ref.id();
      case PARTICIPANT -> "member " + mapping.membershipNumber(ref.id()).orElse("(unknown)");
      case ATTENDANCE -> {
        int slash = ref.id().lastIndexOf('/');
        yield "member "
            + mapping.membershipNumber(ref.id().substring(slash + 1)).orElse("(unknown)")
            + " at meeting "
            + ref.id().substring(0, slash);
      }
      default -> ref.toString();
    };
  }

  /** Prints the headline, then a line per metric, then the failures if there are any. */
  public static void print(Report report, CasebookMapping mapping, PrintStream out) {
    out.println(
        "Scorecard of "
            + report.dataset().name()
            + " as of "
            + report.configuration().referenceDate());
    headline(report, mapping).forEach(out::println);
    out.println();
    out.println("Every metric:");
    scorecard(report).forEach(out::println);
    List<String> failures = failures(report);
    if (!failures.isEmpty()) {
      out.println();
      out.println("Failed:");
      failures.forEach(line -> out.println("  " + line));
    }
  }

  /**
   * One line per metric, in id order: its name, value and unit, rating, and how many findings it
   * made; or why it has no value, or that it failed.
   */
  public static List<String> scorecard(Report report) {
    List<String> lines = new ArrayList<>();
    for (Report.MetricResult metric : report.metrics()) {
      Measurement m = metric.measurement(); // null when the metric failed
      String value =
          m == null
              ? "failed"
              : m.value() == null
                  ? "no value (" + m.noValueReason() + ")"
                  : String.format(
                      Locale.ROOT,
                      "%.3f %s",
                      m.value(),
                      metric.unit().name().toLowerCase(Locale.ROOT));
      String rating = metric.rating() == null ? "" : metric.rating().code();
      int findings = m == null ? 0 : m.findings().size();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-40s %-6s %s%s",
              metric.name(),
              rating,
              value,
              findings == 0 ? "" : ", " + findings + (findings == 1 ? " finding" : " findings")));
    }
    return lines;
  }

  /** The metrics and rules that failed, and the plugins that could not be loaded, with why. */
  public static List<String> failures(Report report) {
    List<String> lines = new ArrayList<>();
    report.metrics().stream()
        .filter(m -> m.failure() != null)
        .forEach(m -> lines.add(m.id() + ": " + m.failure()));
    report.rules().stream()
        .filter(r -> r.failure() != null)
        .forEach(r -> lines.add(r.id() + ": " + r.failure()));
    for (PluginFailure failure : report.pluginFailures()) {
      lines.add(
          (failure.className() == null ? "" : failure.className() + " from ")
              + failure.source()
              + ": "
              + failure.reason());
    }
    return lines;
  }
}
