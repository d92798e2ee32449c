package dev.copro.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM a host imports (copro-bom, which has no parent, so that importing it brings nothing else)
 * manages the third-party libraries copro's modules expose at the versions the build uses, as
 * docs/embedding.md says.
 */
class BomTest {

  /** The repository root: tests run in the module's folder, two levels below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

  private static final List<String> THIRD_PARTY =
      List.of(
          "jackson.version",
          "commons-math3.version",
          "jspecify.version",
          "apiguardian.version",
          "openhtmltopdf.version",
          "pdfbox.version");

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("the property %s", name).isTrue();
    return m.group(1);
  }

  @Test
  void bom_managesTheThirdPartyVersionsTheBuildUses() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("copro-bom/pom.xml"));

    for (String name : THIRD_PARTY) {
      assertThat(property(bom, name)).as(name).isEqualTo(property(parent, name));
      assertThat(bom).contains("${" + name + "}");
    }
    assertThat(bom)
        .contains(
            "<artifactId>jackson-bom</artifactId>",
            "<scope>import</scope>",
            "<artifactId>commons-math3</artifactId>",
            "<artifactId>jspecify</artifactId>",
            "<artifactId>apiguardian-api</artifactId>",
            "<artifactId>openhtmltopdf-pdfbox</artifactId>",
            "<artifactId>pdfbox</artifactId>");
    // No copro module brings Guava, so the BOM does not pin a version of it on hosts.
    assertThat(bom).doesNotContain("guava");
  }

  @Test
  void bom_declaresTheFormatterAtTheParentsVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("copro-bom/pom.xml"));

    // Declared in the BOM's build only so that `./mvnw spotless:apply` resolves the prefix in every
    // module; at another version it would fetch a second plugin, which an offline build cannot.
    assertThat(property(bom, "spotless.version")).isEqualTo(property(parent, "spotless.version"));
    assertThat(bom)
        .contains("<artifactId>spotless-maven-plugin</artifactId>", "${spotless.version}");
  }
}
