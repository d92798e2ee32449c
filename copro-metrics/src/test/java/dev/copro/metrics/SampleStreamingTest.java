package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.DatasetContext;
import dev.copro.engine.Report;
import dev.copro.metrics.power.Influence;
import dev.copro.metrics.reciprocity.FeedbackLoop;
import dev.copro.metrics.reciprocity.PaymentCoverage;
import dev.copro.metrics.voice.VoiceEquality;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import dev.copro.spi.StreamingMetric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four metrics that were the last of the direct default metrics to stream — influence, voice
 * equality, payment coverage and the feedback loop — on the bundled sample: their accumulators give
 * exactly what {@code measure} gives, however the events are split, ordered and merged, and the
 * engine's streaming path gives each of them a value, the in-memory one.
 */
class SampleStreamingTest {

  private static final Dataset SAMPLE = SampleDatasets.northfield();

  private static final List<Dimension> DIMENSIONS =
      List.of(Dimension.PERSPECTIVE, Dimension.attribute("age-band"));

  private static final Copro COPRO =
      Copro.builder()
          .configuration(
              Configuration.builder()
                  .enable(
                      Set.of(Influence.ID, VoiceEquality.ID, PaymentCoverage.ID, FeedbackLoop.ID))
                  .breakdowns("perspective", "age-band")
                  .suppressionMinimum(1)
                  .build())
          .parallelism(2)
          .build();

  @AfterAll
  static void close() {
    COPRO.close();
  }

  static Stream<StreamingMetric> metrics() {
    return Stream.of(
        new Influence(), new VoiceEquality(), new PaymentCoverage(), new FeedbackLoop());
  }

  /** Each metric with a bloc: the default one, and one of professionals, whose findings differ. */
  static Stream<Arguments> metricsAndBlocs() {
    return metrics()
        .flatMap(
            m ->
                Stream.of(
                    Arguments.of(m, Bloc.DEFAULT),
                    Arguments.of(m, new Bloc(Set.of(Perspective.PROFESSIONAL)))));
  }

  @ParameterizedTest
  @MethodSource("metricsAndBlocs")
  void accumulators_onTheSample_giveWhatMeasureGivesHoweverSplitAndMerged(
      StreamingMetric metric, Bloc bloc) {
    Parameters parameters = Parameters.resolve(metric.descriptor().parameters(), Map.of());
    DatasetContext whole = context(SAMPLE, parameters, bloc);
    DatasetContext references = context(SAMPLE.references(), parameters, bloc);
    Measurement expected = metric.measure(whole);
    assertThat(expected.value())
        .as("the sample gives %s a value", metric.descriptor().id())
        .isNotNull();

    Accumulator one = metric.accumulator(references);
    StreamedDataset.of(SAMPLE).stream(one);
    assertThat(one.result()).as("one accumulator").isEqualTo(expected);
    for (long seed = 0; seed < 12; seed++) {
      assertThat(splitAndMerged(metric, references, new Random(seed)))
          .as("split and merged, seed %d", seed)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("metrics")
  void evaluateStreamed_sample_givesTheInMemoryValue(StreamingMetric metric) {
    Report streamed = COPRO.evaluate(StreamedDataset.of(SAMPLE));
    Report inMemory = COPRO.evaluate(SAMPLE);

    String id = metric.descriptor().id();
    Measurement s = streamed.metric(id).orElseThrow().measurement();
    Measurement m = inMemory.metric(id).orElseThrow().measurement();
    assertThat(s).as(id).isNotNull();
    assertThat(s.value()).as(id).isNotNull();
    // The streaming path has no initiative or period breakdowns; everything else is the in-memory
    // measurement.
    assertThat(s)
        .isEqualTo(
            m.withBreakdowns(
                m.breakdowns().stream()
                    .filter(
                        b -> !b.dimension().equals("initiative") && !b.dimension().equals("period"))
                    .toList()));
    assertThat(streamed.metric(id).orElseThrow().rating())
        .isEqualTo(inMemory.metric(id).orElseThrow().rating());
  }

  private static DatasetContext context(Dataset data, Parameters parameters, Bloc bloc) {
    return DatasetContext.builder(data)
        .parameters(parameters)
        .bloc(bloc)
        .dimensions(DIMENSIONS)
        .referenceDate(DatasetContext.latestDate(SAMPLE))
        .build();
  }

  /**
   * The events shuffled, dealt to two to six accumulators and merged in a random grouping and
   * order.
   */
  private static Measurement splitAndMerged(
      StreamingMetric metric, DatasetContext references, Random random) {
    List<Consumer<RecordSink>> events = new ArrayList<>();
    SAMPLE.attendance().forEach(a -> events.add(sink -> sink.attendance(a)));
    SAMPLE.contributions().forEach(c -> events.add(sink -> sink.contribution(c)));
    SAMPLE.payments().forEach(p -> events.add(sink -> sink.payment(p)));
    SAMPLE.surveyResponses().forEach(r -> events.add(sink -> sink.surveyResponse(r)));
    Collections.shuffle(events, random);
    List<Accumulator> parts = new ArrayList<>();
    int count = 2 + random.nextInt(5);
    for (int part = 0; part < count; part++) {
      parts.add(metric.accumulator(references));
    }
    for (Consumer<RecordSink> event : events) {
      event.accept(parts.get(random.nextInt(count)));
    }
    while (parts.size() > 1) {
      Accumulator into = parts.get(random.nextInt(parts.size()));
      parts.remove(into);
      Accumulator from = parts.remove(random.nextInt(parts.size()));
      into.merge(from);
      parts.add(into);
    }
    return parts.get(0).result();
  }
}
