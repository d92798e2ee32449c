package dev.copro.examples.embedding;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.model.Pseudonymiser;
import dev.copro.spi.Measurement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * catalog of copro-metrics here), and reads the report through the Java API.
 *
 * <p>Run it with {@code java dev.copro.examples.embedding.EmbeddingExample [report.json]}. The
 * pseudonymisation key comes from the environment variable {@value #KEY_VARIABLE} (at least 32 bytes,
 * in hex), which the host keeps secret and stable so that pseudonyms link across exports.
 */
public final class EmbeddingExample {

  /** The environment variable holding the pseudonymisation key, in hex. */
  public static final String KEY_VARIABLE = "CASEBOOK_PSEUDONYM_KEY";

  /** The day the evaluation is as of, fixed so that the report does not change from run to run. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private EmbeddingExample() {}

  /**
   * Evaluates Casebook's sample and prints the scorecard and any failures; writes the report JSON to
   * the path given as the first argument, if any.
   */
  public static void main(String[] args) {
    Report report = evaluate(Pseudonymiser.withKey(key(System.getenv(KEY_VARIABLE), System.err)));
    print(report, System.out);
    if (args.length > 0) {
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        ReportJson.write(report, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report to " + args[0], e);
      }
    }
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
    notes.println(KEY_VARIABLE + " is not set: using a random key, so pseudonyms differ from run to run.");
    byte[] key = new byte[Pseudonymiser.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** Maps Casebook's sample records with the given pseudonymiser and evaluates them. */
  public static Report evaluate(Pseudonymiser pseudonyms) {
    Dataset dataset = new CasebookMapping(pseudonyms)
        .toDataset(CasebookSample.PROJECTS, CasebookSample.MEMBERS, CasebookSample.MEETINGS);
    Configuration configuration = Configuration.builder()
        .breakdowns("perspective", "age-band")
        .referenceDate(AS_OF)
        .build();
    // Metrics are discovered on the class path; the engine is built once and could evaluate many datasets.
    try (Copro copro = Copro.builder().configuration(configuration).build()) {
      return copro.evaluate(dataset);
    }
  }

  /** Prints the scorecard, then the failures if there are any. */
  public static void print(Report report, PrintStream out) {
    out.println("Scorecard of " + report.dataset().name() + " as of " + report.configuration().referenceDate());
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
      Measurement m = metric.measurement();
      String value = switch (metric.status()) {
        case OK -> String.format(Locale.ROOT, "%.3f %s", m.value(), metric.unit().name().toLowerCase(Locale.ROOT));
        case NO_VALUE -> "no value (" + m.noValueReason() + ")";
        case FAILED -> "failed";
      };
      String rating = metric.rating() == null ? "" : metric.rating().code();
      int findings = m == null ? 0 : m.findings().size();
      lines.add(String.format(Locale.ROOT, "%-40s %-6s %s%s", metric.name(), rating, value,
          findings == 0 ? "" : ", " + findings + (findings == 1 ? " finding" : " findings")));
    }
    return lines;
  }

  /** The metrics and rules that failed, and the plugins that could not be loaded, with why. */
  public static List<String> failures(Report report) {
    List<String> lines = new ArrayList<>();
    report.metrics().stream().filter(m -> m.failure() != null).forEach(m -> lines.add(m.failure()));
    report.rules().stream().filter(r -> r.failure() != null).forEach(r -> lines.add(r.failure()));
    for (PluginFailure failure : report.pluginFailures()) {
      lines.add(failure.source() + ": " + failure.reason());
    }
    return lines;
  }
}
