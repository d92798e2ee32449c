package dev.copro.engine.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.PeriodUnit;
import dev.copro.engine.Report;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.RecordRef;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  private static final Thresholds SCORECARD_THRESHOLDS = Thresholds.higherIsBetter(0.75, 0.4);

  private static Report report(Report.MetricResult... results) {
    return new Report(
        Report.FORMAT,
        new Report.DatasetSummary(null, Map.of()),
        new Report.ConfigurationSummary(
            Bloc.DEFAULT,
            5,
            PeriodUnit.QUARTER,
            LocalDate.of(2025, 6, 30),
            List.of(Dimension.PERSPECTIVE)),
        List.of(results),
        List.of(),
        List.of(),
        List.of());
  }

  private static Report.MetricResult result(
      String id, Measurement m, @Nullable Rating rating, @Nullable Thresholds thresholds) {
    return new Report.MetricResult(
        id, "1.0.0", id, "", Set.of(), Unit.SCORE, m, rating, thresholds, null);
  }

  private static Report.MetricResult scorecard(Measurement m) {
    return result(
        DefaultMetrics.SCORECARD,
        m,
        SCORECARD_THRESHOLDS.rate(java.util.Objects.requireNonNull(m.value())),
        SCORECARD_THRESHOLDS);
  }

  @Test
  void scorecard_scoresFromComponentsAndRatingsFromTheRatingComponents() {
    Measurement m =
        Measurement.of(0.6, 9)
            .component("equality", 0.9)
            .component("diversity", 0.5)
            .component("accessibility", 0.3)
            // Equality's rating is capped below what its score gives: its rating component says so,
            // and wins.
            .component("equalityRating", 0.5)
            .component("diversityRating", 0.5)
            .component("someFutureComponent", 42)
            .build();

    Scorecard card = Headline.of(report(scorecard(m))).scorecard().orElseThrow();

    assertThat(card.overall()).isEqualTo(0.6);
    assertThat(card.rating()).isEqualTo(Rating.AMBER);
    assertThat(card.principles())
        .containsExactly(
            new PrincipleScore(Principle.EQUALITY, 0.9, Rating.AMBER),
            new PrincipleScore(Principle.DIVERSITY, 0.5, Rating.AMBER),
            // no rating component for accessibility (a report of 0.1.0): the thresholds applied to
            // its score
            new PrincipleScore(Principle.ACCESSIBILITY, 0.3, Rating.RED));
    assertThat(card.principle(Principle.RECIPROCITY)).isEmpty();
  }

  @Test
  void scorecard_ratingComponentsMapRedAmberGreen() {
    Measurement m =
        Measurement.of(0.8, 1)
            .component("equality", 0.8)
            .component("equalityRating", 0)
            .component("diversity", 0.2)
            .component("diversityRating", 1)
            .build();

    assertThat(Headline.of(report(scorecard(m))).scorecard().orElseThrow().principles())
        .containsExactly(
            new PrincipleScore(Principle.EQUALITY, 0.8, Rating.RED),
            new PrincipleScore(Principle.DIVERSITY, 0.2, Rating.GREEN));
  }

  @Test
  void ladder_rungWithItsEquivalentsTheRungBeforeCapsAndTheRule() {
    Measurement m =
        Measurement.of(4, 3)
            .component("arnsteinRung", 4)
            .component("iap2Level", 2)
            .component("rungBeforeCaps", 6)
            .component("newInput", 0.5)
            .finding(
                Finding.of(
                    "ladder-rule",
                    Severity.INFO,
                    "Rule 'co-design' placed it on co-design; cap "
                        + "'rubber-stamp' lowered it to consultation.",
                    List.of()))
            .build();

    LadderPlacement place =
        Headline.of(report(result(DefaultMetrics.LADDER, m, null, null))).ladder().orElseThrow();

    assertThat(place.rung()).isEqualTo(TlapRung.CONSULTATION);
    assertThat(place.rung().label()).isEqualTo("consultation");
    assertThat(place.arnstein()).isEqualTo(ArnsteinRung.CONSULTATION);
    assertThat(place.iap2()).isEqualTo(Iap2Level.CONSULT);
    assertThat(place.beforeCaps()).isEqualTo(TlapRung.CO_DESIGN);
    assertThat(place.capped()).isTrue();
    assertThat(place.rule()).startsWith("Rule 'co-design' placed it");
  }

  @Test
  void ladder_valueOffTheLadder_isEmptyNotGuessed() {
    Measurement off =
        Measurement.of(9, 1).component("arnsteinRung", 6).component("iap2Level", 4).build();
    Measurement noArnstein = Measurement.of(6, 1).component("iap2Level", 4).build();

    assertThat(Headline.of(report(result(DefaultMetrics.LADDER, off, null, null))).ladder())
        .isEmpty();
    assertThat(Headline.of(report(result(DefaultMetrics.LADDER, noArnstein, null, null))).ladder())
        .isEmpty();
  }

  @Test
  void warningSigns_typedWithTheirEvidence() {
    Measurement m =
        Measurement.of(2, 10)
            .finding(
                Finding.of(
                    "no-feedback",
                    Severity.MEDIUM,
                    "3 of 4 contributions got no response.",
                    List.of("contribution:c-1", "contribution:c-2")))
            .finding(
                Finding.of(
                    "a-future-sign", Severity.LOW, "Something new.", List.of("activity:a-1")))
            .build();

    List<SignFinding> signs =
        Headline.of(
                report(
                    result(
                        DefaultMetrics.WARNING_SIGNS,
                        m,
                        Rating.AMBER,
                        Thresholds.lowerIsBetter(0, 2))))
            .warningSigns();

    assertThat(signs).hasSize(2);
    assertThat(signs.get(0).knownSign()).contains(WarningSign.NO_FEEDBACK);
    assertThat(signs.get(0).evidence())
        .containsExactly(
            new RecordRef(RecordKind.CONTRIBUTION, "c-1"),
            new RecordRef(RecordKind.CONTRIBUTION, "c-2"));
    assertThat(signs.get(1).knownSign()).isEmpty();
    assertThat(signs.get(1).code()).isEqualTo("a-future-sign");
  }

  @Test
  void emptyReport_everyPartEmpty() {
    Headline headline = Headline.of(report());

    assertThat(headline.scorecard()).isEmpty();
    assertThat(headline.ladder()).isEmpty();
    assertThat(headline.warningSigns()).isEmpty();
  }

  @Test
  void rungs_numberedAndNamedAsTheLaddersAre() {
    assertThat(TlapRung.values())
        .extracting(TlapRung::label)
        .containsExactly(
            "coercion",
            "educating",
            "informing",
            "consultation",
            "engagement",
            "co-design",
            "co-production");
    assertThat(ArnsteinRung.values())
        .extracting(ArnsteinRung::label)
        .containsExactly(
            "manipulation",
            "therapy",
            "informing",
            "consultation",
            "placation",
            "partnership",
            "delegated power",
            "citizen control");
    assertThat(Iap2Level.values())
        .extracting(Iap2Level::label)
        .containsExactly("inform", "consult", "involve", "collaborate", "empower");
    assertThat(TlapRung.of(7)).contains(TlapRung.CO_PRODUCTION);
    assertThat(TlapRung.of(0)).isEmpty();
    assertThat(ArnsteinRung.of(8)).contains(ArnsteinRung.CITIZEN_CONTROL);
    assertThat(Iap2Level.of(6)).isEmpty();
    for (TlapRung rung : TlapRung.values()) {
      assertThat(rung.level()).isEqualTo(rung.ordinal() + 1);
    }
  }
}
