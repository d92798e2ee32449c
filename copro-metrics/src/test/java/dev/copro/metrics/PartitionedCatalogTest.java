package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PartitionedEvaluation;
import dev.copro.engine.PeriodUnit;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.sample.SampleDatasets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The default catalog evaluated with its events split into parts ({@link PartitionedEvaluation}),
 * as copro-spark splits them over a cluster: whatever the order of the events, however they are
 * split and however many chunks each part takes its events in, the report is the in-memory report
 * byte for byte — the whole dataset and every initiative and period slice.
 */
class PartitionedCatalogTest {

  private static final Configuration CONFIG =
      Configuration.builder()
          .parameter(
              "copro.diversity.representation",
              "reference",
              List.of(
                  "lived-experience=0.25", "carer=0.25", "professional=0.25", "commissioner=0.25"))
          .breakdowns("perspective", "age-band", "area", "gender")
          .periodUnit(PeriodUnit.MONTH)
          .suppressionMinimum(1)
          .build();
  private static final Copro ENGINE = Copro.builder().configuration(CONFIG).parallelism(2).build();

  @AfterContainer
  static void close() {
    ENGINE.close();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(6);
  }

  @Property(tries = 60)
  void finish_anySplit_isTheInMemoryReport(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll @IntRange(min = 1, max = 4) int chunks,
      @ForAll long seed) {
    assertPartitionedAsInMemory(dataset, parts, chunks, new Random(seed));
  }

  @Example
  void finish_sampleInSevenParts_isTheInMemoryReport() {
    assertPartitionedAsInMemory(SampleDatasets.northfield(), 7, 3, new Random(11));
  }

  @Example
  void finish_largeDatasetInFourParts_isTheInMemoryReport() {
    Report partitioned =
        assertPartitionedAsInMemory(StreamingCatalogTest.large(new Random(7)), 4, 5, new Random(3));

    assertThat(partitioned.metrics())
        .allSatisfy(m -> assertThat(m.status()).as(m.id()).isEqualTo(Report.Status.OK));
  }

  private static Report assertPartitionedAsInMemory(
      Dataset dataset, int parts, int chunks, Random random) {
    Report inMemory = ENGINE.evaluate(dataset);

    Report partitioned = partitioned(dataset, parts, chunks, random);

    assertThat(ReportJson.toJson(partitioned)).isEqualTo(ReportJson.toJson(inMemory));
    return partitioned;
  }

  /** The events of one part. */
  private record Events(
      List<Attendance> attendance,
      List<Contribution> contributions,
      List<Payment> payments,
      List<SurveyResponse> surveyResponses) {

    /** This part's events in {@code count} chunks, cut at random. */
    List<Events> chunks(int count, Random random) {
      List<List<Attendance>> a = split(attendance, count, random);
      List<List<Contribution>> c = split(contributions, count, random);
      List<List<Payment>> p = split(payments, count, random);
      List<List<SurveyResponse>> s = split(surveyResponses, count, random);
      List<Events> chunks = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        chunks.add(new Events(a.get(i), c.get(i), p.get(i), s.get(i)));
      }
      return chunks;
    }
  }

  /**
   * The dataset's events, each kind shuffled, split into {@code count} parts, each kind cut at
   * random places.
   */
  private static List<Events> parts(Dataset dataset, int count, Random random) {
    return new Events(
            shuffled(dataset.attendance(), random),
            shuffled(dataset.contributions(), random),
            shuffled(dataset.payments(), random),
            shuffled(dataset.surveyResponses(), random))
        .chunks(count, random);
  }

  private static <T> List<T> shuffled(List<T> records, Random random) {
    List<T> copy = new ArrayList<>(records);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static <T> List<List<T>> split(List<T> records, int count, Random random) {
    int[] cuts = new int[count + 1];
    cuts[count] = records.size();
    for (int i = 1; i < count; i++) {
      cuts[i] = random.nextInt(records.size() + 1);
    }
    java.util.Arrays.sort(cuts, 1, count);
    List<List<T>> pieces = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pieces.add(records.subList(cuts[i], cuts[i + 1]));
    }
    return pieces;
  }

  /** The three passes, part by part, merged in the parts' order. */
  private static Report partitioned(Dataset dataset, int count, int chunks, Random random) {
    List<Events> parts = parts(dataset, count, random);
    PartitionedEvaluation.EventCensus census = PartitionedEvaluation.census();
    for (Events part : parts) {
      PartitionedEvaluation.EventCensus own = PartitionedEvaluation.census();
      own.accept(part.attendance(), part.contributions(), part.payments(), part.surveyResponses());
      census.merge(own);
    }
    PartitionedEvaluation evaluation = ENGINE.partitioned(dataset.references(), census);
    PartitionedEvaluation.ScopeCensus scopes = evaluation.scopeCensus();
    for (Events part : parts) {
      PartitionedEvaluation.ScopeCensus own = evaluation.scopeCensus();
      own.accept(part.attendance(), part.contributions(), part.payments(), part.surveyResponses());
      scopes.merge(own);
    }
    evaluation.prepare(scopes);
    PartitionedEvaluation.Part merged = evaluation.part();
    for (Events part : parts) {
      PartitionedEvaluation.Part own = evaluation.part();
      for (Events chunk : part.chunks(chunks, random)) {
        own.accept(
            chunk.attendance(), chunk.contributions(), chunk.payments(), chunk.surveyResponses());
      }
      merged.merge(own);
    }
    return evaluation.finish(merged);
  }
}
