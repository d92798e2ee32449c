package dev.copro.benchmarks;

import dev.copro.engine.Copro;
import dev.copro.model.Dataset;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * The full default suite evaluated again and again in one JVM, single-threaded, printing each run's
 * wall time and the CPU time of every thread (the engine's worker, the caller, the collector): a
 * check beside {@link SuiteBenchmark} on a virtual machine whose single shots vary by 2× or more,
 * where runs of two builds interleaved in one session compare better than two JMH sessions. Asserts
 * nothing.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.copro.benchmarks.SuiteTimes 1000000 7
 * </pre>
 */
public final class SuiteTimes {

  private SuiteTimes() {}

  /**
   * Runs the suite.
   *
   * @param args the number of attendance records of the synthetic dataset (seed 42), and how many
   *     runs
   */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Dataset data = SyntheticDatasets.generate(size, 42);
    Copro engine = Copro.builder().parallelism(1).timeBudget(Duration.ofMinutes(30)).build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    StringBuilder out = new StringBuilder();
    for (int run = 0; run < runs; run++) {
      long cpuBefore = cpu(threads);
      long start = System.nanoTime();
      engine.evaluate(data);
      long wall = System.nanoTime() - start;
      long cpu = cpu(threads) - cpuBefore;
      out.append(
          String.format(
              Locale.ROOT, "run %d: cpu %.0f ms, wall %.0f ms%n", run, cpu / 1e6, wall / 1e6));
    }
    System.out.print(out);
  }

  /** The CPU time of every live thread, in nanoseconds. */
  private static long cpu(ThreadMXBean threads) {
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long time = threads.getThreadCpuTime(id);
      sum += Math.max(time, 0);
    }
    return sum;
  }
}
