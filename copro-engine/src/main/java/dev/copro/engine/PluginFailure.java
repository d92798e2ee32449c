package dev.copro.engine;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plugin that could not be loaded: its class could not be found or linked, its constructor or its
 * {@code descriptor()} threw, returned null or ran past the time budget, or its id is blank, not
 * valid, or under the prefix {@code copro.} reserved for the default catalog. The engine carries on
 * without it and lists it in every report.
 *
 * @param className the plugin's class name, or {@code null} when it is not known (a jar that
 *     registers no plugin, a services entry naming a class that cannot be loaded)
 * @param source where it was to be loaded from: a jar's path or a class-path location
 * @param reason what went wrong, in plain words (without the class name, which is beside it)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PluginFailure(@Nullable String className, String source, String reason) {

  /** Checks presence. */
  public PluginFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
