package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copro.engine.Copro;
import dev.copro.model.Principle;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import dev.copro.testkit.MetricCompatibilityKit;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The project {@code copro new-plugin} writes, built in this JVM as Maven would build it: its main
 * and test sources compiled against copro's SPI, testkit and sample, its tests run with JUnit, and
 * its jar run by {@code copro evaluate --plugins}. (scripts/check-new-plugin.sh builds it with
 * Maven itself.)
 */
class GeneratedPluginTest {

  private static final String ID = "org.example.my-metric";
  private static final String PACKAGE = "org.example.mymetric";

  @TempDir static Path dir;

  private static Path classes;
  private static Path testClasses;

  @BeforeAll
  static void buildTheProject() throws IOException {
    Path project = dir.resolve("project");
    Cli.Run run = Cli.run("new-plugin", project.toString(), "--id", ID);
    assertThat(run.code()).as(run.err()).isZero();
    classes = compile(project.resolve("src/main/java"), dir.resolve("classes"), classPath());
    copy(project.resolve("src/main/resources"), classes);
    testClasses =
        compile(
            project.resolve("src/test/java"),
            dir.resolve("test-classes"),
            classes + File.pathSeparator + classPath());
  }

  @Test
  void tests_allRunAndPass() throws IOException {
    List<String> testClassNames;
    try (Stream<Path> walk = Files.walk(testClasses)) {
      testClassNames =
          walk.map(f -> testClasses.relativize(f).toString())
              .filter(f -> f.endsWith("Test.class"))
              .map(f -> f.replace(File.separatorChar, '.').replace(".class", ""))
              .sorted()
              .toList();
    }
    assertThat(testClassNames)
        .containsExactly(
            PACKAGE + ".MyMetricCompatibilityTest",
            PACKAGE + ".MyMetricRuleCompatibilityTest",
            PACKAGE + ".MyMetricRuleTest",
            PACKAGE + ".MyMetricTest");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL(), testClasses.toUri().toURL()},
            GeneratedPluginTest.class.getClassLoader())) {
      List<ClassSelector> selectors = new ArrayList<>();
      for (String name : testClassNames) {
        selectors.add(selectClass(load(loader, name)));
      }
      Events tests =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectors.toArray(ClassSelector[]::new))
              .execute()
              .testEvents();
      tests
          .failed()
          .list()
          .forEach(
              e ->
                  Assertions.fail(
                      e.getTestDescriptor().getDisplayName()
                          + ": "
                          + e.getPayload().map(Object::toString).orElse("")));
      assertThat(tests.failed().count()).isZero();
      assertThat(tests.skipped().count()).isZero();
      // The hand-worked tests (4 + 1) and the kit's tests on the metric and the rule, dynamic ones
      // included.
      assertThat(tests.succeeded().count()).isGreaterThan(20);
    }
  }

  @Test
  void evaluate_withThePluginsJar_reportsTheMetricAndTheRule() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    jar(classes, plugins.resolve("my-metric-1.0.0-SNAPSHOT.jar"));

    Cli.Run run = Cli.run("evaluate", "--plugins", plugins.toString(), "--format", "json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("pluginFailures")).isEmpty();
    JsonNode metric = byId(report.path("metrics"), ID);
    assertThat(metric.path("status").asText()).isEqualTo("ok");
    assertThat(metric.path("rating").asText()).isIn("green", "amber", "red");
    JsonNode rule = byId(report.path("rules"), ID + "-rule");
    assertThat(rule.path("status").asText()).isEqualTo("ok");
    // It names a principle and has thresholds, so its rating counts in the principle scorecard.
    JsonNode scorecard = byId(report.path("metrics"), "copro.scorecard.principles");
    assertThat(scorecard.toString())
        .contains(metric.path("name").asText() + " (" + metric.path("rating").asText() + ")");
  }

  private static JsonNode byId(JsonNode results, String id) {
    for (JsonNode result : results) {
      if (result.path("id").asText().equals(id)) {
        return result;
      }
    }
    throw new AssertionError("no result with id " + id + " in " + results);
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Path compile(Path sources, Path output, String classPath) throws IOException {
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
    }
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled =
          compiler
              .getTask(
                  messages,
                  fileManager,
                  null,
                  List.of(
                      "--release",
                      "17",
                      "-Xlint:all",
                      "-Werror",
                      "-proc:none",
                      "-classpath",
                      classPath,
                      "-d",
                      output.toString()),
                  null,
                  fileManager.getJavaFileObjectsFromFiles(files))
              .call();
      assertThat(compiled)
          .as("the generated sources in %s compile without warnings:\n%s", sources, messages)
          .isTrue();
    }
    return output;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static void jar(Path from, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(from.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
  }

  /**
   * Where the project's dependencies were loaded from: copro-spi and copro-model (provided), the
   * testkit, the engine, the sample, JUnit's API and AssertJ (test), and the annotations they use.
   */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type :
        List.of(
            Metric.class,
            Principle.class,
            MetricCompatibilityKit.class,
            Copro.class,
            SampleDatasets.class,
            Test.class,
            API.class,
            Assertions.class,
            NullMarked.class,
            org.opentest4j.AssertionFailedError.class)) {
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
