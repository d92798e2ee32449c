package dev.copro.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --streaming}: whether {@code evaluate} and {@code validate} read a JSON Lines file as a
 * stream ({@link dev.copro.io.DatasetReader#streamJsonLines}) instead of into memory.
 */
final class StreamingOption {

  /** When to stream. */
  enum When {
    /** Stream a JSON Lines file larger than a quarter of the heap the JVM may use. */
    AUTO,
    /** Stream every JSON Lines file. */
    ALWAYS,
    /** Read every file into memory. */
    NEVER
  }

  @Option(
      names = "--streaming",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Read JSON Lines files (.jsonl, .ndjson) as a stream, in memory bounded by the records that "
              + "others refer to, instead of all at once: auto (when the file is larger than a quarter of the maximum "
              + "heap, -Xmx), always, or never. Default: ${DEFAULT-VALUE}. A streamed dataset is evaluated by the "
              + "metrics that stream, over the whole dataset only (docs/cli.md).")
  When when = When.AUTO;

  /**
   * Whether to stream the file at {@code path}: only JSON Lines files stream. When its size cannot
   * be read, {@code auto} reads it into memory, whose reader then says why it cannot be read.
   */
  boolean streams(Path path) {
    if (!isJsonLines(path)) {
      return false;
    }
    long size;
    try {
      size = when == When.AUTO && Files.isRegularFile(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      size = 0;
    }
    return streams(when, size, Runtime.getRuntime().maxMemory());
  }

  /**
   * Whether a JSON Lines file of {@code size} bytes streams, the heap holding at most {@code
   * maxHeap} bytes.
   */
  static boolean streams(When when, long size, long maxHeap) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      // A dataset in memory takes several times its text: more than a quarter of the heap may not
      // fit.
      case AUTO -> size > maxHeap / 4;
    };
  }

  /** Whether the file's name says JSON Lines: {@code .jsonl} or {@code .ndjson}, in any case. */
  static boolean isJsonLines(Path path) {
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }
}
