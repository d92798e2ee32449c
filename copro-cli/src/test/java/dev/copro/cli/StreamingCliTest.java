package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.cli.StreamingOption.When;
import dev.copro.engine.Report;
import dev.copro.engine.Report.MetricResult;
import dev.copro.engine.ReportJson;
import dev.copro.io.DatasetWriter;
import dev.copro.sample.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --streaming}: JSON Lines read as a stream by {@code evaluate} and {@code validate}. */
class StreamingCliTest {

  @TempDir Path dir;

  private Path lines;

  @BeforeEach
  void writeSampleAsJsonLines() throws IOException {
    lines = Cli.sampleAsJsonLines(dir);
  }

  private static Report parse(String json) {
    return ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The file's lines with the first line holding {@code find} changed by replacing it with {@code
   * replacement}.
   */
  private Path withFirstLineChanged(String name, String find, String replacement)
      throws IOException {
    List<String> all = Files.readAllLines(lines);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains(find)) {
        all.set(i, all.get(i).replace(find, replacement));
        return Files.write(dir.resolve(name), all);
      }
    }
    throw new IllegalStateException("no line holds " + find);
  }

  @Test
  void evaluate_streamingAlways_streamingMetricsEqualTheInMemoryEvaluation() {
    Cli.Run streamed =
        Cli.run("evaluate", lines.toString(), "--format", "json", "--streaming", "always");
    Cli.Run inMemory =
        Cli.run("evaluate", lines.toString(), "--format", "json", "--streaming", "never");

    assertThat(streamed.code()).as(streamed.err()).isZero();
    assertThat(inMemory.code()).as(inMemory.err()).isZero();
    Report s = parse(streamed.out());
    Report m = parse(inMemory.out());
    assertThat(s.dataset().records()).isEqualTo(m.dataset().records());
    // Every default metric streams: each has the in-memory value and rating. The ladder, which
    // places
    // the programme no higher than its weakest initiative only where there are slices, is checked
    // apart.
    List<MetricResult> measured =
        m.metrics().stream()
            .filter(r -> !r.id().equals("copro.ladder.tlap"))
            .filter(r -> r.measurement() != null && r.measurement().value() != null)
            .toList();
    assertThat(measured)
        .extracting(MetricResult::id)
        .contains(
            "copro.tokenism.warning-signs",
            "copro.voice.equality",
            "copro.reciprocity.payment",
            "copro.reciprocity.feedback-loop",
            "copro.power.influence",
            "copro.scorecard.principles");
    for (MetricResult whole : measured) {
      MetricResult result = s.metric(whole.id()).orElseThrow();
      assertThat(Objects.requireNonNull(result.measurement()).value())
          .as(whole.id())
          .isEqualTo(Objects.requireNonNull(whole.measurement()).value());
      assertThat(result.rating()).as(whole.id()).isEqualTo(whole.rating());
    }
    assertThat(s.warnings())
        .noneSatisfy(w -> assertThat(w).contains("not evaluated on the streaming path"));
    List<String> ladderWarnings =
        Objects.requireNonNull(s.metric("copro.ladder.tlap").orElseThrow().measurement())
            .warnings();
    assertThat(ladderWarnings).noneSatisfy(w -> assertThat(w).contains("has no value"));
    assertThat(m.warnings()).noneSatisfy(w -> assertThat(w).contains("streaming path"));
  }

  @Test
  void evaluate_streamingAlways_sameInputGivesByteIdenticalReports() {
    Cli.Run first =
        Cli.run("evaluate", lines.toString(), "--format", "json", "--streaming", "always");
    Cli.Run second =
        Cli.run("evaluate", lines.toString(), "--format", "json", "--streaming", "always");

    assertThat(first.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void evaluate_streamingAuto_smallFileIsReadIntoMemory() {
    Cli.Run auto = Cli.run("evaluate", lines.toString(), "--format", "json");
    Cli.Run never =
        Cli.run("evaluate", lines.toString(), "--format", "json", "--streaming", "never");

    assertThat(auto.code()).isZero();
    assertThat(auto.out()).isEqualTo(never.out());
  }

  @Test
  void evaluate_streamedEventProblem_exits2ListingItsLineAsTheInMemoryReaderDoes()
      throws IOException {
    Path broken =
        withFirstLineChanged("broken.jsonl", "\"speakingSeconds\":1169", "\"speakingSeconds\":-5");

    Cli.Run streamed = Cli.run("evaluate", broken.toString(), "--streaming", "always");
    Cli.Run inMemory = Cli.run("evaluate", broken.toString(), "--streaming", "never");

    assertThat(streamed.code()).isEqualTo(ExitCodes.BAD_INPUT);
    int line =
        Files.readAllLines(broken).stream()
                .map(l -> l.contains("\"speakingSeconds\":-5"))
                .toList()
                .indexOf(true)
            + 1;
    assertThat(streamed.err())
        .contains("broken.jsonl:" + line + ":")
        .contains("speakingSeconds")
        .contains("negative");
    assertThat(streamed.out()).isEmpty();
    assertThat(streamed.err()).isEqualTo(inMemory.err());
  }

  @Test
  void evaluate_streamedReferenceProblem_exits2BeforeEvaluating() throws IOException {
    Path broken =
        withFirstLineChanged(
            "dangling.jsonl",
            "\"record\":\"activity\",\"id\":\"dp-a001\",\"initiative\":\"",
            "\"record\":\"activity\",\"id\":\"dp-a001\",\"initiative\":\"nowhere-");

    Cli.Run streamed = Cli.run("evaluate", broken.toString(), "--streaming", "always");
    Cli.Run inMemory = Cli.run("evaluate", broken.toString(), "--streaming", "never");

    assertThat(streamed.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(streamed.err()).contains("nowhere-").contains("dp-a001");
    assertThat(streamed.err()).isEqualTo(inMemory.err());
  }

  @Test
  void validate_streamingAlways_countsTheRecordsTheInMemoryReaderCounts() {
    Cli.Run streamed = Cli.run("validate", lines.toString(), "--streaming", "always");
    Cli.Run inMemory = Cli.run("validate", lines.toString(), "--streaming", "never");

    assertThat(streamed.code()).isZero();
    assertThat(streamed.out()).isEqualTo(inMemory.out()).startsWith("ok: " + lines + ": ");
  }

  @Test
  void validate_streamedEventProblem_listsItAsTheInMemoryReaderDoes() throws IOException {
    Path broken =
        withFirstLineChanged("broken.jsonl", "\"speakingTurns\":17", "\"speakingTurns\":-1");

    Cli.Run streamed = Cli.run("validate", broken.toString(), "--streaming", "always");
    Cli.Run inMemory = Cli.run("validate", broken.toString(), "--streaming", "never");

    assertThat(streamed.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(streamed.out()).contains("speakingTurns").isEqualTo(inMemory.out());
  }

  @Test
  void evaluate_streamingAlwaysOnJson_readsTheJsonIntoMemory() throws IOException {
    Path json = dir.resolve("northfield.json");
    try (OutputStream out = Files.newOutputStream(json)) {
      DatasetWriter.writeJson(SampleDatasets.northfield(), out);
    }

    Cli.Run always =
        Cli.run("evaluate", json.toString(), "--format", "json", "--streaming", "always");

    assertThat(always.code()).isZero();
    assertThat(parse(always.out()).warnings())
        .noneSatisfy(w -> assertThat(w).contains("streaming path"));
  }

  @Test
  void evaluate_unknownStreamingValue_exits2NamingTheChoices() {
    Cli.Run run = Cli.run("evaluate", lines.toString(), "--streaming", "sometimes");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--streaming").contains("AUTO, ALWAYS, NEVER");
  }

  @Test
  void streams_auto_onlyAboveAQuarterOfTheHeap() {
    long heap = 512L << 20;

    assertThat(StreamingOption.streams(When.AUTO, heap / 4, heap)).isFalse();
    assertThat(StreamingOption.streams(When.AUTO, heap / 4 + 1, heap)).isTrue();
    assertThat(StreamingOption.streams(When.ALWAYS, 0, heap)).isTrue();
    assertThat(StreamingOption.streams(When.NEVER, Long.MAX_VALUE, heap)).isFalse();
  }

  @Test
  void isJsonLines_byExtensionInAnyCase() {
    assertThat(
            List.of("a.jsonl", "b.NDJSON", "c.JsonL", "d.json", "e", "jsonl").stream()
                .filter(name -> StreamingOption.isJsonLines(Path.of(name)))
                .collect(Collectors.joining(",")))
        .isEqualTo("a.jsonl,b.NDJSON,c.JsonL");
  }
}
