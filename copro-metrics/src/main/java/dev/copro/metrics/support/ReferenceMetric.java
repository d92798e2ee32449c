package dev.copro.metrics.support;

import dev.copro.spi.Accumulator;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.StreamingMetric;

/**
 * A default metric that reads only reference records — participants, activities, initiatives,
 * decisions — and so streams trivially: its accumulator ignores the events, has nothing to merge,
 * and measures the reference records when asked for its result. The in-memory {@link #measure} and
 * the streaming result are the same call.
 */
public abstract class ReferenceMetric implements StreamingMetric {

  /** For subclasses. */
  protected ReferenceMetric() {}

  /**
   * Measures the reference records in the context's scope. Must not read the context's event lists
   * (see {@link StreamingMetric#accumulator}).
   *
   * @param context the reference records, scope, parameters and helpers
   * @return the measurement, never null
   */
  protected abstract Measurement measureReferences(EvaluationContext context);

  /** An accumulator that ignores the events and measures the reference records for its result. */
  @Override
  public final Accumulator accumulator(EvaluationContext context) {
    return new Accumulator() {
      @Override
      public void merge(Accumulator other) {
        // Neither side holds anything derived from events.
      }

      @Override
      public Measurement result() {
        return measureReferences(context);
      }
    };
  }

  /** Measures the reference records in scope; there are no events to send. */
  @Override
  public final Measurement measure(EvaluationContext context) {
    return measureReferences(context);
  }
}
