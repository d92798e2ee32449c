package dev.copro.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.io.DatasetReader;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticDatasetsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 19, 1_000, 10_000})
  void generate_hasExactlyTheRequestedAttendanceAndIsValid(int size) {
    Dataset data = SyntheticDatasets.generate(size, 42);

    assertThat(data.attendance()).hasSize(size);
    assertThat(data.participants()).isNotEmpty();
  }

  @Test
  void generate_isDeterministicForASeedAndVariesWithIt() {
    assertThat(SyntheticDatasets.generate(2_000, 7))
        .isEqualTo(SyntheticDatasets.generate(2_000, 7));
    assertThat(SyntheticDatasets.generate(2_000, 7))
        .isNotEqualTo(SyntheticDatasets.generate(2_000, 8));
  }

  @Test
  void writeJsonLines_readsBackAsTheGeneratedDataset() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticDatasets.writeJsonLines(3_000, 5, out);

    Dataset read =
        DatasetReader.readJsonLines(new ByteArrayInputStream(out.toByteArray()), "synthetic.jsonl");

    assertThat(read).isEqualTo(SyntheticDatasets.generate(3_000, 5));
  }

  @Test
  void generate_hasAMinorityBlocAndWeightedDecisions() {
    Dataset data = SyntheticDatasets.generate(10_000, 1);
    long bloc =
        data.participants().stream()
            .filter(
                p ->
                    p.perspective() == Perspective.LIVED_EXPERIENCE
                        || p.perspective() == Perspective.CARER)
            .count();

    assertThat((double) bloc / data.participants().size()).isBetween(0.2, 0.5);
    assertThat(data.decisions()).isNotEmpty().allMatch(d -> d.quota() != null);
    assertThat(data.payments()).isNotEmpty();
    assertThat(data.contributions()).isNotEmpty();
  }
}
