package dev.copro.model.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Payment;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StreamedDatasetTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 50)
  void of_streamsEveryEventOnceKindByKindAndKeepsTheReferences(
      @ForAll("datasets") Dataset dataset) {
    StreamedDataset streamed = StreamedDataset.of(dataset);
    List<Record> received = RecordCollector.collect(streamed);
    List<Record> expected = new ArrayList<>();
    expected.addAll(dataset.attendance());
    expected.addAll(dataset.contributions());
    expected.addAll(dataset.payments());
    expected.addAll(dataset.surveyResponses());
    assertThat(received).containsExactlyElementsOf(expected);

    Dataset references = streamed.references();
    assertThat(references.name()).isEqualTo(dataset.name());
    assertThat(references.initiatives()).isEqualTo(dataset.initiatives());
    assertThat(references.participants()).isEqualTo(dataset.participants());
    assertThat(references.activities()).isEqualTo(dataset.activities());
    assertThat(references.decisions()).isEqualTo(dataset.decisions());
    assertThat(references.surveys()).isEqualTo(dataset.surveys());
    assertThat(references.attendance()).isEmpty();
    assertThat(references.contributions()).isEmpty();
    assertThat(references.payments()).isEmpty();
    assertThat(references.surveyResponses()).isEmpty();
  }

  @Property(tries = 20)
  void aSinkThatOverridesNothingReceivesWithoutFailing(@ForAll("datasets") Dataset dataset) {
    List<String> seen = new ArrayList<>();
    StreamedDataset.of(dataset).stream(
        new RecordSink() {
          @Override
          public void payment(Payment record) {
            seen.add(record.id());
          }
        });
    assertThat(seen)
        .containsExactlyElementsOf(dataset.payments().stream().map(Payment::id).toList());
  }

  @Property(tries = 30)
  void eventCounts_countsEachKindOfEvent(@ForAll("datasets") Dataset dataset) {
    EventCounts counts = new EventCounts();

    StreamedDataset.of(dataset).stream(counts);

    assertThat(counts.attendance()).isEqualTo(dataset.attendance().size());
    assertThat(counts.contributions()).isEqualTo(dataset.contributions().size());
    assertThat(counts.payments()).isEqualTo(dataset.payments().size());
    assertThat(counts.surveyResponses()).isEqualTo(dataset.surveyResponses().size());
    assertThat(counts.total())
        .isEqualTo(dataset.recordCount() - dataset.references().recordCount());
  }
}
