package dev.copro.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.model.Principle;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import dev.copro.spi.Thresholds;
import dev.copro.testkit.PluginHarness;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host application of docs/plugin-guide.md, section 9 (the region between {@code // snippet:
 * host} and {@code // end snippet}), with the guide's configuration
 * (src/test/resources/copro.json): the example's metric and rule given as instances, and a plugin
 * folder holding the jar of another plugin, {@code acme.meetings.count}, compiled here. (The
 * example's own classes are on this test's class path, so a jar of them would load them from there:
 * a plugin jar contributes only classes it defines itself.)
 */
class HostApplicationTest {

  private static final Path CONFIG = Path.of("src/test/resources/copro.json");

  @TempDir Path dir;

  @Test
  void host_instancesAndAPluginFolder_evaluatedWithTheGuidesConfiguration() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    meetingCountJar(plugins.resolve("meeting-count.jar"));

    Report report = evaluate(plugins, CONFIG, SampleDatasets.northfield());

    assertThat(report.pluginFailures()).isEmpty();
    assertThat(report.metrics())
        .extracting(Report.MetricResult::id)
        .containsExactly("acme.meetings.count", OutOfHoursMeetings.ID);
    assertThat(report.metric("acme.meetings.count").orElseThrow().measurement().value())
        .isEqualTo(SampleDatasets.northfield().activities().size());
    assertThat(report.rule(RecentBoardChairs.ID))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(Report.Status.OK));
    Report.MetricResult metric = report.metric(OutOfHoursMeetings.ID).orElseThrow();
    assertThat(metric.status()).isEqualTo(Report.Status.OK);
    // The configuration's thresholds rate it, and its parameters reach it.
    assertThat(metric.thresholds()).isEqualTo(Thresholds.higherIsBetter(0.3, 0.1));
    assertThat(metric.rating()).isNotNull();
    assertThat(metric.measurement().value())
        .isEqualTo(
            PluginHarness.forMetric(new OutOfHoursMeetings())
                .withParameters(
                    Map.of("latestStart", "17:30", "weekendsCount", true, "minimumMeetings", 3))
                .measure(SampleDatasets.northfield())
                .value());
  }

  /**
   * The guide's host: the plugins of a folder, and the example's given as instances, configured by
   * a file.
   */
  static Report evaluate(Path plugins, Path configFile, Dataset dataset) throws IOException {
    // snippet: host
    try (InputStream in = Files.newInputStream(configFile);
        Copro copro =
            Copro.builder()
                .pluginDirectory(plugins) // jars in a folder, each with a class loader of its own
                .metrics(new OutOfHoursMeetings()) // instances, beside those discovered
                .rules(new RecentBoardChairs())
                .classPathDiscovery(false) // none from META-INF/services on the host's class path
                .configuration(Configuration.fromJson(in, configFile.toString()))
                .build()) {
      Report report = copro.evaluate(dataset);
      report.metric(OutOfHoursMeetings.ID).ifPresent(result -> System.out.println(result.rating()));
      return report;
    }
    // end snippet
  }

  /**
   * A jar with {@code acme.MeetingCount}, the number of activities in scope, compiled against the
   * SPI.
   */
  private void meetingCountJar(Path jar) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/acme"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path source =
        Files.writeString(
            sources.resolve("MeetingCount.java"),
            """
        package acme;

        import dev.copro.spi.*;

        public final class MeetingCount implements Metric {
          public Descriptor descriptor() {
            return Descriptor.builder("acme.meetings.count").name("Meetings").description("How many were held.")
                .unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE).build();
          }

          public Measurement measure(EvaluationContext context) {
            return Measurement.of(context.activities().size(), context.activities().size()).build();
          }
        }
        """);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                messages,
                null,
                null,
                List.of(
                    "--release",
                    "17",
                    "-proc:none",
                    "-classpath",
                    classPath(),
                    "-d",
                    classes.toString()),
                null,
                compiler
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source.toFile()))
            .call();
    assertThat(compiled).as(messages.toString()).isTrue();
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry("META-INF/services/dev.copro.spi.Metric"));
      zip.write("acme.MeetingCount\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new JarEntry("acme/MeetingCount.class"));
      zip.write(Files.readAllBytes(classes.resolve("acme/MeetingCount.class")));
      zip.closeEntry();
    }
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
    return String.join(File.pathSeparator, entries);
  }
}
