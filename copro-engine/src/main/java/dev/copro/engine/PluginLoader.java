package dev.copro.engine;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one place plugins are found: {@link ServiceLoader} over {@link Metric} and {@link Rule} in a
 * given class loader, in the jars of a plugin directory, or instances handed over directly. Every
 * plugin's constructor and {@code descriptor()} run isolated (see {@link Isolation}); a plugin
 * whose class cannot be loaded, whose constructor or descriptor fails, or whose id is blank,
 * malformed or under the reserved {@code copro.} prefix ({@link IdentityValidator#problem}) becomes
 * a {@link PluginFailure} naming its class, and loading carries on.
 *
 * <p>Plugins are kept in the order they were found: instances first, then the class loader's, then
 * each plugin directory's jars in file-name order. Not thread-safe: one loader serves one build.
 */
final class PluginLoader {

  private static final Pattern PROVIDER_NAME =
      Pattern.compile("Provider (\\S+)|: (\\S+) not a subtype");

  private final Isolation isolation;
  private final List<Plugin> plugins = new ArrayList<>();
  private final List<PluginFailure> failures = new ArrayList<>();
  private final List<URLClassLoader> jarLoaders = new ArrayList<>();

  PluginLoader(Isolation isolation) {
    this.isolation = isolation;
  }

  /** The plugins loaded so far, in the order they were found. */
  List<Plugin> plugins() {
    return List.copyOf(plugins);
  }

  /** The plugins that could not be loaded, in the order they were met. */
  List<PluginFailure> failures() {
    return List.copyOf(failures);
  }

  /** The class loaders opened for plugin jars, which the engine closes when it is closed. */
  List<URLClassLoader> jarLoaders() {
    return List.copyOf(jarLoaders);
  }

  /** Keeps a metric or rule handed over by the host, once its descriptor has been read. */
  void instance(PluginInfo.Kind kind, Object instance) throws InterruptedException {
    Class<?> type = instance.getClass();
    keep(kind, type, location(type) + " (given to the builder)", () -> instance);
  }

  /** Discovers the metrics and rules that {@code loader} registers in {@code META-INF/services}. */
  void discover(ClassLoader loader) throws InterruptedException {
    discover(Metric.class, PluginInfo.Kind.METRIC, loader, null);
    discover(Rule.class, PluginInfo.Kind.RULE, loader, null);
  }

  /**
   * Discovers the plugins of every {@code *.jar} file in a directory, in file-name order, each jar
   * through its own class loader whose parent is the loader of the SPI (so plugins link against the
   * engine's SPI and model, and jars cannot see each other's classes). A jar contributes the
   * classes it defines itself; a jar that registers none is a failure.
   *
   * @param directory the directory
   * @return problems with the directory itself (missing, unreadable); empty when it could be read
   */
  List<Problem> discoverDirectory(Path directory) throws InterruptedException {
    List<Path> jars;
    try (Stream<Path> files = Files.list(directory)) {
      jars =
          files
              .filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      String why =
          Files.isDirectory(directory)
              ? "cannot be read (" + e.getClass().getSimpleName() + ")"
              : Files.exists(directory) ? "is not a directory" : "does not exist";
      return List.of(
          new Problem(
              Problem.Kind.CONFIGURATION,
              Location.at(directory.toString(), null),
              null,
              "the plugin directory " + why));
    }
    for (Path jar : jars) {
      URLClassLoader loader;
      try {
        loader =
            new URLClassLoader(
                "copro-plugin:" + jar.getFileName(),
                new URL[] {jar.toUri().toURL()},
                Metric.class.getClassLoader());
      } catch (MalformedURLException e) {
        failures.add(
            new PluginFailure(null, jar.toString(), "the jar's path cannot be made a URL"));
        continue;
      }
      jarLoaders.add(loader);
      int before = plugins.size() + failures.size();
      discover(Metric.class, PluginInfo.Kind.METRIC, loader, jar);
      discover(Rule.class, PluginInfo.Kind.RULE, loader, jar);
      if (plugins.size() + failures.size() == before) {
        failures.add(
            new PluginFailure(
                null,
                jar.toString(),
                "the jar registers no metric or rule of its own in META-INF/services"));
      }
    }
    return List.of();
  }

  /**
   * @param jar the jar being read, whose loader is {@code loader}: only classes it defines count;
   *     {@code null} when discovering in a host's class loader, where every registered class counts
   */
  private <S> void discover(
      Class<S> service, PluginInfo.Kind kind, ClassLoader loader, @Nullable Path jar)
      throws InterruptedException {
    Iterator<ServiceLoader.Provider<S>> providers =
        ServiceLoader.load(service, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<S> provider;
      try {
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (Throwable t) {
        // ServiceConfigurationError (a class that is missing, not a Metric, or has no public no-arg
        // constructor) or a LinkageError while loading the class; ServiceLoader moves on to the
        // next.
        Isolation.propagateIfFatal(t);
        String name = providerName(t);
        failures.add(
            new PluginFailure(
                name,
                jar == null ? registration(loader, service, name) : jar.toString(),
                "could not be loaded: " + Isolation.describe(t)));
        continue;
      }
      Class<? extends S> type = provider.type();
      if (jar == null) {
        keep(kind, type, location(type), provider::get);
      } else if (type.getClassLoader() == loader) {
        keep(kind, type, jar.toString(), provider::get);
      }
    }
  }

  private void keep(PluginInfo.Kind kind, Class<?> type, String source, Callable<?> create)
      throws InterruptedException {
    Isolation.Call<Plugin> call =
        isolation.call(
            type.getName(),
            type.getClassLoader(),
            () -> {
              Object instance = create.call();
              Descriptor descriptor =
                  kind == PluginInfo.Kind.METRIC
                      ? ((Metric) instance).descriptor()
                      : ((Rule) instance).descriptor();
              return descriptor == null ? null : new Plugin(kind, instance, descriptor, source);
            });
    String failure = call.failure();
    Plugin plugin = call.value();
    if (failure != null) {
      failures.add(new PluginFailure(type.getName(), source, failure));
    } else if (plugin == null) {
      failures.add(new PluginFailure(type.getName(), source, "descriptor() returned null"));
    } else {
      String identity = IdentityValidator.problem(plugin.id(), type.getName());
      if (identity != null) {
        failures.add(new PluginFailure(type.getName(), source, identity));
      } else {
        plugins.add(plugin);
      }
    }
  }

  private static @Nullable String providerName(Throwable t) {
    String message = t.getMessage();
    if (message == null) {
      return null;
    }
    Matcher m = PROVIDER_NAME.matcher(message);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /** Where a class was loaded from: a path for files, else the URL, else "unknown location". */
  static String location(Class<?> type) {
    try {
      ProtectionDomain domain = type.getProtectionDomain();
      CodeSource code = domain == null ? null : domain.getCodeSource();
      URL url = code == null ? null : code.getLocation();
      return url == null ? "unknown location" : describe(url);
    } catch (SecurityException e) {
      return "unknown location";
    }
  }

  /**
   * The services file that registers a class, to say where a class that could not be loaded was
   * named; "class loader" when it cannot be found.
   */
  private static String registration(
      ClassLoader loader, Class<?> service, @Nullable String className) {
    if (className != null) {
      try {
        Enumeration<URL> files = loader.getResources("META-INF/services/" + service.getName());
        while (files.hasMoreElements()) {
          URL file = files.nextElement();
          try (InputStream in = file.openStream()) {
            if (new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .anyMatch(className::equals)) {
              return describe(file);
            }
          }
        }
      } catch (IOException e) {
        // Only the failure's source is lost; the failure itself is still reported.
      }
    }
    return "class loader";
  }

  private static String describe(URL url) {
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI()).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return url.toString();
      }
    }
    return url.toString();
  }
}
