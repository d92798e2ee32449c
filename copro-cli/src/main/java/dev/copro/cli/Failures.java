package dev.copro.cli;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.report.Escape;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what a command throws into a message on standard error and an exit code: every problem of
 * bad input with its location (exit 2), a plain message for other failures (exit 1), and a stack
 * trace only with {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  private final CoproCommand top;

  Failures(CoproCommand top) {
    this.top = top;
  }

  @Override
  public int handleExecutionException(Exception thrown, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code;
    if (thrown instanceof InvalidInputException invalid) {
      printProblems(err, invalid);
      code = ExitCodes.BAD_INPUT;
    } else if (thrown instanceof DatasetInput.InvalidDatasets invalid) {
      invalid.each().forEach(each -> printProblems(err, each));
      code = ExitCodes.BAD_INPUT;
    } else if (thrown instanceof CommandFailure failure) {
      err.println("copro: " + failure.getMessage());
      code = failure.exitCode();
    } else if (thrown instanceof UncheckedIOException io) {
      err.println(
          "copro: "
              + io.getMessage()
              + (io.getCause() == null ? "" : ": " + io.getCause().getMessage()));
      code = ExitCodes.FAILED;
    } else {
      err.println("copro: internal error: " + thrown);
      code = ExitCodes.FAILED;
    }
    if (top.verbose) {
      thrown.printStackTrace(err);
    } else if (code == ExitCodes.FAILED) {
      err.println("Run again with --verbose for the details to put in a bug report.");
    }
    err.flush();
    return code;
  }

  /**
   * Prints the heading of an {@link InvalidInputException} (what was read and how many problems)
   * and then every problem, one a line: {@code location [record id]: message}. Record ids and the
   * values problems quote are the dataset's own text, so control characters in them are escaped
   * ({@link Escape#terminal}).
   */
  static void printProblems(PrintWriter out, InvalidInputException invalid) {
    String message = String.valueOf(invalid.getMessage());
    int firstLineEnd = message.indexOf(System.lineSeparator());
    out.println(
        "copro: "
            + Escape.terminal(firstLineEnd < 0 ? message : message.substring(0, firstLineEnd)));
    for (Problem problem : invalid.problems()) {
      out.println("  " + Escape.terminal(problem.toString()));
    }
  }

  /**
   * Reports a wrong command line briefly: the error, suggestions for a mistyped option or command,
   * and where to find the usage; exit 2.
   */
  static int usage(ParameterException wrong, String[] args) {
    CommandLine command = wrong.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("copro: " + wrong.getMessage());
    UnmatchedArgumentException.printSuggestions(wrong, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
