package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static final String HIGH = "\uD83D";
  private static final String LOW = "\uDE1E";

  @Test
  void wellFormed_pairsOnly() {
    assertThat(Texts.wellFormed("plain")).isTrue();
    assertThat(Texts.wellFormed("sad " + HIGH + LOW)).isTrue();
    assertThat(Texts.wellFormed("cut " + HIGH)).isFalse();
    assertThat(Texts.wellFormed(LOW + " first")).isFalse();
    assertThat(Texts.wellFormed(HIGH + HIGH + LOW)).isFalse();
  }

  @Property
  void wellFormed_isWhatUtf8CanEncode(@ForAll("aroundSurrogates") String text) {
    assertThat(Texts.wellFormed(text))
        .isEqualTo(StandardCharsets.UTF_8.newEncoder().canEncode(text));
  }

  @Provide
  Arbitrary<String> aroundSurrogates() {
    return Arbitraries.strings()
        .withChars('a', '\u00e9')
        .withCharRange('\uD7FE', '\uE001')
        .ofMaxLength(8);
  }

  @Test
  void firstMalformed_searchesRecordsListsAndMaps() {
    Measurement clean = Measurement.of(1, 1).component("a" + HIGH + LOW, 1).build();
    Measurement inFinding =
        Measurement.of(1, 1)
            .finding(
                Finding.of(
                    "code", Severity.LOW, "message", List.of("activity:a-1", "activity:" + HIGH)))
            .build();
    Measurement inComponentName = Measurement.of(1, 1).component("x" + LOW, 1).build();
    Measurement inGroupKey =
        Measurement.of(1, 1)
            .breakdown(new Breakdown("perspective", List.of(Group.of(HIGH, 1, 1))))
            .build();

    assertThat(Texts.firstMalformed(clean)).isEmpty();
    assertThat(Texts.firstMalformed(inFinding)).hasValue("findings[0].evidence[1]");
    assertThat(Texts.firstMalformed(inComponentName)).hasValue("components key");
    assertThat(Texts.firstMalformed(inGroupKey)).hasValue("breakdowns[0].groups[0].key");
  }
}
