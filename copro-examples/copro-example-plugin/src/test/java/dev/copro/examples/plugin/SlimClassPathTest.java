package dev.copro.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Dataset;
import dev.copro.spi.Metric;
import dev.copro.testkit.PluginHarness;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * A plugin runs on copro's model and SPI alone: this module's plugins, loaded with copro-model,
 * copro-spi and their annotation jars only ({@link PluginAlone}, in a class loader whose parent is
 * the platform class loader), measure and find in a dataset exactly what the engine gets from them,
 * and neither Jackson nor Guava can be loaded there. (The build checks the compile side: the
 * enforcer rule of this module's pom bans both from its compile and provided scopes.)
 */
class SlimClassPathTest {

  /** Where a class was loaded from: a jar, or a folder of classes. */
  private static URL home(Class<?> type) throws URISyntaxException, java.net.MalformedURLException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toUri()
        .toURL();
  }

  private static URLClassLoader modelAndSpiOnly() throws Exception {
    List<URL> path = new ArrayList<>();
    for (Class<?> type :
        List.of(
            OutOfHoursMeetings.class,
            PluginAlone.class,
            Metric.class,
            Dataset.class,
            NullMarked.class,
            API.class)) {
      URL url = home(type);
      if (!path.contains(url)) {
        path.add(url);
      }
    }
    return new URLClassLoader(
        "model-and-spi", path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @Test
  void plugins_onTheModelAndSpiAlone_measureWhatTheEngineMeasures() throws Exception {
    List<String> expected = new ArrayList<>();
    expected.add(
        OutOfHoursMeetings.ID
            + " "
            + PluginHarness.forMetric(new OutOfHoursMeetings()).measure(PluginAlone.week()));
    expected.add(
        RecentBoardChairs.ID
            + " "
            + PluginHarness.forRule(new RecentBoardChairs()).check(PluginAlone.week()));

    try (URLClassLoader alone = modelAndSpiOnly()) {
      Class<?> runner = alone.loadClass(PluginAlone.class.getName());
      assertThat(runner).isNotSameAs(PluginAlone.class);
      Method run = runner.getMethod("run");
      @SuppressWarnings("unchecked")
      List<String> results = (List<String>) run.invoke(null);

      assertThat(results).containsExactlyElementsOf(expected);
      assertThat(results.get(0)).contains("value=0.8").contains("perspective");
      assertThat(results.get(1)).contains(RecentBoardChairs.NO_BLOC_CHAIR);
      for (String absent :
          List.of(
              "com.fasterxml.jackson.core.JsonFactory",
              "com.google.common.collect.ImmutableList",
              "dev.copro.engine.Copro",
              "dev.copro.io.DatasetReader")) {
        assertThatThrownBy(() -> alone.loadClass(absent))
            .as(absent)
            .isInstanceOf(ClassNotFoundException.class);
      }
    }
  }
}
