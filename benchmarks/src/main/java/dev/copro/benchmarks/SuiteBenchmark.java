package dev.copro.benchmarks;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
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
 * The full default suite through the real engine ({@link Copro#evaluate}: discovery done once, then
 * isolation, slicing by initiative and period, suppression, ratings, rules and the report),
 * sequential ({@code parallelism=1}) and parallel ({@code parallelism=2}); indexing a dataset
 * ({@link Dataset.Builder#build()}, validation included); and the touch-every-record floor — all in
 * one run, so the ratios are measured side by side.
 *
 * <p>Divide the score by {@code size} for the cost per attendance record. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SuiteBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p size=1000,10000,100000,1000000 -rf json -rff suite.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx16g"})
public class SuiteBenchmark {

  /** Attendance records in the synthetic dataset. */
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  int size;

  /** Engine threads (only {@link #fullSuite} uses it). */
  @Param({"1", "2"})
  int parallelism;

  private Dataset data;
  private Copro engine;

  /** Generates the dataset and builds the engine once (plugin discovery is not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticDatasets.generate(size, 42);
    // A generous budget: the benchmark measures the time a call takes, it must not cut it short.
    engine = Copro.builder().parallelism(parallelism).timeBudget(Duration.ofMinutes(30)).build();
  }

  /** Releases the engine's threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The twenty default metrics and the rules over the whole dataset and its slices. */
  @Benchmark
  public Report fullSuite() {
    return engine.evaluate(data);
  }

  /** Validating and indexing the records into a new dataset. */
  @Benchmark
  public Dataset indexDataset() {
    return data.toBuilder().build();
  }

  /** The floor: one pass over every record. */
  @Benchmark
  public long touchEveryRecord() {
    return Baseline.touchEveryRecord(data);
  }
}
