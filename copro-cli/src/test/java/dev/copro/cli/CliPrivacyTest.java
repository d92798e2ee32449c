package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.io.DatasetWriter;
import dev.copro.model.Captured;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Privacy of everything the command-line tool writes: no free text from the records (titles, names,
 * summaries, statements, "other" labels; {@link DatasetArbitraries#withFreeText} gives each a
 * unique marker) in a report of any format, on standard output or error, in a report file, or in
 * anything logged or printed to the JVM's streams; for valid datasets in every layout, and for
 * datasets whose problems sit in or beside the records that carry free text, with and without
 * {@code --verbose}.
 */
class CliPrivacyTest {

  private static final String MARKER = "FREETEXT";

  /** A marker as a JSON string; the breakages that make a line malformed take its quotes away. */
  private static final Pattern QUOTED_MARKER = Pattern.compile("\"(" + MARKER + "[0-9]+X)\"");

  private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  /**
   * Every breakdown a report can show: the engine's slices, the perspective, the generator's
   * attributes.
   */
  private static final String BY = "initiative,period,perspective,age-band,area,gender";

  /**
   * Both outputs terminals, so that the coloured text report and the progress bar are written too.
   */
  private static final Environment TERMINALS = new Environment(true, true, 80);

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(5).filter(d -> !d.initiatives().isEmpty());
  }

  /**
   * Datasets that every {@link Breakage} can break: a titled activity and an answer to a survey.
   */
  @Provide
  Arbitrary<Dataset> breakable() {
    return DatasetArbitraries.datasets(4)
        .filter(
            d ->
                d.activities().stream().anyMatch(a -> a.title() != null)
                    && !d.surveyResponses().isEmpty());
  }

  @Property(tries = 8)
  void evaluateAndValidate_validDatasetInEveryLayout_noFreeTextInAnyOutput(
      @ForAll("datasets") Dataset dataset) throws IOException {
    Dataset marked = marked(dataset);
    Path dir = Files.createTempDirectory("copro-privacy");
    try {
      Path json = write(dir.resolve("document.json"), out -> DatasetWriter.writeJson(marked, out));
      Path lines =
          write(dir.resolve("lines.jsonl"), out -> DatasetWriter.writeJsonLines(marked, out));
      Path csv = dir.resolve("folder");
      DatasetWriter.writeCsv(marked, csv);
      List<Path> layouts = List.of(json, lines, csv);
      Map<String, String> outputs = new LinkedHashMap<>();
      String by = by(marked);

      outputs.put(
          "logs",
          Captured.logsOf(
              () -> {
                for (int i = 0; i < FORMATS.size(); i++) {
                  String format = FORMATS.get(i);
                  Path reports = dir.resolve("reports-" + format);
                  outputs.putAll(
                      outputs(
                          format + " to files",
                          Cli.run(
                              TERMINALS,
                              concat(
                                  List.of(
                                      "evaluate",
                                      "--verbose",
                                      "--format",
                                      format,
                                      "--by",
                                      by,
                                      "--out",
                                      reports.toString()),
                                  layouts))));
                  try (Stream<Path> files = Files.list(reports)) {
                    for (Path file : files.sorted().toList()) {
                      outputs.put(file.toString(), Files.readString(file));
                    }
                  }
                  // One report a format on standard output (HTML allows one); each layout reads the
                  // same dataset.
                  outputs.putAll(
                      outputs(
                          format + " to standard output",
                          Cli.run(
                              TERMINALS,
                              "evaluate",
                              "--verbose",
                              layouts.get(i % layouts.size()).toString(),
                              "--format",
                              format,
                              "--by",
                              by)));
                }
                outputs.putAll(
                    outputs(
                        "validate",
                        Cli.run(TERMINALS, concat(List.of("validate", "--verbose"), layouts))));
              }));

      assertThat(Files.readString(json)).contains(MARKER);
      assertThat(outputs.keySet().stream().filter(k -> k.contains("reports-")))
          .hasSize(3 * FORMATS.size());
      assertThat(
              outputs.entrySet().stream()
                  .filter(e -> e.getKey().endsWith(": exit code"))
                  .map(Map.Entry::getValue))
          .hasSize(2 * FORMATS.size() + 1)
          .containsOnly("0");
      assertThat(outputs)
          .allSatisfy((where, text) -> assertThat(markerIn(text)).as(where).isEmpty());
    } finally {
      delete(dir);
    }
  }

  /**
   * The breakdowns of {@link #BY} the dataset has: {@code --by} refuses an attribute no participant
   * has.
   */
  private static String by(Dataset dataset) {
    return String.join(
        ",",
        java.util.Arrays.stream(BY.split(","))
            .filter(
                d ->
                    List.of("initiative", "period", "perspective").contains(d)
                        || dataset.participants().stream()
                            .anyMatch(p -> p.attributes().containsKey(d)))
            .toList());
  }

  /** A problem placed in, or next to, a record with free text; each gives at least one problem. */
  enum Breakage {
    /** JSON Lines: every initiative (its name is free text) twice. */
    DUPLICATE_ID,
    /** JSON Lines: every activity (some titled) refers to an initiative that is not there. */
    DANGLING_REFERENCE,
    /** JSON Lines: every free text without its quotes, so its line is not JSON. */
    MALFORMED_LINE,
    /** JSON Lines: every survey item's scale starts above its end (the items have statements). */
    BAD_SCALE,
    /** JSON Lines: every answer far off its item's scale. */
    OFF_SCALE_ANSWER,
    /** One JSON document: the first free text without its quotes. */
    MALFORMED_DOCUMENT,
    /** One JSON document: every date and every initiative reference wrong. */
    BAD_DATES_AND_REFERENCES,
    /** CSV: every initiative's dates impossible, in the rows holding their names. */
    CSV_BAD_DATE,
    /** CSV: a quote opened before the last initiative's free text and never closed. */
    CSV_UNCLOSED_QUOTE
  }

  @Property(tries = 6)
  void validateAndEvaluate_problemsBesideFreeText_noFreeTextInAnyOutput(
      @ForAll("breakable") Dataset dataset) throws IOException {
    Dataset marked = marked(dataset);
    for (Breakage breakage : Breakage.values()) {
      Path dir = Files.createTempDirectory("copro-privacy");
      try {
        Path broken = broken(breakage, marked, dir);
        Path report = dir.resolve("report.html");
        Map<String, String> outputs = new LinkedHashMap<>();

        outputs.put(
            "logs",
            Captured.logsOf(
                () -> {
                  outputs.putAll(
                      outputs(
                          "validate",
                          Cli.run(TERMINALS, "validate", "--verbose", broken.toString())));
                  outputs.putAll(
                      outputs(
                          "evaluate --verbose",
                          Cli.run(
                              TERMINALS,
                              "evaluate",
                              "--verbose",
                              broken.toString(),
                              "--format",
                              "html",
                              "--out",
                              report.toString())));
                  outputs.putAll(
                      outputs(
                          "evaluate",
                          Cli.run(TERMINALS, "evaluate", broken.toString(), "--by", BY)));
                }));

        assertThat(contents(broken)).as(breakage.name()).contains(MARKER);
        assertThat(
                List.of(
                    outputs.get("validate: exit code"),
                    outputs.get("evaluate --verbose: exit code"),
                    outputs.get("evaluate: exit code")))
            .as(breakage.name())
            .containsOnly("2");
        assertThat(outputs.get("validate: standard output"))
            .as(breakage.name())
            .containsPattern("has [0-9]+ problems?:");
        assertThat(outputs.get("evaluate: standard error"))
            .as(breakage.name())
            .containsPattern("has [0-9]+ problems?:");
        assertThat(outputs.get("evaluate --verbose: standard error"))
            .as(breakage.name())
            .contains("\tat ");
        assertThat(report).doesNotExist();
        assertThat(outputs)
            .allSatisfy(
                (where, text) -> assertThat(markerIn(text)).as(breakage + ", " + where).isEmpty());
      } finally {
        delete(dir);
      }
    }
  }

  /** The dataset with one marker per distinct free text, so that equal texts stay equal. */
  private static Dataset marked(Dataset dataset) {
    Map<String, String> markers = new HashMap<>();
    return DatasetArbitraries.withFreeText(
        dataset, text -> markers.computeIfAbsent(text, t -> MARKER + markers.size() + "X"));
  }

  /**
   * Writes the marked dataset into {@code dir} with the breakage made; returns its file or folder.
   */
  private static Path broken(Breakage breakage, Dataset marked, Path dir) throws IOException {
    String lines = text(out -> DatasetWriter.writeJsonLines(marked, out));
    String json = text(out -> DatasetWriter.writeJson(marked, out));
    return switch (breakage) {
      case DUPLICATE_ID ->
          jsonLines(
              dir,
              lines
                  .lines()
                  .flatMap(
                      line ->
                          isRecord(line, "initiative") ? Stream.of(line, line) : Stream.of(line)));
      case DANGLING_REFERENCE ->
          jsonLines(
              dir,
              lines
                  .lines()
                  .map(
                      line ->
                          isRecord(line, "activity")
                              ? line.replace("\"initiative\":\"", "\"initiative\":\"gone-")
                              : line));
      case MALFORMED_LINE ->
          jsonLines(dir, lines.lines().map(line -> QUOTED_MARKER.matcher(line).replaceAll("$1")));
      case BAD_SCALE ->
          jsonLines(
              dir,
              lines
                  .lines()
                  .map(
                      line ->
                          isRecord(line, "survey")
                              ? line.replace("\"scaleMin\":", "\"scaleMin\":9")
                              : line));
      case OFF_SCALE_ANSWER ->
          jsonLines(
              dir,
              lines
                  .lines()
                  .map(
                      line ->
                          isRecord(line, "survey-response")
                              ? line.replaceAll("\"value\":[0-9]+", "\"value\":99")
                              : line));
      case MALFORMED_DOCUMENT ->
          Files.writeString(
              dir.resolve("dataset.json"), QUOTED_MARKER.matcher(json).replaceFirst("$1"));
      case BAD_DATES_AND_REFERENCES ->
          Files.writeString(
              dir.resolve("dataset.json"),
              json.replace("\"date\": \"", "\"date\": \"x")
                  .replace("\"initiative\": \"", "\"initiative\": \"gone-"));
      case CSV_BAD_DATE ->
          csv(
              dir,
              marked,
              "initiatives.csv",
              text -> text.replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2}", "2025-13-45"));
      case CSV_UNCLOSED_QUOTE ->
          csv(
              dir,
              marked,
              "initiatives.csv",
              text -> {
                int at = text.lastIndexOf("," + MARKER) + 1;
                return text.substring(0, at) + "\"" + text.substring(at);
              });
    };
  }

  private static boolean isRecord(String line, String kind) {
    return line.startsWith("{\"record\":\"" + kind + "\"");
  }

  private static Path jsonLines(Path dir, Stream<String> lines) throws IOException {
    return Files.writeString(
        dir.resolve("dataset.jsonl"), lines.collect(Collectors.joining("\n", "", "\n")));
  }

  /** The dataset as a CSV folder, with one file's text changed. */
  private static Path csv(Path dir, Dataset marked, String file, UnaryOperator<String> change)
      throws IOException {
    Path folder = dir.resolve("csv");
    DatasetWriter.writeCsv(marked, folder);
    Files.writeString(folder.resolve(file), change.apply(Files.readString(folder.resolve(file))));
    return folder;
  }

  /** Everything a run printed, and its exit code, named for the assertions' messages. */
  private static Map<String, String> outputs(String what, Cli.Run run) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put(what + ": standard output", run.out());
    outputs.put(what + ": standard error", run.err());
    outputs.put(what + ": exit code", Integer.toString(run.code()));
    return outputs;
  }

  /** The first marker in the text with what surrounds it, or empty when there is none. */
  private static Optional<String> markerIn(String text) {
    int at = text.indexOf(MARKER);
    return at < 0
        ? Optional.empty()
        : Optional.of(text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
  }

  /** A file's text, or the texts of a folder's files. */
  private static String contents(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.readString(path);
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file));
      }
    }
    return all.toString();
  }

  /** Something written to a stream. */
  @FunctionalInterface
  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private static String text(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.to(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Path write(Path file, Writing writing) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writing.to(out);
    }
    return file;
  }

  private static String[] concat(List<String> args, List<Path> paths) {
    return Stream.concat(args.stream(), paths.stream().map(Path::toString)).toArray(String[]::new);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
