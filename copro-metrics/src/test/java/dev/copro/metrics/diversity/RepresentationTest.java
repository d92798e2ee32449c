package dev.copro.metrics.diversity;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.mix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepresentationTest {

  private final Representation metric = new Representation();

  private static Participant person(String id, Map<String, String> attributes) {
    return new Participant(
        id, Perspective.LIVED_EXPERIENCE, null, null, null, Set.of(), attributes, null);
  }

  @Test
  void measure_perspectiveMixAgainstReference_matchesHandComputation() {
    Measurement m =
        measure(
            metric,
            mix(6, 2, 2),
            Map.of(
                Representation.REFERENCE,
                List.of("lived-experience=0.3", "carer=0.3", "professional=0.4")));

    // participants 0.6 / 0.2 / 0.2 against 0.3 / 0.3 / 0.4: differences 0.3, 0.1, 0.2
    // LH = ½·0.6 = 0.3; Gallagher = √(½(0.09 + 0.01 + 0.04)) = √0.07 = 0.2646
    assertThat(m.value()).isCloseTo(0.3, within(1e-12));
    assertThat(m.components().get("gallagher")).isCloseTo(Math.sqrt(0.07), within(1e-12));
    assertThat(m.n()).isEqualTo(10);
    assertThat(m.breakdowns())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.dimension()).isEqualTo("perspective");
              assertThat(b.groups())
                  .containsExactly(
                      Group.of("carer", 0.2, 2, 2),
                      Group.of("lived-experience", 0.6, 6, 6),
                      Group.of("professional", 0.2, 2, 2));
            });
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void measure_attributeWithAbsentUnlistedAndUnrecordedGroups_countsEachAsDocumented() {
    Dataset data =
        dataset()
            .add(person("p-1", Map.of("ethnicity", "white")))
            .add(person("p-2", Map.of("ethnicity", "white")))
            .add(person("p-3", Map.of("ethnicity", "white")))
            .add(person("p-4", Map.of("ethnicity", "asian")))
            .add(person("p-5", Map.of("ethnicity", "mixed")))
            .add(person("p-6", Map.of()))
            .build();

    Measurement m =
        measure(
            metric,
            data,
            Map.of(
                Representation.DIMENSION,
                "ethnicity",
                Representation.REFERENCE,
                List.of("white=0.8", "asian=0.1", "black=0.1")));

    // p-6 left out; of 5: white 0.6, asian 0.2, mixed 0.2 (reference 0), black 0 (reference 0.1,
    // counts fully)
    // differences 0.2, 0.1, 0.1, 0.2: LH = 0.3; Gallagher = √(½(0.04 + 0.01 + 0.01 + 0.04)) = √0.05
    assertThat(m.value()).isCloseTo(0.3, within(1e-12));
    assertThat(m.components().get("gallagher")).isCloseTo(Math.sqrt(0.05), within(1e-12));
    assertThat(m.n()).isEqualTo(5);
    assertThat(m.breakdowns().get(0).groups())
        .extracting(Group::key)
        .containsExactly("asian", "mixed", "white");
    assertThat(m.warnings())
        .containsExactly(
            "1 participant has no value for 'ethnicity', so they are left out; list the group \"not-recorded\" in the"
                + " reference to count them.",
            "1 participant is in 1 group that the reference does not list, so they count against a reference share of 0.");
  }

  @Test
  void measure_notRecordedListedInReference_countsThoseWithoutTheAttribute() {
    Dataset data =
        dataset().add(person("p-1", Map.of("area", "north"))).add(person("p-2", Map.of())).build();

    Measurement m =
        measure(
            metric,
            data,
            Map.of(
                Representation.DIMENSION,
                "area",
                Representation.REFERENCE,
                List.of("north=0.5", "not-recorded=0.5")));

    assertThat(m.value()).isCloseTo(0, within(1e-12));
    assertThat(m.n()).isEqualTo(2);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void measure_referenceSummingNearlyToOne_isRescaledWithAWarning() {
    Measurement m =
        measure(
            metric,
            mix(1, 0, 1),
            Map.of(
                Representation.REFERENCE, List.of("lived-experience=0.5", "professional=0.495")));

    // rescaled: 0.5/0.995 and 0.495/0.995; LH = ½(|0.5 − 0.5/0.995| + |0.5 − 0.495/0.995|) =
    // 0.0025/0.995
    assertThat(m.value()).isCloseTo(0.0025 / 0.995, within(1e-12));
    assertThat(m.warnings())
        .containsExactly("The reference shares sum to 0.995; they were rescaled to sum to 1.");
  }

  @Test
  void measure_noReference_saysHowToConfigureOne() {
    Measurement m = measure(metric, mix(1, 1, 1));

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason())
        .startsWith("no reference population is configured")
        .contains("'reference'", "group=share", "'dimension'");
  }

  @Test
  void measure_invalidEntries_namesEveryOne() {
    Measurement m =
        measure(
            metric,
            mix(1, 1, 1),
            Map.of(
                Representation.REFERENCE,
                List.of(
                    "lived-experience=0.5",
                    "carers=0.3",
                    "professional",
                    "professional=abc",
                    "lived-experience=0.2",
                    "commissioner=1.5",
                    " =0.1")));

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason())
        .isEqualTo(
            "the reference population is invalid: "
                + "reference entry 2 (\"carers=0.3\") names no perspective; use one of lived-experience, carer, professional,"
                + " commissioner, other; "
                + "reference entry 3 (\"professional\") is not of the form \"group=share\"; "
                + "reference entry 4 (\"professional=abc\") has no share between 0 and 1 after \"=\"; "
                + "reference entry 5 (\"lived-experience=0.2\") repeats the group \"lived-experience\"; "
                + "reference entry 6 (\"commissioner=1.5\") has no share between 0 and 1 after \"=\"; "
                + "reference entry 7 (\" =0.1\") names no group before \"=\"");
  }

  @Test
  void measure_sharesNotSummingToOne_areRejected() {
    Measurement m =
        measure(
            metric,
            mix(1, 1, 1),
            Map.of(Representation.REFERENCE, List.of("lived-experience=0.5", "carer=0.3")));

    assertThat(m.noValueReason())
        .isEqualTo(
            "the reference population is invalid: the reference shares sum to"
                + " 0.8000, not 1 (tolerance 0.01)");
  }

  @Test
  void measure_attributeNobodyHas_hasNoValue() {
    Measurement m =
        measure(
            metric,
            mix(2, 0, 0),
            Map.of(
                Representation.DIMENSION,
                "age-band",
                Representation.REFERENCE,
                List.of("18-64=0.6", "65+=0.4")));

    assertThat(m.noValueReason())
        .isEqualTo(
            "none of the 2 participants in scope has a value for the attribute" + " 'age-band'");
  }

  @Test
  void measure_blankDimensionOrNoParticipants_hasNoValue() {
    assertThat(measure(metric, mix(1, 0, 0), Map.of(Representation.DIMENSION, " ")).noValueReason())
        .startsWith("the parameter 'dimension' is blank");
    assertThat(
            measure(metric, Dataset.empty(), Map.of(Representation.REFERENCE, List.of("carer=1")))
                .noValueReason())
        .isEqualTo("no participants in scope");
  }

  @Test
  void measure_groupNameHoldingEquals_usesTheLastEquals() {
    Dataset data = dataset().add(person("p-1", Map.of("band", "a=b"))).build();

    Measurement m =
        measure(
            metric,
            data,
            Map.of(Representation.DIMENSION, "band", Representation.REFERENCE, List.of("a=b=1")));

    assertThat(m.value()).isCloseTo(0, within(1e-12));
    assertThat(m.breakdowns()).extracting(Breakdown::dimension).containsExactly("band");
  }
}
