package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.RecordKind;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Metric;
import dev.copro.spi.Scope;
import dev.copro.spi.StreamingMetric;
import example.plugins.StreamingPlugins;
import example.plugins.StreamingPlugins.AttendanceRate;
import example.plugins.StreamingPlugins.EventCount;
import example.plugins.StreamingPlugins.OutcomeCount;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Copro#evaluate(StreamedDataset)}: streaming metrics give what they give in memory (without
 * the per-initiative and per-period slices), metrics that do not stream are reported as not
 * evaluated, and a streaming metric that breaks its contract at any stage fails alone, by name.
 */
class StreamingEvaluationTest {

  private static final String SLICES_WARNING =
      "the dataset was evaluated as a stream of events, so metrics were not"
          + " evaluated per initiative or per period: there are no initiative or period breakdowns";

  private static final Configuration CONFIG =
      Configuration.builder().breakdowns("perspective", "age-band").suppressionMinimum(1).build();

  /** The latest day of the dataset below: a response to a contribution, an event. */
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  /**
   * The engine's fixture with one contribution, whose response is dated after every other record.
   */
  private static Dataset dataset() {
    return Fixtures.withAdoptedContribution(LATEST);
  }

  /** An engine over the given metrics only. */
  private static Copro.Builder engine(Metric... metrics) {
    return Copro.builder().classPathDiscovery(false).configuration(CONFIG).metrics(metrics);
  }

  private static Metric[] wellBehaved() {
    return new Metric[] {new AttendanceRate(), new EventCount(), new OutcomeCount()};
  }

  @Test
  void evaluate_streamingMetricsOverTheWholeDataset_giveTheInMemoryReport() {
    Dataset data = dataset();
    try (Copro copro = engine(wellBehaved()).build()) {
      String inMemory = ReportJson.toJson(copro.evaluate(data));

      Report streamed = copro.evaluate(StreamedDataset.of(data));

      assertThat(ReportJson.toJson(streamed)).isEqualTo(inMemory);
      assertThat(streamed.warnings()).isEmpty();
    }
  }

  @Test
  void evaluate_sliceableStreamingMetric_hasNoSlicesAndTheReportSaysSo() {
    Dataset data = dataset();
    try (Copro copro = engine(new EventCount(true)).build()) {
      Report.MetricResult inMemory = copro.evaluate(data).metric(EventCount.ID).orElseThrow();

      Report streamed = copro.evaluate(StreamedDataset.of(data));

      Report.MetricResult result = streamed.metric(EventCount.ID).orElseThrow();
      assertThat(inMemory.measurement().breakdowns())
          .extracting(b -> b.dimension())
          .containsExactly("initiative", "period");
      assertThat(result.measurement().breakdowns()).isEmpty();
      assertThat(result.measurement().value()).isEqualTo(inMemory.measurement().value());
      assertThat(streamed.warnings()).containsExactly(SLICES_WARNING);
    }
  }

  @Test
  void evaluate_referenceDateNotConfigured_isTheLatestDateOfAnyRecordEventsIncluded() {
    try (Copro copro = engine(new EventCount()).build()) {
      Report streamed = copro.evaluate(StreamedDataset.of(dataset()));

      assertThat(streamed.configuration().referenceDate()).isEqualTo(LATEST);
      assertThat(streamed.metric(EventCount.ID).orElseThrow().measurement().components())
          .containsEntry("referenceDay", (double) LATEST.toEpochDay());
    }
  }

