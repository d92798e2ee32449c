package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/plugin-guide.md equal to what {@code copro new-plugin --id org.example.my-metric}
 * writes (which {@link GeneratedPluginTest} compiles, tests and runs): a fenced block after {@code
 * <!-- new-plugin: PATH -->} is the project's file at PATH exactly; one after {@code <!--
 * new-plugin-excerpt: PATH -->} is lines of it, in order, indentation aside.
 */
class NewPluginGuideTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern QUOTED =
      Pattern.compile(
          "<!-- new-plugin(-excerpt)?: (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void guide_quotesTheGeneratedProject() throws IOException {
    Map<String, String> files =
        PluginProject.of(
                "org.example.my-metric", null, VersionProvider.version(), VersionProvider.junit())
            .files();
    Matcher m = QUOTED.matcher(Files.readString(ROOT.resolve("docs/plugin-guide.md")));
    List<String> quoted = new ArrayList<>();
    while (m.find()) {
      String path = m.group(2);
      quoted.add(path);
      assertThat(files).as("the generated project").containsKey(path);
      if (m.group(1) == null) {
        assertThat(m.group(3)).as(path).isEqualTo(files.get(path).stripTrailing());
      } else {
        List<String> file = files.get(path).lines().map(String::strip).toList();
        int at = 0;
        for (String line :
            m.group(3).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
          int found = file.subList(at, file.size()).indexOf(line);
          assertThat(found).as("%s: the line '%s' (in this order)", path, line).isNotNegative();
          at += found + 1;
        }
      }
    }
    assertThat(quoted)
        .containsExactly("pom.xml", "src/main/java/org/example/mymetric/MyMetric.java");
  }
}
