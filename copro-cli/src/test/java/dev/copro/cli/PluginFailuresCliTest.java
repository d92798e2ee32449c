package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that fail, through the command line: a plugin with a reserved id is left out and listed
 * like any other plugin that cannot be loaded, the evaluation goes on, and failures name each
 * plugin once.
 */
class PluginFailuresCliTest {

  @TempDir Path dir;

  @Test
  void evaluate_pluginWithAReservedId_listedUnderPluginFailures_andTheEvaluationGoesOn()
      throws IOException {
    Path plugins = dir.resolve("plugins");
    Path jar = PluginJars.reservedId(plugins);
    PluginJars.meetingCount(plugins);

    Cli.Run run = Cli.run("evaluate", "--plugins", plugins.toString(), "--format", "json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("pluginFailures"))
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.path("className").asText()).isEqualTo("acme.Sneaky");
              assertThat(failure.path("source").asText()).isEqualTo(jar.toString());
              assertThat(failure.path("reason").asText())
                  .isEqualTo(
                      "its id '"
                          + PluginJars.RESERVED
                          + "' starts with "
                          + "'copro.', which is reserved for copro's default catalog; use your organisation's name as the prefix, "
                          + "such as 'acme.sneaky.count'");
            });
    assertThat(report.path("metrics").findValuesAsText("id"))
        .contains(PluginJars.MEETING_COUNT, "copro.scorecard.principles")
        .doesNotContain(PluginJars.RESERVED);
    assertThat(run.err())
        .contains(
            "copro: warning: could not load acme.Sneaky from "
                + jar
                + ": its id '"
                + PluginJars.RESERVED
                + "' starts with 'copro.'");
  }

  @Test
  void evaluate_pluginWithAReservedId_failOnPluginFailure_exits4() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJars.reservedId(plugins);

    Cli.Run run = Cli.run("evaluate", "--plugins", plugins.toString(), "--fail-on-plugin-failure");

    assertThat(run.code()).isEqualTo(ExitCodes.PLUGIN_FAILURE);
    assertThat(run.out()).contains("FAILURES\n  Could not load acme.Sneaky from ");
  }

  @Test
  void evaluate_failingMetric_namedOnceInEveryMessage() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJars.failing(plugins);
    String failure = "threw java.lang.IllegalStateException: this metric always fails";

    Cli.Run text = Cli.run("evaluate", "--plugins", plugins.toString());
    Cli.Run json = Cli.run("evaluate", "--plugins", plugins.toString(), "--format", "json");

    assertThat(text.out())
        .contains("FAILURES\n  " + PluginJars.FAILING + ": " + failure + "\n")
        .doesNotContain(PluginJars.FAILING + ": " + PluginJars.FAILING);
    assertThat(text.err())
        .contains(": failed: " + PluginJars.FAILING + ": " + failure)
        .doesNotContain(PluginJars.FAILING + ": " + PluginJars.FAILING);
    JsonNode metric = null;
    for (JsonNode m : new ObjectMapper().readTree(json.out()).path("metrics")) {
      if (m.path("id").asText().equals(PluginJars.FAILING)) {
        metric = m;
      }
    }
    assertThat(metric).isNotNull();
    assertThat(metric.path("failure").asText()).isEqualTo(failure);
  }
}
