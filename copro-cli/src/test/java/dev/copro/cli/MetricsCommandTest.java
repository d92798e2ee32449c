package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copro metrics} end to end. */
class MetricsCommandTest {

  @TempDir Path dir;

  @Test
  void metrics_listsTheDefaultCatalogWithDescriptors() {
    Cli.Run run = Cli.run("metrics");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("ID ")
        .contains("KIND", "VERSION", "PRINCIPLES", "UNIT", "SOURCE")
        .containsPattern("\ncopro\\.voice\\.equality +metric +1\\.0\\.0 +equality +share +yes +\\S")
        .containsPattern("\ncopro\\.ladder\\.tlap +metric ")
        .containsPattern("\n[0-9]+ metrics, [0-9]+ rules\\.\n");
  }

  @Test
  void metrics_pluginsFolder_listsThePluginWithItsJar() throws IOException {
    Path jar = PluginJars.meetingCount(dir.resolve("plugins"));

    Cli.Run run = Cli.run("metrics", "--plugins", dir.resolve("plugins").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern(
            "\nacme\\.meeting-count +metric +1\\.0\\.0 +relationship +count +yes +"
                + java.util.regex.Pattern.quote(jar.toString())
                + "\n");
  }

  @Test
  void metrics_withIds_showsEverythingAboutThem() throws IOException {
    Path jar = PluginJars.meetingCount(dir.resolve("plugins"));

    Cli.Run run =
        Cli.run(
            "metrics",
            "--plugins",
            dir.resolve("plugins").toString(),
            PluginJars.MEETING_COUNT,
            "copro.access.notice");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("acme.meeting-count  Meetings held\n")
        .contains(
            "  kind:        metric\n",
            "  principles:  relationship\n",
            "  unit:        count, range [0.0, Infinity]\n",
            "  class:       acme.MeetingCount\n",
            "  loaded from: " + jar + "\n",
            "  description: How many activities there were.\n")
        .contains("\ncopro.access.notice  ")
        .contains("  parameters:\n    ");
  }

  @Test
  void metrics_unknownId_isAUsageError() {
    Cli.Run run = Cli.run("metrics", "copro.no-such-metric");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("No metric or rule has the id 'copro.no-such-metric'");
  }

  @Test
  void metrics_disabledByConfiguration_saysSo() throws IOException {
    Path config =
        java.nio.file.Files.writeString(
            dir.resolve("c.json"),
            "{\"format\": \"copro-config/1\", \"disabled\": [\"copro.access.notice\"]}");

    Cli.Run run = Cli.run("metrics", "--config", config.toString());

    assertThat(run.out())
        .containsPattern("\ncopro\\.access\\.notice +metric +1\\.0\\.0 +accessibility +share +no ");
  }
}
