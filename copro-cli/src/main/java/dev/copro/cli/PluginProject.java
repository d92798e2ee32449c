package dev.copro.cli;

import dev.copro.spi.Descriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * The plugin project that {@code copro new-plugin} writes: a Maven project with one metric, one
 * rule, their registrations, the compatibility kit's tests and tests with hand-worked values, made
 * from the templates kept beside this class in {@code plugin/}.
 *
 * <p>Names follow from the metric's id, such as {@code org.example.my-metric}: the rule's id is the
 * metric's with {@code -rule} appended; the Maven group is the id without its last part and the
 * artifact the last part; the package, unless given, is the id's parts without hyphens (a part that
 * is a Java keyword gets a trailing underscore, one that starts with a digit a leading one); the
 * classes are named after the last part ({@code MyMetric}, {@code MyMetricRule}).
 *
 * @param id the metric's id
 * @param ruleId the rule's id
 * @param packageName the Java package of the classes
 * @param groupId the project's Maven group
 * @param artifactId the project's Maven artifact
 * @param metricClass the metric's simple class name
 * @param ruleClass the rule's simple class name
 * @param coproVersion the version of copro the project builds against
 * @param junitVersion the version of JUnit the project runs its tests with
 */
record PluginProject(
    String id,
    String ruleId,
    String packageName,
    String groupId,
    String artifactId,
    String metricClass,
    String ruleClass,
    String coproVersion,
    String junitVersion) {

  /** The id prefix the engine reserves for copro's own catalog. */
  static final String RESERVED_PREFIX = "copro.";

  private static final Pattern ID = Pattern.compile(Descriptor.ID_PATTERN);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
  private static final String TEMPLATES = "plugin/";
  private static final String SERVICES = "src/main/resources/META-INF/services/";

  /**
   * What is wrong with an id and a package for a new plugin, one sentence each; empty when they
   * will do.
   *
   * @param packageName the package asked for, or {@code null} to derive it from the id
   */
  static List<String> problems(String id, @Nullable String packageName) {
    List<String> problems = new ArrayList<>();
    if (!ID.matcher(id).matches()) {
      problems.add(
          "the id '"
              + id
              + "' is not valid: ids are lower-case letters and digits in words joined by "
              + "hyphens, with at least two parts separated by dots, such as 'org.example.my-metric'");
    } else if (id.startsWith(RESERVED_PREFIX)) {
      problems.add(
          "the id '"
              + id
              + "' starts with '"
              + RESERVED_PREFIX
              + "', which is reserved for copro's own "
              + "catalog: use your organisation's name as the prefix, such as 'org.example."
              + id.substring(RESERVED_PREFIX.length())
              + "'");
    }
    if (packageName != null && !SourceVersion.isName(packageName)) {
      problems.add(
          "the package '"
              + packageName
              + "' is not a Java package name: dot-separated Java identifiers, "
              + "none of them a keyword, such as 'org.example.mymetric'");
    }
    return problems;
  }

  /**
   * The project for a metric id, with names derived as the class documentation says.
   *
   * @param packageName the package, or {@code null} to derive it from the id
   * @throws IllegalArgumentException if {@link #problems} finds any
   */
  static PluginProject of(
      String id, @Nullable String packageName, String coproVersion, String junitVersion) {
    List<String> problems = problems(id, packageName);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    String last = id.substring(id.lastIndexOf('.') + 1);
    String base = upperCamel(last);
    String metricClass = base.endsWith("Metric") && !base.equals("Metric") ? base : base + "Metric";
    return new PluginProject(
        id,
        id + "-rule",
        packageName != null ? packageName : packageOf(id),
        id.substring(0, id.lastIndexOf('.')),
        last,
        metricClass,
        base + "Rule",
        coproVersion,
        junitVersion);
  }

  /** The package derived from an id: its parts without hyphens, each made a Java identifier. */
  static String packageOf(String id) {
    List<String> parts = new ArrayList<>();
    for (String part : id.split("\\.")) {
      String name = part.replace("-", "");
      if (Character.isDigit(name.charAt(0))) {
        name = "_" + name;
      }
      if (SourceVersion.isKeyword(name)) {
        name = name + "_";
      }
      parts.add(name);
    }
    return String.join(".", parts);
  }

  /**
   * {@code out-of-hours} → {@code OutOfHours}; a name that would start with a digit starts with
   * {@code Plugin}.
   */
  private static String upperCamel(String part) {
    StringBuilder name = new StringBuilder();
    for (String word : part.split("-")) {
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return Character.isDigit(name.charAt(0)) ? "Plugin" + name : name.toString();
  }

  /** The package as a path, such as {@code org/example/mymetric}. */
  String packagePath() {
    return packageName.replace('.', '/');
  }

  /**
   * The files of the project, by path relative to its folder (with {@code /} separators), in a
   * fixed order.
   */
  Map<String, String> files() {
    String main = "src/main/java/" + packagePath() + "/";
    String test = "src/test/java/" + packagePath() + "/";
    Map<String, String> templates = new LinkedHashMap<>();
    templates.put("pom.xml", "pom.xml.tmpl");
    templates.put("README.md", "README.md.tmpl");
    templates.put(".gitignore", "gitignore.tmpl");
    templates.put(main + metricClass + ".java", "Metric.java.tmpl");
    templates.put(main + ruleClass + ".java", "Rule.java.tmpl");
    templates.put(SERVICES + "dev.copro.spi.Metric", "services-metric.tmpl");
    templates.put(SERVICES + "dev.copro.spi.Rule", "services-rule.tmpl");
    templates.put(test + metricClass + "Test.java", "MetricTest.java.tmpl");
    templates.put(
        test + metricClass + "CompatibilityTest.java", "MetricCompatibilityTest.java.tmpl");
    templates.put(test + ruleClass + "Test.java", "RuleTest.java.tmpl");
    templates.put(test + ruleClass + "CompatibilityTest.java", "RuleCompatibilityTest.java.tmpl");
    Map<String, String> files = new LinkedHashMap<>();
    templates.forEach((path, template) -> files.put(path, fill(template(template))));
    return files;
  }

  /**
   * Writes the project's files into a folder, making it and the folders below it as needed.
   *
   * @return the files written, in the order of {@link #files()}
   * @throws IOException if a file cannot be written
   */
  List<Path> writeTo(Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  private String fill(String template) {
    Map<String, String> values =
        Map.of(
            "id",
            id,
            "ruleId",
            ruleId,
            "package",
            packageName,
            "packagePath",
            packagePath(),
            "groupId",
            groupId,
            "artifactId",
            artifactId,
            "MetricClass",
            metricClass,
            "RuleClass",
            ruleClass,
            "coproVersion",
            coproVersion,
            "junitVersion",
            junitVersion);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "the plugin template has an unknown placeholder " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private static String template(String name) {
    try (InputStream in = PluginProject.class.getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the plugin template " + name + " is missing from the copro command-line jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the plugin template " + name + " cannot be read", e);
    }
  }
}
