package dev.copro.metrics.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.metrics.ladder.LadderFixture.Inputs;
import dev.copro.model.Dataset;
import dev.copro.spi.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the ladder placement over arbitrary outcomes of the metrics it reads. */
class LadderPlacementPropertiesTest {

  private static final Dataset VOICED = LadderFixture.voiced();
  private static final int SHARES = 8;

  /**
   * Shares in tenths, often exactly 1, so that the thresholds (0.1, 0.25, 0.4, 0.5, 0.8, 1.0) are
   * met exactly and every rung is reached.
   */
  @Provide
  Arbitrary<List<Double>> shares() {
    Arbitrary<Double> share =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.doubles().between(0, 1).ofScale(1)),
            Tuple.of(2, Arbitraries.just(1.0)));
    return share.list().ofSize(SHARES);
  }

  /** Warning-sign counts, often none. */
  @Provide
  Arbitrary<Integer> signs() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 6)));
  }

  /** Whether a serious sign is detected: now and then. */
  @Provide
  Arbitrary<Boolean> sometimes() {
    return Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
  }

  @Property(tries = 1000)
  void improvingAnyInputNeverLowersThePlacement(
      @ForAll("shares") List<Double> values,
      @ForAll("shares") List<Double> gains,
      @ForAll("signs") int signs,
      @ForAll("sometimes") boolean rubberStamp,
      @ForAll("sometimes") boolean ideasNotUsed,
      @ForAll @IntRange(min = 0, max = SHARES + 2) int improved) {
    Inputs before = inputs(values, signs, rubberStamp, ideasNotUsed);
    List<Double> better = new ArrayList<>(values);
    int fewerSigns = signs;
    boolean stillRubberStamp = rubberStamp;
    boolean stillIdeasNotUsed = ideasNotUsed;
    if (improved < SHARES) {
      better.set(improved, Math.min(1.0, values.get(improved) + gains.get(improved)));
    } else if (improved == SHARES) {
      fewerSigns = Math.max(0, signs - 1 - (int) (gains.get(0) * signs));
    } else if (improved == SHARES + 1) {
      stillRubberStamp = false;
    } else {
      stillIdeasNotUsed = false;
    }
    Inputs after = inputs(better, fewerSigns, stillRubberStamp, stillIdeasNotUsed);

    Measurement m0 = LadderFixture.place(VOICED, before.outcomes(), Map.of());
    Measurement m1 = LadderFixture.place(VOICED, after.outcomes(), Map.of());
    Statistics.label("rung before").collect(m0.value());

    assertThat(m1.value()).isGreaterThanOrEqualTo(m0.value());
    assertThat(m1.components().get("arnsteinRung"))
        .isGreaterThanOrEqualTo(m0.components().get("arnsteinRung"));
    assertThat(m1.components().get("iap2Level"))
        .isGreaterThanOrEqualTo(m0.components().get("iap2Level"));
    assertThat(m1.components().get("rungBeforeCaps"))
        .isGreaterThanOrEqualTo(m0.components().get("rungBeforeCaps"));
  }

  @Property(tries = 500)
  void placementsStayOnTheirLaddersAndAgreeWithTheMappingTable(
      @ForAll("shares") List<Double> values,
      @ForAll @IntRange(min = 0, max = 10) int signs,
      @ForAll("sometimes") boolean rubberStamp,
      @ForAll("sometimes") boolean ideasNotUsed) {
    Measurement m =
        LadderFixture.place(
            VOICED, inputs(values, signs, rubberStamp, ideasNotUsed).outcomes(), Map.of());
    int rung = m.value().intValue();
    int arnstein = m.components().get("arnsteinRung").intValue();
    int iap2 = m.components().get("iap2Level").intValue();
    assertThat(rung).isBetween(4, 7);
    assertThat(m.components().get("rungBeforeCaps")).isGreaterThanOrEqualTo(m.value());
    Rung placed = Rung.values()[rung - 1];
    if (arnstein == Rung.DELEGATED_POWER) {
      assertThat(placed).isEqualTo(Rung.CO_PRODUCTION);
      assertThat(iap2).isEqualTo(Rung.EMPOWER);
    } else {
      assertThat(arnstein).isEqualTo(placed.arnstein());
      assertThat(iap2).isEqualTo(placed.iap2());
    }
  }

  /**
   * Inputs from eight shares: decision inclusion, influence, feedback, stage coverage, presence
   * before the first decision, voting power, seat share and leadership.
   */
  private static Inputs inputs(
      List<Double> v, int signs, boolean rubberStamp, boolean ideasNotUsed) {
    Inputs in = new Inputs();
    in.inclusion = v.get(0);
    in.influence = v.get(1);
    in.feedback = v.get(2);
    in.coverage = v.get(3);
    in.earlyShare = v.get(4);
    in.votingPower = v.get(5);
    in.seatShare = v.get(6);
    in.leadership = v.get(7);
    in.signs = signs;
    if (rubberStamp) {
      in.detected.add("rubber-stamp");
    }
    if (ideasNotUsed) {
      in.detected.add("ideas-not-used");
    }
    return in;
  }
}
