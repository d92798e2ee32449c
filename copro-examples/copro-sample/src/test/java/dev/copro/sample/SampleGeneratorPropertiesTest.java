package dev.copro.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What holds whatever the seed: the story is fixed, only its random details move. */
class SampleGeneratorPropertiesTest {

  @Property(tries = 12)
  void generate_anySeed_isDeterministicAndKeepsTheContrast(@ForAll long seed) {
    Dataset data = SampleGenerator.generate(seed);

    assertThat(SampleGenerator.generate(seed)).isEqualTo(data);
    PlantedSignsTest.assertShowsEverySign(new Signs(data, SampleDatasets.CARERS_REDESIGN), data);
    PlantedSignsTest.assertShowsNoSign(new Signs(data, SampleDatasets.DIRECT_PAYMENTS_BOARD), data);
    SampleGeneratorTest.assertConsistent(data);
  }
}
