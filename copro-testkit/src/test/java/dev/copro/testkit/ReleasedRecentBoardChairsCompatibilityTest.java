package dev.copro.testkit;

import dev.copro.spi.Rule;

/**
 * The compatibility kit on the released example plugin's rule, against the current SPI and engine.
 */
class ReleasedRecentBoardChairsCompatibilityTest extends RuleCompatibilityKit {

  @Override
  protected Rule rule() {
    return ReleasedPlugin.rule();
  }
}
