package dev.copro.benchmarks;

import dev.copro.io.DatasetReader;
import dev.copro.io.DatasetWriter;
import dev.copro.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a dataset — parsing, validation and indexing — from JSON and from JSON Lines, compared
 * through the {@link Format} {@code @Param}. The text is written once in setup and read from
 * memory, so the disk is not measured.
 *
 * <p>Throughput in MB/s is the secondary result {@code read:bytes} (an {@link AuxCounters} counter
 * that adds the text's length on every read, reported per second; divide by 10⁶), or the primary
 * score in ops/s times the size in bytes, which setup prints. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p size=1000,100000,1000000 -rf json -rff read.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx16g"})
public class ReadBenchmark {

  /** A dataset file format, written and read through copro-model's codecs. */
  public enum Format {
    /** One JSON document. */
    JSON(DatasetWriter::writeJson, in -> DatasetReader.readJson(in, "bench.json")),
    /** One record per line. */
    JSON_LINES(DatasetWriter::writeJsonLines, in -> DatasetReader.readJsonLines(in, "bench.jsonl"));

    private final Writer writer;
    private final Function<InputStream, Dataset> reader;

    Format(Writer writer, Function<InputStream, Dataset> reader) {
      this.writer = writer;
      this.reader = reader;
    }

    Dataset read(InputStream in) {
      return reader.apply(in);
    }
  }

  /** Writes a dataset in one format. */
  @FunctionalInterface
  interface Writer {
    void write(Dataset data, OutputStream out) throws IOException;
  }

  /** Attendance records in the synthetic dataset. */
  @Param({"1000", "100000", "1000000"})
  int size;

  /** The format read. */
  @Param Format format;

  private byte[] text;

  /** The bytes read, reported per second by JMH as the secondary result {@code bytes}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes read so far in this iteration. */
    public long bytes;
  }

  /** Writes the dataset in the format, in memory. */
  @Setup(Level.Trial)
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.writer.write(SyntheticDatasets.generate(size, 42), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = out.toByteArray();
    System.out.println(
        "# " + format + " text for " + size + " attendance records: " + text.length + " bytes");
  }

  /** Parses, validates and indexes the text. */
  @Benchmark
  public Dataset read(Bytes counter) {
    counter.bytes += text.length;
    return format.read(new ByteArrayInputStream(text));
  }
}
