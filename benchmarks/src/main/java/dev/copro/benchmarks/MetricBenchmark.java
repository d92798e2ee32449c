package dev.copro.benchmarks;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import java.time.LocalDate;
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
 * isolation, slicing or ratings: {@link SuiteBenchmark} measures those); the three aggregate
 * metrics (ladder, scorecard, Minier's checklist) see the outcomes of the eighteen direct ones,
 * measured once in setup. Every call is a new evaluation ({@link Evaluation}), so work a metric
 * shares between the calls of one evaluation is counted in every call.
 *
 * <p>Divide the score by {@code size} for the cost per attendance record, and {@code
 * gc.alloc.rate.norm} by {@code size} for the allocation per record. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MetricBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p size=1000,10000,100000,1000000 -rf json -rff metrics.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx16g"})
public class MetricBenchmark {

  /** Attendance records in the synthetic dataset. */
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  int size;

  /** The metric measured. */
  @Param MetricType metric;

  private Dataset data;
  private Metric instance;
  private LocalDate referenceDate;
  private List<Outcome> outcomes;

  /** Generates the dataset and, for an aggregate metric, the direct outcomes it reads. */
  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticDatasets.generate(size, 42);
    instance = metric.create();
    referenceDate = DatasetContext.latestDate(data);
    outcomes =
        instance.descriptor().phase() == Phase.AGGREGATE
            ? directOutcomes(DatasetContext.builder(data).referenceDate(referenceDate).build())
            : List.of();
  }

  /**
   * The context of a new evaluation for every call, made outside the measured time: what a metric
   * shares between the calls of one evaluation ({@code EvaluationContext.shared}: record positions,
   * per-initiative and per-activity parts) is then worked out in every measured call, as it is once
   * in every real evaluation, instead of once per trial.
   */
  @State(Scope.Thread)
  public static class Evaluation {
    DatasetContext context;

    /** Starts a new evaluation. */
    @Setup(Level.Invocation)
    public void begin(MetricBenchmark benchmark) {
      context =
          newEvaluation(
              benchmark.data, benchmark.referenceDate, benchmark.instance, benchmark.outcomes);
    }
  }

  /**
   * The whole-dataset context of a new evaluation of {@code metric}, with its default parameters:
   * nothing shared yet.
   */
  static DatasetContext newEvaluation(
      Dataset data, LocalDate referenceDate, Metric metric, List<Outcome> outcomes) {
    return DatasetContext.builder(data)
        .referenceDate(referenceDate)
        .parameters(defaults(metric.descriptor()))
        .outcomes(outcomes)
        .build();
  }

  /**
   * The outcomes of every direct default metric with default parameters: what an aggregate metric
   * reads.
   */
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

  /** The metric over the whole dataset, in a new evaluation. */
  @Benchmark
  public Measurement measure(Evaluation evaluation) {
    return instance.measure(evaluation.context);
  }

  /** The floor: one pass over every record (the same for every metric; measured with each). */
  @Benchmark
  public long touchEveryRecord() {
    return Baseline.touchEveryRecord(data);
  }
}
