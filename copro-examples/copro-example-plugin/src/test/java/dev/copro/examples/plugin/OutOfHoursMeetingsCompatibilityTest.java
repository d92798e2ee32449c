package dev.copro.examples.plugin;

import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import dev.copro.testkit.MetricCompatibilityKit;
import java.util.List;
import java.util.Map;

class OutOfHoursMeetingsCompatibilityTest extends MetricCompatibilityKit {

  @Override
  protected Metric metric() {
    return new OutOfHoursMeetings();
  }

  // Optional: more datasets, and parameter values besides the defaults.
  @Override
  protected List<Dataset> datasets() {
    return List.of(OutOfHoursMeetingsTest.WEEK, SampleDatasets.northfield());
  }

  @Override
  protected Map<String, Object> parameters() {
    return Map.of("latestStart", "17:30", "weekendsCount", false, "minimumMeetings", 3);
  }
}
