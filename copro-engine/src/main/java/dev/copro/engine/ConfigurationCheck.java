package dev.copro.engine;

import static dev.copro.engine.JsonTree.escape;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks a configuration against the plugins an engine loaded: every plugin id it names exists,
 * every parameter it sets is declared and its value allowed ({@link ParameterSpec#check}), and only
 * metrics get thresholds, within the metric's declared range and in its declared direction. Unknown
 * names come with the nearest known one. Problems are located in the configuration's document when
 * it was read from one.
 */
final class ConfigurationCheck {

  private ConfigurationCheck() {}

  static List<Problem> check(Configuration config, List<Plugin> plugins) {
    Map<String, Plugin> byId = new TreeMap<>();
    for (Plugin plugin : plugins) {
      byId.putIfAbsent(plugin.id(), plugin);
    }
    List<Problem> problems = new ArrayList<>();
    checkListed(
        config, ConfigurationJson.ENABLED, config.enabled().orElse(Set.of()), byId, problems);
    checkListed(config, ConfigurationJson.DISABLED, config.disabled(), byId, problems);
    config
        .parameters()
        .forEach(
            (id, values) -> {
              Plugin plugin = known(config, ConfigurationJson.PARAMETERS, id, byId, problems);
              if (plugin == null) {
                return;
              }
              List<ParameterSpec> specs = plugin.descriptor().parameters();
              values.forEach(
                  (name, value) -> {
                    String key = ConfigurationJson.PARAMETERS + "/" + id + "/" + name;
                    Location valueAt =
                        config.locate(
                            key,
                            "/"
                                + ConfigurationJson.PARAMETERS
                                + "/"
                                + escape(id)
                                + "/"
                                + escape(name));
                    ParameterSpec spec = plugin.descriptor().parameter(name);
                    if (spec == null) {
                      problems.add(
                          new Problem(
                              Problem.Kind.CONFIGURATION,
                              valueAt,
                              id,
                              "the plugin '"
                                  + id
                                  + "' has no parameter '"
                                  + name
                                  + "'"
                                  + (specs.isEmpty()
                                      ? "; it declares none"
                                      : Names.suggestion(
                                          name,
                                          specs.stream().map(ParameterSpec::name).toList()))));
                      return;
                    }
                    String why = spec.check(value);
                    if (why != null) {
                      problems.add(
                          new Problem(
                              Problem.Kind.INVALID_VALUE,
                              valueAt,
                              id,
                              "the parameter '" + name + "' of '" + id + "': " + why));
                    }
                  });
            });
    config
        .thresholds()
        .forEach(
            (id, thresholds) -> {
              Plugin plugin = known(config, ConfigurationJson.THRESHOLDS, id, byId, problems);
              if (plugin != null && plugin.kind() == PluginInfo.Kind.RULE) {
                problems.add(
                    new Problem(
                        Problem.Kind.CONFIGURATION,
                        entry(config, ConfigurationJson.THRESHOLDS, id),
                        id,
                        "'"
                            + id
                            + "' is a rule, and only metrics are rated; remove its thresholds"));
              } else if (plugin != null) {
                checkThresholds(config, id, thresholds, plugin.descriptor(), problems);
              }
            });
    return problems;
  }

  /**
   * Thresholds must be able to tell values apart: each boundary within the metric's declared range
   * (a boundary outside it rates every value alike, such as days of notice given for a share), and
   * the direction the metric's own thresholds declare, when it declares any.
   */
  private static void checkThresholds(
      Configuration config,
      String id,
      Thresholds thresholds,
      Descriptor descriptor,
      List<Problem> problems) {
    ValueRange range = descriptor.range();
    String name =
        descriptor.name().equals(id) ? "'" + id + "'" : descriptor.name() + " ('" + id + "')";
    for (String boundary : List.of("green", "amber")) {
      double value = boundary.equals("green") ? thresholds.green() : thresholds.amber();
      if (!range.contains(value)) {
        problems.add(
            new Problem(
                Problem.Kind.OUT_OF_RANGE,
                thresholdField(config, id, boundary),
                id,
                "the "
                    + boundary
                    + " threshold of "
                    + name
                    + " is "
                    + Names.number(value)
                    + ", outside the metric's range "
                    + Names.range(range)
                    + (descriptor.unit() == Unit.SHARE ? " (its value is a share)" : "")
                    + ", so every value would get the same rating"));
      }
    }
    Thresholds declared = descriptor.thresholds();
    if (declared != null && declared.higherIsBetter() != thresholds.higherIsBetter()) {
      problems.add(
          new Problem(
              Problem.Kind.CONFIGURATION,
              thresholdField(config, id, "higherIsBetter"),
              id,
              "the thresholds of "
                  + name
                  + " say "
                  + (thresholds.higherIsBetter() ? "higher" : "lower")
                  + " values are better, but for this metric "
                  + (declared.higherIsBetter() ? "higher" : "lower")
                  + " values are better; set \"higherIsBetter\": "
                  + declared.higherIsBetter()));
    }
  }

  private static Location thresholdField(Configuration config, String id, String field) {
    return config.locate(
        ConfigurationJson.THRESHOLDS + "/" + id + "/" + field,
        "/" + ConfigurationJson.THRESHOLDS + "/" + escape(id) + "/" + field);
  }

  private static void checkListed(
      Configuration config,
      String list,
      Set<String> ids,
      Map<String, Plugin> byId,
      List<Problem> problems) {
    List<String> ordered = new ArrayList<>(new TreeSet<>(ids));
    for (int i = 0; i < ordered.size(); i++) {
      String id = ordered.get(i);
      if (!byId.containsKey(id)) {
        problems.add(unknownPlugin(config.locate(list + "/" + id, "/" + list + "/" + i), id, byId));
      }
    }
  }

  /**
   * The plugin with the id of an entry of a section, or {@code null} after recording that there is
   * none.
   */
  private static @Nullable Plugin known(
      Configuration config,
      String section,
      String id,
      Map<String, Plugin> byId,
      List<Problem> problems) {
    Plugin plugin = byId.get(id);
    if (plugin == null) {
      problems.add(unknownPlugin(entry(config, section, id), id, byId));
    }
    return plugin;
  }

  /** Where the entry for a plugin in a section ({@code parameters}, {@code thresholds}) is. */
  private static Location entry(Configuration config, String section, String id) {
    return config.locate(section + "/" + id, "/" + section + "/" + escape(id));
  }

  private static Problem unknownPlugin(Location at, String id, Map<String, Plugin> byId) {
    String hint =
        byId.isEmpty() ? " (no plugins were loaded)" : Names.suggestion(id, byId.keySet());
    return new Problem(
        Problem.Kind.CONFIGURATION, at, id, "no plugin has the id '" + id + "'" + hint);
  }
}
