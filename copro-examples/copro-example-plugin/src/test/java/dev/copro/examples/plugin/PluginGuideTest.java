package dev.copro.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/plugin-guide.md in step with this example. A fenced block after {@code <!-- include:
 * PATH -->} must be the file at PATH (from the repository root) exactly; one after {@code <!--
 * excerpt: PATH -->} must be lines of the file, in order, indentation aside.
 */
class PluginGuideTest {

  /** The repository root: tests run in the module's folder, two levels below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

  private static final Pattern QUOTED =
      Pattern.compile(
          "<!-- (include|excerpt): (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  private record Quote(String kind, String path, String text) {}

  private static List<Quote> quotes() throws IOException {
    Matcher m = QUOTED.matcher(Files.readString(ROOT.resolve("docs/plugin-guide.md")));
    List<Quote> quotes = new ArrayList<>();
    while (m.find()) {
      quotes.add(new Quote(m.group(1), m.group(2), m.group(3)));
    }
    return quotes;
  }

  @Test
  void guide_quotesTheExamplesSourcesAndTests() throws IOException {
    assertThat(quotes())
        .extracting(Quote::path)
        .map(p -> Path.of(p).getFileName().toString())
        .containsExactly(
            "OutOfHoursMeetings.java",
            "RecentBoardChairs.java",
            "dev.copro.spi.Metric",
            "dev.copro.spi.Rule",
            "OutOfHoursMeetingsCompatibilityTest.java",
            "OutOfHoursMeetingsTest.java",
            "copro.json",
            "StreamingMetric.java");
  }

  @Test
  void includes_areTheFilesExactly() throws IOException {
    for (Quote quote : quotes()) {
      if (quote.kind().equals("include")) {
        assertThat(quote.text())
            .as(quote.path())
            .isEqualTo(Files.readString(ROOT.resolve(quote.path())).stripTrailing());
      }
    }
  }

  @Test
  void excerpts_areLinesOfTheFilesInOrder() throws IOException {
    for (Quote quote : quotes()) {
      if (quote.kind().equals("excerpt")) {
        List<String> file =
            Files.readAllLines(ROOT.resolve(quote.path())).stream().map(String::strip).toList();
        int at = 0;
        for (String line :
            quote.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
          int found = file.subList(at, file.size()).indexOf(line);
          assertThat(found)
              .as("%s: the line '%s' (in this order)", quote.path(), line)
              .isNotNegative();
          at += found + 1;
        }
      }
    }
  }
}
