package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiversityTest {

  private static final double EPS = 1e-12;

  @Test
  void inverseSimpson_twoEqualCategories_isTwo() {
    assertThat(Diversity.inverseSimpson(new double[] {7, 7})).isCloseTo(2, within(EPS));
  }

  @Test
  void inverseSimpson_sharesAndCounts_giveTheSameNumber() {
    // Laakso–Taagepera: 1 / (0.5² + 0.3² + 0.2²) = 1 / 0.38 = 2.6316
    assertThat(Diversity.inverseSimpson(new double[] {0.5, 0.3, 0.2}))
        .isCloseTo(1 / 0.38, within(EPS));
    assertThat(Diversity.inverseSimpson(new double[] {5, 3, 2})).isCloseTo(1 / 0.38, within(EPS));
  }

  @Test
  void inverseSimpson_newZealand2005Seats_isEffectiveNumberOfParliamentaryParties() {
    // seats 50, 48, 7, 6, 4, 3, 2, 1 of 121: N = 121² / Σ seats² = 14641 / (2500 + 2304 + 49 + 36 +
    // 16 + 9 + 4 + 1)
    // = 14641 / 4919 ≈ 2.98, the effective number of parliamentary parties usually quoted for that
    // election
    double[] seats = {50, 48, 7, 6, 4, 3, 2, 1};
    assertThat(Diversity.inverseSimpson(seats)).isCloseTo(14641.0 / 4919, within(EPS));
  }

  @Test
  void inverseSimpson_emptyCategories_countAsAbsent() {
    assertThat(Diversity.inverseSimpson(new double[] {3, 0, 3, 0})).isCloseTo(2, within(EPS));
    assertThat(Diversity.present(new double[] {3, 0, 3, 0})).isEqualTo(2);
  }

  @Test
  void inverseSimpson_oneCategory_isOne() {
    assertThat(Diversity.inverseSimpson(new double[] {0, 9, 0})).isEqualTo(1.0);
  }

  @Test
  void shannonEntropy_matchesDefinitionInNats() {
    assertThat(Diversity.shannonEntropy(new double[] {1, 1})).isCloseTo(Math.log(2), within(EPS));
    // −(0.5·ln 0.5 + 2·0.25·ln 0.25) = 0.5·ln 2 + ln 2 = 1.5·ln 2
    assertThat(Diversity.shannonEntropy(new double[] {2, 1, 1}))
        .isCloseTo(1.5 * Math.log(2), within(EPS));
  }

  @Test
  void shannonEvenness_isEntropyOverLnOfCategoriesPresent() {
    assertThat(Diversity.shannonEvenness(new double[] {4, 4, 4, 0})).isCloseTo(1, within(EPS));
    // 1.5·ln 2 / ln 3 = 1.039721 / 1.098612 = 0.946395
    assertThat(Diversity.shannonEvenness(new double[] {2, 1, 1})).isCloseTo(0.946395, within(1e-6));
  }

  @Test
  void shannonEvenness_singleCategory_isDefinedAsOne() {
    assertThat(Diversity.shannonEvenness(new double[] {0, 5})).isEqualTo(1.0);
  }

  @Test
  void undefinedInput_isRejected() {
    assertThatThrownBy(() -> Diversity.inverseSimpson(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Diversity.shannonEvenness(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Diversity.shannonEntropy(new double[] {-1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
