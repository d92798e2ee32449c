package dev.copro.testkit;

import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The example plugin as released: the jar in {@code src/test/resources/released}, compiled against
 * an earlier SPI and checked in (its README says how and from which commit). Its classes are on no
 * class path of these tests; they load through a class loader of their own over the jar, whose
 * parent is the SPI's, as the engine loads a plugin folder's jars.
 */
final class ReleasedPlugin {

  /** The jar's file name. */
  static final String JAR = "copro-example-plugin-0.1.0-SNAPSHOT.jar";

  /** The ids and classes of its metric and rule. */
  static final String METRIC_ID = "acme.meetings.out-of-hours";

  static final String RULE_ID = "acme.boards.bloc-chair";
  static final String METRIC_CLASS = "dev.copro.examples.plugin.OutOfHoursMeetings";
  static final String RULE_CLASS = "dev.copro.examples.plugin.RecentBoardChairs";

  /** One loader for every test: the kit makes many instances. */
  private static final ClassLoader LOADER = loader();

  private ReleasedPlugin() {}

  /** The folder holding the jar (and its README). */
  static Path folder() {
    return jar().getParent();
  }

  static Path jar() {
    URL url = ReleasedPlugin.class.getResource("/released/" + JAR);
    if (url == null) {
      throw new IllegalStateException(
          "the released plugin jar " + JAR + " is missing from the test resources");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new instance of its metric, made as ServiceLoader makes it. */
  static Metric metric() {
    return (Metric) instance(METRIC_CLASS);
  }

  /** A new instance of its rule. */
  static Rule rule() {
    return (Rule) instance(RULE_CLASS);
  }

  private static Object instance(String className) {
    try {
      return Class.forName(className, true, LOADER).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the released plugin's " + className + " cannot be made: " + e, e);
    }
  }

  @SuppressWarnings("resource") // lives as long as the test JVM, like the classes it loads
  private static ClassLoader loader() {
    try {
      return new URLClassLoader(
          "released-plugin", new URL[] {jar().toUri().toURL()}, Metric.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
