package dev.copro.testkit;

import dev.copro.spi.Descriptor;
import dev.copro.spi.Rule;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The compatibility kit for a {@link Rule}: extend it in the rule's tests and return a new instance
 * of the rule, and the kit's tests (see {@link PluginCompatibilityKit}) run on it.
 *
 * <pre>{@code
 * class RecentBoardChairsCompatibilityTest extends RuleCompatibilityKit {
 *   @Override
 *   protected Rule rule() {
 *     return new RecentBoardChairs();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract non-sealed class RuleCompatibilityKit extends PluginCompatibilityKit {

  /** For subclasses. */
  protected RuleCompatibilityKit() {}

  /**
   * A new instance of the rule under test, made as the engine makes it (with its public no-argument
   * constructor, unless the test needs otherwise). Called once per test.
   */
  protected abstract Rule rule();

  @Override
  final RuleHarness harness() {
    return PluginHarness.forRule(rule()).withConfiguration(CONFIGURATION);
  }

  @Override
  final String contract() {
    return "A rule must give a result for any valid dataset, however odd: return an empty list when there is nothing "
        + "to report, never null, and never throw.";
  }

  @Override
  final List<String> thresholdProblems(Descriptor descriptor) {
    return descriptor.thresholds() == null
        ? List.of()
        : List.of("it has rating thresholds, but rules are not rated: remove them");
  }
}
