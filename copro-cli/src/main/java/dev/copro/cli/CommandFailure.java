package dev.copro.cli;

/**
 * A reason a command cannot go on that is not a problem in a dataset or configuration, such as an
 * output file that cannot be written. Its message is printed as it is, without a stack trace.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param exitCode the code to exit with, one of {@link ExitCodes}
   * @param message what went wrong, in plain words, with no record content
   * @param cause the exception behind it, shown with {@code --verbose}
   */
  CommandFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * @param exitCode the code to exit with, one of {@link ExitCodes}
   * @param message what went wrong, in plain words, with no record content
   */
  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
