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
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Interval(double lower, double upper, double level) {

  /**
   * An interval: the way for plugins to make one, which keeps compiling if the record gains a
   * component.
   *
   * @throws IllegalArgumentException if {@code upper} is below {@code lower} (or either is NaN), or
   *     the level is not in (0, 1)
   * @since 0.3.0
   */
  public static Interval of(double lower, double upper, double level) {
    return new Interval(lower, upper, level);
  }

  /** Checks the bounds and the level. */
  public Interval {
    if (!(lower <= upper) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "invalid interval [" + lower + ", " + upper + "] at level " + level);
    }
  }
}
