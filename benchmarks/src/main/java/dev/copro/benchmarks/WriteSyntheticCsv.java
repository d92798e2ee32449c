package dev.copro.benchmarks;

import dev.copro.io.DatasetWriter;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic dataset ({@link SyntheticDatasets}) of a given number of attendance records as
 * a folder of CSV files (docs/csv-format.md): the tables copro-spark reads, for measuring it beside
 * the one-machine evaluation of the same records (docs/performance.md, "copro-spark"). The dataset
 * is built in memory first: 10⁷ attendance records need a heap of about 10 GB.
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar dev.copro.benchmarks.WriteSyntheticCsv SIZE DIR [SEED]
 * </pre>
 */
public final class WriteSyntheticCsv {

  private WriteSyntheticCsv() {}

  /**
   * Writes the folder.
   *
   * @param args the number of attendance records, the folder, and optionally the seed (default 42)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: WriteSyntheticCsv SIZE DIR [SEED]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    Path directory = Path.of(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
    long start = System.nanoTime();
    Dataset dataset = SyntheticDatasets.generate(size, seed);
    DatasetWriter.writeCsv(dataset, directory);
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d attendance records in %.1f s%n",
        directory,
        size,
        (System.nanoTime() - start) / 1e9);
  }
}
