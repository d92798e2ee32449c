package dev.copro.spi;

import dev.copro.model.stream.RecordSink;
import org.apiguardian.api.API;

/**
 * A metric that can also measure a dataset too large for memory, whose event records (attendance,
 * contributions, payments, survey responses) are streamed past it once while its reference records
 * (initiatives, participants, activities, decisions with their votes, surveys) are held in memory —
 * see {@link dev.copro.model.stream.StreamedDataset}.
 *
 * <p>Implement {@link #accumulator}, which makes an {@link Accumulator}: the metric's running state
 * over the events. The default {@link #measure} sends the context's event records to a new
 * accumulator and returns its result, so the in-memory evaluation and the streaming one share one
 * code path and cannot drift apart. On the streaming path ({@code Copro.evaluate(StreamedDataset)})
 * the engine makes several accumulators per metric, deals the events out to them in chunks, merges
 * them and asks the merged one for its result; metrics that do not implement this interface are not
 * evaluated there, since they need every record in memory.
 *
 * <p>A metric should stream only if its accumulator's state is bounded by the reference records
 * (see {@link Accumulator}); a metric that must remember every individual event is better left a
 * plain {@link Metric}. Evidence need not stop it: a finding lists at most {@link
 * Finding#MAX_EVIDENCE} records, so an accumulator keeps a count and the first candidates in the
 * finding's order.
 *
 * <p>The interface grows only by default methods.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface StreamingMetric extends Metric {

  /**
   * A new, empty accumulator for one evaluation of this metric in {@code context}. It may keep the
   * context and read it in every call.
   *
   * <p>What the context holds:
   *
   * <ul>
   *   <li>{@link EvaluationContext#dataset()} holds the reference records for lookups. On the
   *       streaming path it holds no events; on the in-memory path it may, but the accumulator must
   *       not look events up there: they come through the {@link RecordSink} methods.
   *   <li>The scoped reference lists ({@link EvaluationContext#initiatives()}, {@link
   *       EvaluationContext#participants()}, {@link EvaluationContext#activities()}, {@link
   *       EvaluationContext#decisions()}) are those of the scope, and the events the accumulator
   *       receives are those of the scope too: every event of the stream on the streaming path,
   *       where the scope is the whole dataset. The scoped event lists ({@link
   *       EvaluationContext#attendance()} and the others) must not be read: on the streaming path
   *       they are empty, and on the in-memory path they hold the same records that are sent to the
   *       accumulator.
   *   <li>{@link EvaluationContext#parameters()}, {@link EvaluationContext#bloc()} and {@link
   *       EvaluationContext#dimensions()} are as usual; {@link EvaluationContext#shared} works as
   *       usual over the reference records.
   * </ul>
   *
   * <p>What the context may be asked, and when. An accumulator lives in two phases: it takes in
   * events (this method, the {@link RecordSink} methods, {@link Accumulator#merge}), and then gives
   * its {@link Accumulator#result()}, once every event has been taken in and, for an aggregate
   * metric, once the direct metrics have finished. This is the only ordering rule the engine
   * imposes, the same for every metric:
   *
   * <ul>
   *   <li>while taking in events, everything above may be read, but not {@link
   *       EvaluationContext#referenceDate()} unless the configuration sets it (otherwise it is the
   *       latest date of any record, events included), nor, for an aggregate metric, {@link
   *       EvaluationContext#outcomes()}; {@link EvaluationContext#initiativeOutcomes()} is empty.
   *       On the streaming path reading either throws {@link IllegalStateException}, which fails
   *       the metric by name;
   *   <li>in {@link Accumulator#result()}, the context answers as the context of {@link
   *       Metric#measure} would in the metric's phase: the reference date, the outcomes and the
   *       initiative outcomes are those of the evaluation.
   * </ul>
   *
   * On the in-memory path all of it is known from the start, so a metric that reads too early works
   * there and fails only when streamed; the compatibility kit's streaming check ({@code
   * dev.copro.testkit.MetricCompatibilityKit}) holds accumulators to this rule.
   *
   * @param context the reference records, scope, parameters and helpers for this evaluation
   * @return a new accumulator that has received nothing, never null
   */
  Accumulator accumulator(EvaluationContext context);

  /**
   * Measures the records in the context's scope by handing its event records ({@link
   * EvaluationContext#events()}) to a new {@link #accumulator} in one {@link Accumulator#accept}
   * and returning its {@link Accumulator#result()}. Override it to send other records (a metric
   * that reads past its scope) or none (a metric that reads only reference records), or to share
   * work between the scopes of one evaluation — each activity's part worked out once through {@link
   * EvaluationContext#shared} and summed per scope, as voice equality does — but the result must
   * equal the accumulator's for the same records, to the last bit: the streaming path and an
   * evaluation split into parts measure with the accumulator alone. The compatibility kit checks
   * that they agree.
   *
   * @param context the dataset, scope, parameters and helpers for this evaluation
   * @return the measurement, never null
   */
  @Override
  default Measurement measure(EvaluationContext context) {
    Accumulator accumulator = accumulator(context);
    accumulator.accept(context.events());
    return accumulator.result();
  }
}
