package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Metric;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin directories, with jars compiled during the test so that their classes exist only inside
 * the jars, as third-party plugins' would.
 */
class PluginDirectoryTest {

  @TempDir Path work;

  private static String metricSource(String className, String id) {
    return """
        package org.acme;

        import dev.copro.spi.Descriptor;
        import dev.copro.spi.EvaluationContext;
        import dev.copro.spi.Measurement;
        import dev.copro.spi.Metric;
        import dev.copro.spi.Unit;
        import dev.copro.spi.ValueRange;

        public class %s implements Metric {
          @Override
          public Descriptor descriptor() {
            return Descriptor.builder("%s").unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE).build();
          }

          @Override
          public Measurement measure(EvaluationContext context) {
            return Measurement.of(context.activities().size(), context.activities().size()).build();
          }
        }
        """
        .formatted(className, id);
  }

  /** Compiles one class against the SPI and packs it in a jar that registers it as a metric. */
  private Path jar(String directory, String jarName, String className, String id)
      throws IOException {
    Path sources = Files.createDirectories(work.resolve("src-" + className));
    Path classes = Files.createDirectories(work.resolve("classes-" + className));
    Path source = sources.resolve(className + ".java");
    Files.writeString(source, metricSource(className, id));
    String classPath =
        String.join(
            java.io.File.pathSeparator,
            Stream.of(Metric.class, Dataset.class, API.class, Nullable.class)
                .map(c -> PluginLoader.location(c))
                .toList());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-cp",
            classPath,
            "-d",
            classes.toString(),
            source.toString());
    assertThat(status).as("compiling " + className).isZero();

    Path jar = Files.createDirectories(work.resolve(directory)).resolve(jarName);
    writeJar(
        jar,
        Map.of(
            "org/acme/" + className + ".class",
            Files.readAllBytes(classes.resolve("org/acme/" + className + ".class")),
            "META-INF/services/dev.copro.spi.Metric",
            ("org.acme." + className + "\n").getBytes(StandardCharsets.UTF_8)));
    return jar;
  }

  private static void writeJar(Path jar, Map<String, byte[]> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
  }

  @Test
  void build_jarsInDirectory_loadedEachFromItsJarAndEvaluated() throws IOException {
    Path jar = jar("plugins", "acme-count.jar", "ActivityTally", "acme.jar.activity-tally");
    writeJar(work.resolve("plugins").resolve("readme.txt"), Map.of());

    try (Copro copro =
        Copro.builder()
            .classPathDiscovery(false)
            .pluginDirectory(work.resolve("plugins"))
            .build()) {
      assertThat(copro.plugins())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.id()).isEqualTo("acme.jar.activity-tally");
                assertThat(p.className()).isEqualTo("org.acme.ActivityTally");
                assertThat(p.source()).isEqualTo(jar.toString());
              });
      assertThat(copro.pluginFailures()).isEmpty();
      assertThat(
              copro
                  .evaluate(Fixtures.dataset())
                  .metric("acme.jar.activity-tally")
                  .orElseThrow()
                  .measurement()
                  .value())
          .isEqualTo(4.0);
    }
  }

  @Test
  void build_sameIdInTwoJars_duplicateNamesBothJars() throws IOException {
    Path first = jar("plugins", "a.jar", "First", "acme.jar.same");
    Path second = jar("plugins", "b.jar", "Second", "acme.jar.same");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Copro.builder()
                    .classPathDiscovery(false)
                    .pluginDirectory(work.resolve("plugins"))
                    .build());

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().source()).isEqualTo(second.toString());
              assertThat(p.message())
                  .isEqualTo(
                      "the id 'acme.jar.same' is used by two plugins: org.acme.First from "
                          + first
                          + ", and org.acme.Second from "
                          + second
                          + "; ids must be unique");
            });
  }

  @Test
  void build_jarWithoutPlugins_isAFailureNotAnError() throws IOException {
    Path empty = Files.createDirectories(work.resolve("plugins")).resolve("empty.jar");
    writeJar(empty, Map.of("README", "nothing here".getBytes(StandardCharsets.UTF_8)));

    try (Copro copro = Fixtures.goodEngine().pluginDirectory(work.resolve("plugins")).build()) {
      assertThat(copro.pluginFailures())
          .containsExactly(
              new PluginFailure(
                  null,
                  empty.toString(),
                  "the jar registers no metric or rule of its own in META-INF/services"));
      assertThat(copro.plugins())
          .extracting(PluginInfo::id)
          .containsAll(List.of(TestPlugins.AttendanceRate.ID));
    }
  }

  @Test
  void build_missingDirectory_isAConfigurationProblem() {
    Path missing = work.resolve("no-such-directory");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Copro.builder().classPathDiscovery(false).pluginDirectory(missing).build());

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.CONFIGURATION);
              assertThat(p.location().source()).isEqualTo(missing.toString());
              assertThat(p.message()).isEqualTo("the plugin directory does not exist");
            });
  }
}
