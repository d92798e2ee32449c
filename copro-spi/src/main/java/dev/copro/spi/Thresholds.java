package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * How a value is rated: the boundaries of green and amber, and which way is better.
 *
 * <p>When higher is better, a value at or above {@code green} is green, at or above {@code amber}
 * amber, and red below. When lower is better the comparisons are reversed: at or below {@code
 * green} is green, at or below {@code amber} amber.
 *
 * @param green the boundary of green
 * @param amber the boundary of amber; not beyond {@code green} in the better direction
 * @param higherIsBetter whether higher values are better
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Thresholds(double green, double amber, boolean higherIsBetter) {

  /** Checks that the boundaries are finite and in order. */
  public Thresholds {
    if (!Double.isFinite(green) || !Double.isFinite(amber)) {
      throw new IllegalArgumentException("thresholds must be finite numbers");
    }
    if (higherIsBetter ? amber > green : amber < green) {
      throw new IllegalArgumentException(
          "the amber threshold (" + amber + ") must not be better than the green (" + green + ")");
    }
  }

  /** Thresholds where higher values are better. */
  public static Thresholds higherIsBetter(double green, double amber) {
    return new Thresholds(green, amber, true);
  }

  /** Thresholds where lower values are better. */
  public static Thresholds lowerIsBetter(double green, double amber) {
    return new Thresholds(green, amber, false);
  }

  /** The rating of a finite value. */
  public Rating rate(double value) {
    if (higherIsBetter) {
      return value >= green ? Rating.GREEN : value >= amber ? Rating.AMBER : Rating.RED;
    }
    return value <= green ? Rating.GREEN : value <= amber ? Rating.AMBER : Rating.RED;
  }
}
