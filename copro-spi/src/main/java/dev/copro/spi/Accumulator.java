package dev.copro.spi;

import dev.copro.model.stream.RecordSink;
import org.apiguardian.api.API;

/**
 * The running state of a {@link StreamingMetric} over a stream of event records: it receives the
 * attendance records, contributions, payments and survey responses one at a time (through the
 * {@link RecordSink} methods, each ignoring its record unless overridden), keeps what the metric
 * needs of them, and gives the measurement at the end.
 *
 * <p>An accumulator keeps <em>what it derives</em> from the records — counts, totals, extremes,
 * flags — never the records themselves: its state must be bounded by the reference records (arrays
 * or small maps by participant, activity, initiative, decision or survey item), not by the number
 * of events, so that a dataset larger than the heap can be measured. The one exception is evidence:
 * the records a finding may cite, kept as compactly as they can be (positions rather than ids) and
 * no more of them than the findings can use.
 *
 * <p>The contract, which the engine relies on to split the events between accumulators:
 *
 * <ul>
 *   <li><b>Exact.</b> After it has received every event record of a dataset, in any order and split
 *       into any parts merged in any grouping, {@link #result()} equals {@link Metric#measure} of
 *       the metric on the whole dataset, in the same context — equal measurements, so the same
 *       bytes in a report; in a slice, once {@link #wholeRecord} has been called, it equals {@link
 *       Metric#measure} in the slice's context. Keep state that is exact under reordering (integer
 *       counts and sums, minima and maxima, sets) and compute floating-point values only in {@link
 *       #result()}, in an order fixed by the reference records (such as id order): floating-point
 *       addition is not associative.
 *   <li><b>Mergeable.</b> {@link #merge} is associative, and the result does not depend on the
 *       order of merges: {@code a.merge(b)} then {@code a.merge(c)} gives the same result as {@code
 *       b.merge(c)} then {@code a.merge(b)}, and as {@code c.merge(a)} then {@code c.merge(b)}.
 *   <li><b>Confined.</b> One thread at a time uses an accumulator; the engine hands it between
 *       threads with the memory effects of each call visible to the next. It need not be
 *       thread-safe.
 * </ul>
 *
 * <p>Every call is isolated as {@link Metric#measure} is: an exception, an error the accumulator
 * causes, or a call past the time budget fails the metric by name, and an accumulator that has
 * failed receives nothing more.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface Accumulator extends RecordSink {

  /**
   * Receives a batch of event records: by default each row to its {@link RecordSink} method ({@link
   * EventBatch#sendTo}). The engine hands every accumulator its events this way, in memory and on
   * the streaming path, and resolves the batch's references once for every metric; an accumulator
   * that overrides this reads the batch's resolved positions instead of looking ids up per record.
   * Whatever it overrides, receiving records one by one and in a batch must leave the same state.
   *
   * @param batch the records, their references resolved to positions in the context's dataset
   * @since 0.2.0
   */
  default void accept(EventBatch batch) {
    batch.sendTo(this);
  }

  /**
   * Adds the state of another accumulator of the same metric, made by {@link
   * StreamingMetric#accumulator} with the same context, that received a disjoint part of the
   * events: afterwards this accumulator is as if it had received the records of both. The other
   * accumulator is not used again.
   *
   * @param other an accumulator of the same metric and context; implementations may cast it to
   *     their own class
   */
  void merge(Accumulator other);

  /**
   * Hands an accumulator of a slice the accumulator of the same metric over the whole dataset, with
   * every event received, before its {@link #result()} — for a metric that judges something in a
   * slice by a whole record, as the warning signs judge when the bloc first took part in an
   * initiative and earliness judges each initiative's start: a period's slice holds only the
   * period's events, but an initiative began before it. In memory such a metric reads the whole
   * record from {@link EvaluationContext#dataset()} in {@link Metric#measure}; when the events are
   * split into parts elsewhere, that dataset holds no events, and the engine calls this instead.
   * Only reads {@code whole}, which other threads may be reading too. Default: nothing.
   *
   * @param whole the merged accumulator of the same metric over the whole dataset; implementations
   *     may cast it to their own class
   * @since 0.2.0
   */
  default void wholeRecord(Accumulator whole) {}

  /**
   * The measurement of every record this accumulator received, directly or through merges. Called
   * once, after the last record and the last merge; the accumulator is not used afterwards. It is
   * the place to read what the context knows only once every event has been seen (see {@link
   * StreamingMetric#accumulator}).
   *
   * <p>Odd data should not throw: return {@link Measurement#noValue(String)} or add warnings, as
   * {@link Metric#measure} does.
   *
   * @return the measurement, never null
   */
  Measurement result();
}
