package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

  private static final Dataset SMALL = TestDatasets.small();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "initiative:i-1",
        "participant:p-6",
        "activity:a-4",
        "attendance:a-3/p-2",
        "contribution:c-5",
        "decision:d-2",
        "payment:pay-3",
        "survey:s-1",
        "survey-response:r-10"
      })
  void problem_referenceToARecord_isNone(String reference) {
    assertThat(Evidence.problem(reference, SMALL)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "initiative:i-2 | refers to no initiative 'i-2' in the dataset",
        "attendance:a-4/p-1 | refers to no attendance 'a-4/p-1' in the dataset",
        "survey-response:r-11 | refers to no survey-response 'r-11' in the dataset",
        "participant: | refers to no participant '' in the dataset",
        "p-1 | is not a record reference KIND:ID with KIND one of initiative, participant, activity, attendance, "
            + "contribution, decision, payment, survey, survey-response",
        "person:p-1 | is not a record reference KIND:ID"
      })
  void problem_otherwise_saysWhy(String reference, String problem) {
    assertThat(Evidence.problem(reference, SMALL)).startsWith(problem);
  }
}
