package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * When a metric runs.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Phase {
  /** Computed from the dataset alone; direct metrics run first, possibly in parallel. */
  DIRECT,
  /**
   * Computed from the outcomes of the direct metrics (a ladder placement, a scorecard): aggregate
   * metrics run after every direct metric and see their outcomes in {@link
   * EvaluationContext#outcomes()}.
   */
  AGGREGATE
}
