package dev.copro.metrics.experience;

import dev.copro.spi.Interval;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The nonparametric bootstrap of a mean with percentile intervals (Efron and Tibshirani 1993, ch.
 * 13), from a seeded generator so that the same input always gives the same interval. One instance
 * serves one measurement: its generator carries state between calls, so strata resampled one after
 * the other draw independent resamples.
 */
final class Bootstrap {

  private final RandomGenerator random;
  private final int samples;

  /**
   * @param seed the generator's seed
   * @param samples how many resamples to draw, at least 1
   */
  Bootstrap(int seed, int samples) {
    this.random = new Well19937c(seed);
    this.samples = samples;
  }

  /**
   * The means of {@code samples} resamples of {@code values}, each drawn with replacement and of
   * the same size as {@code values}.
   *
   * @param values at least one value
   */
  double[] resampledMeans(double[] values) {
    double[] means = new double[samples];
    double[] resample = new double[values.length];
    for (int b = 0; b < samples; b++) {
      for (int i = 0; i < values.length; i++) {
        resample[i] = values[random.nextInt(values.length)];
      }
      means[b] = StatUtils.mean(resample);
    }
    return means;
  }

  /**
   * The percentile interval at {@code level}: the (1 − level)/2 and (1 + level)/2 percentiles of
   * the bootstrap replicates.
   *
   * @param replicates at least one replicate
   * @param level the confidence level, in (0, 1)
   */
  static Interval percentileInterval(double[] replicates, double level) {
    Percentile percentile = new Percentile();
    percentile.setData(replicates);
    double lower = percentile.evaluate(50 * (1 - level));
    double upper = percentile.evaluate(50 * (1 + level));
    return new Interval(lower, upper, level);
  }
}
