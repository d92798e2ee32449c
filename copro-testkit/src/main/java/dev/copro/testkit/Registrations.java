package dev.copro.testkit;

import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Checks a plugin's registrations for {@link java.util.ServiceLoader}, which is how the engine
 * finds plugins: in the output that holds the plugin's classes (a classes folder or a jar), every
 * concrete {@link Metric} and {@link Rule} — every one that is not abstract, anonymous, local or
 * private — is listed in {@code META-INF/services/dev.copro.spi.Metric} or {@code …Rule}, and every
 * line there names a class of that output that implements the interface and that {@code
 * ServiceLoader} can make: public (and static, if nested), not abstract, with a public no-argument
 * constructor. Classes are loaded without being initialised: no plugin code runs.
 */
final class Registrations {

  /** Where a Maven project keeps the services files, for messages. */
  static final String MAVEN_FOLDER = "src/main/resources/";

  private static final String SERVICES = "META-INF/services/";
  private static final List<Class<?>> INTERFACES = List.of(Metric.class, Rule.class);

  private Registrations() {}

  /**
   * Every problem with the registrations of the output (classes folder or jar) that the given class
   * was loaded from, one sentence each saying what to change; empty when there is none.
   */
  static List<String> problems(Class<?> plugin) {
    Optional<Path> root = location(plugin);
    if (root.isEmpty()) {
      return List.of(
          "it is not known where "
              + plugin.getName()
              + " was loaded from, so its registration in "
              + SERVICES
              + " cannot be checked: load it from a classes folder or a jar");
    }
    ClassLoader loader =
        plugin.getClassLoader() != null
            ? plugin.getClassLoader()
            : ClassLoader.getPlatformClassLoader();
    return problems(root.get(), loader);
  }

  /**
   * Every problem with the registrations in an output, whose classes are loaded through {@code
   * loader}.
   *
   * @param root a classes folder or a jar
   * @throws UncheckedIOException if the output cannot be read
   */
  static List<String> problems(Path root, ClassLoader loader) {
    try {
      if (Files.isDirectory(root)) {
        return problems(root, root, loader);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root, (ClassLoader) null)) {
        return problems(root, jar.getPath("/"), loader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the plugin's output " + root + " cannot be read", e);
    }
  }

  private static List<String> problems(Path root, Path top, ClassLoader loader) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<Class<?>, List<Class<?>>> implementations = new LinkedHashMap<>();
    for (Class<?> service : INTERFACES) {
      implementations.put(service, new ArrayList<>());
    }
    for (String name : classNames(top)) {
      Class<?> type = load(name, loader);
      if (type != null && isConcrete(type)) {
        for (Class<?> service : INTERFACES) {
          if (service.isAssignableFrom(type)) {
            Objects.requireNonNull(implementations.get(service), "every service has a list")
                .add(type);
          }
        }
      }
    }
    for (Class<?> service : INTERFACES) {
      String file = SERVICES + service.getName();
      Path services = top.resolve(file);
      List<String> listed = new ArrayList<>();
      if (Files.isRegularFile(services)) {
        List<String> lines = Files.readAllLines(services, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).replaceFirst("#.*", "").strip();
          if (!line.isEmpty()) {
            listed.add(line);
            String problem = listedProblem(line, service, root, loader);
            if (problem != null) {
              problems.add(file + " line " + (i + 1) + " names '" + line + "', " + problem);
            }
          }
        }
      }
      for (Class<?> type :
          Objects.requireNonNull(implementations.get(service), "every service has a list")) {
        if (!listed.contains(type.getName())) {
          problems.add(
              type.getName()
                  + " is a "
                  + service.getName()
                  + " but "
                  + (Files.isRegularFile(services)
                      ? file + " does not list it: add the line '" + type.getName() + "' to it"
                      : "there is no "
                          + file
                          + ": create it with the line '"
                          + type.getName()
                          + "'")
                  + " (in a Maven project, "
                  + MAVEN_FOLDER
                  + file
                  + ")");
        }
      }
    }
    return problems;
  }

  /**
   * What is wrong with a line of a services file, ending in what to do; {@code null} if nothing.
   */
  private static @Nullable String listedProblem(
      String name, Class<?> service, Path root, ClassLoader loader) {
    Class<?> type = load(name, loader);
    if (type == null) {
      return "which is not a class that can be loaded: correct the class name, or remove the line";
    }
    if (!service.isAssignableFrom(type)) {
      return "which is not a " + service.getName() + ": remove the line";
    }
    Optional<Path> from = location(type);
    if (from.isPresent() && !sameFile(from.get(), root)) {
      return "which is not in this output but in "
          + from.get()
          + ": the engine loads only the classes a plugin "
          + "jar holds, so remove the line";
    }
    String unmakeable = unmakeable(type);
    return unmakeable == null ? null : "which ServiceLoader cannot make: " + unmakeable;
  }

  /**
   * Why ServiceLoader cannot make instances of a class, ending in what to do; {@code null} if it
   * can.
   */
  private static @Nullable String unmakeable(Class<?> type) {
    if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return "it is abstract; list a concrete class instead";
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      return "it is not public; make it public";
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      return "it is an inner class; make it static";
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      if (!Modifier.isPublic(constructor.getModifiers())) {
        return "its no-argument constructor is not public; make it public";
      }
    } catch (NoSuchMethodException e) {
      return "it has no no-argument constructor; add a public one";
    } catch (LinkageError e) {
      return "its constructors cannot be linked (" + e + ")";
    }
    return null;
  }

  /** Not abstract, not an interface, and declared where ServiceLoader could be meant to load it. */
  private static boolean isConcrete(Class<?> type) {
    return !type.isInterface()
        && !Modifier.isAbstract(type.getModifiers())
        && !type.isAnonymousClass()
        && !type.isLocalClass()
        && !type.isSynthetic()
        && !Modifier.isPrivate(type.getModifiers());
  }

  /**
   * The binary names of the classes in an output, sorted; none under META-INF, and no module or
   * package info.
   */
  private static TreeSet<String> classNames(Path top) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = top.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".class")
            && !path.startsWith("META-INF/")
            && !path.endsWith("module-info.class")
            && !path.endsWith("package-info.class")) {
          names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return names;
  }

  private static @Nullable Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The classes folder or jar a class was loaded from, when it is a file. */
  static Optional<Path> location(Class<?> type) {
    CodeSource code = type.getProtectionDomain().getCodeSource();
    URL url = code == null ? null : code.getLocation();
    if (url == null || !"file".equals(url.getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
