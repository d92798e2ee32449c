package dev.copro.examples.plugin;

import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Rule;
import dev.copro.testkit.RuleCompatibilityKit;
import java.util.List;
import java.util.Map;

/**
 * The kit, also on the boards of {@link RecentBoardChairsTest} and the Northfield sample, and with
 * other parameters.
 */
class RecentBoardChairsCompatibilityTest extends RuleCompatibilityKit {

  @Override
  protected Rule rule() {
    return new RecentBoardChairs();
  }

  @Override
  protected List<Dataset> datasets() {
    return List.of(SampleDatasets.northfield(), RecentBoardChairsTest.boards());
  }

  @Override
  protected Map<String, Object> parameters() {
    return Map.of("lastMeetings", 1);
  }
}
