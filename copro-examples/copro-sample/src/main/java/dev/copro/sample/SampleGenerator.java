package dev.copro.sample;

import dev.copro.io.DatasetWriter;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the Northfield sample dataset: a year of a council's Direct Payments Co-production
 * Board (good practice) beside five months of a carers' support service redesign (tokenism), as the
 * module's README tells it.
 *
 * <p>Generation is deterministic: the same seed gives an equal dataset on every run and every JDK
 * (the draws come from {@link java.util.Random}, whose algorithms are specified; nothing depends on
 * the clock or on hash order). The committed dataset read by {@link SampleDatasets#northfield()} is
 * {@code generate(SEED)}.
 *
 * @since 0.1.0
 */
public final class SampleGenerator {

  /** The seed of the committed sample dataset. */
  public static final long SEED = 20250114L;

  /** The name of the generated dataset, shown in report titles. */
  public static final String NAME = "Northfield Council co-production, 2025 (sample)";

  private SampleGenerator() {}

  /** The sample dataset as committed: {@code generate(SEED)}. */
  public static Dataset generate() {
    return generate(SEED);
  }

  /**
   * The sample dataset drawn with the given seed. The story, the cast, the decisions and every
   * planted warning sign are the same whatever the seed; attendance at the board's activities,
   * speaking time, what people said and how it was answered, payments, demographics and survey
   * answers vary with it.
   *
   * @param seed the seed of the draws
   * @return a valid dataset
   */
  public static Dataset generate(long seed) {
    Ledger ledger = new Ledger(seed);
    new BoardStory(ledger).tell();
    new CarersStory(ledger).tell();
    new SurveyStory(ledger).tell();
    return ledger.build(NAME);
  }

  /**
   * Writes the sample dataset ({@code generate(SEED)}) as JSON to a file, replacing it; used to
   * refresh the committed resource {@value SampleDatasets#RESOURCE} after the story changes (the
   * module's README gives the full command):
   *
   * <pre>{@code
   * java -cp ... dev.copro.sample.SampleGenerator \
   *     copro-examples/copro-sample/src/main/resources/dev/copro/sample/sample-dataset.json
   * }</pre>
   *
   * @param args one argument: the path of the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleGenerator <output.json>");
      System.exit(2);
      return;
    }
    Path target = Path.of(args[0]);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(target)) {
      DatasetWriter.writeJson(generate(), out);
    }
  }
}
