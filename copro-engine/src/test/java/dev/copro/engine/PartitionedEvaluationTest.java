package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Metric;
import dev.copro.spi.StreamingMetric;
import example.plugins.StreamingPlugins;
import example.plugins.StreamingPlugins.AttendanceRate;
import example.plugins.StreamingPlugins.EventCount;
import example.plugins.StreamingPlugins.OutcomeCount;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link PartitionedEvaluation}: with the events split into parts, streaming metrics give the
 * in-memory report, slices included; metrics that do not stream are reported as not evaluated; a
 * streaming metric that fails in any part fails alone, by name, as does one whose accumulators
 * cannot be moved between machines through bytes; and the passes refuse to be taken out of order.
 * The default catalog is checked the same way in copro-metrics (PartitionedCatalogTest).
 */
class PartitionedEvaluationTest {

  private static final Configuration CONFIG =
      Configuration.builder()
          .breakdowns("perspective", "age-band")
          .periodUnit(PeriodUnit.QUARTER)
          .suppressionMinimum(1)
          .build();

  /** The engine's fixture with one contribution, whose response is its latest day. */
  private static Dataset dataset() {
    return Fixtures.withAdoptedContribution(LocalDate.of(2026, 1, 1));
  }

  private static Copro engine(Metric... metrics) {
    return Copro.builder()
        .classPathDiscovery(false)
        .configuration(CONFIG)
        .metrics(metrics)
        .parallelism(2)
        .build();
  }

  /** The events of one part. */
  private record Events(
      List<Attendance> attendance,
      List<Contribution> contributions,
      List<Payment> payments,
      List<SurveyResponse> surveyResponses) {}

