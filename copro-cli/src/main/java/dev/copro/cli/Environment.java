package dev.copro.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command knows about where it runs: whether standard output and standard error are
 * terminals (for colour and the progress bar) and how wide the terminal is.
 *
 * @param stdoutIsTerminal whether standard output is a terminal; reports written there may use
 *     colour
 * @param stderrIsTerminal whether standard error is a terminal; only then is a progress bar drawn
 * @param columns the terminal's width in characters, at least 20
 * @param variables the environment variables the command reads (the database credentials)
 * @param maxHeap the most heap the JVM may use, in bytes ({@link Runtime#maxMemory()}), which the
 *     memory check before evaluating compares with its estimate
 */
record Environment(
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    int columns,
    Map<String, String> variables,
    long maxHeap) {

  /** Where neither output is a terminal: no colour, no progress bar. */
  static final Environment PIPES = new Environment(false, false, 80);

  /** An environment without variables, with this JVM's heap. */
  Environment(boolean stdoutIsTerminal, boolean stderrIsTerminal, int columns) {
    this(stdoutIsTerminal, stderrIsTerminal, columns, Map.of());
  }

  /** An environment with this JVM's heap. */
  Environment(
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      int columns,
      Map<String, String> variables) {
    this(stdoutIsTerminal, stderrIsTerminal, columns, variables, Runtime.getRuntime().maxMemory());
  }

  /** Leaves out the variables, which may hold a password. */
  @Override
  public String toString() {
    return "Environment[stdoutIsTerminal="
        + stdoutIsTerminal
        + ", stderrIsTerminal="
        + stderrIsTerminal
        + ", columns="
        + columns
        + ", maxHeap="
        + maxHeap
        + "]";
  }

  /** This environment with these variables instead of its own. */
  Environment withVariables(Map<String, String> variables) {
    return new Environment(stdoutIsTerminal, stderrIsTerminal, columns, variables, maxHeap);
  }

  /** This environment as if the JVM's heap held at most {@code bytes}. */
  Environment withMaxHeap(long bytes) {
    return new Environment(stdoutIsTerminal, stderrIsTerminal, columns, variables, bytes);
  }

  private static final int STDOUT = 1;
  private static final int STDERR = 2;

  /** Checks the width. */
  Environment {
    variables = Map.copyOf(variables);
    if (columns < 20) {
      throw new IllegalArgumentException("a terminal needs at least 20 columns, not " + columns);
    }
  }

  /** The environment of this process. */
  static Environment detect() {
    Map<String, String> env = System.getenv();
    boolean dumb = "dumb".equals(env.get("TERM"));
    return new Environment(
        !dumb && isTerminal(STDOUT), !dumb && isTerminal(STDERR), columns(env.get("COLUMNS")), env);
  }

  /** The width from {@code COLUMNS} when the shell exports it, else 80. */
  static int columns(@Nullable String value) {
    if (value != null && value.matches("[0-9]{2,4}")) {
      return Math.max(20, Integer.parseInt(value));
    }
    return 80;
  }

  /**
   * Whether a standard stream is a terminal. On Linux the file descriptor's link names the device
   * (a pseudo-terminal, or a pipe or file when redirected). Elsewhere Java only says whether the
   * process has a console, which needs standard input and output to be terminals; Java 22 and later
   * answer that through {@code Console.isTerminal()}.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/")
            || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      // Before Java 22 a console exists only when input and output are terminals.
      return true;
    }
  }
}
