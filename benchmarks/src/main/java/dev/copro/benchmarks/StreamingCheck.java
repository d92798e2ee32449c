package dev.copro.benchmarks;

import dev.copro.io.DatasetReader;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Streams a JSON Lines dataset through {@link DatasetReader#streamJsonLines} with a sink that only
 * counts, and prints what it took: records, bytes, seconds and MB/s of each pass, and the heap.
 * Used by {@code scripts/streaming-check.sh}, which runs it with {@code -Xmx512m} on a file larger
 * than the heap; running out of memory ends it with an error and a non-zero exit.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.copro.benchmarks.StreamingCheck FILE
 * </pre>
 *
 * <p>The live heap — what the reader holds, without garbage — is measured by a full collection
 * ({@link System#gc()}) after the first pass and after every {@value #CHECKPOINT} events of the
 * second; the time those collections take is left out of the second pass's time. The collectors'
 * own counts and times are printed too: how hard the heap limit made them work.
 */
public final class StreamingCheck {

  /** Events between two measurements of the live heap. */
  static final long CHECKPOINT = 2_000_000;

  private StreamingCheck() {}

  /**
   * Streams the file and prints the figures.
   *
   * @param args the file
   * @throws IOException if the file's size cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StreamingCheck FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long bytes = Files.size(file);

    long start = System.nanoTime();
    StreamedDataset streamed = DatasetReader.streamJsonLines(file);
    double referencesSeconds = (System.nanoTime() - start) / 1e9;
    Dataset references = streamed.references();
    Heap heap = new Heap();
    long afterReferences = heap.live();
    Counts counts = new Counts(heap);
    long streamStart = System.nanoTime();
    streamed.stream(counts);
    double streamSeconds = (System.nanoTime() - streamStart - heap.measuringNanos) / 1e9;
    heap.live();

    System.out.printf(Locale.ROOT, "file: %s, %d bytes (%.0f MB)%n", file, bytes, bytes / 1e6);
    System.out.printf(
        Locale.ROOT,
        "references held: %d initiatives, %d participants, %d activities, %d decisions"
            + " (%d votes), %d surveys%n",
        references.initiatives().size(),
        references.participants().size(),
        references.activities().size(),
        references.decisions().size(),
        references.decisions().stream().mapToLong(d -> d.votes().size()).sum(),
        references.surveys().size());
    System.out.printf(
        Locale.ROOT,
        "events streamed: %d attendance, %d contributions, %d payments, %d survey responses"
            + " (%d records)%n",
        counts.attendance,
        counts.contributions,
        counts.payments,
        counts.responses,
        counts.total());
    System.out.printf(
        Locale.ROOT,
        "pass 1 (references): %.1f s, %.1f MB/s%n",
        referencesSeconds,
        bytes / 1e6 / referencesSeconds);
    System.out.printf(
        Locale.ROOT,
        "pass 2 (events):     %.1f s, %.1f MB/s%n",
        streamSeconds,
        bytes / 1e6 / streamSeconds);
    System.out.printf(
        Locale.ROOT,
        "heap: max %.0f MB; live after pass 1 %.0f MB; most live during pass 2 %.0f MB%n",
        Runtime.getRuntime().maxMemory() / 1e6,
        afterReferences / 1e6,
        heap.mostLive / 1e6);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      System.out.printf(
          Locale.ROOT,
          "gc %s: %d collections, %.1f s%n",
          collector.getName(),
          collector.getCollectionCount(),
          collector.getCollectionTime() / 1e3);
    }
  }

  /** Measures the live heap by full collections, and the time spent measuring. */
  private static final class Heap {
    long mostLive;
    long measuringNanos;

    /** The heap in use after a full collection, in bytes. */
    long live() {
      long start = System.nanoTime();
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      mostLive = Math.max(mostLive, used);
      measuringNanos += System.nanoTime() - start;
      return used;
    }
  }

  /**
   * Counts the events it receives, and has the live heap measured every {@value #CHECKPOINT}; keeps
   * nothing.
   */
  private static final class Counts implements RecordSink {
    private final Heap heap;
    long attendance;
    long contributions;
    long payments;
    long responses;

    Counts(Heap heap) {
      this.heap = heap;
    }

    @Override
    public void attendance(Attendance record) {
      attendance++;
      counted();
    }

    @Override
    public void contribution(Contribution record) {
      contributions++;
      counted();
    }

    @Override
    public void payment(Payment record) {
      payments++;
      counted();
    }

    @Override
    public void surveyResponse(SurveyResponse record) {
      responses++;
      counted();
    }

    private void counted() {
      if (total() % CHECKPOINT == 0) {
        heap.live();
      }
    }

    long total() {
      return attendance + contributions + payments + responses;
    }
  }
}
