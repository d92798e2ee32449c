package dev.copro.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in this JVM, as {@link Main} does, with standard output and error captured. */
final class Cli {

  private Cli() {}

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
    int code = CoproCommand.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
