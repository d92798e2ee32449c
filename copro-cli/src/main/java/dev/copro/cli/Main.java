package dev.copro.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code copro.jar}: {@code java -jar copro.jar evaluate}. Runs the command line
 * and exits with its {@link ExitCodes exit code}.
 */
public final class Main {

  private Main() {}

  /**
   * Runs {@code copro} with the given arguments and exits the JVM with its exit code. Output is UTF-8
   * whatever the platform's default, so reports are the same bytes everywhere.
   *
   * @param args the command line, such as {@code evaluate --format html --out report.html}
   */
  public static void main(String[] args) {
    quietLibraryLogs();
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int code = CoproCommand.commandLine(Environment.detect(), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Keeps the libraries' own logs off the terminal: POI logs through Log4j's API, which has no logger
   * behind it in the jar and says so on standard error ("could not find a logging provider"), and
   * PDFBox through Commons Logging, which would find that API too. What goes wrong is in the report or
   * the command's message. A property set on the command line wins.
   */
  private static void quietLibraryLogs() {
    if (System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
      System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
