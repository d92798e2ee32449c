package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Report;
import dev.copro.io.Dialect;
import dev.copro.spi.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory check before evaluating: a heap too small for what the evaluation keeps ends the
 * command with exit 5 and a message that says how much to give and whether {@code --streaming}
 * would help, never a stack trace. The heap is the environment's, so these tests set it rather than
 * fill one.
 */
class MemoryCheckTest {

  private static final long MB = 1L << 20;

  @TempDir Path dir;

  private Path lines;

  @BeforeEach
  void writeSampleAsJsonLines() throws IOException {
    lines = Cli.sampleAsJsonLines(dir);
  }

  private static Cli.Run withHeap(long bytes, String... args) {
    return Cli.run(Environment.PIPES.withMaxHeap(bytes), args);
  }

  private static MemoryCheck.Estimate estimate(Path file, StreamingOption.When when) {
    StreamingOption streaming = new StreamingOption();
    streaming.when = when;
    return MemoryCheck.estimate(
        DatasetInput.readOne(file.toString(), streaming, Dialect.UNDECLARED, Environment.PIPES));
  }

  /** The heap, in MB, that the message tells the user to give, from its {@code -Xmx…m}. */
  private static long advisedMegabytes(String message) {
    Matcher m = Pattern.compile("java -Xmx(\\d+)m -jar copro.jar").matcher(message);
    assertThat(m.find()).as(message).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void evaluate_heapTooSmallForTheSample_exits5SayingHowMuchToGiveAndThatStreamingCannotHelp() {
    MemoryCheck.Estimate sample = MemoryCheck.estimate(DatasetInput.sample());

    Cli.Run run = withHeap(sample.needed() - 1, "evaluate");

    assertThat(run.code()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "copro: the bundled sample dataset needs about "
                + MemoryCheck.size(sample.needed())
                + " of memory to evaluate (")
        .contains(
            " held in memory), but this Java may use at most ",
            "JAVA_TOOL_OPTIONS=-Xmx",
            "--streaming would not help: only JSON Lines files (.jsonl, .ndjson) stream.")
        .doesNotContain("\tat ", "Exception");
    // The advice leaves room above the estimate, in whole steps of 64 MB.
    long advised = advisedMegabytes(run.err());
    assertThat(advised * MB).isGreaterThan(sample.needed());
    assertThat(advised % 64).isZero();
  }

  @Test
  void evaluate_heapThatHoldsTheEstimate_evaluates() {
    MemoryCheck.Estimate sample = MemoryCheck.estimate(DatasetInput.sample());

    Cli.Run run = withHeap(sample.needed(), "evaluate", "--format", "json");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void evaluate_jsonLinesInMemoryThatWouldFitStreamed_saysToStream() {
    MemoryCheck.Estimate inMemory = estimate(lines, StreamingOption.When.NEVER);
    assertThat(inMemory.neededStreamed()).isLessThan(inMemory.needed());
    long between = (inMemory.neededStreamed() + inMemory.needed()) / 2;

    Cli.Run run = withHeap(between, "evaluate", lines.toString(), "--streaming", "never");

    assertThat(run.code()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(run.err())
        .contains(
            "Or stream it: with --streaming always it needs about "
                + MemoryCheck.size(inMemory.neededStreamed())
                + ", which fits");
  }

  @Test
  void evaluate_jsonLinesTooLargeEvenStreamed_saysHowMuchStreamingWouldNeed() {
    MemoryCheck.Estimate inMemory = estimate(lines, StreamingOption.When.NEVER);

    Cli.Run run =
        withHeap(
            inMemory.neededStreamed() - 1, "evaluate", lines.toString(), "--streaming", "never");

    assertThat(run.code()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(run.err())
        .contains(
            "Streaming it (--streaming always) would need only about "
                + MemoryCheck.size(inMemory.neededStreamed()));
  }

  @Test
  void evaluate_streamedFileTooLarge_saysStreamingCannotMakeItSmaller() {
    MemoryCheck.Estimate streamed = estimate(lines, StreamingOption.When.ALWAYS);
    assertThat(streamed.streamed()).isTrue();

    Cli.Run run =
        withHeap(streamed.needed() - 1, "evaluate", lines.toString(), "--streaming", "always");

    assertThat(run.code()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(run.err())
        .contains(
            " reference records held in memory and up to ",
            " events streamed), but",
            "It was streamed already: what stays in memory is the records others refer to");
  }

  @Test
  void estimate_streamed_isBelowInMemory_andBothAboveWhatNothingTakes() {
    MemoryCheck.Estimate inMemory = estimate(lines, StreamingOption.When.NEVER);
    MemoryCheck.Estimate streamed = estimate(lines, StreamingOption.When.ALWAYS);

    assertThat(streamed.needed()).isGreaterThan(MemoryCheck.FIXED).isLessThan(inMemory.needed());
    assertThat(inMemory.canStream()).isTrue();
    assertThat(MemoryCheck.estimate(DatasetInput.sample()).canStream()).isFalse();
  }

  @Test
  void ranOutIn_aFailureByOutOfMemoryError_isFoundAndOthersAreNot() {
    Report.MetricResult ranOut = failed("threw java.lang.OutOfMemoryError: Java heap space");
    Report.MetricResult other = failed("threw java.lang.IllegalStateException: boom");

    assertThat(MemoryCheck.ranOutIn(report(ranOut))).isTrue();
    assertThat(MemoryCheck.ranOutIn(report(other))).isFalse();
  }

  @Test
  void ranOut_jsonLinesReadIntoMemory_saysStreamingWouldHelpAndHowMuchToGive() {
    CommandFailure failure =
        new MemoryCheck(96 * MB)
            .ranOut(
                "reading big.jsonl", "big.jsonl", false, new OutOfMemoryError("Java heap space"));

    assertThat(failure.exitCode()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(failure.getMessage())
        .isEqualTo(
            "ran out of memory while reading big.jsonl: this Java may use at most"
                + " 96 MB. Give it more memory, twice as much or more: java -Xmx192m -jar copro.jar …, or"
                + " JAVA_TOOL_OPTIONS=-Xmx192m before running copro. --streaming always would help: the events would pass"
                + " through without being held, and only the records others refer to would stay in memory.");
  }

  @Test
  void size_inMegabytesRoundedUp_thenGigabytes() {
    assertThat(MemoryCheck.size(1)).isEqualTo("1 MB");
    assertThat(MemoryCheck.size(96 * MB)).isEqualTo("96 MB");
    assertThat(MemoryCheck.size(96 * MB + 1)).isEqualTo("97 MB");
    assertThat(MemoryCheck.size(12L << 30)).isEqualTo("12.0 GB");
  }

  private static Report.MetricResult failed(String reason) {
    return new Report.MetricResult(
        "acme.a", "1.0.0", "A", "", Set.of(), Unit.SHARE, null, null, null, reason);
  }

  private static Report report(Report.MetricResult metric) {
    Configuration defaults = Configuration.defaults();
    return new Report(
        Report.FORMAT,
        new Report.DatasetSummary(null, Map.of()),
        new Report.ConfigurationSummary(
            defaults.bloc(),
            defaults.suppressionMinimum(),
            defaults.periodUnit(),
            LocalDate.of(2025, 1, 1),
            List.of()),
        List.of(metric),
        List.of(),
        List.of(),
        List.of());
  }
}
