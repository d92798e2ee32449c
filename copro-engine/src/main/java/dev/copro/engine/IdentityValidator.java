package dev.copro.engine;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks plugin identities at load, after JUnit's {@code EngineIdValidator}. A plugin's own id must
 * not be blank, must match {@link Descriptor#ID_PATTERN}, and may start with {@code copro.} only
 * when the plugin's class is in a package under {@code dev.copro.} — the prefix is reserved for the
 * default catalog; a plugin whose id breaks one of these fails alone, as a plugin that cannot be
 * loaded. Ids must also be unique among all loaded plugins (metrics and rules share one namespace):
 * a duplicate is a problem of the set of plugins, which the host must resolve, not of either
 * plugin.
 */
final class IdentityValidator {

  /** The id prefix reserved for copro's own plugins. */
  static final String RESERVED_PREFIX = "copro.";

  private static final String RESERVED_PACKAGE = "dev.copro.";
  private static final Pattern ID = Pattern.compile(Descriptor.ID_PATTERN);

  private IdentityValidator() {}

  /**
   * Why a plugin's id is not acceptable, in plain words with what to do; {@code null} when it is.
   *
   * @param id the id its descriptor gives
   * @param className the plugin's class name
   */
  static @Nullable String problem(String id, String className) {
    if (id.isBlank()) {
      return "its id is blank; every plugin needs a unique id such as 'acme.meetings.out-of-hours'";
    }
    if (!ID.matcher(id).matches()) {
      return "its id '"
          + id
          + "' is not valid: ids are lower-case letters and digits in words joined by hyphens, "
          + "with at least two parts separated by dots, such as 'acme.meetings.out-of-hours'";
    }
    if (id.startsWith(RESERVED_PREFIX) && !className.startsWith(RESERVED_PACKAGE)) {
      return "its id '"
          + id
          + "' starts with '"
          + RESERVED_PREFIX
          + "', which is reserved for copro's default "
          + "catalog; use your organisation's name as the prefix, such as 'acme."
          + id.substring(RESERVED_PREFIX.length())
          + "'";
    }
    return null;
  }

  /** Every id used by two plugins, each problem located at the source of the second. */
  static List<Problem> duplicates(List<Plugin> plugins) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Plugin> seen = new HashMap<>();
    for (Plugin plugin : plugins) {
      Plugin first = seen.putIfAbsent(plugin.id(), plugin);
      if (first != null) {
        problems.add(
            new Problem(
                Problem.Kind.CONFIGURATION,
                Location.at(plugin.source(), null),
                plugin.className(),
                "the id '"
                    + plugin.id()
                    + "' is used by two plugins: "
                    + first.className()
                    + " from "
                    + first.source()
                    + ", and "
                    + plugin.className()
                    + " from "
                    + plugin.source()
                    + "; ids must be unique"));
      }
    }
    return problems;
  }
}
