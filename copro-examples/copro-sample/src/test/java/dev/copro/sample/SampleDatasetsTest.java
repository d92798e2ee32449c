package dev.copro.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import org.junit.jupiter.api.Test;

class SampleDatasetsTest {

  @Test
  void northfield_readsTheCommittedResourceAsTheGeneratorWritesIt() {
    Dataset committed = SampleDatasets.northfield();

    // If this fails, the story changed without the resource: run SampleGenerator.main (see its
    // javadoc).
    assertThat(committed).isEqualTo(SampleGenerator.generate());
  }

  @Test
  void northfield_isReadAfreshEachTime() {
    assertThat(SampleDatasets.northfield())
        .isNotSameAs(SampleDatasets.northfield())
        .isEqualTo(SampleDatasets.northfield());
  }

  @Test
  void resource_isSmallEnoughToCommit() throws Exception {
    try (var in =
        SampleDatasets.class.getClassLoader().getResourceAsStream(SampleDatasets.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes().length).isLessThan(2_000_000);
    }
  }
}