  @Test
  void evaluate_datasetSummary_countsTheStreamedEvents() {
    try (Copro copro = engine(new EventCount()).build()) {
      Report streamed = copro.evaluate(StreamedDataset.of(dataset()));

      assertThat(streamed.dataset().name()).isEqualTo("fixture");
      assertThat(streamed.dataset().records())
          .containsExactly(
              Map.entry(RecordKind.INITIATIVE.collection(), 2L),
              Map.entry(RecordKind.PARTICIPANT.collection(), 15L),
              Map.entry(RecordKind.ACTIVITY.collection(), 4L),
              Map.entry(RecordKind.ATTENDANCE.collection(), 49L),
              Map.entry(RecordKind.CONTRIBUTION.collection(), 1L),
              Map.entry(RecordKind.DECISION.collection(), 0L),
              Map.entry(RecordKind.PAYMENT.collection(), 0L),
              Map.entry(RecordKind.SURVEY.collection(), 0L),
              Map.entry(RecordKind.SURVEY_RESPONSE.collection(), 0L));
      assertThat(streamed.metric(EventCount.ID).orElseThrow().measurement().value())
          .isEqualTo(50.0);
    }
  }

  @Test
  void evaluate_metricThatDoesNotStream_hasNoValueAndIsNamedInAWarning() {
    try (Copro copro = engine(new TestPlugins.AttendanceRate(), new AttendanceRate()).build()) {
      Report streamed = copro.evaluate(StreamedDataset.of(dataset()));

      Report.MetricResult plain = streamed.metric(TestPlugins.AttendanceRate.ID).orElseThrow();
      assertThat(plain.status()).isEqualTo(Report.Status.NO_VALUE);
      assertThat(plain.measurement().noValueReason())
          .isEqualTo("needs every record in memory; not evaluated on the streaming path");
      assertThat(streamed.metric(AttendanceRate.ID).orElseThrow().status())
          .isEqualTo(Report.Status.OK);
      assertThat(streamed.warnings())
          .containsExactly(
              "metrics that need every record in memory were not evaluated on"
                  + " the streaming path: "
                  + TestPlugins.AttendanceRate.ID);
    }
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        arguments(
            named("throws in accept", new StreamingPlugins.ThrowsInAccept()),
            "threw java.lang.IllegalStateException: boom at record 1 (on the streaming path, taking in events)"),
        arguments(
            named("NaN result", new StreamingPlugins.NanResult()),
            "its value is not a finite number (NaN)"),
        arguments(
            named("merge throws", new StreamingPlugins.MergeThrows()),
            "threw"
                + " java.lang.UnsupportedOperationException: cannot merge (on the streaming path, merging its accumulators)"),
        arguments(
            named("null accumulator", new StreamingPlugins.NullAccumulator()),
            "returned null instead of an accumulator (on the streaming path, making its accumulator)"),
        arguments(
            named("early reference date", new StreamingPlugins.EarlyReferenceDate()),
            "threw"
                + " java.lang.IllegalStateException: the reference date is the latest date of any record, events included,"
                + " and is known only once every event has been seen: read it in Accumulator.result() (on the streaming"
                + " path, making its accumulator)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void evaluate_hostileStreamingMetric_failsAloneWithItsReason(
      StreamingMetric hostile, String reason) {
    assertFailsAlone(Copro.builder(), hostile, dataset(), reason);
  }

  @Test
  void evaluate_streamingMetricThatNeverReturns_failsAtItsTimeBudget() {
    assertFailsAlone(
        Copro.builder().timeBudget(Duration.ofMillis(300)),
        new StreamingPlugins.NeverReturns(),
        dataset(),
        "did not finish within its time budget of 300 ms (on the streaming path, taking in events)");
  }

  @Test
  void evaluate_streamingMetricFailingInALaterChunk_failsAloneWithTheEarliestFailure() {
    // 30 000 attendance records make four chunks, dealt to two accumulators: the one with chunks 0
    // and 2
    // reaches its 10 000th record in chunk 2, the other in chunk 3; chunk 2's failure is the one
    // reported.
    assertFailsAlone(
        Copro.builder(),
        new StreamingPlugins.ThrowsInAccept(10_000),
        large(),
        "threw java.lang.IllegalStateException: boom at record 10000 (on the streaming path, taking in events)");
  }

  /**
   * Evaluates the dataset as a stream with the well-behaved direct metrics, then with the hostile
   * one too, two calls at once: the hostile one fails with the reason, and the report is otherwise
   * the same. (An aggregate metric would see one more outcome, the hostile one's.)
   */
  private static void assertFailsAlone(
      Copro.Builder builder, StreamingMetric hostile, Dataset data, String reason) {
    String id = hostile.descriptor().id();
    String baseline;
    try (Copro copro = engine(new AttendanceRate(), new EventCount()).parallelism(2).build()) {
      baseline = ReportJson.toJson(copro.evaluate(StreamedDataset.of(data)));
    }
    Report report;
    try (Copro copro =
        builder
            .classPathDiscovery(false)
            .configuration(CONFIG)
            .metrics(new AttendanceRate(), new EventCount(), hostile)
            .parallelism(2)
            .build()) {
      report = copro.evaluate(StreamedDataset.of(data));
    }

    Report.MetricResult failed = report.metric(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).doesNotContain(id + ": ").contains(reason);
    assertThat(ReportJson.toJson(Fixtures.without(report, id))).isEqualTo(baseline);
  }

  @Test
  void evaluate_manyChunks_giveTheInMemoryResultsWhateverTheParallelism() {
    Dataset data = large();
    try (Copro sequential = engine(wellBehaved()).parallelism(1).build();
        Copro parallel = engine(wellBehaved()).parallelism(3).build()) {
      Report inMemory = sequential.evaluate(data);

      String streamed = ReportJson.toJson(sequential.evaluate(StreamedDataset.of(data)));

      assertThat(streamed).isEqualTo(ReportJson.toJson(inMemory));
      assertThat(ReportJson.toJson(parallel.evaluate(StreamedDataset.of(data))))
          .isEqualTo(streamed);
      assertThat(inMemory.dataset().records())
          .containsEntry(RecordKind.ATTENDANCE.collection(), 30_000L);
    }
  }

  @Test
  void evaluate_streamThatFindsInvalidRecords_throwsItsExceptionAndLeavesTheEngineUsable() {
    Dataset data = dataset();
    InvalidInputException invalid =
        new InvalidInputException(
            "dataset events.jsonl",
            List.of(
                new Problem(
                    Problem.Kind.UNKNOWN_REFERENCE,
                    Location.at("events.jsonl", "/participant"),
                    null,
                    "no participant 'p-99'")));
    StreamedDataset broken =
        new StreamedDataset() {
          @Override
          public Dataset references() {
            return data.references();
          }

          @Override
          public void stream(RecordSink sink) {
            StreamedDataset.of(data).stream(sink);
            throw invalid;
          }
        };
    try (Copro copro = engine(wellBehaved()).build()) {
      assertThatThrownBy(() -> copro.evaluate(broken)).isSameAs(invalid);

      assertThat(
              copro
                  .evaluate(StreamedDataset.of(data))
                  .metric(AttendanceRate.ID)
                  .orElseThrow()
                  .status())
          .isEqualTo(Report.Status.OK);
    }
  }

  @Test
  void evaluate_streamLargerThanTheHeap_keepsNoEvents() {
    // 8 million attendance records of 32 bytes each, made as they stream: held at once they would
    // fill
    // the whole 256 MB heap these tests run with (-Xmx256m in the pom), so the evaluation completes
    // only
    // if the engine and the accumulators keep no events. 100 people are invited to each of 80 000
    // activities,
    // and exactly 20 of them stay away from each: the attendance rate is 0.8.
    Dataset.Builder b = Dataset.builder().name("stream");
    LocalDate start = LocalDate.of(2020, 1, 1);
    b.add(new Initiative("i-1", "Long", null, start, null, Set.of(), Map.of()));
    String[] people = new String[100];
    for (int p = 0; p < people.length; p++) {
      people[p] = Fixtures.p(p);
      b.add(Participant.of(people[p], p % 2 == 0 ? Perspective.CARER : Perspective.PROFESSIONAL));
    }
    String[] activities = new String[80_000];
    for (int a = 0; a < activities.length; a++) {
      activities[a] = "a-" + a;
      b.add(
          Activity.builder(
                  activities[a],
                  "i-1",
                  ActivityType.MEETING,
                  LifecycleStage.DELIVERY,
                  start.plusDays(a % 2000))
              .build());
    }
    Dataset references = b.build();
    StreamedDataset large =
        new StreamedDataset() {
          @Override
          public Dataset references() {
            return references;
          }

          @Override
          public void stream(RecordSink sink) {
            for (int a = 0; a < activities.length; a++) {
              for (int p = 0; p < people.length; p++) {
                sink.attendance(
                    new Attendance(activities[a], people[p], true, (a + p) % 5 != 0, null, null));
              }
            }
          }
        };
    try (Copro copro = engine(new AttendanceRate(), new EventCount()).build()) {
      Report report = copro.evaluate(large);

      assertThat(report.dataset().records())
          .containsEntry(RecordKind.ATTENDANCE.collection(), 8_000_000L);
      assertThat(report.metric(AttendanceRate.ID).orElseThrow().measurement().value())
          .isEqualTo(0.8);
      assertThat(report.metric(EventCount.ID).orElseThrow().measurement().value())
          .isEqualTo(8_000_000.0);
    }
  }

  @Test
  void evaluate_listener_hearsOfEachStreamingMetricOnceAndOfTheFailedOnes() {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void evaluationStarted(int plannedCalls) {
            heard.add("planned " + plannedCalls);
          }

          @Override
          public void finished(String pluginId, Scope scope) {
            heard.add("finished " + pluginId);
          }

          @Override
          public void failed(String pluginId, Scope scope, String reason) {
            heard.add("failed " + pluginId);
          }
        };
    try (Copro copro =
        engine(
                new AttendanceRate(),
                new OutcomeCount(),
                new StreamingPlugins.MergeThrows(),
                new TestPlugins.AttendanceRate())
            .listener(listener)
            .build()) {
      copro.evaluate(StreamedDataset.of(dataset()));
    }

    // Four metrics, of which one does not stream and is not called.
    assertThat(heard)
        .containsExactlyInAnyOrder(
            "planned 3",
            "finished " + AttendanceRate.ID,
            "finished " + OutcomeCount.ID,
            "failed acme.stream.merge-throws");
  }

