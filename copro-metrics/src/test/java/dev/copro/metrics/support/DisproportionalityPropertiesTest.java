package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DisproportionalityPropertiesTest {

  /** Two share vectors over the same eight groups, each normalised to sum to 1. */
  @Provide
  Arbitrary<double[][]> pairs() {
    Arbitrary<double[]> shares =
        Arbitraries.doubles()
            .between(0, 100)
            .array(double[].class)
            .ofSize(8)
            .filter(a -> Arrays.stream(a).sum() > 0)
            .map(
                a -> {
                  double sum = Arrays.stream(a).sum();
                  return Arrays.stream(a).map(x -> x / sum).toArray();
                });
    return shares.array(double[][].class).ofSize(2);
  }

  @Property
  void indices_lieInUnitInterval_andGallagherNeverExceedsLoosemoreHanby(
      @ForAll("pairs") double[][] p) {
    double lh = Disproportionality.loosemoreHanby(p[0], p[1]);
    double g = Disproportionality.gallagher(p[0], p[1]);
    assertThat(lh).isBetween(0.0, 1.0);
    assertThat(g).isBetween(0.0, 1.0);
    assertThat(g).isLessThanOrEqualTo(lh + 1e-12);
  }

  @Property
  void indices_areSymmetric(@ForAll("pairs") double[][] p) {
    assertThat(Disproportionality.loosemoreHanby(p[1], p[0]))
        .isCloseTo(Disproportionality.loosemoreHanby(p[0], p[1]), within(1e-15));
    assertThat(Disproportionality.gallagher(p[1], p[0]))
        .isCloseTo(Disproportionality.gallagher(p[0], p[1]), within(1e-15));
  }

  @Property
  void identicalShares_giveZero(@ForAll("pairs") double[][] p) {
    assertThat(Disproportionality.loosemoreHanby(p[0], p[0])).isEqualTo(0.0);
    assertThat(Disproportionality.gallagher(p[0], p[0])).isEqualTo(0.0);
  }
}
