package dev.copro.cli;

import dev.copro.io.DatasetWriter;
import dev.copro.sample.SampleDatasets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the real command line in this JVM, as {@link Main} does, with standard output and error
 * captured.
 */
final class Cli {

  private Cli() {}

  /**
   * Writes the bundled sample as {@code northfield.jsonl} in {@code dir}, for the streaming reader.
   */
  static Path sampleAsJsonLines(Path dir) throws IOException {
    Path lines = dir.resolve("northfield.jsonl");
    try (OutputStream out = Files.newOutputStream(lines)) {
      DatasetWriter.writeJsonLines(SampleDatasets.northfield(), out);
    }
    return lines;
  }

  /**
   * What a run printed and returned.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int code, String out, String err) {}

  /** Runs {@code copro ARGS} where neither output is a terminal. */
  static Run run(String... args) {
    return run(Environment.PIPES, args);
  }

  /** Runs {@code copro ARGS} in the given environment. */
  static Run run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CoproCommand.commandLine(
                environment, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
