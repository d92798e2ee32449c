package dev.copro.cli;

/**
 * The exit codes of the {@code copro} command, as documented in docs/cli.md and in {@code copro
 * --help}. Codes 3 and 4 are opt-in: without {@code --fail-on} and {@code --fail-on-plugin-failure}
 * an evaluation that ran exits 0 whatever it found; code 5 says the heap is too small, and how much
 * to give.
 */
final class ExitCodes {

  /** Everything asked for was done. */
  static final int OK = 0;

  /**
   * The command could not finish for a reason other than its input: an output file that cannot be
   * written, or an internal error.
   */
  static final int FAILED = 1;

  /**
   * Bad input: a dataset or configuration with problems (each listed with its location), or a wrong
   * command line.
   */
  static final int BAD_INPUT = 2;

  /** {@code --fail-on SEVERITY}: a finding at or above that severity. */
  static final int FINDINGS = 3;

  /**
   * {@code --fail-on-plugin-failure}: a plugin could not be loaded, or a metric or rule failed.
   * Wins over 3.
   */
  static final int PLUGIN_FAILURE = 4;

  /**
   * Not enough memory: the heap cannot hold what the evaluation keeps (estimated before
   * evaluating), or it ran out anyway; the message says how much to give and whether {@code
   * --streaming} would help. Wins over 3 and 4.
   */
  static final int OUT_OF_MEMORY = 5;

  // The lines of the help that list the codes; constants, so that annotations can name them.
  static final String HELP_OK = "0:Done.";
  static final String HELP_FAILED =
      "1:Could not finish: an output file cannot be written, or an internal error.";
  static final String HELP_BAD_INPUT =
      "2:Bad input: a dataset or configuration with problems (each listed with its "
          + "location), or a wrong command line.";
  static final String HELP_FINDINGS =
      "3:With --fail-on SEVERITY: a finding at or above that severity.";
  static final String HELP_PLUGIN_FAILURE =
      "4:With --fail-on-plugin-failure: a plugin could not be loaded, or a "
          + "metric or rule failed (wins over 3).";
  static final String HELP_OUT_OF_MEMORY =
      "5:Not enough memory for the dataset; the message says how much to give "
          + "(-Xmx, JAVA_TOOL_OPTIONS) and whether --streaming would help (wins over 3 and 4).";

  private ExitCodes() {}
}
