package dev.copro.metrics.reciprocity;

import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import dev.copro.testkit.MetricCompatibilityKit;
import java.util.List;

/**
 * The plugin compatibility kit on {@link PaymentCoverage}, over the kit's own datasets and the
 * Northfield sample: among its checks, that its accumulators give what {@code measure} gives, sent
 * every event or dealt them in turn and merged, without reading the reference date before {@code
 * result()}.
 */
class PaymentCoverageCompatibilityTest extends MetricCompatibilityKit {

  @Override
  protected Metric metric() {
    return new PaymentCoverage();
  }

  @Override
  protected List<Dataset> datasets() {
    return List.of(SampleDatasets.northfield());
  }
}
