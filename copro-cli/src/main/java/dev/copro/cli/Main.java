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
   * Runs {@code copro} with the given arguments and exits the JVM with its exit code. Output is
   * UTF-8 whatever the platform's default, so reports are the same bytes everywhere. A heap that
   * runs out where no command caught it still ends in a message and {@link
   * ExitCodes#OUT_OF_MEMORY}, not a stack trace.
   *
   * @param args the command line, such as {@code evaluate --format html --out report.html}
   */
  public static void main(String[] args) {
    quietLibraryLogs();
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
    int code;
    try {
      code = CoproCommand.commandLine(Environment.detect(), out, err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "copro: "
              + new MemoryCheck(Runtime.getRuntime().maxMemory())
                  .ranOut("running the command", null, false, e)
                  .getMessage());
      code = ExitCodes.OUT_OF_MEMORY;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Keeps the libraries' own logs off the terminal: POI logs through Log4j's API, which has no
   * logger behind it in the jar and says so on standard error ("could not find a logging
   * provider"), and PDFBox through Commons Logging, which would find that API too. What goes wrong
   * is in the report or the command's message. A property set on the command line wins.
   */
  private static void quietLibraryLogs() {
    if (System.getProperty("log4j.provider") == null) {
      System.setProperty(
          "log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
      System.setProperty(
          "org.apache.commons.logging.LogFactory",
          "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty(
          "org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
  }

  /**
   * What a thread that dies of an uncaught throwable prints: nothing for an {@link
   * OutOfMemoryError}, which the command reports in words (a plugin call's thread can die of one
   * after its call has been contained), else the JVM's usual line and stack trace.
   */
  private static void uncaught(Thread thread, Throwable thrown) {
    if (thrown instanceof OutOfMemoryError) {
      return;
    }
    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
    thrown.printStackTrace(System.err);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
