package dev.copro.benchmarks;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Each default metric's time per attendance record at sizes too large for a fork per metric ({@link
 * MetricBenchmark} generates the dataset in every fork: at 10⁷ records that is a minute per
 * metric). Generates each dataset once, then calls every metric as {@link MetricBenchmark#measure}
 * does (each call a new evaluation), {@code REPS} times, and prints the fastest call: not a JMH
 * measurement (no forks, no error bars), a warmed best-of-N for showing scaling where JMH would
 * take hours.
 *
 * <pre>
 * java -Xmx14g -cp benchmarks/target/benchmarks.jar dev.copro.benchmarks.MetricScalingCheck REPS SIZE...
 * </pre>
 */
public final class MetricScalingCheck {

  private MetricScalingCheck() {}

  /**
   * Prints one line per metric and size: the size, the metric, the fastest call in ms and in ns per
   * attendance record.
   *
   * @param args the calls per metric, then the sizes (attendance records)
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: MetricScalingCheck REPS SIZE...");
      System.exit(2);
    }
    int reps = Integer.parseInt(args[0]);
    for (int a = 1; a < args.length; a++) {
      int size = Integer.parseInt(args[a]);
      Dataset data = SyntheticDatasets.generate(size, 42);
      LocalDate referenceDate = DatasetContext.latestDate(data);
      List<Outcome> outcomes =
          MetricBenchmark.directOutcomes(
              DatasetContext.builder(data).referenceDate(referenceDate).build());
      for (MetricType type : MetricType.values()) {
        Metric metric = type.create();
        List<Outcome> read = metric.descriptor().phase() == Phase.AGGREGATE ? outcomes : List.of();
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
          DatasetContext context = MetricBenchmark.newEvaluation(data, referenceDate, metric, read);
          long start = System.nanoTime();
          metric.measure(context);
          best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(
            Locale.ROOT,
            "%d %s %.3f ms %.2f ns/record%n",
            size,
            type,
            best / 1e6,
            (double) best / size);
      }
    }
  }
}
