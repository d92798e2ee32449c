package dev.copro.testkit;

import static dev.copro.testkit.MetricCompatibilityKitTest.BOUNDS;
import static dev.copro.testkit.MetricCompatibilityKitTest.DATASETS;
import static dev.copro.testkit.MetricCompatibilityKitTest.DETERMINISTIC;
import static dev.copro.testkit.MetricCompatibilityKitTest.DOCUMENTED;
import static dev.copro.testkit.MetricCompatibilityKitTest.EMPTY;
import static dev.copro.testkit.MetricCompatibilityKitTest.EVIDENCE;
import static dev.copro.testkit.MetricCompatibilityKitTest.IDENTITY;
import static dev.copro.testkit.MetricCompatibilityKitTest.READ_ONLY;
import static dev.copro.testkit.MetricCompatibilityKitTest.SERIALISABLE;
import static dev.copro.testkit.MetricCompatibilityKitTest.SINGLE;
import static dev.copro.testkit.MetricCompatibilityKitTest.SMALL;
import static dev.copro.testkit.MetricCompatibilityKitTest.THREAD_SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Rule;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rule compatibility kit, run through JUnit's EngineTestKit on a well-behaved rule and broken
 * ones.
 */
class RuleCompatibilityKitTest {

  @Test
  void wellBehavedRule_passesEveryTest() {
    assertThat(KitRun.failures(GoodRuleKit.class)).isEmpty();
    assertThat(KitRun.names(KitRun.tests(GoodRuleKit.class).succeeded()))
        .containsExactlyInAnyOrder(
            IDENTITY,
            DOCUMENTED,
            DATASETS + " > " + EMPTY,
            DATASETS + " > " + SINGLE,
            DATASETS + " > " + SMALL,
            BOUNDS + " > minimumAttendees = 0",
            BOUNDS + " > minimumAttendees = 1000",
            DETERMINISTIC + " > " + EMPTY,
            DETERMINISTIC + " > " + SINGLE,
            DETERMINISTIC + " > " + SMALL,
            READ_ONLY,
            THREAD_SAFE,
            SERIALISABLE + " > " + EMPTY,
            SERIALISABLE + " > " + SINGLE,
            SERIALISABLE + " > " + SMALL,
            EVIDENCE + " > " + EMPTY,
            EVIDENCE + " > " + SINGLE,
            EVIDENCE + " > " + SMALL);
  }

  @Test
  void nullInsteadOfNoFindings_failsOnTheEmptyDataset() {
    Map<String, String> failures = KitRun.failures(NullRuleKit.class);

    assertThat(failures).containsOnlyKeys(DATASETS + " > " + EMPTY);
    assertThat(failures.get(DATASETS + " > " + EMPTY))
        .contains(
            "rule 'acme.kit.null-rule' (dev.copro.testkit.KitFixtures$NullRule) failed on the empty dataset: "
                + "returned null instead of a list of findings",
            "return an empty list when there is nothing to report, never null");
  }

  @Test
  void findingsKeptBetweenCalls_failDeterminism_andThresholdsFailDocumented() {
    Map<String, String> failures = KitRun.failures(AccumulatingRuleKit.class);

    assertThat(failures.get(DETERMINISTIC + " > " + EMPTY))
        .contains(
            "rule 'acme.kit.accumulating' (dev.copro.testkit.KitFixtures$AccumulatingRule) gave different results for "
                + "the empty dataset in two evaluations: findings:",
            "keep no state between calls");
    assertThat(failures.get(DOCUMENTED))
        .contains("it has rating thresholds, but rules are not rated: remove them");
  }

  @Tag("kit-fixture")
  static class GoodRuleKit extends RuleCompatibilityKit {
    @Override
    protected Rule rule() {
      return new KitFixtures.UnchairedActivities();
    }
  }

  @Tag("kit-fixture")
  static class NullRuleKit extends RuleCompatibilityKit {
    @Override
    protected Rule rule() {
      return new KitFixtures.NullRule();
    }
  }

  @Tag("kit-fixture")
  static class AccumulatingRuleKit extends RuleCompatibilityKit {
    @Override
    protected Rule rule() {
      return new KitFixtures.AccumulatingRule();
    }
  }
}
