package dev.copro.engine;

import dev.copro.spi.Descriptor;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin the engine loaded: what it is, who it says it is, and where it came from.
 *
 * @param kind whether it is a metric or a rule
 * @param descriptor its descriptor, as it returned it at load
 * @param className the fully qualified name of its class
 * @param source where its class was loaded from: the jar's path for a plugin directory, the
 *     class-path location (a jar or a directory) for plugins discovered in a class loader, followed
 *     by {@code (given to the builder)} for instances passed to {@link Copro.Builder#metrics} or
 *     {@link Copro.Builder#rules}
 * @param enabled whether the configuration lets it run
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PluginInfo(
    Kind kind, Descriptor descriptor, String className, String source, boolean enabled) {

  /** Checks presence. */
  public PluginInfo {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(source, "source");
  }

  /** The plugin's id, from its descriptor. */
  public String id() {
    return descriptor.id();
  }

  /** The kinds of plugin. */
  public enum Kind {
    /** A {@link dev.copro.spi.Metric}. */
    METRIC,
    /** A {@link dev.copro.spi.Rule}. */
    RULE;

    /** The lower-case code used in listings. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
