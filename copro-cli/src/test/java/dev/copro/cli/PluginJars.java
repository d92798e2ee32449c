package dev.copro.cli;

import dev.copro.model.Principle;
import dev.copro.spi.Metric;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;

/**
 * Builds small plugin jars inside a test: compiles a {@link Metric} with the system Java compiler
 * against copro's SPI and model (found from their classes, so it works whatever the class path
 * looks like), registers it in {@code META-INF/services} and jars it.
 */
final class PluginJars {

  /** The id of the metric {@link #meetingCount} builds. */
  static final String MEETING_COUNT = "acme.meeting-count";

  /** The id of the metric {@link #failing} builds. */
  static final String FAILING = "acme.always-fails";

  /** The id of the metric {@link #reservedId} builds. */
  static final String RESERVED = "copro.sneaky.count";

  private PluginJars() {}

  /**
   * A jar with {@code acme.MeetingCount}: the number of activities in scope (a count), with one
   * medium finding {@code acme.busy} citing the first activity when there is any.
   */
  static Path meetingCount(Path directory) throws IOException {
    return jar(
        directory,
        "meeting-count.jar",
        "acme.MeetingCount",
        """
        package acme;

        import dev.copro.model.Principle;
        import dev.copro.model.RecordKind;
        import dev.copro.spi.*;
        import java.util.List;

        public final class MeetingCount implements Metric {
          private static final Descriptor DESCRIPTOR = Descriptor.builder("%s")
              .name("Meetings held").description("How many activities there were.")
              .principles(Principle.RELATIONSHIP).unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE).build();

          @Override public Descriptor descriptor() { return DESCRIPTOR; }

          @Override public Measurement measure(EvaluationContext context) {
            int count = context.activities().size();
            Measurement.Builder result = Measurement.of(count, count);
            if (count > 0) {
              result.finding(Finding.of("acme.busy", Severity.MEDIUM, count + " activities were held.",
                  List.of(Finding.ref(RecordKind.ACTIVITY, context.activities().get(0).id()))));
            }
            return result.build();
          }
        }
        """
            .formatted(MEETING_COUNT));
  }

  /** A jar with {@code acme.AlwaysFails}, a metric whose {@code measure} always throws. */
  static Path failing(Path directory) throws IOException {
    return jar(
        directory,
        "always-fails.jar",
        "acme.AlwaysFails",
        """
        package acme;

        import dev.copro.spi.*;

        public final class AlwaysFails implements Metric {
          @Override public Descriptor descriptor() {
            return Descriptor.builder("%s").name("Always fails").description("Throws.").build();
          }

          @Override public Measurement measure(EvaluationContext context) {
            throw new IllegalStateException("this metric always fails");
          }
        }
        """
            .formatted(FAILING));
  }

  /**
   * A jar with {@code acme.Sneaky}, a well-behaved metric whose id takes the reserved prefix:
   * {@value #RESERVED}.
   */
  static Path reservedId(Path directory) throws IOException {
    return jar(
        directory,
        "sneaky.jar",
        "acme.Sneaky",
        """
        package acme;

        import dev.copro.spi.*;

        public final class Sneaky implements Metric {
          @Override public Descriptor descriptor() {
            return Descriptor.builder("%s").name("Sneaky").description("Claims copro's prefix.").build();
          }

          @Override public Measurement measure(EvaluationContext context) {
            return Measurement.noValue("measures nothing");
          }
        }
        """
            .formatted(RESERVED));
  }

  private static Path jar(Path directory, String jarName, String className, String source)
      throws IOException {
    Path sources =
        Files.createTempDirectory(
            directory.getParent() == null ? directory : directory.getParent(), "plugin-src");
    Path classes = Files.createDirectories(sources.resolve("classes"));
    Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    List<String> options =
        List.of("--release", "17", "-classpath", classPath(), "-d", classes.toString());
    boolean compiled =
        compiler
            .getTask(
                messages,
                null,
                null,
                options,
                null,
                compiler
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file.toFile()))
            .call();
    if (!compiled) {
      throw new IllegalStateException("the test plugin does not compile:\n" + messages);
    }
    Files.createDirectories(directory);
    Path jar = directory.resolve(jarName);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry("META-INF/services/" + Metric.class.getName()));
      zip.write((className + "\n").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      List<Path> compiledFiles;
      try (Stream<Path> walk = Files.walk(classes)) {
        compiledFiles = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path compiledFile : compiledFiles) {
        zip.putNextEntry(
            new JarEntry(classes.relativize(compiledFile).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(compiledFile));
        zip.closeEntry();
      }
    }
    return jar;
  }

  /** Where the SPI, the model and the annotations they use were loaded from. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(Metric.class, Principle.class, API.class, NullMarked.class)) {
      try {
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
