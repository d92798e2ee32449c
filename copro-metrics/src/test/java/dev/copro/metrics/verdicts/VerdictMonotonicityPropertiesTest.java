package dev.copro.metrics.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report;
import dev.copro.metrics.verdicts.Scenario.Defect;
import dev.copro.metrics.verdicts.Scenario.Shape;
import dev.copro.spi.Rating;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Monotone verdicts: over generated scenarios — any number of people of each kind, any length of
 * programme, prompt or slow payment and feedback, good or poor arrangements, the bloc chairing and
 * having its ideas taken up often or seldom, joining early or late, any survey answer — adding any
 * one tokenism defect never raises the overall rating, any principle's rating or the rung.
 */
class VerdictMonotonicityPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static final List<String> PRINCIPLES =
      List.of("equality", "diversity", "accessibility", "reciprocity", "relationship");

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    return Combinators.combine(
            Arbitraries.integers().between(2, 8),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 6),
            months,
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(1, 30),
            Arbitraries.integers().between(8, 19))
        .flatAs(
            (lived, carers, staff, m, pay, answer, notice, hour) ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, m),
                        Arbitraries.integers().between(1, 5))
                    .as(
                        (chair, idea, from, survey) ->
                            new Shape(
                                lived, carers, staff, m, pay, answer, notice, hour, chair, idea,
                                from, survey)));
  }

  @Property(tries = 150)
  void addingADefect_neverRaisesAVerdict(@ForAll("shapes") Shape shape, @ForAll Defect defect) {
    // Both judged on the same day: a defect that removes late records must not move the evaluation
    // date.
    Report before = Scenario.of(shape).evaluateAsOf(AS_OF);
    Report after = Scenario.of(shape).with(defect).evaluateAsOf(AS_OF);
    String what = shape + " + " + defect;
    assertThat(VerdictScenariosTest.rung(after))
        .as("rung, " + what)
        .isLessThanOrEqualTo(VerdictScenariosTest.rung(before));
    assertThat(notBetter(VerdictScenariosTest.overall(after), VerdictScenariosTest.overall(before)))
        .as(
            "overall %s then %s, %s",
            VerdictScenariosTest.overall(before), VerdictScenariosTest.overall(after), what)
        .isTrue();
    for (String principle : PRINCIPLES) {
      Rating was = rating(before, principle);
      Rating is = rating(after, principle);
      assertThat(notBetter(is, was)).as("%s %s then %s, %s", principle, was, is, what).isTrue();
    }
  }

  /** A principle's rating, or {@code null} when it got no score. */
  private static Rating rating(Report report, String principle) {
    Double points =
        VerdictScenariosTest.metric(report, VerdictScenariosTest.SCORECARD)
            .measurement()
            .components()
            .get(principle + "Rating");
    return points == null
        ? null
        : points >= 1 ? Rating.GREEN : points >= 0.5 ? Rating.AMBER : Rating.RED;
  }

  /**
   * Whether {@code after} is no better than {@code before}. A rating that disappears is not better;
   * one that appears (a later reference date lets retention be judged, say) is better only if
   * green.
   */
  private static boolean notBetter(Rating after, Rating before) {
    if (after == null) {
      return true;
    }
    return before == null ? after != Rating.GREEN : after.compareTo(before) <= 0;
  }
}
