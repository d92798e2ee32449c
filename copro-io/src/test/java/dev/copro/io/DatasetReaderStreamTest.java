package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Payment;
import dev.copro.model.RecordKind;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordCollector;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatasetReader#streamJsonLines} against {@link DatasetReader#readJsonLines}: for any file,
 * the same reference records, the same events in the order of the file, or the same problems.
 */
class DatasetReaderStreamTest {

  private static final String FILE = "test.jsonl";
  private static final String HEADER = "{\"format\": \"copro-dataset/1\"}\n";
  private static final String INITIATIVE =
      "{\"record\": \"initiative\", \"id\": \"i1\", \"name\": \"Board\", \"start\": \"2024-01-01\"}\n";
  private static final String ACTIVITY =
      "{\"record\": \"activity\", \"id\": \"a1\", \"initiative\": \"i1\","
          + " \"type\": \"meeting\", \"stage\": \"design\", \"date\": \"2024-02-01\"}\n";

  @TempDir Path dir;

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 150)
  void streamJsonLines_validFileInAnyLineOrder_sameReferencesAndEventsInFileOrder(
      @ForAll("datasets") Dataset dataset, @ForAll long seed) throws IOException {
    List<Record> lines = records(dataset);
    Collections.shuffle(lines, new Random(seed));
    Path file = Files.createTempFile("copro-stream", ".jsonl");
    try {
      try (OutputStream out = Files.newOutputStream(file);
          DatasetWriter.JsonLines writer = DatasetWriter.jsonLines(out, dataset.name())) {
        for (Record record : lines) {
          writer.write(record);
        }
      }
      Dataset inMemory = readWhole(file);
      StreamedDataset streamed = DatasetReader.streamJsonLines(file);
      List<Record> received = RecordCollector.collect(streamed);

      assertThat(streamed.references()).isEqualTo(inMemory.references());
      assertThat(received)
          .containsExactlyElementsOf(
              lines.stream().filter(DatasetReaderStreamTest::isEvent).toList());
      assertThat(received).containsExactlyInAnyOrderElementsOf(events(inMemory));
      assertThat(RecordCollector.collect(streamed)).as("a second pass").isEqualTo(received);
    } finally {
      Files.delete(file);
    }
  }

  /**
   * Broken files, made from valid ones by mutations that break syntax, repeat records (repeated ids
   * and attendance), drop records (references to nothing, adopted contributions missing) or move
   * the header: both readers find the same problems. They are compared in any order: the exception
   * sorts problems by location and message, and keeps problems equal in both in the order they were
   * found, which is not the same when references and events are checked in separate passes.
   */
  @Property(tries = 300)
  void streamJsonLines_brokenFile_sameProblemsAsReadingItWhole(
      @ForAll("datasets") Dataset dataset,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int mutations)
      throws IOException {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(Inputs.writeJsonLines(dataset).split("\n")));
    Collections.shuffle(lines.subList(1, lines.size()), random);
    for (int m = 0; m < mutations; m++) {
      mutate(lines, random);
    }
    Path file = Files.createTempFile("copro-stream", ".jsonl");
    try {
      Files.writeString(file, String.join("\n", lines) + "\n");
      List<Problem> problems = assertSameOutcome(file);
      problems.stream()
          .map(Problem::kind)
          .distinct()
          .forEach(k -> Statistics.label("problem kinds").collect(k));
      Statistics.label("outcome").collect(problems.isEmpty() ? "valid" : "invalid");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void streamJsonLines_eventsBeforeTheirReferences_areReadAndStreamedInFileOrder()
      throws IOException {
    Path file =
        write(
            HEADER
                + "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p2\", \"attended\": false}\n"
                + "{\"record\": \"payment\", \"id\": \"x1\", \"participant\": \"p1\", \"kind\": \"fee\", \"amount\": 25,"
                + " \"currency\": \"GBP\", \"offered\": \"2024-02-01\"}\n"
                + "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p1\", \"attended\": true}\n"
                + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\"}\n"
                + "{\"record\": \"participant\", \"id\": \"p2\", \"perspective\": \"professional\"}\n"
                + ACTIVITY
                + INITIATIVE);

    StreamedDataset streamed = DatasetReader.streamJsonLines(file);

    assertThat(streamed.references().participants())
        .extracting(p -> p.id())
        .containsExactly("p1", "p2");
    assertThat(RecordCollector.collect(streamed))
        .extracting(DatasetReaderStreamTest::describe)
        .containsExactly("attendance a1/p2", "payment x1", "attendance a1/p1");
  }

  @Test
  void stream_repeatedAttendanceFarApart_isReportedAtTheRepeatAndNotSent() throws IOException {
    StringBuilder text = new StringBuilder(HEADER + INITIATIVE + ACTIVITY);
    for (int p = 0; p < 5_000; p++) {
      text.append("{\"record\": \"participant\", \"id\": \"p")
          .append(p)
          .append("\", \"perspective\": \"carer\"}\n");
      text.append("{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p")
          .append(p)
          .append("\", \"attended\": true}\n");
    }
    text.append(
        "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p7\", \"attended\": false}\n");
    StreamedDataset streamed = DatasetReader.streamJsonLines(write(text.toString()));
    RecordCollector collector = new RecordCollector();

    List<Problem> problems = problems(() -> streamed.stream(collector));

    assertThat(problems)
        .extracting(Problem::kind, Problem::location, Problem::recordId)
        .containsExactly(
            tuple(Kind.DUPLICATE_ID, new Location(FILE, 10_004, 1, "/attendance/5000"), "a1/p7"));
    assertThat(problems).isEqualTo(problemsReadingWhole(text.toString()));
    assertThat(collector.received())
        .hasSize(5_000)
        .noneMatch(r -> r instanceof Attendance a && !a.attended());
  }

  @Test
  void stream_repeatedIdsFarApart_reportTheFirstUse() throws IOException {
    StringBuilder text =
        new StringBuilder(
            HEADER
                + INITIATIVE
                + ACTIVITY
                + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\"}\n");
    for (int c = 0; c < 3_000; c++) {
      text.append("{\"record\": \"contribution\", \"id\": \"c")
          .append(c % 2_000)
          .append("\", \"activity\": \"a1\", \"participant\": \"p1\", \"kind\": \"suggestion\",")
          .append(" \"documented\": true}\n");
    }
    StreamedDataset streamed = DatasetReader.streamJsonLines(write(text.toString()));

    List<Problem> problems = problems(() -> streamed.stream(new RecordSink() {}));

    assertThat(problems).hasSize(1_000).isEqualTo(problemsReadingWhole(text.toString()));
    assertThat(problems.get(0).location())
        .isEqualTo(new Location(FILE, 2_005, 1, "/contributions/2000/id"));
    assertThat(problems.get(0).message())
        .isEqualTo(
            "The contribution id 'c0' is used again: ids must be unique (first used at "
                + FILE
                + ":5:1 /contributions/0).");
  }

  @Test
  void stream_decisionAdoptingAContributionNotInTheFile_isReportedAfterThePass()
      throws IOException {
    String text =
        HEADER
            + INITIATIVE
            + ACTIVITY
            + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\"}\n"
            + "{\"record\": \"decision\", \"id\": \"d1\", \"initiative\": \"i1\", \"activity\": \"a1\","
            + " \"date\": \"2024-02-01\", \"rule\": \"consensus\", \"votes\": [{\"participant\": \"p1\"}],"
            + " \"adopts\": [\"c1\", \"c2\"]}\n"
            + "{\"record\": \"contribution\", \"id\": \"c1\", \"activity\": \"a1\", \"participant\": \"p1\","
            + " \"kind\": \"suggestion\", \"documented\": true}\n";
    StreamedDataset streamed = DatasetReader.streamJsonLines(write(text));
    RecordCollector collector = new RecordCollector();

    Problem problem =
        Inputs.only(problems(() -> streamed.stream(collector)), Kind.UNKNOWN_REFERENCE);

    assertThat(problem.location()).isEqualTo(new Location(FILE, 5, 1, "/decisions/0/adopts/1"));
    assertThat(problem.recordId()).isEqualTo("d1");
    assertThat(collector.received())
        .extracting(DatasetReaderStreamTest::describe)
        .containsExactly("contribution c1");
  }

  @Test
  void streamJsonLines_brokenReferenceLine_throwsWithTheEventsProblemsToo() throws IOException {
    String text =
        HEADER
            + INITIATIVE
            + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\",}\n"
            + "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p1\", \"attended\": \"yes\"}\n"
            + "{\"record\": \"attendance\", \"activity\": \"nowhere\", \"participant\": \"p1\", \"attended\": true}\n";
    Path file = write(text);

    List<Problem> problems = problems(() -> DatasetReader.streamJsonLines(file));

    // Records were lost, so the unknown activity is not reported: only what each line shows.
    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().line())
        .containsExactly(tuple(Kind.MALFORMED, 3), tuple(Kind.MALFORMED, 4));
    assertThat(problems).isEqualTo(problemsReadingWhole(text));
  }

  @Test
  void stream_brokenEventLine_dropsTheRulesBetweenRecordsLikeReadingWhole() throws IOException {
    String text =
        HEADER
            + INITIATIVE
            + ACTIVITY
            + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\"}\n"
            + "{\"record\": \"attendance\", \"activity\": \"nowhere\", \"participant\": \"p1\", \"attended\": true}\n"
            + "{\"record\": \"attendance\", \"activity\": \"a1\" \"participant\": \"p1\"}\n";
    StreamedDataset streamed = DatasetReader.streamJsonLines(write(text));

    List<Problem> problems = problems(() -> streamed.stream(new RecordSink() {}));

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().line())
        .containsExactly(tuple(Kind.MALFORMED, 6));
    assertThat(problems).isEqualTo(problemsReadingWhole(text));
  }

  @Test
  void streamJsonLines_referenceAndEventProblems_allInOneException() throws IOException {
    String text =
        HEADER
            + INITIATIVE
            + ACTIVITY
            + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\", \"joined\": \"2024-02-01\","
            + " \"left\": \"2024-01-01\"}\n"
            + "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p9\", \"attended\": true}\n"
            + "{\"record\": \"payment\", \"id\": \"x1\", \"participant\": \"p1\", \"kind\": \"fee\", \"amount\": -1,"
            + " \"currency\": \"GBP\", \"offered\": \"2024-02-01\"}\n";
    Path file = write(text);

    List<Problem> problems = problems(() -> DatasetReader.streamJsonLines(file));

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().path())
        .containsExactly(
            tuple(Kind.DATE_ORDER, "/participants/0/left"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/0/participant"),
            tuple(Kind.NEGATIVE_VALUE, "/payments/0/amount"));
    assertThat(problems).isEqualTo(problemsReadingWhole(text));
  }

  @Test
  void streamJsonLines_headerOfAnotherVersion_isTheOnlyProblem() throws IOException {
    String text =
        "{\"format\": \"copro-dataset/2\"}\n"
            + "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p1\", \"attended\": \"no\"}\n";
    Path file = write(text);

    List<Problem> problems = problems(() -> DatasetReader.streamJsonLines(file));

    assertThat(Inputs.only(problems, Kind.UNSUPPORTED_FORMAT).location())
        .isEqualTo(new Location(FILE, 1, 12, "/format"));
    assertThat(problems).isEqualTo(problemsReadingWhole(text));
  }

  @Test
  void streamJsonLines_noHeaderAndAnEventFirst_reportsTheHeaderAndReadsTheEvent()
      throws IOException {
    String text =
        "{\"record\": \"attendance\", \"activity\": \"a1\", \"participant\": \"p1\", \"attended\": true}\n"
            + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\"}\n";
    Path file = write(text);

    List<Problem> problems = problems(() -> DatasetReader.streamJsonLines(file));

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().line())
        .containsExactly(tuple(Kind.UNSUPPORTED_FORMAT, 1), tuple(Kind.UNKNOWN_REFERENCE, 1));
    assertThat(problems).isEqualTo(problemsReadingWhole(text));
  }

  @Test
  void streamJsonLines_missingFile_isUnreadable() {
    Problem problem =
        Inputs.only(
            problems(() -> DatasetReader.streamJsonLines(dir.resolve("none.jsonl"))),
            Kind.UNREADABLE);

    assertThat(problem.location()).isEqualTo(new Location("none.jsonl", 0, 0, null));
  }

  @Test
  void stream_fileChangedAfterOpening_isUnreadable() throws IOException {
    Path file = write(HEADER + INITIATIVE);
    StreamedDataset streamed = DatasetReader.streamJsonLines(file);
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));

    Problem problem =
        Inputs.only(problems(() -> streamed.stream(new RecordSink() {})), Kind.UNREADABLE);

    assertThat(problem.message()).contains("changed");
  }

  @Test
  void kindOf_readsTheFirstTopLevelRecordFieldOnly() {
    assertThat(
            JsonLinesStream.kindOf("{\"record\": \"attendance\", \"x\": [1, {\"record\": \"y\"}]"))
        .isEqualTo("attendance");
    assertThat(
            JsonLinesStream.kindOf(
                "{\"a\": {\"record\": \"payment\"}, \"record\": \"initiative\"}"))
        .isEqualTo("initiative");
    assertThat(JsonLinesStream.kindOf("{\"rec\\u006frd\": \"payment\", \"record\": \"survey\"}"))
        .isEqualTo("payment");
    assertThat(JsonLinesStream.kindOf("{\"record\": 3, \"record\": \"payment\"}")).isNull();
    assertThat(JsonLinesStream.kindOf("{\"a\": tru, \"record\": \"payment\"}")).isNull();
    assertThat(JsonLinesStream.kindOf("[{\"record\": \"payment\"}]")).isNull();
    assertThat(JsonLinesStream.kindOf("{\"id\": \"p1\"}")).isNull();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Both readers on one file: the same references and events, or the same problems, which it
   * returns. {@link DatasetReaderFuzzTest#readJsonLines} checks every fuzzing input with it.
   */
  static List<Problem> assertSameOutcome(Path file) throws IOException {
    InvalidInputException whole = null;
    Dataset inMemory = null;
    try {
      inMemory = readWhole(file);
    } catch (InvalidInputException e) {
      whole = e;
    }
    InvalidInputException streamedFailure = null;
    StreamedDataset streamed = null;
    List<Record> received = List.of();
    try {
      streamed = DatasetReader.streamJsonLines(file);
      received = RecordCollector.collect(streamed);
    } catch (InvalidInputException e) {
      streamedFailure = e;
    }
    if (whole == null) {
      assertThat(streamedFailure).as("streaming a file read whole").isNull();
      assertThat(Objects.requireNonNull(streamed).references())
          .isEqualTo(Objects.requireNonNull(inMemory).references());
      assertThat(received).containsExactlyInAnyOrderElementsOf(events(inMemory));
      return List.of();
    }
    assertThat(streamedFailure)
        .as("streaming a file that fails whole: " + whole.getMessage())
        .isNotNull();
    assertThat(Objects.requireNonNull(streamedFailure).problems())
        .containsExactlyInAnyOrderElementsOf(whole.problems());
    assertThat(firstLine(streamedFailure.getMessage())).isEqualTo(firstLine(whole.getMessage()));
    return whole.problems();
  }

  /** Changes the file's lines (the header first) in one of the ways a file gets broken. */
  private static void mutate(List<String> lines, Random random) {
    int at = lines.size() > 1 ? 1 + random.nextInt(lines.size() - 1) : 0;
    switch (random.nextInt(5)) {
      case 0 -> {
        String line = lines.get(at);
        int c = random.nextInt(line.length());
        lines.set(
            at, line.substring(0, c) + (char) (' ' + random.nextInt(95)) + line.substring(c + 1));
      }
      case 1 -> lines.add(1 + random.nextInt(lines.size()), lines.get(at));
      case 2 -> {
        if (lines.size() > 1) {
          lines.remove(at);
        }
      }
      case 3 -> {
        String header = lines.remove(0);
        lines.add(random.nextInt(lines.size() + 1), header);
      }
      default ->
          lines.set(
              at,
              lines
                  .get(at)
                  .replaceFirst(
                      "\"(participant|activity|initiative|survey)\":\"[^\"]*\"",
                      "\"$1\":\"nobody\""));
    }
  }

  private static Dataset readWhole(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DatasetReader.readJsonLines(in, Objects.requireNonNull(file.getFileName()).toString());
    }
  }

  private List<Problem> problemsReadingWhole(String text) {
    return Inputs.jsonLinesProblems(text);
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve(FILE);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Problem> problems(Runnable read) {
    return Inputs.problems(read);
  }

  private static String firstLine(String message) {
    return message.lines().findFirst().orElse("");
  }

  /** Every record of a dataset, each kind in its order. */
  private static List<Record> records(Dataset dataset) {
    List<Record> all = new ArrayList<>();
    for (RecordType<?> type : RecordFormats.ALL) {
      type.recordsOf().apply(dataset).forEach(r -> all.add((Record) r));
    }
    return all;
  }

  private static List<Record> events(Dataset dataset) {
    return records(dataset).stream().filter(DatasetReaderStreamTest::isEvent).toList();
  }

  private static boolean isEvent(Record record) {
    RecordKind kind = Objects.requireNonNull(RecordFormats.of(record)).kind();
    return Set.of(
            RecordKind.ATTENDANCE,
            RecordKind.CONTRIBUTION,
            RecordKind.PAYMENT,
            RecordKind.SURVEY_RESPONSE)
        .contains(kind);
  }

  private static String describe(Record record) {
    if (record instanceof Attendance a) {
      return "attendance " + a.key();
    }
    if (record instanceof Contribution c) {
      return "contribution " + c.id();
    }
    return record instanceof Payment p
        ? "payment " + p.id()
        : "survey response " + ((SurveyResponse) record).id();
  }
}