  /** Each kind of event cut into {@code count} runs of about the same length. */
  private static List<Events> parts(Dataset dataset, int count) {
    List<Events> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add(
          new Events(
              run(dataset.attendance(), i, count),
              run(dataset.contributions(), i, count),
              run(dataset.payments(), i, count),
              run(dataset.surveyResponses(), i, count)));
    }
    return parts;
  }

  private static <T> List<T> run(List<T> records, int i, int count) {
    return records.subList(records.size() * i / count, records.size() * (i + 1) / count);
  }

  /** The three passes over the parts, each part on its own, merged in order. */
  private static Report partitioned(Copro copro, Dataset dataset, int count) {
    return partitioned(copro, dataset, count, null);
  }

  /**
   * The three passes, each part taken in by its own evaluation (as on another machine) and, when
   * {@code codec} is given, moved through {@link PartitionedEvaluation.Part#write} and {@link
   * PartitionedEvaluation#readPart} before it is merged.
   */
  private static Report partitioned(
      Copro copro, Dataset dataset, int count, PartitionedEvaluation.@Nullable StateCodec codec) {
    List<Events> parts = parts(dataset, count);
    PartitionedEvaluation.EventCensus census = PartitionedEvaluation.census();
    parts.forEach(
        p -> census.accept(p.attendance(), p.contributions(), p.payments(), p.surveyResponses()));
    PartitionedEvaluation evaluation = copro.partitioned(dataset, census);
    PartitionedEvaluation.ScopeCensus scopes = evaluation.scopeCensus();
    for (Events p : parts) {
      PartitionedEvaluation.ScopeCensus own = evaluation.scopeCensus();
      own.accept(p.attendance(), p.contributions(), p.payments(), p.surveyResponses());
      scopes.merge(own);
    }
    evaluation.prepare(scopes);
    PartitionedEvaluation.Part merged = evaluation.part();
    for (Events p : parts) {
      PartitionedEvaluation.Part own = evaluation.part();
      own.accept(p.attendance(), p.contributions(), p.payments(), p.surveyResponses());
      merged.merge(codec == null ? own : evaluation.readPart(own.write(codec), codec));
    }
    return evaluation.finish(merged);
  }

  /**
   * A codec that keeps each state it writes and gives its number as the bytes; it refuses to write
   * or to read the accumulators of the metric class {@code refused} names, if any.
   */
  private static final class Handles implements PartitionedEvaluation.StateCodec {
    private final List<Object> states = new ArrayList<>();
    private final @Nullable Class<?> refusedOnWrite;
    private final @Nullable Class<?> refusedOnRead;

    Handles(@Nullable Class<?> refusedOnWrite, @Nullable Class<?> refusedOnRead) {
      this.refusedOnWrite = refusedOnWrite;
      this.refusedOnRead = refusedOnRead;
    }

    @Override
    public byte[] write(Object state) {
      refuse(state, refusedOnWrite, "cannot write ");
      states.add(state);
      return ByteBuffer.allocate(4).putInt(states.size() - 1).array();
    }

    @Override
    public Object read(byte[] bytes) {
      Object state = states.get(ByteBuffer.wrap(bytes).getInt());
      refuse(state, refusedOnRead, "cannot read ");
      return state;
    }

    private static void refuse(Object state, @Nullable Class<?> metric, String what) {
      for (Object accumulator : (Object[]) state) {
        if (metric != null
            && accumulator != null
            && accumulator.getClass().getName().startsWith(metric.getName() + "$")) {
          throw new IllegalStateException(what + accumulator.getClass().getSimpleName());
        }
      }
    }
  }

  @Test
  void finish_streamingMetricsWithSlices_giveTheInMemoryReportWhateverTheNumberOfParts() {
    Dataset data = dataset();
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true), new OutcomeCount())) {
      String inMemory = ReportJson.toJson(copro.evaluate(data));

      for (int parts = 1; parts <= 4; parts++) {
        assertThat(ReportJson.toJson(partitioned(copro, data, parts)))
            .as("%d parts", parts)
            .isEqualTo(inMemory);
      }
      assertThat(copro.evaluate(data).metric(EventCount.ID).orElseThrow().measurement())
          .satisfies(
              m ->
                  assertThat(m.breakdowns())
                      .extracting(b -> b.dimension())
                      .containsExactly("initiative", "period"));
    }
  }

  @Test
  void finish_metricThatDoesNotStream_hasNoValueAndIsNamedInAWarning() {
    try (Copro copro = engine(new TestPlugins.AttendanceRate(), new AttendanceRate())) {
      Report report = partitioned(copro, dataset(), 2);

      Report.MetricResult plain = report.metric(TestPlugins.AttendanceRate.ID).orElseThrow();
      assertThat(plain.status()).isEqualTo(Report.Status.NO_VALUE);
      assertThat(plain.measurement().noValueReason())
          .isEqualTo(PartitionedEvaluation.NOT_PARTITIONED);
      assertThat(report.metric(AttendanceRate.ID).orElseThrow().status())
          .isEqualTo(Report.Status.OK);
      assertThat(report.warnings())
          .containsExactly(
              "metrics that need every record in memory were not evaluated, the events being"
                  + " split into parts: "
                  + TestPlugins.AttendanceRate.ID);
    }
  }

  @Test
  void finish_streamingMetricThatThrowsInAPart_failsAloneWithItsReason() {
    assertFailsAlone(
        new StreamingPlugins.ThrowsInAccept(),
        "threw java.lang.IllegalStateException: boom at record 1 (in a partitioned evaluation,"
            + " taking in events)");
  }

  @Test
  void finish_streamingMetricThatCannotMerge_failsAloneWithItsReason() {
    assertFailsAlone(
        new StreamingPlugins.MergeThrows(),
        "threw java.lang.UnsupportedOperationException: cannot merge (in a partitioned"
            + " evaluation, merging its accumulators)");
  }

  @Test
  void finish_streamingMetricWithANaNResult_failsAloneWithItsReason() {
    assertFailsAlone(new StreamingPlugins.NanResult(), "its value is not a finite number (NaN)");
  }

  /**
   * The report with the hostile metric is the report without it, but for the hostile metric's
   * failed result, with the reason.
   */
  private static void assertFailsAlone(StreamingMetric hostile, String reason) {
    String baseline;
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true))) {
      baseline = ReportJson.toJson(partitioned(copro, dataset(), 3));
    }
    Report report;
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true), hostile)) {
      report = partitioned(copro, dataset(), 3);
    }

    Report.MetricResult failed = report.metric(hostile.descriptor().id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).contains(reason);
    assertThat(ReportJson.toJson(Fixtures.without(report, hostile.descriptor().id())))
        .isEqualTo(baseline);
  }

  @Test
  void readPart_partsMovedThroughBytes_giveTheInMemoryReport() {
    Dataset data = dataset();
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true), new OutcomeCount())) {
      String inMemory = ReportJson.toJson(copro.evaluate(data));

      for (int parts = 1; parts <= 4; parts++) {
        assertThat(ReportJson.toJson(partitioned(copro, data, parts, new Handles(null, null))))
            .as("%d parts", parts)
            .isEqualTo(inMemory);
      }
    }
  }

  @Test
  void write_accumulatorsTheCodecCannotWrite_failTheirMetricAlone() {
    assertMoveFailsAlone(
        new Handles(AttendanceRate.class, null),
        "threw java.lang.IllegalStateException: cannot write Rates (in a partitioned evaluation,"
            + " writing its accumulators to move them to another part)");
  }

  @Test
  void readPart_accumulatorsTheCodecCannotRead_failTheirMetricAlone() {
    assertMoveFailsAlone(
        new Handles(null, AttendanceRate.class),
        "threw java.lang.IllegalStateException: cannot read Rates (in a partitioned evaluation,"
            + " reading its accumulators moved from another part)");
  }

  private static void assertMoveFailsAlone(PartitionedEvaluation.StateCodec codec, String reason) {
    Dataset data = dataset();
    String baseline;
    try (Copro copro = engine(new EventCount(true))) {
      baseline = ReportJson.toJson(partitioned(copro, data, 3));
    }
    Report report;
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true))) {
      report = partitioned(copro, data, 3, codec);
    }

    Report.MetricResult failed = report.metric(AttendanceRate.ID).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).contains(reason);
    assertThat(ReportJson.toJson(Fixtures.without(report, AttendanceRate.ID))).isEqualTo(baseline);
  }

  @Test
  void readPart_bytesOfAnotherEvaluationOrCut_refused() {
    Dataset data = dataset();
    Handles codec = new Handles(null, null);
    try (Copro copro = engine(new AttendanceRate(), new EventCount(true));
        Copro others = engine(new EventCount(true))) {
      PartitionedEvaluation evaluation = copro.partitioned(data, PartitionedEvaluation.census());
      evaluation.prepare(evaluation.scopeCensus());
      PartitionedEvaluation other = others.partitioned(data, PartitionedEvaluation.census());
      other.prepare(other.scopeCensus());
      byte[] bytes = evaluation.part().write(codec);

      assertThat(evaluation.readPart(bytes, codec)).isNotNull();
      assertThatThrownBy(() -> other.readPart(bytes, codec))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a part of this evaluation");
      assertThatThrownBy(() -> evaluation.readPart(Arrays.copyOf(bytes, bytes.length - 3), codec))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a whole part");
      assertThatThrownBy(() -> evaluation.readPart(Arrays.copyOf(bytes, bytes.length + 1), codec))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("more than a part");
    }
  }

  @Test
  void passes_outOfOrderOrMixed_refused() {
    try (Copro copro = engine(new EventCount(true))) {
      Dataset data = dataset();
      PartitionedEvaluation evaluation = copro.partitioned(data, PartitionedEvaluation.census());
      PartitionedEvaluation other = copro.partitioned(data, PartitionedEvaluation.census());

      assertThatThrownBy(evaluation::part).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> evaluation.prepare(other.scopeCensus()))
          .isInstanceOf(IllegalArgumentException.class);
      evaluation.prepare(evaluation.scopeCensus());
      assertThatThrownBy(() -> evaluation.prepare(evaluation.scopeCensus()))
          .isInstanceOf(IllegalStateException.class);
      other.prepare(other.scopeCensus());
      assertThatThrownBy(() -> evaluation.part().merge(other.part()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> evaluation.finish(other.part()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void planObject_numbersTheEvaluationsOwnObjectsOnly() {
    try (Copro copro = engine(new EventCount(true))) {
      PartitionedEvaluation evaluation =
          copro.partitioned(dataset(), PartitionedEvaluation.census());

      assertThat(evaluation.planObject(evaluation)).hasValue(0);
      assertThat(evaluation.planObject(evaluation.planObject(1))).hasValue(1);
      assertThat(evaluation.planObject(dataset())).isEmpty();
    }
  }
}
