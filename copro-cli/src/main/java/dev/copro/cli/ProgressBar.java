package dev.copro.cli;

import dev.copro.engine.ProgressListener;
import dev.copro.spi.Scope;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;

/**
 * A progress bar on standard error, driven by the engine's {@link ProgressListener}: one line,
 * redrawn in place with a carriage return as plugin calls finish, and wiped when the evaluation
 * ends so that nothing of it stays on the screen. Only used when standard error is a terminal (see
 * {@link #forTerminal}); elsewhere the evaluation is silent.
 *
 * <p>The engine calls listeners from several threads, so every method is synchronized. The line is
 * redrawn only when its percentage or bar changes, so that thousands of fast calls do not flood the
 * terminal (the count of calls beside it is brought up to date then).
 */
final class ProgressBar implements ProgressListener {

  private static final int MIN_BAR = 10;

  private final PrintWriter err;
  private final int columns;
  private final Ansi ansi;
  private String label = "evaluating";
  private int planned;
  private int done;
  private int shownPercent = -1;
  private String shownBar = "";
  private int shownLength;

  /**
   * @param err where to draw
   * @param columns the terminal's width; the line is kept one shorter so it never wraps
   * @param ansi whether to colour the bar
   */
  ProgressBar(PrintWriter err, int columns, Ansi ansi) {
    this.err = err;
    this.columns = columns;
    this.ansi = ansi;
  }

  /** A progress bar when standard error is a terminal, else a listener that does nothing. */
  static ProgressListener forTerminal(Environment environment, PrintWriter err) {
    return environment.stderrIsTerminal()
        ? new ProgressBar(err, environment.columns(), Ansi.ON)
        : NONE;
  }

  /** Names what is being evaluated, shown before the bar: {@code evaluating NAME}. */
  synchronized void label(String what) {
    this.label = "evaluating " + what;
  }

  @Override
  public synchronized void evaluationStarted(int plannedCalls) {
    planned = plannedCalls;
    done = 0;
    draw();
  }

  @Override
  public synchronized void finished(String pluginId, Scope scope) {
    done++;
    draw();
  }

  @Override
  public synchronized void failed(String pluginId, Scope scope, String reason) {
    done++;
    draw();
  }

  @Override
  public synchronized void evaluationFinished() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
      shownPercent = -1;
      shownBar = "";
    }
  }

  /** The line for the current state, without colour: {@code LABEL [=====> ] 45% 54/120}. */
  synchronized String line() {
    Line line = layout();
    return line.name() + " [" + line.bar() + "]" + line.count();
  }

  /** A line's parts: the label (cut to fit), the bar's cells, and the percentage and count. */
  private record Line(String name, String bar, int percent, String count) {}

  private Line layout() {
    int total = Math.max(planned, 1);
    int calls = Math.min(done, total);
    int percent = calls * 100 / total;
    // The count is as wide at the start as at the end, so the bar keeps its width.
    int digits = Integer.toString(planned).length();
    String count =
        String.format(Locale.ROOT, " %3d%% %" + digits + "d/%d", percent, calls, planned);
    int room = columns - 1 - count.length() - 3;
    String name =
        label.length() > room - MIN_BAR ? label.substring(0, Math.max(0, room - MIN_BAR)) : label;
    int width = Math.max(MIN_BAR, room - name.length());
    int filled = calls * width / total;
    String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
    return new Line(name, bar, percent, count);
  }

  private void draw() {
    Line line = layout();
    if (line.percent() == shownPercent && line.bar().equals(shownBar)) {
      return;
    }
    shownPercent = line.percent();
    shownBar = line.bar();
    shownLength = line.name().length() + line.bar().length() + 3 + line.count().length();
    err.print(
        "\r"
            + line.name()
            + " ["
            + ansi.string("@|green " + line.bar() + "|@")
            + "]"
            + line.count());
    err.flush();
  }
}
