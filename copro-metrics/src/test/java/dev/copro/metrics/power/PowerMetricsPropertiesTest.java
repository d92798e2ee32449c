package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of the power metrics over random valid datasets: values and breakdown values are
 * shares, and nothing depends on participant ids or on the order of the records.
 */
class PowerMetricsPropertiesTest {

  @Property(tries = 200)
  void decisionInclusion_isAShareIndependentOfIdsAndOrder(@ForAll long seed) {
    checkShareAndRelabelling(new DecisionInclusion(), seed);
  }

  @Property(tries = 200)
  void votingPower_isAShareIndependentOfIdsAndOrder(@ForAll long seed) {
    Measurement m = checkShareAndRelabelling(new VotingPower(), seed);
    if (m.value() != null) {
      // Every voter has a perspective, so the perspective groups share out all the power.
      assertThat(perspectiveTotal(m)).isCloseTo(1.0, within(1e-9));
      for (String share :
          List.of(
              "headShare",
              "weightShare",
              "shapleyShubik",
              "coalitionBanzhaf",
              "coalitionShapleyShubik",
              "blocCanCarryShare",
              "blocCanBlockShare")) {
        assertThat(m.components().get(share)).as(share).isBetween(0.0, 1.0);
      }
      // A bloc that can carry a decision needing more than half (every simple majority) can block
      // it too.
      boolean onlySimpleMajorities =
          PowerFixtures.randomDataset(seed).decisions().stream()
              .noneMatch(d -> d.rule() == DecisionRule.WEIGHTED_VOTE);
      double carry = m.components().get("blocCanCarryShare");
      double block = m.components().get("blocCanBlockShare");
      if (onlySimpleMajorities) {
        assertThat(block).isGreaterThanOrEqualTo(carry);
      }
      // Raised when some decision can be neither carried nor blocked: never when each can be one or
      // the other.
      boolean flagged =
          m.findings().stream().anyMatch(f -> f.code().equals("bloc-cannot-carry-or-block"));
      if (carry == 1 || block == 1) {
        assertThat(flagged).isFalse();
      }
      if (!flagged) {
        assertThat(carry + block).isGreaterThanOrEqualTo(1 - 1e-12);
      }
    }
  }

  @Property(tries = 200)
  void seatShare_isAShareIndependentOfIdsAndOrder(@ForAll long seed) {
    Measurement m = checkShareAndRelabelling(new SeatShare(), seed);
    if (m.value() != null) {
      // Every seat belongs to someone with a perspective, so the groups' seat shares sum to 1.
      assertThat(perspectiveTotal(m)).isCloseTo(1.0, within(1e-9));
      assertThat(m.components().get("ratioToTarget")).isCloseTo(m.value() / 0.5, within(1e-12));
      assertThat(m.components().get("headShare")).isEqualTo(m.value());
      if (m.components().containsKey("weightShare")) {
        assertThat(m.components().get("weightShare")).isBetween(0.0, 1.0);
      }
    }
  }

  @Property(tries = 200)
  void influence_isAShareIndependentOfIdsAndOrder(@ForAll long seed) {
    checkShareAndRelabelling(new Influence(), seed);
  }

  @Property(tries = 200)
  void leadership_isAShareIndependentOfIdsAndOrder(@ForAll long seed) {
    checkShareAndRelabelling(new Leadership(), seed);
  }

  /**
   * Measures a random dataset and its relabelled, reordered twin; checks the value and every
   * breakdown value are in [0, 1] and that the value, n and components agree. Returns the first
   * measurement.
   */
  private static Measurement checkShareAndRelabelling(Metric metric, long seed) {
    Dataset data = PowerFixtures.randomDataset(seed);
    Measurement m = measure(metric, data);
    Measurement relabelled = measure(metric, PowerFixtures.relabelled(data, id -> "renamed-" + id));

    assertThat(relabelled.n()).isEqualTo(m.n());
    assertThat(relabelled.findings()).hasSameSizeAs(m.findings());
    if (m.value() == null) {
      assertThat(relabelled.value()).isNull();
      return m;
    }
    assertThat(m.value()).isBetween(0.0, 1.0);
    assertThat(relabelled.value()).isCloseTo(m.value(), within(1e-12));
    assertThat(relabelled.components().keySet()).containsExactlyElementsOf(m.components().keySet());
    m.components()
        .forEach(
            (name, v) -> assertThat(relabelled.components().get(name)).isCloseTo(v, within(1e-12)));
    assertThat(PowerFixtures.breakdownValues(m)).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    return m;
  }

  private static double perspectiveTotal(Measurement m) {
    return m.breakdowns().stream()
        .filter(b -> b.dimension().equals("perspective"))
        .findFirst()
        .orElseThrow()
        .groups()
        .stream()
        .mapToDouble(Group::value)
        .sum();
  }
}
