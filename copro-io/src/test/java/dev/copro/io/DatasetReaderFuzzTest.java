package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz tests of the dataset readers (docs/reliability.md). Whatever bytes come in, a reader either
 * returns a valid dataset — which must then survive writing and reading back unchanged — or throws
 * {@link InvalidInputException} whose every problem is located in the input. Anything else (another
 * exception, an error, a hang) is a bug.
 *
 * <p>Every build replays the saved inputs under {@code DatasetReaderFuzzTestInputs/<method>/} as
 * plain JUnit tests. To fuzz, run one method at a time:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -Dquick -pl copro-model test -Dtest='DatasetReaderFuzzTest#readJson' \
 *     -Djazzer.max_duration=5m
 * </pre>
 */
class DatasetReaderFuzzTest {

  private static final String JSON = "fuzz.json";
  private static final String JSON_LINES = "fuzz.jsonl";

  /** The files a CSV folder may hold, and one the format does not define. */
  private static final List<String> CSV_FILES =
      Stream.concat(CsvLayout.fileNames().stream(), Stream.of("notes.csv")).toList();

  private static Path folder;

  @FuzzTest(maxDuration = "30s")
  void readJson(byte[] input) {
    Dataset dataset =
        readsOrFailsLocated(
            () -> DatasetReader.readJson(new ByteArrayInputStream(input), JSON),
            Set.of(JSON)::contains);
    if (dataset != null) {
      assertThat(Inputs.json(Inputs.writeJson(dataset))).isEqualTo(dataset);
    }
  }

  /**
   * Reads the input whole, then streams it from a file ({@link DatasetReader#streamJsonLines}): the
   * streaming reader must give the same references and events, or the same problems.
   */
  @FuzzTest(maxDuration = "30s")
  void readJsonLines(byte[] input) throws IOException {
    Dataset dataset =
        readsOrFailsLocated(
            () -> DatasetReader.readJsonLines(new ByteArrayInputStream(input), JSON_LINES),
            Set.of(JSON_LINES)::contains);
    if (dataset != null) {
      assertThat(Inputs.jsonLines(Inputs.writeJsonLines(dataset))).isEqualTo(dataset);
    }
    Path file = emptyFolder().resolve(JSON_LINES);
    Files.write(file, input);
    DatasetReaderStreamTest.assertSameOutcome(file);
  }

  /**
   * The input is a folder of CSV files, written as {@code NAME\nCONTENT} entries separated by NUL
   * bytes; a name that is not one of the format's files picks one by its length, so the fuzzer need
   * not guess names. Content is written as raw bytes: encodings, byte-order marks and line endings
   * are the fuzzer's to choose.
   */
  @FuzzTest(maxDuration = "30s")
  void readCsv(byte[] input) throws IOException {
    Path dir = emptyFolder();
    Set<String> written = writeFiles(dir, input);
    Dataset dataset =
        readsOrFailsLocated(
            () -> DatasetReader.readCsv(dir),
            source -> written.contains(source) || source.equals(dir.toString()));
    if (dataset != null) {
      Path again = dir.resolve("again");
      Files.createDirectory(again);
      DatasetWriter.writeCsv(dataset, again);
      assertThat(DatasetReader.readCsv(again)).isEqualTo(dataset);
    }
  }

  /**
   * Reads, and checks the outcome: a dataset, or the documented exception whose every problem is
   * located — in a source that was read, and at a line or a path within it (a CSV file's name alone
   * locates a problem with the whole file).
   *
   * @return the dataset, or {@code null} if the input was rejected
   */
  static Dataset readsOrFailsLocated(Read read, Predicate<String> sources) {
    Dataset[] dataset = new Dataset[1];
    Throwable thrown = catchThrowable(() -> dataset[0] = read.read());
    if (thrown == null) {
      assertThat(dataset[0]).isNotNull();
      return dataset[0];
    }
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    List<Problem> problems = ((InvalidInputException) thrown).problems();
    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              Location at = p.location();
              assertThat(sources.test(at.source())).as("source of %s", p).isTrue();
              assertThat(
                      at.line() > 0
                          || at.path() != null
                          || at.source().endsWith(".csv")
                          || p.kind() == Problem.Kind.UNREADABLE)
                  .as("located: %s", p)
                  .isTrue();
              assertThat(p.message()).isNotBlank();
            });
    return null;
  }

  /** Reads a dataset. */
  @FunctionalInterface
  interface Read {
    Dataset read();
  }

  private static Set<String> writeFiles(Path dir, byte[] input) throws IOException {
    Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == 0) {
        entry(input, start, i, files);
        start = i + 1;
      }
    }
    for (Map.Entry<String, ByteArrayOutputStream> file : files.entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue().toByteArray());
    }
    return files.keySet();
  }

  private static void entry(
      byte[] input, int from, int to, Map<String, ByteArrayOutputStream> files) {
    if (from >= to) {
      return;
    }
    int newline = from;
    while (newline < to && input[newline] != '\n') {
      newline++;
    }
    String name = new String(input, from, newline - from, StandardCharsets.UTF_8).strip();
    if (!CSV_FILES.contains(name)) {
      name = CSV_FILES.get(name.length() % CSV_FILES.size());
    }
    int content = Math.min(newline + 1, to);
    files
        .computeIfAbsent(name, n -> new ByteArrayOutputStream())
        .write(input, content, to - content);
  }

  @AfterAll
  static void deleteFolder() throws IOException {
    if (folder != null) {
      emptyFolder();
      Files.delete(folder);
      folder = null;
    }
  }

  /** A folder for this process's file inputs, emptied before each one. */
  private static Path emptyFolder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("copro-fuzz");
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .sorted(Comparator.reverseOrder())
          .filter(p -> !p.equals(folder))
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return folder;
  }
}
