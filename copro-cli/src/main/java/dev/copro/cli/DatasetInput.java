package dev.copro.cli;

import dev.copro.model.Dataset;
import dev.copro.model.io.DatasetReader;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.sample.SampleDatasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A dataset the command was given, read and valid.
 *
 * @param stem the name of the report written for it into an output folder, without extension:
 *     the file's name less {@code .json}, {@code .jsonl} or {@code .ndjson}, the folder's name, or
 *     {@code sample}
 * @param source what it was read from, as the user named it
 * @param name a short name for it: the file or folder name, or {@code sample}
 * @param dataset the dataset
 */
record DatasetInput(String stem, String source, String name, Dataset dataset) {

  /** The stem and source of the bundled sample dataset. */
  static final String SAMPLE = "sample";

  /** Checks presence. */
  DatasetInput {
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataset, "dataset");
  }

  /** The bundled sample dataset: what {@code copro evaluate} evaluates when given no dataset. */
  static DatasetInput sample() {
    return new DatasetInput(SAMPLE, "the bundled sample dataset", SAMPLE, SampleDatasets.northfield());
  }

  /**
   * Reads every path (a JSON or JSON Lines file, or a folder of CSV files), checking them all before
   * giving up, so one run lists the problems of every file.
   *
   * @throws InvalidDatasets listing the problems of each dataset that has any
   */
  static List<DatasetInput> read(List<Path> paths) {
    List<DatasetInput> inputs = new ArrayList<>();
    List<InvalidInputException> invalid = new ArrayList<>();
    for (Path path : paths) {
      try {
        inputs.add(new DatasetInput(stem(path), path.toString(), EngineOptions.fileName(path), DatasetReader.read(path)));
      } catch (InvalidInputException e) {
        invalid.add(e);
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidDatasets(invalid);
    }
    return inputs;
  }

  private static String stem(Path path) {
    String name = EngineOptions.fileName(path);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : List.of(".json", ".jsonl", ".ndjson")) {
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
