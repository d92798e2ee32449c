package dev.copro.testkit;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Phase;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The compatibility kit for a {@link Metric}: extend it in the metric's tests and return a new
 * instance of the metric, and the kit's tests (see {@link PluginCompatibilityKit}) run on it.
 *
 * <pre>{@code
 * class OutOfHoursMeetingsCompatibilityTest extends MetricCompatibilityKit {
 *   @Override
 *   protected Metric metric() {
 *     return new OutOfHoursMeetings();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract non-sealed class MetricCompatibilityKit extends PluginCompatibilityKit {

  /** For subclasses. */
  protected MetricCompatibilityKit() {}

  /**
   * A new instance of the metric under test, made as the engine makes it (with its public
   * no-argument constructor, unless the test needs otherwise). Called once per test.
   */
  protected abstract Metric metric();

  @Override
  final MetricHarness harness() {
    return PluginHarness.forMetric(metric()).withConfiguration(CONFIGURATION);
  }

  @Override
  final String contract() {
    return "A metric must give a result for any valid dataset, however odd: return Measurement.noValue(reason) when "
        + "there is nothing to measure, add warnings about odd data, keep every number finite and every value within "
        + "the descriptor's range, and never throw.";
  }

  @Override
  final List<String> thresholdProblems(Descriptor descriptor) {
    Thresholds thresholds = descriptor.thresholds();
    List<String> problems = new ArrayList<>();
    if (thresholds != null) {
      for (double boundary : new double[] {thresholds.green(), thresholds.amber()}) {
        if (!descriptor.range().contains(boundary)) {
          problems.add(
              "its threshold "
                  + boundary
                  + " lies outside its range "
                  + descriptor.range()
                  + ", so no value can fall on both sides of it");
        }
      }
    }
    return problems;
  }

  @TestFactory
  @DisplayName("streaming: a streaming metric's accumulators give what measure gives")
  Stream<DynamicTest> streamsAsItMeasures() {
    if (!(metric() instanceof StreamingMetric)) {
      return Stream.empty();
    }
    return forEachDataset(
        named -> {
          MetricHarness harness = harness();
          StreamingMetric metric = (StreamingMetric) metric();
          DatasetContext whole = harness.context(named.data());
          // Over the reference records only, as of the whole dataset's day, as the streaming path
          // sees them: the day
          // and the outcomes known only once the accumulators are asked for their result.
          DatasetContext references =
              DatasetContext.builder(named.data().references())
                  .parameters(whole.parameters())
                  .bloc(whole.bloc())
                  .dimensions(whole.dimensions())
                  .referenceDate(whole.referenceDate())
                  .outcomes(whole.outcomes())
                  .build();
          boolean aggregate = metric.descriptor().phase() == Phase.AGGREGATE;
          Measurement expected = metric.measure(whole);

          EventPhaseContext alone = new EventPhaseContext(references, aggregate);
          Accumulator one = metric.accumulator(alone);
          StreamedDataset.of(named.data()).stream(one);
          alone.resulting();
          same(harness, named, "sent to one accumulator", expected, one.result());

          EventPhaseContext dealt = new EventPhaseContext(references, aggregate);
          Accumulator first = metric.accumulator(dealt);
          Accumulator second = metric.accumulator(dealt);
          StreamedDataset.of(named.data()).stream(new Alternating(first, second));
          first.merge(second);
          dealt.resulting();
          same(
              harness,
              named,
              "dealt in turn to two accumulators, then merged",
              expected,
              first.result());

          // In two batches (Accumulator.accept), as the engine hands events over: the halves of
          // each kind.
          EventPhaseContext batched = new EventPhaseContext(references, aggregate);
          Accumulator front = metric.accumulator(batched);
          Accumulator back = metric.accumulator(batched);
          Dataset data = named.data();
          EventBatch.Resolver resolver = EventBatch.resolver(references.dataset());
          front.accept(
              resolver.batch(
                  firstHalf(data.attendance()),
                  firstHalf(data.contributions()),
                  firstHalf(data.payments()),
                  firstHalf(data.surveyResponses())));
          back.accept(
              resolver.batch(
                  secondHalf(data.attendance()),
                  secondHalf(data.contributions()),
                  secondHalf(data.payments()),
                  secondHalf(data.surveyResponses())));
          back.merge(front);
          batched.resulting();
          same(
              harness,
              named,
              "taken in as two batches by two accumulators, then merged",
              expected,
              back.result());
        });
  }

  private static void same(
      MetricHarness harness, Named named, String how, Measurement expected, Measurement got) {
    if (!expected.equals(got)) {
      throw new AssertionFailedError(
          label(harness)
              + ": the events of "
              + named.name()
              + " "
              + how
              + " give another"
              + " result than measure over the whole dataset: "
              + Differences.between(expected, got)
              + ".\nAn"
              + " accumulator must keep exact state (counts, sums of integers, minima, maxima, sets), merge it"
              + " completely, and compute floating-point values only in result(), in an order fixed by the reference"
              + " records; it must not read the context's event lists or look events up in context.dataset().");
    }
  }

  private static <T> List<T> firstHalf(List<T> records) {
    return records.subList(0, records.size() / 2);
  }

  private static <T> List<T> secondHalf(List<T> records) {
    return records.subList(records.size() / 2, records.size());
  }

  /** Sends the records to two sinks in turn. */
  private static final class Alternating implements RecordSink {
    private final RecordSink[] sinks;
    private int next;

    Alternating(RecordSink first, RecordSink second) {
      this.sinks = new RecordSink[] {first, second};
    }

    private RecordSink next() {
      next = 1 - next;
      return sinks[next];
    }

    @Override
    public void attendance(Attendance record) {
      next().attendance(record);
    }

    @Override
    public void contribution(Contribution record) {
      next().contribution(record);
    }

    @Override
    public void payment(Payment record) {
      next().payment(record);
    }

    @Override
    public void surveyResponse(SurveyResponse record) {
      next().surveyResponse(record);
    }
  }
}
