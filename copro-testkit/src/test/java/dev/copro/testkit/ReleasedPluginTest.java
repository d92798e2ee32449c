package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Copro;
import dev.copro.engine.PluginInfo;
import dev.copro.engine.Report;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The released example plugin (see {@link ReleasedPlugin}) loads from a plugin folder through the
 * current engine and runs; its kit tests are {@link ReleasedOutOfHoursMeetingsCompatibilityTest}
 * and {@link ReleasedRecentBoardChairsCompatibilityTest}.
 */
class ReleasedPluginTest {

  @Test
  void pluginFolder_loadsBothPlugins_andTheyRunOnEveryKindOfRecord() {
    try (Copro copro =
        Copro.builder()
            .classPathDiscovery(false)
            .pluginDirectory(ReleasedPlugin.folder())
            .build()) {
      assertThat(copro.pluginFailures()).isEmpty();
      assertThat(copro.plugins())
          .extracting(PluginInfo::id, PluginInfo::className, PluginInfo::source)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  ReleasedPlugin.METRIC_ID,
                  ReleasedPlugin.METRIC_CLASS,
                  ReleasedPlugin.jar().toString()),
              org.assertj.core.groups.Tuple.tuple(
                  ReleasedPlugin.RULE_ID,
                  ReleasedPlugin.RULE_CLASS,
                  ReleasedPlugin.jar().toString()));

      Report report = copro.evaluate(TestDatasets.small());

      assertThat(report.metric(ReleasedPlugin.METRIC_ID).orElseThrow().status())
          .isEqualTo(Report.Status.OK);
      assertThat(report.rule(ReleasedPlugin.RULE_ID).orElseThrow().status())
          .isEqualTo(Report.Status.OK);
    }
  }

  @Test
  void jar_isTheOneItsReadmeDescribes() throws Exception {
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(ReleasedPlugin.jar())) {
      sha.update(in.readAllBytes());
    }
    String hex = java.util.HexFormat.of().formatHex(sha.digest());

    assertThat(Files.readString(ReleasedPlugin.folder().resolve("README.md")))
        .contains("sha256 " + hex);
  }
}
