package dev.copro.metrics.diversity;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.spi.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RepresentationPropertiesTest {

  private final Representation metric = new Representation();

  private static Dataset build(List<Perspective> perspectives) {
    Dataset.Builder data = dataset();
    for (int i = 0; i < perspectives.size(); i++) {
      data.add(participant("p-" + i, perspectives.get(i)));
    }
    return data.build();
  }

  /**
   * A reference over lived experience, carers and professionals from three whole-number weights.
   */
  private static List<String> reference(int a, int b, int c) {
    double total = a + b + c;
    return List.of(
        "lived-experience=" + a / total, "carer=" + b / total, "professional=" + c / total);
  }

  @Property
  void measure_liesInUnitInterval_withGallagherNeverAboveLoosemoreHanby(
      @ForAll @Size(min = 1, max = 40) List<Perspective> perspectives,
      @ForAll @IntRange(min = 1, max = 20) int a,
      @ForAll @IntRange(min = 0, max = 20) int b,
      @ForAll @IntRange(min = 0, max = 20) int c) {
    Measurement m =
        measure(metric, build(perspectives), Map.of(Representation.REFERENCE, reference(a, b, c)));

    assertThat(m.value()).isBetween(0.0, 1.0);
    assertThat(m.components().get("gallagher")).isBetween(0.0, m.value() + 1e-12);
  }

  @Property
  void measure_referenceEqualToTheMix_isZero(
      @ForAll @IntRange(min = 1, max = 20) int a,
      @ForAll @IntRange(min = 0, max = 20) int b,
      @ForAll @IntRange(min = 0, max = 20) int c) {
    List<Perspective> perspectives = new ArrayList<>();
    perspectives.addAll(java.util.Collections.nCopies(a, Perspective.LIVED_EXPERIENCE));
    perspectives.addAll(java.util.Collections.nCopies(b, Perspective.CARER));
    perspectives.addAll(java.util.Collections.nCopies(c, Perspective.PROFESSIONAL));

    Measurement m =
        measure(metric, build(perspectives), Map.of(Representation.REFERENCE, reference(a, b, c)));

    assertThat(m.value()).isCloseTo(0, within(1e-12));
    assertThat(m.warnings()).isEmpty();
  }
}
