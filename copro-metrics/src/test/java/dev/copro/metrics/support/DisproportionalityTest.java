package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DisproportionalityTest {

  private static final double EPS = 1e-12;

  @Test
  void identicalDistributions_haveNoDisproportionality() {
    double[] v = {0.2, 0.3, 0.5};
    assertThat(Disproportionality.loosemoreHanby(v, v)).isEqualTo(0.0);
    assertThat(Disproportionality.gallagher(v, v)).isEqualTo(0.0);
  }

  @Test
  void disjointDistributions_areMaximal() {
    // ½(1 + 1) = 1; √(½(1 + 1)) = 1
    double[] v = {1, 0};
    double[] s = {0, 1};
    assertThat(Disproportionality.loosemoreHanby(v, s)).isCloseTo(1, within(EPS));
    assertThat(Disproportionality.gallagher(v, s)).isCloseTo(1, within(EPS));
  }

  @Test
  void threeGroups_matchHandComputation() {
    // differences 0.3, 0.1, 0.2: LH = ½·0.6 = 0.3; G = √(½(0.09 + 0.01 + 0.04)) = √0.07 = 0.264575
    double[] v = {0.6, 0.2, 0.2};
    double[] s = {0.3, 0.3, 0.4};
    assertThat(Disproportionality.loosemoreHanby(v, s)).isCloseTo(0.3, within(EPS));
    assertThat(Disproportionality.gallagher(v, s)).isCloseTo(Math.sqrt(0.07), within(EPS));
  }

  @Test
  void gallagher_publishedWorkedExample() {
    // calculator.academy's worked example: votes 42/31/17/10 %, seats 48/28/18/6 %; squared
    // differences
    // 36 + 9 + 1 + 16 = 62, √(62/2) = √31 = 5.568 percentage points. LH = ½(6 + 3 + 1 + 4) = 7
    // points.
    double[] votes = {0.42, 0.31, 0.17, 0.10};
    double[] seats = {0.48, 0.28, 0.18, 0.06};
    assertThat(Disproportionality.gallagher(votes, seats))
        .isCloseTo(Math.sqrt(31) / 100, within(EPS));
    assertThat(Disproportionality.loosemoreHanby(votes, seats)).isCloseTo(0.07, within(EPS));
  }

  @Test
  void roundedSharesWithinTolerance_areAccepted() {
    assertThat(
            Disproportionality.loosemoreHanby(
                new double[] {0.333, 0.333, 0.333}, new double[] {0.5, 0.5, 0}))
        .isCloseTo(0.5 * (0.167 + 0.167 + 0.333), within(EPS));
  }

  @Test
  void invalidInput_isRejected() {
    assertThatThrownBy(
            () -> Disproportionality.gallagher(new double[] {1}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(
            () ->
                Disproportionality.loosemoreHanby(new double[] {0.5, 0.4}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(
            () ->
                Disproportionality.loosemoreHanby(
                    new double[] {1.5, -0.5}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
