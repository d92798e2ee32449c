package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Descriptor;
import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentences every default metric and rule gives report readers: a summary of what its number is
 * and a sentence on what good looks like, each one whole sentence that docs/metrics.md repeats.
 */
class DescriptorSentencesTest {

  /** The repository root: tests run in the module's folder, one level below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static List<Descriptor> defaults() {
    List<Descriptor> all = new ArrayList<>();
    java.util.ServiceLoader.load(Metric.class).forEach(m -> all.add(m.descriptor()));
    java.util.ServiceLoader.load(Rule.class).forEach(r -> all.add(r.descriptor()));
    return all;
  }

  @Test
  void everyDefaultDescriptor_hasASummaryAndWhatGoodLooksLike_asSentences() {
    List<Descriptor> descriptors = defaults();

    assertThat(descriptors).hasSize(21);
    for (Descriptor d : descriptors) {
      for (String sentence : List.of(d.summary(), d.goodLooksLike())) {
        assertThat(sentence)
            .as("a sentence of %s", d.id())
            .isNotBlank()
            .endsWith(".")
            .doesNotContain("copro.")
            .doesNotContainPattern("\\bbloc\\b");
        assertThat(
                Character.isUpperCase(sentence.charAt(0)) || Character.isDigit(sentence.charAt(0)))
            .as("%s begins as a sentence: %s", d.id(), sentence)
            .isTrue();
      }
      assertThat(d.summary())
          .as("the summary of %s", d.id())
          .doesNotStartWith(d.id())
          .isNotEqualTo(d.goodLooksLike());
      assertThat(d.summaryOrDescription()).isEqualTo(d.summary());
    }
  }

  @Test
  void metricsDoc_repeatsEverySummaryAndWhatGoodLooksLike() throws IOException {
    // Sentences in the doc wrap across lines: compare with the line breaks read as spaces.
    String doc = Files.readString(ROOT.resolve("docs/metrics.md")).replaceAll("\\s*\\n\\s*", " ");

    for (Descriptor d : defaults()) {
      assertThat(doc)
          .as("docs/metrics.md on %s", d.id())
          .contains("**In a sentence.** " + d.summary())
          .contains("**What good looks like.** " + d.goodLooksLike());
    }
  }
}
