package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copro new-plugin}: the files it writes, the names it derives, and what it refuses. */
class NewPluginCommandTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir Path dir;

  @Test
  void newPlugin_writesTheWholeProject_withTheIdAndPackageFilledIn() throws IOException {
    Path project = dir.resolve("my-metric");

    Cli.Run run = Cli.run("new-plugin", project.toString(), "--id", "org.example.my-metric");

    assertThat(run.code()).as(run.err()).isZero();
    List<String> files;
    try (Stream<Path> walk = Files.walk(project)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(f -> project.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files)
        .containsExactly(
            ".gitignore",
            "README.md",
            "pom.xml",
            "src/main/java/org/example/mymetric/MyMetric.java",
            "src/main/java/org/example/mymetric/MyMetricRule.java",
            "src/main/resources/META-INF/services/dev.copro.spi.Metric",
            "src/main/resources/META-INF/services/dev.copro.spi.Rule",
            "src/test/java/org/example/mymetric/MyMetricCompatibilityTest.java",
            "src/test/java/org/example/mymetric/MyMetricRuleCompatibilityTest.java",
            "src/test/java/org/example/mymetric/MyMetricRuleTest.java",
            "src/test/java/org/example/mymetric/MyMetricTest.java");
    assertThat(
            Files.readString(
                project.resolve("src/main/resources/META-INF/services/dev.copro.spi.Metric")))
        .isEqualTo("org.example.mymetric.MyMetric\n");
    assertThat(
            Files.readString(
                project.resolve("src/main/resources/META-INF/services/dev.copro.spi.Rule")))
        .isEqualTo("org.example.mymetric.MyMetricRule\n");
    String metric =
        Files.readString(project.resolve("src/main/java/org/example/mymetric/MyMetric.java"));
    assertThat(metric)
        .startsWith("package org.example.mymetric;\n")
        .contains("public final class MyMetric implements Metric")
        .contains("public static final String ID = \"org.example.my-metric\";");
    assertThat(
            Files.readString(
                project.resolve("src/main/java/org/example/mymetric/MyMetricRule.java")))
        .contains("public static final String ID = \"org.example.my-metric-rule\";");
    for (String file : files) {
      assertThat(Files.readString(project.resolve(file)))
          .as(file)
          .doesNotContain("{{")
          .doesNotContain("}}");
    }
    assertThat(run.out())
        .contains("cd " + project + " && mvn verify")
        .contains("copro evaluate --plugins " + project.resolve("target"));
  }

  @Test
  void newPlugin_pom_importsTheBomAtThisVersionAndRequiresTestsToRun() throws IOException {
    Cli.run("new-plugin", dir.toString(), "--id", "acme.meetings.out-of-hours");

    String pom = Files.readString(dir.resolve("pom.xml"));
    assertThat(pom)
        .contains("<groupId>acme.meetings</groupId>\n  <artifactId>out-of-hours</artifactId>")
        .contains("<copro.version>" + VersionProvider.version() + "</copro.version>")
        .contains(
            "<artifactId>copro-bom</artifactId>\n        <version>${copro.version}</version>\n"
                + "        <type>pom</type>\n        <scope>import</scope>")
        .contains("<artifactId>copro-spi</artifactId>\n      <scope>provided</scope>")
        .contains("<artifactId>copro-testkit</artifactId>\n      <scope>test</scope>")
        .contains("<artifactId>copro-sample</artifactId>\n      <scope>test</scope>")
        .contains("<junit.version>" + VersionProvider.junit() + "</junit.version>")
        .contains("<maven.compiler.release>17</maven.compiler.release>")
        .contains("<failIfNoTests>true</failIfNoTests>")
        .contains("<failIfNoSpecifiedTests>true</failIfNoSpecifiedTests>");
    assertThat(VersionProvider.junit()).matches("5\\.\\d+\\.\\d+");
    assertThat(
            Files.exists(
                dir.resolve("src/main/java/acme/meetings/outofhours/OutOfHoursMetric.java")))
        .isTrue();
    assertThat(
            Files.exists(dir.resolve("src/main/java/acme/meetings/outofhours/OutOfHoursRule.java")))
        .isTrue();
  }

  /**
   * The generated project builds with the plugins copro's own build uses, which are in every copro
   * builder's cache.
   */
  @Test
  void pomTemplate_pluginVersions_areThoseOfCoprosOwnBuild() throws IOException {
    Map<String, String> ours = pluginVersions(Files.readString(ROOT.resolve("pom.xml")));
    Map<String, String> generated =
        pluginVersions(PluginProject.of("acme.x", null, "1", "5").files().get("pom.xml"));

    assertThat(generated)
        .containsKeys(
            "maven-surefire-plugin",
            "maven-compiler-plugin",
            "maven-jar-plugin",
            "maven-resources-plugin");
    generated.forEach(
        (plugin, version) -> assertThat(version).as(plugin).isEqualTo(ours.get(plugin)));
  }

  @Test
  void newPlugin_package_givenIsUsed() throws IOException {
    Cli.Run run =
        Cli.run(
            "new-plugin",
            dir.toString(),
            "--id",
            "org.example.my-metric",
            "--package",
            "com.acme.copro");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("src/test/java/com/acme/copro/MyMetricTest.java")))
        .startsWith("package com.acme.copro;\n");
  }

  @Test
  void newPlugin_reservedId_usageErrorAndNothingWritten() {
    Path project = dir.resolve("p");

    Cli.Run run = Cli.run("new-plugin", project.toString(), "--id", "copro.meetings.count");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "the id 'copro.meetings.count' starts with 'copro.', which is reserved for copro's "
                + "own catalog")
        .contains("'org.example.meetings.count'")
        .contains("Try 'copro new-plugin --help'");
    assertThat(Files.exists(project)).isFalse();
  }

  @Test
  void newPlugin_invalidIdPackageAndNonEmptyFolder_everyProblemListed() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    Cli.Run run =
        Cli.run("new-plugin", dir.toString(), "--id", "MyMetric", "--package", "org.new.x");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("cannot write the plugin project:\n")
        .contains("  - the id 'MyMetric' is not valid")
        .contains("  - the package 'org.new.x' is not a Java package name")
        .contains("  - the folder " + dir + " is not empty");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries).hasSize(1);
    }
  }

  @Test
  void newPlugin_folderIsAFile_refused() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");

    Cli.Run run = Cli.run("new-plugin", file.toString(), "--id", "acme.x");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(file + " is a file, not a folder");
  }

  @Test
  void newPlugin_emptyFolder_accepted() {
    assertThat(Cli.run("new-plugin", dir.toString(), "--id", "acme.x").code()).isZero();
    assertThat(dir.resolve("pom.xml")).exists();
  }

  @Test
  void newPlugin_noId_usageError() {
    Cli.Run run = Cli.run("new-plugin", dir.resolve("p").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Missing required option: '--id=ID'");
  }

  @Test
  void of_names_derivedFromTheIdsLastPart() {
    assertThat(PluginProject.of("acme.meetings.out-of-hours", null, "1", "5"))
        .satisfies(
            p -> {
              assertThat(p.packageName()).isEqualTo("acme.meetings.outofhours");
              assertThat(p.metricClass()).isEqualTo("OutOfHoursMetric");
              assertThat(p.ruleClass()).isEqualTo("OutOfHoursRule");
              assertThat(p.ruleId()).isEqualTo("acme.meetings.out-of-hours-rule");
              assertThat(p.groupId()).isEqualTo("acme.meetings");
              assertThat(p.artifactId()).isEqualTo("out-of-hours");
            });
    // Names that would clash with the SPI's, or start with a digit.
    assertThat(PluginProject.of("acme.metric", null, "1", "5").metricClass())
        .isEqualTo("MetricMetric");
    assertThat(PluginProject.of("acme.rule", null, "1", "5").ruleClass()).isEqualTo("RuleRule");
    assertThat(PluginProject.of("acme.7-day", null, "1", "5").metricClass())
        .isEqualTo("Plugin7DayMetric");
  }

  @Test
  void packageOf_keywordsAndDigits_madeJavaIdentifiers() {
    assertThat(PluginProject.packageOf("nhs-trust-7.new.2025-voice"))
        .isEqualTo("nhstrust7.new_._2025voice");
    assertThat(PluginProject.packageOf("org.example.true")).isEqualTo("org.example.true_");
  }

  @Test
  void of_invalidId_throwsWithTheProblem() {
    assertThatThrownBy(() -> PluginProject.of("copro.x", null, "1", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
  }

  private static Map<String, String> pluginVersions(String pom) {
    Matcher m =
        Pattern.compile(
                "<artifactId>(maven-[a-z-]+-plugin)</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    Map<String, String> versions = new java.util.TreeMap<>();
    while (m.find()) {
      versions.put(m.group(1), m.group(2));
    }
    return versions;
  }
}