  @Test
  void evaluate_closedEngine_refusesAStream() {
    Copro copro = engine(wellBehaved()).build();
    copro.close();

    assertThatThrownBy(() -> copro.evaluate(StreamedDataset.of(dataset())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this copro engine is closed");
  }

  /**
   * Two initiatives, 100 participants (a third of them lived experience, half with an age band) and
   * 300 weekly activities, to each of which 100 people are invited and about four in five come: 30
   * 000 attendance records, several chunks of the streaming path.
   */
  private static Dataset large() {
    Dataset.Builder b = Dataset.builder().name("large");
    LocalDate start = LocalDate.of(2024, 1, 1);
    b.add(new Initiative("i-1", "One", null, start, null, Set.of(), Map.of()));
    b.add(new Initiative("i-2", "Two", null, start, null, Set.of(), Map.of()));
    for (int p = 1; p <= 100; p++) {
      Perspective perspective =
          p % 3 == 0 ? Perspective.LIVED_EXPERIENCE : Perspective.PROFESSIONAL;
      b.add(
          new Participant(
              Fixtures.p(p),
              perspective,
              null,
              null,
              null,
              Set.of(),
              p % 2 == 0 ? Map.of("age-band", "18-40") : Map.of(),
              null));
    }
    for (int a = 1; a <= 300; a++) {
      String id = "a-" + a;
      b.add(
          Activity.builder(
                  id,
                  a % 2 == 0 ? "i-1" : "i-2",
                  ActivityType.MEETING,
                  LifecycleStage.DESIGN,
                  start.plusWeeks(a))
              .build());
      for (int p = 1; p <= 100; p++) {
        b.add(new Attendance(id, Fixtures.p(p), true, (a * 7 + p * 13) % 5 != 0, null, null));
      }
    }
    return b.build();
  }
}
