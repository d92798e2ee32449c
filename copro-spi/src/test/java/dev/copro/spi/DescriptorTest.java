package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptorTest {

  @Test
  void summaryOrDescription_givenSummary_isTheSummary() {
    Descriptor d =
        Descriptor.builder("acme.x")
            .description("Long text. More.")
            .summary(" The share of X. ")
            .goodLooksLike("Most of them.")
            .build();

    assertThat(d.summaryOrDescription()).isEqualTo("The share of X.");
    assertThat(d.goodLooksLike()).isEqualTo("Most of them.");
  }

  @Test
  void summaryOrDescription_noSummary_isTheFirstSentenceOfTheDescription() {
    assertThat(
            Descriptor.builder("acme.x")
                .description("Counts meetings. Then more.")
                .build()
                .summaryOrDescription())
        .isEqualTo("Counts meetings.");
    assertThat(
            Descriptor.builder("acme.x")
                .description("Counts meetings")
                .build()
                .summaryOrDescription())
        .isEqualTo("Counts meetings");
    assertThat(Descriptor.builder("acme.x").build().summaryOrDescription()).isEmpty();
  }

  @Test
  void twelveArgumentConstructor_thatOlderPluginsCall_leavesTheNewSentencesEmpty() {
    Descriptor d =
        new Descriptor(
            "acme.x",
            "1.0.0",
            "X",
            "Counts X.",
            Set.of(),
            Unit.COUNT,
            ValueRange.of(0, 10),
            List.of(),
            null,
            Phase.DIRECT,
            true,
            List.of());

    assertThat(d.summary()).isEmpty();
    assertThat(d.goodLooksLike()).isEmpty();
    assertThat(d.summaryOrDescription()).isEqualTo("Counts X.");
  }

  @Test
  void constructor_nullSummary_isRejectedByName() {
    assertThatThrownBy(
            () ->
                new Descriptor(
                    "acme.x",
                    "1.0.0",
                    "X",
                    "",
                    Set.of(),
                    Unit.COUNT,
                    ValueRange.of(0, 1),
                    List.of(),
                    null,
                    Phase.DIRECT,
                    true,
                    List.of(),
                    null,
                    ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("summary");
  }
}
