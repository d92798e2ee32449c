package dev.copro.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic dataset ({@link SyntheticDatasets}) of a given number of attendance records
 * straight to a JSON Lines file, record by record, in bounded memory: 10⁷ attendance records make a
 * file of about 2 GB in a heap of a few tens of megabytes. Used by {@code
 * scripts/streaming-check.sh}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.copro.benchmarks.WriteSyntheticJsonLines SIZE FILE [SEED]
 * </pre>
 *
 * <p>The seed defaults to 42, as in the benchmarks; the file then reads as a dataset equal to
 * {@code SyntheticDatasets.generate(SIZE, 42)}. Prints the file's size and the time taken.
 */
public final class WriteSyntheticJsonLines {

  private WriteSyntheticJsonLines() {}

  /**
   * Writes the file.
   *
   * @param args the number of attendance records, the file, and optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: WriteSyntheticJsonLines SIZE FILE [SEED]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      SyntheticDatasets.writeJsonLines(size, seed, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d attendance records, %d bytes in %.1f s%n",
        file,
        size,
        Files.size(file),
        seconds);
  }
}
