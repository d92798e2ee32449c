package dev.copro.engine;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks plugin identities at load, after JUnit's {@code EngineIdValidator}: an id must not be
 * blank, must match {@link Descriptor#ID_PATTERN}, must be unique among all loaded plugins (metrics
 * and rules share one namespace), and may start with {@code copro.} only when the plugin's class is
 * in a package under {@code dev.copro.} — the prefix is reserved for the default catalog.
 */
final class IdentityValidator {

  /** The id prefix reserved for copro's own plugins. */
  static final String RESERVED_PREFIX = "copro.";

  private static final String RESERVED_PACKAGE = "dev.copro.";
  private static final Pattern ID = Pattern.compile(Descriptor.ID_PATTERN);

  private IdentityValidator() {}

  /** Every identity problem among the plugins, each located at the source of the plugin concerned. */
  static List<Problem> validate(List<Plugin> plugins) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Plugin> seen = new HashMap<>();
    for (Plugin plugin : plugins) {
      String id = plugin.id();
      if (id.isBlank()) {
        problems.add(problem(plugin, plugin.className() + " has a blank id; every plugin needs a unique id such as "
            + "'acme.meetings.out-of-hours'"));
        continue;
      }
      if (!ID.matcher(id).matches()) {
        problems.add(problem(plugin, "the id '" + id + "' of " + plugin.className() + " is not valid: ids are "
            + "lower-case letters and digits in words joined by hyphens, with at least two parts separated by "
            + "dots, such as 'acme.meetings.out-of-hours'"));
      }
      if (id.startsWith(RESERVED_PREFIX) && !plugin.className().startsWith(RESERVED_PACKAGE)) {
        problems.add(problem(plugin, "the id '" + id + "' of " + plugin.className() + " starts with '"
            + RESERVED_PREFIX + "', which is reserved for copro's default catalog; use your organisation's "
            + "name as the prefix"));
      }
      Plugin first = seen.putIfAbsent(id, plugin);
      if (first != null) {
        problems.add(problem(plugin, "the id '" + id + "' is used by two plugins: " + first.className() + " from "
            + first.source() + ", and " + plugin.className() + " from " + plugin.source() + "; ids must be unique"));
      }
    }
    return problems;
  }

  private static Problem problem(Plugin plugin, String message) {
    return new Problem(Problem.Kind.CONFIGURATION, Location.at(plugin.source(), null), plugin.className(), message);
  }
}
