package dev.copro.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What code logs and prints beside its own outputs, for privacy tests: everything logged through
 * java.util.logging (where {@link System.Logger}, which the engine uses, goes by default) at every
 * level, and everything printed to {@link System#out} and {@link System#err} directly.
 *
 * <p>Reusable from other modules through copro-model's test jar, like {@link DatasetArbitraries}.
 */
public final class Captured {

  private Captured() {}

  /** Something to run, which may fail to read or write a file. */
  @FunctionalInterface
  public interface Action {
    /** Runs it. */
    void run() throws IOException;
  }

  /**
   * Runs {@code action} and returns what it logged, one record a line (its message, parameters and
   * exception), followed by what it printed to the JVM's standard output and error.
   */
  public static String logsOf(Action action) throws IOException {
    StringBuilder logs = new StringBuilder();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            synchronized (logs) {
              logs.append(record.getMessage())
                  .append(' ')
                  .append(record.getParameters() == null ? "" : List.of(record.getParameters()))
                  .append(record.getThrown() == null ? "" : " " + record.getThrown())
                  .append('\n');
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    Logger copro = Logger.getLogger("dev.copro");
    Level previous = copro.getLevel();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream copy = new PrintStream(printed, true, StandardCharsets.UTF_8);
    root.addHandler(handler);
    copro.setLevel(Level.ALL);
    System.setOut(copy);
    System.setErr(copy);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
      copro.setLevel(previous);
      root.removeHandler(handler);
    }
    synchronized (logs) {
      return logs.append(printed.toString(StandardCharsets.UTF_8)).toString();
    }
  }
}
