package dev.copro.benchmarks;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.model.stream.EventCounts;
import dev.copro.model.stream.StreamedDataset;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The default suite on the engine's streaming path ({@link Copro#evaluate(StreamedDataset)}: the
 * events of a synthetic dataset held in memory, streamed once through the accumulators of the
 * streaming metrics (all twenty-one of the default catalog) in chunks, each chunk an isolated call
 * per metric; then the report), sequential and parallel, beside the floor of that path: one pass
 * that hands every event to a sink that only counts it. Compare with {@link
 * SuiteBenchmark#fullSuite}, the in-memory path (all twenty metrics, with slices), at the same
 * sizes. The dataset is in memory, so reading and parsing a file are not measured here ({@link
 * ReadBenchmark} measures reading).
 *
 * <p>Divide the score by {@code size} for the cost per attendance record. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamingBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p size=1000,10000,100000,1000000 -rf json -rff streaming.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx16g"})
public class StreamingBenchmark {

  /** Attendance records in the synthetic dataset. */
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  int size;

  /** Engine threads (only {@link #streamedSuite} uses it). */
  @Param({"1", "2"})
  int parallelism;

  private StreamedDataset streamed;
  private Copro engine;

  /** Generates the dataset, splits off its reference records and builds the engine, once. */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset data = SyntheticDatasets.generate(size, 42);
    streamed = StreamedDataset.of(data);
    // A generous budget: the benchmark measures the time a call takes, it must not cut it short.
    engine = Copro.builder().parallelism(parallelism).timeBudget(Duration.ofMinutes(30)).build();
  }

  /** Releases the engine's threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The default suite over the stream of events. */
  @Benchmark
  public Report streamedSuite() {
    return engine.evaluate(streamed);
  }

  /** The floor: every event handed to a sink that counts it. */
  @Benchmark
  public long streamEveryEvent() {
    EventCounts counts = new EventCounts();
    streamed.stream(counts);
    return counts.total();
  }
}
