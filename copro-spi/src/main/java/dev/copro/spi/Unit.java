package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * What a metric's value counts or measures.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Unit {
  /** A proportion from 0 to 1. */
  SHARE,
  /** A ratio of two quantities, such as a parity ratio where 1 means parity. */
  RATIO,
  /** A number of days. */
  DAYS,
  /** A count of things or people. */
  COUNT,
  /** A dimensionless index, such as an effective number of voices or a disproportionality index. */
  INDEX,
  /** A score on a survey scale. */
  SCORE,
  /** A rung on an ordinal ladder, counted from 1 (bottom). */
  LEVEL
}
