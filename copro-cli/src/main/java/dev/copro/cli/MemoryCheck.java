package dev.copro.cli;

import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.report.Escape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether the heap can hold what evaluating a dataset keeps in memory, estimated from the dataset's
 * record counts once it has been read and before it is evaluated; and what to tell the user when it
 * cannot, or when the heap runs out anyway: how much memory to give ({@code -Xmx}, {@code
 * JAVA_TOOL_OPTIONS}) and whether {@code --streaming} would help. Either way the command exits
 * {@link ExitCodes#OUT_OF_MEMORY} with a message, never a stack trace.
 *
 * <p>The estimate is of the least heap the evaluation needs, measured with the command itself
 * (docs/performance.md, "Memory that fails politely"): a fixed part for the JVM, the engine, the
 * default catalog and the report, plus so much per reference record (initiatives, participants,
 * activities, decisions, their votes and surveys: they are held whether the dataset is streamed or
 * not, with the metrics' state about them) and per event (attendance, contributions, payments and
 * survey responses: held when read into memory, a few bytes each when streamed). It errs low — it
 * stayed below what every measured dataset needed — so that a dataset that fits is not refused; a
 * dataset that does not quite fit runs out during the evaluation instead, and gets the same advice.
 */
final class MemoryCheck {

  private static final long MB = 1L << 20;

  /**
   * The JVM's classes, the engine, the default catalog and a report: what an evaluation of nothing
   * takes.
   */
  static final long FIXED = 8 * MB;

  /** Each reference record (or vote) held, with its indexes and the metrics' state about it. */
  static final long PER_REFERENCE = 120;

  /** Each event held in memory, with its indexes and the scopes that share it. */
  static final long PER_EVENT_IN_MEMORY = 150;

  /**
   * Each event streamed: its slot in the table that finds repeated events, and the chunks in
   * flight.
   */
  static final long PER_EVENT_STREAMED = 11;

  /**
   * Bytes of a JSON Lines file per event, at least, to guess how many events a streamed file holds.
   */
  static final long FILE_BYTES_PER_EVENT = 150;

  private final long maxHeap;

  /**
   * @param maxHeap the most heap this JVM may use, in bytes ({@link Runtime#maxMemory()})
   */
  MemoryCheck(long maxHeap) {
    this.maxHeap = maxHeap;
  }

  /**
   * Refuses the first dataset whose evaluation cannot fit in the heap, before any is evaluated.
   *
   * @throws CommandFailure with {@link ExitCodes#OUT_OF_MEMORY}, saying how much memory to give
   */
  void check(List<DatasetInput> inputs) {
    for (DatasetInput input : inputs) {
      Estimate estimate = estimate(input);
      if (estimate.needed() > maxHeap) {
        throw new CommandFailure(
            ExitCodes.OUT_OF_MEMORY,
            Escape.terminal(input.source())
                + " needs about "
                + size(estimate.needed())
                + " of memory to evaluate ("
                + estimate.holding()
                + "), but this Java may use"
                + " at most "
                + size(maxHeap)
                + ". "
                + giveMore(estimate.needed() + estimate.needed() / 2)
                + " "
                + streamingAdvice(estimate));
      }
    }
  }

  /**
   * The failure to report when the heap ran out anyway.
   *
   * @param doing what the command was doing, such as "evaluating board.json"
   * @param source the dataset it was reading or evaluating, as the user named it, or {@code null}
   *     if unknown
   * @param streamed whether that dataset was being streamed
   */
  CommandFailure ranOut(
      String doing, @Nullable String source, boolean streamed, OutOfMemoryError error) {
    String advice;
    if (source == null) {
      advice = "";
    } else if (streamed) {
      advice = " " + STREAMED_ALREADY;
    } else if (StreamingOption.isJsonLines(Path.of(source))) {
      advice =
          " --streaming always would help: the events would pass through without being held, and only the"
              + " records others refer to would stay in memory.";
    } else {
      advice = " " + CANNOT_STREAM;
    }
    // Twice as much is a guess: the estimate errs low, so the heap ran out near it, not far below.
    return new CommandFailure(
        ExitCodes.OUT_OF_MEMORY,
        "ran out of memory while "
            + Escape.terminal(doing)
            + ": this Java may use at most "
            + size(maxHeap)
            + ". "
            + giveMore(2 * maxHeap, ", twice as much or more")
            + advice,
        error);
  }

  /**
   * Whether a report's failures say the heap ran out in a plugin call, which the engine contained.
   */
  static boolean ranOutIn(dev.copro.engine.Report report) {
    String marker = "threw " + OutOfMemoryError.class.getName();
    return report.metrics().stream()
            .anyMatch(m -> m.failure() != null && m.failure().contains(marker))
        || report.rules().stream()
            .anyMatch(r -> r.failure() != null && r.failure().contains(marker));
  }

  /** The advice when metrics or rules ran out of memory but the report could still be written. */
  String ranOutInPlugins(DatasetInput input) {
    return "some metrics of "
        + Escape.terminal(input.source())
        + " ran out of memory and failed (the report lists"
        + " them): this Java may use at most "
        + size(maxHeap)
        + ". "
        + giveMore(2 * maxHeap, ", twice as much or more")
        + (input.streamed() != null
            ? " " + STREAMED_ALREADY
            : StreamingOption.isJsonLines(Path.of(input.source()))
                ? " --streaming always would help: the events"
                    + " would pass through without being held."
                : " " + CANNOT_STREAM);
  }

  private static final String STREAMED_ALREADY =
      "It was streamed already: what stays in memory is the records"
          + " others refer to and the metrics' state about them, which --streaming cannot make smaller.";

  private static final String CANNOT_STREAM =
      "--streaming would not help: only JSON Lines files (.jsonl, .ndjson)" + " stream.";

  /** What to run with: a heap of at least {@code heap} bytes, rounded up to a multiple of 64 MB. */
  private static String giveMore(long heap) {
    return giveMore(heap, "");
  }

  /** What to run with, {@code how} saying more about how much after "Give it more memory". */
  private static String giveMore(long heap, String how) {
    long megabytes = (heap + 64 * MB - 1) / (64 * MB) * 64;
    String option = "-Xmx" + megabytes + "m";
    return "Give it more memory"
        + how
        + ": java "
        + option
        + " -jar copro.jar …, or JAVA_TOOL_OPTIONS="
        + option
        + " before running copro.";
  }

  private String streamingAdvice(Estimate estimate) {
    if (estimate.streamed()) {
      return STREAMED_ALREADY;
    }
    if (!estimate.canStream()) {
      return CANNOT_STREAM;
    }
    return estimate.neededStreamed() <= maxHeap
        ? "Or stream it: with --streaming always it needs about "
            + size(estimate.neededStreamed())
            + ", which fits,"
            + " as the events pass through without being held."
        : "Streaming it (--streaming always) would need only about "
            + size(estimate.neededStreamed())
            + ", as the"
            + " events pass through without being held.";
  }

  /**
   * The estimate for one dataset.
   *
   * @param needed the least heap its evaluation needs, as it will be evaluated, in bytes
   * @param neededStreamed the least heap if it were streamed, in bytes (the same as {@code needed}
   *     if it is)
   * @param streamed whether it will be streamed
   * @param canStream whether it could be streamed: a JSON Lines file
   * @param holding what it holds, in words, for the message
   */
  record Estimate(
      long needed, long neededStreamed, boolean streamed, boolean canStream, String holding) {}

  /**
   * The estimate for a dataset read, in memory or as its reference records and a file of events.
   */
  static Estimate estimate(DatasetInput input) {
    Dataset dataset = input.dataset();
    if (dataset != null) {
      long references = references(dataset);
      long events = events(dataset);
      boolean canStream = StreamingOption.isJsonLines(Path.of(input.source()));
      return new Estimate(
          FIXED + PER_REFERENCE * references + PER_EVENT_IN_MEMORY * events,
          FIXED + PER_REFERENCE * references + PER_EVENT_STREAMED * events,
          false,
          canStream,
          count(references, "reference record")
              + " and "
              + count(events, "event")
              + " held in memory");
    }
    Dataset held = Objects.requireNonNull(input.streamed()).references();
    long references = references(held);
    long events = fileSize(input.source()) / FILE_BYTES_PER_EVENT;
    long needed = FIXED + PER_REFERENCE * references + PER_EVENT_STREAMED * events;
    return new Estimate(
        needed,
        needed,
        true,
        true,
        count(references, "reference record")
            + " held in memory and up to "
            + count(events, "event")
            + " streamed");
  }

  /** Reference records, each vote counted as one: a decision of a large body holds many. */
  private static long references(Dataset dataset) {
    long votes = 0;
    for (Decision decision : dataset.decisions()) {
      votes += decision.votes().size();
    }
    return (long) dataset.initiatives().size()
        + dataset.participants().size()
        + dataset.activities().size()
        + dataset.decisions().size()
        + votes
        + dataset.surveys().size();
  }

  private static long events(Dataset dataset) {
    return (long) dataset.attendance().size()
        + dataset.contributions().size()
        + dataset.payments().size()
        + dataset.surveyResponses().size();
  }

  private static long fileSize(String source) {
    try {
      return Files.size(Path.of(source));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** A number of bytes in MB below 10 GB, else in GB, rounded up. */
  static String size(long bytes) {
    long megabytes = (bytes + MB - 1) / MB;
    return megabytes < 10_240
        ? String.format(Locale.ROOT, "%,d MB", megabytes)
        : String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
  }
}
