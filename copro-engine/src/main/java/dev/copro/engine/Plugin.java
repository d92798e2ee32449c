package dev.copro.engine;

import dev.copro.spi.Descriptor;
import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A loaded plugin: its instance and the descriptor it returned at load, which the engine uses from
 * then on (a plugin's {@code descriptor()} is called once).
 *
 * @param kind metric or rule
 * @param instance the {@link Metric} or {@link Rule}
 * @param descriptor its descriptor
 * @param source where its class came from (see {@link PluginInfo#source()})
 */
record Plugin(PluginInfo.Kind kind, Object instance, Descriptor descriptor, String source) {

  String id() {
    return descriptor.id();
  }

  String className() {
    return instance.getClass().getName();
  }

  /** The loader that defined the plugin's class, made the context class loader during its calls. */
  @Nullable ClassLoader loader() {
    return instance.getClass().getClassLoader();
  }

  Metric metric() {
    return (Metric) instance;
  }

  Rule rule() {
    return (Rule) instance;
  }

  PluginInfo info(boolean enabled) {
    return new PluginInfo(kind, descriptor, className(), source, enabled);
  }
}
