package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class InequalityPropertiesTest {

  @Provide
  Arbitrary<double[]> amounts() {
    return Arbitraries.doubles()
        .between(0, 10_000)
        .array(double[].class)
        .ofMinSize(1)
        .ofMaxSize(40)
        .filter(a -> Arrays.stream(a).sum() > 0);
  }

  @Property
  void gini_liesBetweenZeroAndItsMaximum(@ForAll("amounts") double[] x) {
    int n = x.length;
    assertThat(Inequality.gini(x)).isBetween(0.0, (n - 1.0) / n);
  }

  @Property
  void gini_isScaleInvariant(
      @ForAll("amounts") double[] x, @ForAll @DoubleRange(min = 0.01, max = 1000) double c) {
    double[] scaled = Arrays.stream(x).map(v -> v * c).toArray();
    assertThat(Inequality.gini(scaled)).isCloseTo(Inequality.gini(x), within(1e-9));
  }

  @Property
  void gini_isPermutationInvariant(@ForAll("amounts") double[] x, @ForAll Random random) {
    assertThat(Inequality.gini(shuffled(x, random))).isCloseTo(Inequality.gini(x), within(1e-12));
  }

  @Property
  void gini_ofReplicatedPopulation_isUnchanged(@ForAll("amounts") double[] x) {
    double[] twice = new double[x.length * 2];
    System.arraycopy(x, 0, twice, 0, x.length);
    System.arraycopy(x, 0, twice, x.length, x.length);
    assertThat(Inequality.gini(twice)).isCloseTo(Inequality.gini(x), within(1e-9));
  }

  @Property
  void gini_perfectEquality_isZero(
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double amount,
      @ForAll @IntRange(min = 1, max = 200) int n) {
    double[] x = new double[n];
    Arrays.fill(x, amount);
    assertThat(Inequality.gini(x)).isCloseTo(0, within(1e-12));
  }

  @Property
  void gini_singleVoice_isMaximal(
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double amount,
      @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll Random random) {
    double[] x = new double[n];
    x[random.nextInt(n)] = amount;
    assertThat(Inequality.gini(x)).isCloseTo((n - 1.0) / n, within(1e-12));
    assertThat(Inequality.theil(x)).isCloseTo(Math.log(n), within(1e-9));
  }

  @Property
  void theil_liesBetweenZeroAndLnN(@ForAll("amounts") double[] x) {
    assertThat(Inequality.theil(x)).isBetween(0.0, Math.log(x.length));
  }

  @Property
  void theil_isScaleAndPermutationInvariant(
      @ForAll("amounts") double[] x,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double c,
      @ForAll Random random) {
    double[] scaled = Arrays.stream(shuffled(x, random)).map(v -> v * c).toArray();
    assertThat(Inequality.theil(scaled)).isCloseTo(Inequality.theil(x), within(1e-9));
  }

  @Property
  void theilDecomposition_withinPlusBetween_isTotal(
      @ForAll("amounts") double[] x, @ForAll Random random) {
    int[] groups = random.ints(x.length, 0, 5).toArray();
    TheilDecomposition d = Inequality.theilDecomposition(x, groups);
    assertThat(d.total()).isCloseTo(Inequality.theil(x), within(1e-12));
    assertThat(d.within() + d.between()).isCloseTo(d.total(), within(1e-9));
    d.betweenShare().ifPresent(share -> assertThat(share).isBetween(0.0, 1.0));
  }

  @Property
  void theilDecomposition_oneGroup_hasNoBetweenPart(@ForAll("amounts") double[] x) {
    TheilDecomposition d = Inequality.theilDecomposition(x, new int[x.length]);
    assertThat(d.between()).isCloseTo(0, within(1e-12));
    assertThat(d.within()).isCloseTo(d.total(), within(1e-9));
  }

  static double[] shuffled(double[] x, Random random) {
    List<Double> list = new ArrayList<>();
    for (double v : x) {
      list.add(v);
    }
    Collections.shuffle(list, random);
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
