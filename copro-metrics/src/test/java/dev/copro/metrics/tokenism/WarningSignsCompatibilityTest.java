package dev.copro.metrics.tokenism;

import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import dev.copro.testkit.MetricCompatibilityKit;
import java.util.List;

/**
 * The plugin compatibility kit on the warning signs, over the kit's datasets and the bundled
 * sample: among its checks, the streaming one — the events sent to one accumulator, and dealt in
 * turn to two that are merged, give what {@code measure} gives.
 */
class WarningSignsCompatibilityTest extends MetricCompatibilityKit {

  @Override
  protected Metric metric() {
    return new WarningSigns();
  }

  @Override
  protected List<Dataset> datasets() {
    return List.of(SampleDatasets.northfield());
  }
}
