package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stability promises true until 1.0 (see this package's documentation): in the sources,
 * only the two-method contracts {@link Metric} and {@link Rule} are {@code @API(status = STABLE)};
 * every public type of the SPI and the model says its status; the default catalog's shared helpers
 * are {@code INTERNAL}. (API Guardian's annotations are not kept at run time, so the sources are
 * read.)
 */
class StabilityTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public (?:(?:final|abstract|sealed|non-sealed) )*(?:class|interface|record|enum) ");

  private static List<Path> sources(String... folders) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
        walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    return sources;
  }

  @Test
  void onlyMetricAndRule_areStable() throws IOException {
    List<String> stable = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module :
          modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList()) {
        for (Path source : sources(ROOT.relativize(module.resolve("src/main/java")).toString())) {
          if (Files.readString(source).contains("API.Status.STABLE")) {
            stable.add(ROOT.relativize(source).toString().replace('\\', '/'));
          }
        }
      }
    }

    assertThat(stable)
        .containsExactly(
            "copro-spi/src/main/java/dev/copro/spi/Metric.java",
            "copro-spi/src/main/java/dev/copro/spi/Rule.java");
  }

  @Test
  void everyPublicTypeOfTheSpiAndTheModel_saysItsStatus() throws IOException {
    List<Path> sources = sources("copro-spi/src/main/java", "copro-model/src/main/java");
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path source : sources) {
      String text = Files.readString(source);
      if (PUBLIC_TYPE.matcher(text).find()) {
        assertThat(text)
            .as(ROOT.relativize(source).toString())
            .containsPattern("(?m)^@API\\(status = API\\.Status\\.");
      }
    }
  }

  @Test
  void theCatalogsSharedHelpers_areInternal() throws IOException {
    assertThat(
            Files.readString(
                ROOT.resolve(
                    "copro-metrics/src/main/java/dev/copro/metrics/support/package-info.java")))
        .contains("@API(status = API.Status.INTERNAL");
  }
}
