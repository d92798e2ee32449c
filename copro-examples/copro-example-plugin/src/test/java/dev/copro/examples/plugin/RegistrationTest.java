package dev.copro.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Copro;
import dev.copro.engine.PluginInfo;
import org.junit.jupiter.api.Test;

/** The plugins are registered in META-INF/services, so the engine finds them on the class path. */
class RegistrationTest {

  @Test
  void engine_discoversBothPluginsOnTheClassPath() {
    try (Copro copro = Copro.builder().build()) {
      assertThat(copro.pluginFailures()).isEmpty();
      assertThat(copro.plugins())
          .extracting(PluginInfo::id, PluginInfo::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RecentBoardChairs.ID, PluginInfo.Kind.RULE),
              org.assertj.core.groups.Tuple.tuple(OutOfHoursMeetings.ID, PluginInfo.Kind.METRIC));
    }
  }
}
