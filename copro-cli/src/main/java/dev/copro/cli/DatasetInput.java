package dev.copro.cli;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.io.DatasetReader;
import dev.copro.io.Dialect;
import dev.copro.io.WorkbookReader;
import dev.copro.model.Dataset;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.sample.SampleDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dataset the command was given, read and valid: in memory, or, for a JSON Lines file read as a
 * stream, its reference records (valid) and its events, which are checked as they stream.
 *
 * @param stem the name of the report written for it into an output folder, without extension: the
 *     file's name less {@code .json}, {@code .jsonl}, {@code .ndjson} or {@code .xlsx}, the
 *     folder's name, {@code database}, or {@code sample}
 * @param source what it was read from, as the user named it
 * @param name a short name for it: the file or folder name, or {@code sample}
 * @param dataset the dataset in memory, or {@code null} if it is streamed
 * @param streamed the dataset as a stream, or {@code null} if it is in memory
 */
record DatasetInput(
    String stem,
    String source,
    String name,
    @Nullable Dataset dataset,
    @Nullable StreamedDataset streamed) {

  /** The stem and source of the bundled sample dataset. */
  static final String SAMPLE = "sample";

  /** Checks presence: exactly one of {@code dataset} and {@code streamed}. */
  DatasetInput {
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    if ((dataset == null) == (streamed == null)) {
      throw new IllegalArgumentException("exactly one of dataset and streamed");
    }
  }

  /**
   * Evaluates the dataset.
   *
   * @throws dev.copro.model.validation.InvalidInputException if a streamed dataset's events have
   *     problems, listing them all
   */
  Report evaluate(Copro copro) {
    return dataset != null
        ? copro.evaluate(dataset)
        : copro.evaluate(Objects.requireNonNull(streamed));
  }

  /** The bundled sample dataset: what {@code copro evaluate} evaluates when given no dataset. */
  static DatasetInput sample() {
    return new DatasetInput(
        SAMPLE, "the bundled sample dataset", SAMPLE, SampleDatasets.northfield(), null);
  }

  /**
   * Reads every dataset (a JSON or JSON Lines file, an Excel workbook, a folder of CSV files, or a
   * JDBC URL), checking them all before giving up, so one run lists the problems of every one. A
   * JSON Lines file that {@code streaming} streams is read once for its reference records, which
   * are checked; its events are checked when it is evaluated.
   *
   * @param dialect how text cells write dates and numbers (and CSV files their delimiter), where
   *     declared
   * @throws InvalidDatasets listing the problems of each dataset that has any
   */
  static List<DatasetInput> read(
      List<String> arguments, StreamingOption streaming, Dialect dialect, Environment environment) {
    List<DatasetInput> inputs = new ArrayList<>();
    List<InvalidInputException> invalid = new ArrayList<>();
    for (String argument : arguments) {
      try {
        inputs.add(readOne(argument, streaming, dialect, environment));
      } catch (InvalidInputException e) {
        invalid.add(e);
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidDatasets(invalid);
    }
    return inputs;
  }

  /**
   * Reads one dataset.
   *
   * @throws InvalidInputException listing its problems
   * @throws CommandFailure for a database URL that holds a password, or a database that cannot be
   *     reached
   */
  static DatasetInput readOne(
      String argument, StreamingOption streaming, Dialect dialect, Environment environment) {
    if (Database.isUrl(argument)) {
      String name = Database.redacted(argument);
      return new DatasetInput(
          "database", name, name, Database.read(argument, dialect, environment), null);
    }
    Path path = Path.of(argument);
    String stem = stem(path);
    String name = EngineOptions.fileName(path);
    if (streaming.streams(path)) {
      return new DatasetInput(
          stem, path.toString(), name, null, DatasetReader.streamJsonLines(path));
    }
    Dataset dataset;
    if (isWorkbook(path)) {
      dataset = WorkbookReader.read(path, dialect);
    } else if (Files.isDirectory(path)) {
      dataset = DatasetReader.readCsv(path, dialect);
    } else {
      dataset = DatasetReader.read(path);
    }
    return new DatasetInput(stem, path.toString(), name, dataset, null);
  }

  /** Whether the file's name says an Excel workbook: {@code .xlsx}, in any case. */
  static boolean isWorkbook(Path path) {
    return EngineOptions.fileName(path).toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static String stem(Path path) {
    String name = EngineOptions.fileName(path);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : List.of(".json", ".jsonl", ".ndjson", ".xlsx")) {
      if (lower.endsWith(extension) && name.length() > extension.length()) {
        return name.substring(0, name.length() - extension.length());
      }
    }
    return name;
  }

  /** One or more datasets with problems; each exception lists the problems of one dataset. */
  static final class InvalidDatasets extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInputException> each;

    InvalidDatasets(List<InvalidInputException> each) {
      super(each.size() + (each.size() == 1 ? " dataset has" : " datasets have") + " problems");
      this.each = List.copyOf(each);
    }

    /** The problems, one exception a dataset, in the order the datasets were given. */
    List<InvalidInputException> each() {
      return each;
    }
  }
}
