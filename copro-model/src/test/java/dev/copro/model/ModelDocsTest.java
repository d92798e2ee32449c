package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/model.md equal to the records of this package: a section per public record, and in it
 * a row per component, in the order of the record's components, with the component's type and
 * whether it is {@code @Nullable}; no row or section for anything that is not there.
 */
class ModelDocsTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern SECTION = Pattern.compile("(?m)^### `([A-Za-z]+)`$");
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\| `([^`]+)` \\| [^|]* \\| (yes|no) \\|");

  /** A row of a record's table. */
  private record Row(String component, String type, boolean nullable) {}

  @Test
  void everyPublicRecord_hasASection_andEverySectionIsARecord() throws IOException {
    assertThat(sections().keySet())
        .containsExactlyInAnyOrderElementsOf(records().stream().map(Class::getSimpleName).toList());
    assertThat(records()).hasSizeGreaterThanOrEqualTo(13);
  }

  @Test
  void everyComponent_hasARow_inOrder_withItsTypeAndNullability() throws IOException {
    Map<String, List<Row>> sections = sections();
    for (Class<?> record : records()) {
      List<Row> expected = new ArrayList<>();
      for (RecordComponent c : record.getRecordComponents()) {
        expected.add(
            new Row(
                c.getName(),
                typeName(c),
                c.getAnnotatedType().isAnnotationPresent(Nullable.class)));
      }
      assertThat(sections.get(record.getSimpleName()))
          .as("the table of %s in docs/model.md", record.getSimpleName())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void datasetSection_namesEveryPublicMethodOfDataset() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/model.md"));
    String section = doc.substring(doc.indexOf("## The dataset"), doc.indexOf("## Records"));
    Set<String> methods = new TreeSet<>();
    for (Method m : Dataset.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Set.of("equals", "hashCode", "toString").contains(m.getName())) {
        methods.add(m.getName());
      }
    }
    assertThat(methods)
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(section).as("docs/model.md, The dataset").contains("`" + name + "("));
  }

  /** The rows of each record section of docs/model.md, by record name. */
  private static Map<String, List<Row>> sections() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/model.md"));
    int records = doc.indexOf("\n## Records\n");
    int end = doc.indexOf("\n## ", records + 1);
    String part = doc.substring(records, end < 0 ? doc.length() : end);
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(part);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      starts.add(m.end());
      names.add(m.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      String body =
          part.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : part.length());
      List<Row> rows = new ArrayList<>();
      Matcher row = ROW.matcher(body);
      while (row.find()) {
        rows.add(new Row(row.group(1), row.group(2), row.group(3).equals("yes")));
      }
      sections.put(names.get(i), rows);
    }
    return sections;
  }

  /** The public records of dev.copro.model, found among the compiled classes of the package. */
  private static List<Class<?>> records() throws IOException {
    Path folder;
    try {
      folder =
          Path.of(Activity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .resolve("dev/copro/model");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type =
              load("dev.copro.model." + name.substring(0, name.length() - ".class".length()));
          if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
            records.add(type);
          }
        }
      }
    }
    return records;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code java.util.Map<java.lang.String, java.lang.String>} as {@code Map<String, String>}. */
  private static String typeName(RecordComponent component) {
    return component.getGenericType().getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
