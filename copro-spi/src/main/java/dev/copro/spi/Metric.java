package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * A measurement of co-production computed from a dataset: the contract a metric plugin implements.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/dev.copro.spi.Metric}. They need a public no-argument constructor, must be
 * thread-safe (the engine may call {@link #measure} concurrently for different scopes) and must not
 * keep state between calls. The engine isolates every call: an exception, a value that is NaN,
 * infinite or outside {@link Descriptor#range()}, or a call that runs past its time budget becomes
 * a failed result naming the plugin, and every other metric still completes.
 *
 * <p>The interface grows only by default methods.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Metric {

  /** Who this metric is and what it produces; called once, at discovery. */
  Descriptor descriptor();

  /**
   * Measures the records in the context's scope.
   *
   * <p>Odd data should not throw: return {@link Measurement#noValue(String)} or add warnings.
   *
   * @param context the dataset, scope, parameters and helpers for this evaluation
   * @return the measurement, never null
   */
  Measurement measure(EvaluationContext context);
}
