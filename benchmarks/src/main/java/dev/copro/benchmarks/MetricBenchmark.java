package dev.copro.benchmarks;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Each default metric measuring a whole synthetic dataset, compared through the {@link MetricType}
 * {@code @Param} at every size, next to {@link #touchEveryRecord} (one pass reading one field of
 * every record) so that each metric's cost is measured in the same run as its floor. The metric is
 * called directly through a {@link DatasetContext} with its default parameters (no engine
 * isolation, slicing or ratings: {@link SuiteBenchmark} measures those); the two aggregate metrics
 * (ladder, scorecard) see the outcomes of the eighteen direct ones, measured once in setup.
 *
 * <p>Divide the score by {@code size} for the cost per attendance record, and
 * {@code gc.alloc.rate.norm} by {@code size} for the allocation per record. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MetricBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p size=1000,10000,100000,1000000 -rf json -rff metrics.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx16g"})
public class MetricBenchmark {

  /** Attendance records in the synthetic dataset. */
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  int size;

  /** The metric measured. */
  @Param
  MetricType metric;

  private Dataset data;
  private Metric instance;
  private DatasetContext context;

  /** Generates the dataset and the context (with the direct outcomes an aggregate metric reads). */
  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticDatasets.generate(size, 42);
    instance = metric.create();
    DatasetContext plain = DatasetContext.builder(data).build();
    List<Outcome> outcomes = instance.descriptor().phase() == Phase.AGGREGATE ? directOutcomes(plain) : List.of();
    context = plain.withParameters(defaults(instance.descriptor())).withOutcomes(outcomes);
  }

  /** The outcomes of every direct default metric with default parameters: what an aggregate metric reads. */
  static List<Outcome> directOutcomes(DatasetContext plain) {
    List<Outcome> outcomes = new ArrayList<>();
    for (MetricType type : MetricType.values()) {
      Metric other = type.create();
      Descriptor descriptor = other.descriptor();
      if (descriptor.phase() == Phase.DIRECT) {
        Measurement m = other.measure(plain.withParameters(defaults(descriptor)));
        outcomes.add(new Outcome(descriptor, m, null, null));
      }
    }
    return outcomes;
  }

  /** A metric's declared parameters at their defaults. */
  static Parameters defaults(Descriptor descriptor) {
    return Parameters.resolve(descriptor.parameters(), Map.of());
  }

  /** The metric over the whole dataset. */
  @Benchmark
  public Measurement measure() {
    return instance.measure(context);
  }

  /** The floor: one pass over every record (the same for every metric; measured with each). */
  @Benchmark
  public long touchEveryRecord() {
    return Baseline.touchEveryRecord(data);
  }
}
