package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code the documentation quotes compiled: a fenced block after {@code <!-- snippet:
 * PATH#NAME -->} in any docs/*.md must be, indentation aside, the lines of the source file at PATH
 * (from the repository root) between {@code // snippet: NAME} and the next {@code // end snippet}.
 * The file is compiled, and its test run, by the build of its own module.
 */
class DocSnippetsTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern QUOTED =
      Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  /** A quoted region: where it is quoted, and from where. */
  private record Quote(String doc, String path, String region, String text) {}

  private static List<Quote> quotes() throws IOException {
    List<Quote> quotes = new ArrayList<>();
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = QUOTED.matcher(Files.readString(doc));
        while (m.find()) {
          quotes.add(new Quote(doc.getFileName().toString(), m.group(1), m.group(2), m.group(3)));
        }
      }
    }
    return quotes;
  }

  /** The region's lines with the indentation they share removed. */
  static String region(List<String> lines, String name) {
    int start =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.strip().equals("// snippet: " + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no region '// snippet: " + name + "'")));
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.strip().equals("// end snippet")) {
        int indent =
            body.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return String.join(
            "\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
      }
      body.add(line);
    }
    throw new AssertionError("the region '" + name + "' has no '// end snippet'");
  }

  @Test
  void snippets_areTheMarkedRegionsOfCompiledSources() throws IOException {
    List<Quote> quotes = quotes();

    assertThat(quotes).extracting(Quote::doc).contains("model.md", "plugin-guide.md");
    for (Quote quote : quotes) {
      assertThat(quote.path())
          .as("%s quotes %s", quote.doc(), quote.path())
          .matches(".*/src/(main|test)/java/.*\\.java");
      assertThat(quote.text())
          .as("%s: the region '%s' of %s", quote.doc(), quote.region(), quote.path())
          .isEqualTo(region(Files.readAllLines(ROOT.resolve(quote.path())), quote.region()));
    }
  }

  @Test
  void region_isTheLinesBetweenTheMarks_unindented() {
    assertThat(
            region(
                List.of(
                    "class X {",
                    "  // snippet: a",
                    "  int x;",
                    "",
                    "    int y;",
                    "  // end snippet",
                    "}"),
                "a"))
        .isEqualTo("int x;\n\n  int y;");
  }
}
