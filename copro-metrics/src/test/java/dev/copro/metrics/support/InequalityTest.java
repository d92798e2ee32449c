package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InequalityTest {

  private static final double EPS = 1e-12;

  @Test
  void gini_equalAmounts_isZero() {
    assertThat(Inequality.gini(new double[] {1, 1, 1, 1})).isEqualTo(0.0);
  }

  @Test
  void gini_oneOfFourHasEverything_isThreeQuarters() {
    // 6 ordered pairs differ by 1: Σ|xi − xj| = 6; 2·n²·μ = 2·16·0.25 = 8; 6 / 8 = 0.75 = (n − 1)/n
    assertThat(Inequality.gini(new double[] {0, 0, 0, 1})).isCloseTo(0.75, within(EPS));
  }

  @Test
  void gini_twoUnequalAmounts_isMeanDifferenceOverTwiceTheMean() {
    // {1, 3}: Σ|xi − xj| = 2 + 2 = 4; 2·n²·μ = 2·4·2 = 16; 4 / 16 = 0.25
    assertThat(Inequality.gini(new double[] {3, 1})).isCloseTo(0.25, within(EPS));
  }

  @Test
  void gini_oneToFive_matchesClosedFormForConsecutiveIntegers() {
    // the Gini of 1, 2, …, n is (n − 1) / (3n): 4/15 for n = 5
    assertThat(Inequality.gini(new double[] {4, 1, 5, 2, 3})).isCloseTo(4.0 / 15, within(EPS));
  }

  @Test
  void gini_replicatedPopulation_isUnchanged() {
    // Dalton's population principle, which the n/(n − 1) corrected form breaks: {1,3,1,3} has 8
    // ordered pairs differing by 2, Σ = 16, 2·16·2 = 64, 16/64 = 0.25 as for {1, 3}
    assertThat(Inequality.gini(new double[] {1, 3, 1, 3})).isCloseTo(0.25, within(EPS));
  }

  @Test
  void gini_singleUnit_isZero() {
    assertThat(Inequality.gini(new double[] {7})).isEqualTo(0.0);
  }

  @Test
  void gini_leavesItsInputUnsorted() {
    double[] values = {3, 1, 2};
    Inequality.gini(values);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void gini_undefinedInput_isRejected() {
    assertThatThrownBy(() -> Inequality.gini(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Inequality.gini(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Inequality.gini(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Inequality.gini(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.gini(new double[] {1, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theil_equalAmounts_isZero() {
    assertThat(Inequality.theil(new double[] {2, 2, 2})).isEqualTo(0.0);
  }

  @Test
  void theil_oneOfFourHasEverything_isLnFour() {
    // μ = 1/4; the one unit has x/μ = 4: (1/4)·4·ln 4 = ln 4, the maximum ln n
    assertThat(Inequality.theil(new double[] {0, 1, 0, 0})).isCloseTo(Math.log(4), within(EPS));
  }

  @Test
  void theil_twoUnequalAmounts_matchesDefinition() {
    // {1, 3}: μ = 2, x/μ = 0.5 and 1.5: (0.5·ln 0.5 + 1.5·ln 1.5) / 2 = (−0.346574 + 0.608198) / 2
    // = 0.130812
    assertThat(Inequality.theil(new double[] {1, 3})).isCloseTo(0.130812, within(1e-6));
  }

  @Test
  void theilDecomposition_twoGroups_splitsIntoWithinAndBetween() {
    // {1, 1 | 2, 4}: total 8, μ = 2, x/μ = 0.5, 0.5, 1, 2 → T = (2·0.5·ln 0.5 + 2·ln 2) / 4 = ln 2
    // / 4.
    // group A: 2 of 8 (s = 1/4) with 2 of 4 units (p = 1/2), equal inside: T_A = 0.
    // group B: s = 3/4, p = 1/2; {2, 4}: μ = 3, T_B = ((2/3)·ln(2/3) + (4/3)·ln(4/3)) / 2.
    // between = (1/4)·ln(1/2) + (3/4)·ln(3/2); within = (3/4)·T_B.
    TheilDecomposition d =
        Inequality.theilDecomposition(new double[] {1, 2, 1, 4}, new int[] {0, 1, 0, 1});
    double theilB = ((2.0 / 3) * Math.log(2.0 / 3) + (4.0 / 3) * Math.log(4.0 / 3)) / 2;
    assertThat(d.total()).isCloseTo(Math.log(2) / 4, within(EPS));
    assertThat(d.between()).isCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), within(EPS));
    assertThat(d.within()).isCloseTo(0.75 * theilB, within(EPS));
    // 0.130812 / 0.173287
    assertThat(d.betweenShare()).hasValueCloseTo(0.754887, within(1e-6));
  }

  @Test
  void theilDecomposition_silentGroup_isAllBetween() {
    // {0, 0 | 1, 1}: T = (2·2·ln 2) / 4 = ln 2; group B holds everything with half the units:
    // between = ln 2
    TheilDecomposition d =
        Inequality.theilDecomposition(new double[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1});
    assertThat(d.total()).isCloseTo(Math.log(2), within(EPS));
    assertThat(d.between()).isCloseTo(Math.log(2), within(EPS));
    assertThat(d.within()).isCloseTo(0, within(EPS));
    assertThat(d.betweenShare()).hasValueCloseTo(1.0, within(EPS));
  }

  @Test
  void theilDecomposition_equalAmounts_hasNoShareToApportion() {
    TheilDecomposition d =
        Inequality.theilDecomposition(new double[] {0.1, 0.1, 0.1}, new int[] {0, 1, 2});
    assertThat(d.total()).isEqualTo(0.0);
    assertThat(d.betweenShare()).isEmpty();
  }

  @Test
  void theilDecomposition_badGroups_areRejected() {
    assertThatThrownBy(() -> Inequality.theilDecomposition(new double[] {1, 2}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> Inequality.theilDecomposition(new double[] {1, 2}, new int[] {0, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void theilDecompositionRecord_negativePart_isRejected() {
    assertThatThrownBy(() -> new TheilDecomposition(1, -0.1, 1.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TheilDecomposition(Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
