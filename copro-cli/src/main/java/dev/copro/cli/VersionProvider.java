package dev.copro.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The lines of {@code copro --version}: copro's version and the Java running it. */
final class VersionProvider implements CommandLine.IVersionProvider {

  /** copro's version, written into {@code version.properties} by the build. */
  static String version() {
    return properties().getProperty("version", "unknown");
  }

  /**
   * The version of JUnit copro is built and tested with, for the projects {@code copro new-plugin}
   * writes.
   */
  static String junit() {
    return properties().getProperty("junit", "unknown");
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "version.properties is missing from the copro command-line jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("version.properties cannot be read", e);
    }
    return properties;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "copro " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
    };
  }
}
