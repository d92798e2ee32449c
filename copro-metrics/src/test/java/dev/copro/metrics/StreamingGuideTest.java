package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the streaming example of docs/plugin-guide.md in step with the default catalog: a fenced
 * block after {@code <!-- catalog-excerpt: PATH -->} must be lines of the file at PATH (from the
 * repository root), in order, indentation aside.
 */
class StreamingGuideTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern EXCERPT =
      Pattern.compile("<!-- catalog-excerpt: (\\S+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void guide_streamingExample_isAnExcerptOfTheCatalog() throws IOException {
    Matcher m = EXCERPT.matcher(Files.readString(ROOT.resolve("docs/plugin-guide.md")));
    assertThat(m.find()).as("a catalog excerpt in the plugin guide").isTrue();
    do {
      List<String> file =
          Files.readAllLines(ROOT.resolve(m.group(1))).stream().map(String::strip).toList();
      int at = 0;
      for (String line : m.group(2).lines().map(String::strip).toList()) {
        while (at < file.size() && !file.get(at).equals(line)) {
          at++;
        }
        assertThat(at).as("%s: the line '%s', in order", m.group(1), line).isLessThan(file.size());
        at++;
      }
    } while (m.find());
  }
}
