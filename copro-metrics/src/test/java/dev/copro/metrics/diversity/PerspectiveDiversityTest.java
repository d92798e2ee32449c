package dev.copro.metrics.diversity;

import static dev.copro.metrics.support.Fixtures.context;
import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.group;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.mix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerspectiveDiversityTest {

  private final PerspectiveDiversity metric = new PerspectiveDiversity();

  @Test
  void measure_threeEqualPerspectives_isThreeAndPerfectlyEven() {
    Measurement m = measure(metric, mix(3, 3, 3));

    assertThat(m.value()).isCloseTo(3, within(1e-12));
    assertThat(m.n()).isEqualTo(9);
    assertThat(m.components()).containsOnlyKeys("shannonEvenness", "perspectivesPresent");
    assertThat(m.components().get("shannonEvenness")).isCloseTo(1, within(1e-12));
    assertThat(m.components().get("perspectivesPresent")).isEqualTo(3.0);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void measure_unevenMix_matchesHandComputation() {
    Measurement m = measure(metric, mix(5, 3, 2));

    // shares 0.5, 0.3, 0.2: 1 / (0.25 + 0.09 + 0.04) = 1 / 0.38 = 2.6316
    assertThat(m.value()).isCloseTo(1 / 0.38, within(1e-12));
    // H = 0.5·ln 2 + 0.3·ln(10/3) + 0.2·ln 5 = 0.346574 + 0.361192 + 0.321888 = 1.029653; ÷ ln 3 =
    // 0.937231
    assertThat(m.components().get("shannonEvenness")).isCloseTo(0.937231, within(1e-6));
  }

  @Test
  void measure_nineProfessionalsAndOneCarer_isBarelyMoreThanOne() {
    // 1 / (0.81 + 0.01) = 1.2195
    assertThat(measure(metric, mix(0, 1, 9)).value()).isCloseTo(1 / 0.82, within(1e-12));
  }

  @Test
  void measure_singlePerspective_isOneWithEvennessDefinedAsOneAndAWarning() {
    Measurement m = measure(metric, mix(0, 0, 4));

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components())
        .containsEntry("shannonEvenness", 1.0)
        .containsEntry("perspectivesPresent", 1.0);
    assertThat(m.warnings())
        .containsExactly(
            "Only one perspective is present: evenness is 1 by definition and says nothing about diversity.");
  }

  @Test
  void measure_otherPerspectives_countAsOneWithAWarning() {
    Dataset data =
        dataset()
            .add(Participant.of("p-1", Perspective.PROFESSIONAL))
            .add(
                new Participant(
                    "p-2",
                    Perspective.OTHER,
                    "peer researcher",
                    null,
                    null,
                    Set.of(),
                    Map.of(),
                    null))
            .add(
                new Participant(
                    "p-3", Perspective.OTHER, "advocate", null, null, Set.of(), Map.of(), null))
            .build();

    Measurement m = measure(metric, data);

    // shares 1/3, 2/3: 1 / (1/9 + 4/9) = 1.8
    assertThat(m.value()).isCloseTo(1.8, within(1e-12));
    assertThat(m.warnings())
        .containsExactly(
            "2 participants have the perspective \"other\" and count as one perspective, whatever their own labels"
                + " say.")
        .noneMatch(w -> w.contains("peer researcher") || w.contains("advocate"));
  }

  @Test
  void measure_breaksDownByAttributesButNotByPerspective() {
    Dataset data =
        dataset()
            .add(person("p-1", Perspective.LIVED_EXPERIENCE, "north"))
            .add(person("p-2", Perspective.LIVED_EXPERIENCE, "north"))
            .add(person("p-3", Perspective.PROFESSIONAL, "north"))
            .add(person("p-4", Perspective.PROFESSIONAL, "north"))
            .add(person("p-5", Perspective.CARER, "south"))
            .add(person("p-6", Perspective.CARER, "south"))
            .add(Participant.of("p-7", Perspective.COMMISSIONER))
            .build();

    Measurement m =
        measure(
            metric,
            context(metric, data, Map.of())
                .dimensions(List.of(Dimension.PERSPECTIVE, Dimension.attribute("area")))
                .build());

    assertThat(m.breakdowns()).extracting(Breakdown::dimension).containsExactly("area");
    assertThat(group(m, "area", "north")).isEqualTo(Group.of("north", 2.0, 4, 4));
    assertThat(group(m, "area", "south")).isEqualTo(Group.of("south", 1.0, 2, 2));
    assertThat(group(m, "area", Dimension.NOT_RECORDED))
        .isEqualTo(Group.of(Dimension.NOT_RECORDED, 1.0, 1, 1));
  }

  private static Participant person(String id, Perspective perspective, String area) {
    return new Participant(id, perspective, null, null, null, Set.of(), Map.of("area", area), null);
  }

  @Test
  void measure_noParticipants_hasNoValue() {
    assertThat(measure(metric, Dataset.empty()).noValueReason())
        .isEqualTo("no participants in scope");
  }

  @Test
  void descriptor_rangeCoversEveryPerspective() {
    assertThat(metric.descriptor().id()).isEqualTo("copro.diversity.perspectives");
    assertThat(metric.descriptor().range().max()).isEqualTo(Perspective.values().length);
  }
}
