package dev.copro.testkit;

import dev.copro.spi.Metric;

/**
 * The compatibility kit on the released example plugin's metric, against the current SPI and
 * engine.
 */
class ReleasedOutOfHoursMeetingsCompatibilityTest extends MetricCompatibilityKit {

  @Override
  protected Metric metric() {
    return ReleasedPlugin.metric();
  }
}
