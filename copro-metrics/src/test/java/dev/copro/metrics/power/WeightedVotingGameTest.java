package dev.copro.metrics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightedVotingGameTest {

  private static BigInteger[] big(long... values) {
    return Arrays.stream(values).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
  }

  private static BigFraction[] fractions(long denominator, long... numerators) {
    return Arrays.stream(numerators)
        .mapToObj(n -> new BigFraction(n, denominator))
        .toArray(BigFraction[]::new);
  }

  /**
   * Council of Ministers of the EEC, 1958 (Felsenthal and Machover 1998, §2.3): France, Germany,
   * Italy 4 votes each, Belgium and the Netherlands 2, Luxembourg 1; a qualified majority needs 12
   * of the 17 votes.
   *
   * <p>Swings, by enumeration of the coalitions of the other five weighing 12 − w to 11: France
   * needs 8–11 from {4, 4, 2, 2, 1}: {4,4}, {4,4,1}, {4,4,2}×2, {4,4,2,1}×2, {4,2,2}×2, {4,2,2,1}×2
   * = 10. Belgium needs 10–11 from {4, 4, 4, 2, 1}: {4,4,2}×3, {4,4,2,1}×3 = 6. Luxembourg needs
   * exactly 11 from {4, 4, 4, 2, 2}, whose sums are all even: 0. Total 3·10 + 2·6 = 42, so the
   * normalised indices are 10/42 = 5/21, 6/42 = 3/21 and 0 (the Penrose–Banzhaf measures 10/32 =
   * 5/16 and 6/32 = 3/16 are the "5, 5, 5, 3, 3, 0" often quoted).
   *
   * <p>Shapley–Shubik over the 6! = 720 orders: Luxembourg is never pivotal; Belgium is pivotal
   * when the coalition before it weighs 10 or 11: {4,4,2} (3 sets of size 3, each preceding it in
   * 3!·2! = 12 orders: 36) and {4,4,2,1} (3 sets of size 4, 4!·1! = 24 orders each: 72), so 108/720
   * = 9/60. The big three share the rest equally: (1 − 2·9/60)/3 = 14/60.
   */
  @Test
  @DisplayName(
      "EEC Council of Ministers 1958: swings 10,10,10,6,6,0; Banzhaf 5/21, 3/21, 0; Shapley-Shubik 14/60, 9/60, 0")
  void eecCouncil1958() {
    WeightedVotingGame game = WeightedVotingGame.of(new long[] {4, 4, 4, 2, 2, 1}, 12);

    assertThat(game.banzhafSwings()).containsExactly(big(10, 10, 10, 6, 6, 0));
    double[] banzhaf = game.normalisedBanzhaf();
    assertThat(banzhaf[0]).isCloseTo(5.0 / 21, within(1e-15));
    assertThat(banzhaf[3]).isCloseTo(3.0 / 21, within(1e-15));
    assertThat(banzhaf[5]).isZero();
    assertThat(game.shapleyShubikExact()).containsExactly(fractions(60, 14, 14, 14, 9, 9, 0));
    assertThat(game.shapleyShubik()[0]).isCloseTo(14.0 / 60, within(1e-15));
    assertThat(game.dummies()).containsExactly(5);
  }

  /**
   * UN Security Council since 1965: five permanent members (weight 7, a veto each) and ten elected
   * (weight 1); a resolution needs 39: all five permanent and at least four elected.
   *
   * <p>Swings: an elected member turns a coalition of the five permanent and exactly three of the
   * other nine elected into a winner: C(9,3) = 84. A permanent member turns the other four plus at
   * least four of the ten elected into a winner: Σ_{k=4..10} C(10,k) = 1024 − 1 − 10 − 45 − 120 =
   * 848. Total 5·848 + 10·84 = 5080: normalised 848/5080 = 106/635 ≈ 0.16693 and 84/5080 = 21/1270
   * ≈ 0.016535.
   *
   * <p>Shapley–Shubik: an elected member is pivotal when the 8 before it are the five permanent and
   * three of the other nine elected: C(9,3)·8!·6!/15! = 84·40320·720/1307674368000 = 4/2145 ≈
   * 0.0018648; each permanent member has (1 − 10·4/2145)/5 = 421/2145 ≈ 0.19627.
   */
  @Test
  @DisplayName(
      "UN Security Council: Shapley-Shubik 421/2145 and 4/2145, Banzhaf 106/635 and 21/1270")
  void unSecurityCouncil() {
    long[] weights = {7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    WeightedVotingGame game = WeightedVotingGame.of(weights, 39);

    BigInteger[] swings = game.banzhafSwings();
    assertThat(swings[0]).isEqualTo(BigInteger.valueOf(848));
    assertThat(swings[14]).isEqualTo(BigInteger.valueOf(84));
    double[] banzhaf = game.normalisedBanzhaf();
    assertThat(banzhaf[0]).isCloseTo(106.0 / 635, within(1e-15)).isCloseTo(0.1669, within(5e-5));
    assertThat(banzhaf[5]).isCloseTo(21.0 / 1270, within(1e-15)).isCloseTo(0.0165, within(5e-5));
    BigFraction[] ss = game.shapleyShubikExact();
    assertThat(ss[0]).isEqualTo(new BigFraction(421, 2145));
    assertThat(ss[9]).isEqualTo(new BigFraction(4, 2145));
    assertThat(game.shapleyShubik()[0]).isCloseTo(0.1963, within(5e-5));
    assertThat(game.shapleyShubik()[9]).isCloseTo(0.001865, within(5e-7));
    assertThat(game.dummies()).isEmpty();
  }

  /**
   * One hundred equal members, simple majority (51): a member swings exactly the coalitions of 50
   * of the other 99, C(99, 50) ≈ 5.04·10²⁸ — far beyond 64 bits. Every index is 1/100.
   */
  @Test
  void banzhafSwings_countsBeyond64BitsForEqualMembers() {
    long[] weights = new long[100];
    Arrays.fill(weights, 1);
    WeightedVotingGame game = WeightedVotingGame.of(weights, 51);

    BigInteger expected = BruteForce.binomial(99, 50);
    assertThat(expected.bitLength()).isGreaterThan(64);
    assertThat(game.banzhafSwings()).containsOnly(expected);
    assertThat(game.normalisedBanzhaf()).containsOnly(0.01);
    assertThat(game.shapleyShubikExact()).containsOnly(new BigFraction(1, 100));
  }

  /**
   * Seventy members of weight 1 and thirty of weight 2 (total 130, quota 66). A weight-1 member
   * swings the coalitions of a of the other 69 ones and b of the 30 twos with a + 2b = 65; a
   * weight-2 member those of a of the 70 ones and b of the other 29 twos with a + 2b ∈ {64, 65}. A
   * swung coalition of size k = a + b precedes the member in k!·(99 − k)! of the 100! orders.
   * Counts reach about 10²⁸, so they need two limbs.
   */
  @Test
  void counts_beyond64BitsMatchBinomialSums() {
    long[] weights = new long[100];
    Arrays.fill(weights, 0, 70, 1);
    Arrays.fill(weights, 70, 100, 2);
    WeightedVotingGame game = WeightedVotingGame.of(weights, 66);

    BigInteger swingsOne = BigInteger.ZERO;
    BigFraction ssOne = BigFraction.ZERO;
    for (int b = 0; b <= 30; b++) {
      int a = 65 - 2 * b;
      BigInteger sets = BruteForce.binomial(69, a).multiply(BruteForce.binomial(30, b));
      swingsOne = swingsOne.add(sets);
      ssOne = ssOne.add(orderShare(sets, a + b));
    }
    BigInteger swingsTwo = BigInteger.ZERO;
    BigFraction ssTwo = BigFraction.ZERO;
    for (int total = 64; total <= 65; total++) {
      for (int b = 0; b <= 29; b++) {
        int a = total - 2 * b;
        BigInteger sets = BruteForce.binomial(70, a).multiply(BruteForce.binomial(29, b));
        swingsTwo = swingsTwo.add(sets);
        ssTwo = ssTwo.add(orderShare(sets, a + b));
      }
    }
    assertThat(swingsOne.bitLength()).isGreaterThan(64);
    BigInteger[] swings = game.banzhafSwings();
    assertThat(swings[0]).isEqualTo(swingsOne);
    assertThat(swings[99]).isEqualTo(swingsTwo);
    BigFraction[] ss = game.shapleyShubikExact();
    assertThat(ss[0]).isEqualTo(ssOne);
    assertThat(ss[99]).isEqualTo(ssTwo);
    assertThat(ssOne.multiply(70).add(ssTwo.multiply(30))).isEqualTo(BigFraction.ONE);
  }

  private static BigFraction orderShare(BigInteger sets, int size) {
    if (size < 0 || size > 99) {
      return BigFraction.ZERO;
    }
    return new BigFraction(
        sets.multiply(BruteForce.factorial(size)).multiply(BruteForce.factorial(99 - size)),
        BruteForce.factorial(100));
  }

  @Test
  void dummies_zeroWeightsAndUnreachableQuota() {
    // [3; 2, 2, 1, 0]: the 1 needs a coalition of exactly 2 — {2} — so it swings; the 0 never does.
    assertThat(WeightedVotingGame.of(new long[] {2, 2, 1, 0}, 3).dummies()).containsExactly(3);
    // [6; 2, 2, 2, 1]: the 1 needs exactly 5 from {2, 2, 2}: impossible, a dummy despite its vote.
    WeightedVotingGame even = WeightedVotingGame.of(new long[] {2, 2, 2, 1}, 6);
    assertThat(even.dummies()).containsExactly(3);
    assertThat(even.banzhafSwings()[3]).isZero();
  }

  @Test
  void quotaAboveTotal_noCoalitionWinsAndEveryIndexIsZero() {
    WeightedVotingGame game = WeightedVotingGame.of(new long[] {3, 2, 0}, 6);

    assertThat(game.isDecisive()).isFalse();
    assertThat(game.banzhafSwings()).containsOnly(BigInteger.ZERO);
    assertThat(game.normalisedBanzhaf()).containsOnly(0.0);
    assertThat(game.shapleyShubikExact()).containsOnly(BigFraction.ZERO);
    assertThat(game.shapleyShubik()).containsOnly(0.0);
    assertThat(game.dummies()).containsExactly(0, 1, 2);
  }

  @Test
  void emptyGame_hasNoPlayersAndNoIndices() {
    WeightedVotingGame game = WeightedVotingGame.of(new long[0], 1);

    assertThat(game.size()).isZero();
    assertThat(game.normalisedBanzhaf()).isEmpty();
    assertThat(game.shapleyShubik()).isEmpty();
    assertThat(game.dummies()).isEmpty();
  }

  @Test
  void zeroWeights_doubleTheSwingsOfOthersButLeaveIndicesUnchanged() {
    // [2; 1, 1]: each swings {the other}: 1. A player of weight 0 doubles every coalition: 2.
    WeightedVotingGame game = WeightedVotingGame.of(new long[] {1, 1, 0}, 2);

    assertThat(game.banzhafSwings()).containsExactly(big(2, 2, 0));
    assertThat(game.normalisedBanzhaf()).containsExactly(0.5, 0.5, 0.0);
    assertThat(game.shapleyShubikExact()).containsExactly(fractions(2, 1, 1, 0));
  }

  @Test
  void commonDivisor_largeWeightsReduceToTheSameGame() {
    // Weights in millions have the common divisor 10⁶ and reduce to the EEC council [12;
    // 4,4,4,2,2,1].
    long m = 1_000_000;
    WeightedVotingGame scaled =
        WeightedVotingGame.of(new long[] {4 * m, 4 * m, 4 * m, 2 * m, 2 * m, m}, 12 * m);
    assertThat(scaled.banzhafSwings()).containsExactly(big(10, 10, 10, 6, 6, 0));
    // Every coalition weighs a whole number of millions, so a quota of 11·10⁶ + 1 is met exactly
    // when 12·10⁶ is: the same game again.
    assertThat(WeightedVotingGame.of(scaled.weights(), 11 * m + 1).banzhafSwings())
        .containsExactly(big(10, 10, 10, 6, 6, 0));
  }

  @Test
  void intractableGame_saysSoAndRefusesToCompute() {
    // Coprime weights near 10¹²: no common divisor, a quota of about 10¹² cells.
    long big = 1_000_000_000_000L;
    WeightedVotingGame game =
        WeightedVotingGame.of(new long[] {big + 1, big, big - 1}, big + big / 2);

    assertThat(game.isTractable()).isFalse();
    assertThat(game.isShapleyShubikTractable()).isFalse();
    assertThatThrownBy(game::normalisedBanzhaf).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(game::shapleyShubik).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(game::dummies).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thousandMembers_banzhafTractableButNotShapleyShubik() {
    Random random = new Random(1000);
    long[] weights = new long[1000];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + random.nextInt(1999);
      total += weights[i];
    }
    WeightedVotingGame game = WeightedVotingGame.of(weights, total / 2 + 1);

    assertThat(game.isTractable()).isTrue();
    assertThat(game.prefersFloatingPoint()).isTrue();
    assertThat(game.isShapleyShubikTractable()).isFalse();
    assertThatThrownBy(game::shapleyShubikExact).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void weightsBeyondLongRange_areSummedExactly() {
    // The total 2^63 + 1 overflows a long; the dual quota (2^63 + 1) − (2^63 − 1) + 1 = 3 makes a
    // table of three cells.
    long half = 1L << 62;
    WeightedVotingGame game = WeightedVotingGame.of(new long[] {half, half, 1}, 2 * half - 1);

    assertThat(game.isTractable()).isTrue();
    // Winning: weight ≥ 2^63 − 1, i.e. both heavy players. Each heavy one swings {other} and
    // {other, 1}: 2; the light one swings nothing.
    assertThat(game.banzhafSwings()).containsExactly(big(2, 2, 0));
  }

  @Test
  void of_rejectsNegativeWeightsAndQuotaBelowOne() {
    assertThatThrownBy(() -> WeightedVotingGame.of(new long[] {1, -1}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> WeightedVotingGame.of(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota");
  }

  @Test
  void of_copiesTheWeights() {
    long[] weights = {3, 1};
    WeightedVotingGame game = WeightedVotingGame.of(weights, 3);
    weights[1] = 3;

    assertThat(game.weights()).containsExactly(3, 1);
    assertThat(game.toString()).isEqualTo("[3; 3, 1]");
  }

  /**
   * The floating-point path against exact counts on a body of 150 members (three limbs) with
   * weights 1–200: every index within the path's own bound, and the bound within tolerance.
   */
  @Test
  void floatingPointBanzhaf_agreesWithExactCountsWithinItsBound() {
    Random random = new Random(20260101);
    long[] weights = new long[150];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + random.nextInt(200);
      total += weights[i];
    }
    WeightedVotingGame game = WeightedVotingGame.of(weights, total * 2 / 3);

    double[] estimate = game.floatingPointBanzhaf();
    double[] exact = game.exactNormalisedBanzhaf();
    double bound = estimate[estimate.length - 1];
    assertThat(bound).isPositive().isLessThanOrEqualTo(WeightedVotingGame.FLOAT_TOLERANCE);
    for (int g = 0; g < exact.length; g++) {
      assertThat(estimate[g]).isCloseTo(exact[g], within(bound));
    }
  }

  @Test
  void floatingPointBanzhaf_givesDummiesExactlyZero() {
    // 100 members of weight 10 and one of weight 1, quota 505: the 1 would need exactly 504 from
    // multiples of 10, so it is a dummy; the floating-point estimate must not leave a residue.
    long[] weights = new long[101];
    Arrays.fill(weights, 10);
    weights[100] = 1;
    WeightedVotingGame game = WeightedVotingGame.of(weights, 505);

    double[] estimate = game.floatingPointBanzhaf();
    assertThat(estimate[0]).isZero();
    assertThat(estimate[1]).isCloseTo(0.01, within(1e-12));
    assertThat(game.dummies()).containsExactly(100);
  }

  /**
   * 250 members with weights 1–2000: five limbs and about 2·10⁷ cell updates, so the automatic
   * choice takes the floating-point path; it must agree with exact counts within the tolerance.
   */
  @Test
  void normalisedBanzhaf_automaticChoiceMatchesExactCounts() {
    Random random = new Random(7);
    long[] weights = new long[250];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + random.nextInt(2000);
      total += weights[i];
    }
    WeightedVotingGame game = WeightedVotingGame.of(weights, total / 2 + 1);
    assertThat(game.prefersFloatingPoint()).isTrue();

    double[] auto = game.normalisedBanzhaf();
    BigInteger[] swings = game.banzhafSwings();
    BigInteger sum = Arrays.stream(swings).reduce(BigInteger.ZERO, BigInteger::add);
    for (int i = 0; i < weights.length; i++) {
      assertThat(auto[i])
          .isCloseTo(
              WeightedVotingGame.ratio(swings[i], sum), within(WeightedVotingGame.FLOAT_TOLERANCE));
    }
  }
}
