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
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class PerspectiveDiversityPropertiesTest {

  private final PerspectiveDiversity metric = new PerspectiveDiversity();

  private static Dataset build(List<Perspective> perspectives, String prefix) {
    Dataset.Builder data = dataset();
    for (int i = 0; i < perspectives.size(); i++) {
      data.add(participant(prefix + i, perspectives.get(i)));
    }
    return data.build();
  }

  @Property
  void measure_liesBetweenOneAndPerspectivesPresent(
      @ForAll @Size(min = 1, max = 60) List<Perspective> perspectives) {
    Measurement m = measure(metric, build(perspectives, "p-"));

    long present = perspectives.stream().distinct().count();
    assertThat(m.value()).isBetween(1.0, (double) present);
    assertThat(m.components().get("perspectivesPresent")).isEqualTo((double) present);
    assertThat(m.components().get("shannonEvenness")).isBetween(0.0, 1.0);
  }

  @Property
  void measure_isInvariantUnderRelabellingAndReordering(
      @ForAll @Size(min = 1, max = 60) List<Perspective> perspectives) {
    List<Perspective> reversed = new ArrayList<>(perspectives);
    Collections.reverse(reversed);

    Measurement original = measure(metric, build(perspectives, "p-"));
    Measurement other = measure(metric, build(reversed, "someone-"));

    assertThat(other.value()).isCloseTo(original.value(), within(1e-12));
    assertThat(other.components().get("shannonEvenness"))
        .isCloseTo(original.components().get("shannonEvenness"), within(1e-12));
  }
}
