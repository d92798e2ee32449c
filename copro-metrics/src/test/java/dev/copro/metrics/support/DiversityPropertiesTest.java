package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class DiversityPropertiesTest {

  @Provide
  Arbitrary<double[]> weights() {
    return Arbitraries.doubles()
        .between(0, 1000)
        .array(double[].class)
        .ofMinSize(1)
        .ofMaxSize(12)
        .filter(a -> Arrays.stream(a).sum() > 0);
  }

  @Property
  void inverseSimpson_liesBetweenOneAndCategoriesPresent(@ForAll("weights") double[] w) {
    assertThat(Diversity.inverseSimpson(w)).isBetween(1.0, (double) Diversity.present(w));
  }

  @Property
  void inverseSimpson_equalCategories_isTheirNumber(
      @ForAll @IntRange(min = 1, max = 50) int k,
      @ForAll @DoubleRange(min = 0.01, max = 1e4) double weight) {
    double[] w = new double[k];
    Arrays.fill(w, weight);
    assertThat(Diversity.inverseSimpson(w)).isCloseTo(k, within(1e-9));
  }

  @Property
  void inverseSimpson_neverExceedsExponentialOfEntropy(@ForAll("weights") double[] w) {
    // Hill numbers fall with their order: ²D = 1/Σp² ≤ ¹D = exp(H)
    assertThat(Diversity.inverseSimpson(w))
        .isLessThanOrEqualTo(Math.exp(Diversity.shannonEntropy(w)) + 1e-9);
  }

  @Property
  void shannonEvenness_liesInUnitInterval(@ForAll("weights") double[] w) {
    assertThat(Diversity.shannonEvenness(w)).isBetween(0.0, 1.0);
  }

  @Property
  void indices_arePermutationAndScaleInvariant(
      @ForAll("weights") double[] w,
      @ForAll Random random,
      @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
    double[] other =
        Arrays.stream(InequalityPropertiesTest.shuffled(w, random)).map(v -> v * c).toArray();
    assertThat(Diversity.inverseSimpson(other))
        .isCloseTo(Diversity.inverseSimpson(w), within(1e-9));
    assertThat(Diversity.shannonEvenness(other))
        .isCloseTo(Diversity.shannonEvenness(w), within(1e-9));
  }
}
