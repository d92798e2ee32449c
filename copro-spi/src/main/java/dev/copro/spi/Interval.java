package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * A confidence interval around an estimate.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 * @param level the confidence level, in (0, 1), such as 0.95
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Interval(double lower, double upper, double level) {

  /** Checks the bounds and the level. */
  public Interval {
    if (!(lower <= upper) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("invalid interval [" + lower + ", " + upper + "] at level " + level);
    }
  }
}
