package dev.copro.testkit;

import dev.copro.spi.Descriptor;
import dev.copro.spi.Metric;
import dev.copro.spi.Thresholds;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The compatibility kit for a {@link Metric}: extend it in the metric's tests and return a new
 * instance of the metric, and the kit's tests (see {@link PluginCompatibilityKit}) run on it.
 *
 * <pre>{@code
 * class OutOfHoursMeetingsCompatibilityTest extends MetricCompatibilityKit {
 *   @Override
 *   protected Metric metric() {
 *     return new OutOfHoursMeetings();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract non-sealed class MetricCompatibilityKit extends PluginCompatibilityKit {

  /** For subclasses. */
  protected MetricCompatibilityKit() {}

  /**
   * A new instance of the metric under test, made as the engine makes it (with its public
   * no-argument constructor, unless the test needs otherwise). Called once per test.
   */
  protected abstract Metric metric();

  @Override
  final MetricHarness harness() {
    return PluginHarness.forMetric(metric()).withConfiguration(CONFIGURATION);
  }

  @Override
  final String contract() {
    return "A metric must give a result for any valid dataset, however odd: return Measurement.noValue(reason) when "
        + "there is nothing to measure, add warnings about odd data, keep every number finite and every value within "
        + "the descriptor's range, and never throw.";
  }

  @Override
  final List<String> thresholdProblems(Descriptor descriptor) {
    Thresholds thresholds = descriptor.thresholds();
    List<String> problems = new ArrayList<>();
    if (thresholds != null) {
      for (double boundary : new double[] {thresholds.green(), thresholds.amber()}) {
        if (!descriptor.range().contains(boundary)) {
          problems.add("its threshold " + boundary + " lies outside its range " + descriptor.range()
              + ", so no value can fall on both sides of it");
        }
      }
    }
    return problems;
  }
}
