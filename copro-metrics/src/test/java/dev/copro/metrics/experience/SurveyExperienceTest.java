package dev.copro.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SurveyExperienceTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Survey SURVEY =
      new Survey(
          "s1",
          "Involvement survey",
          List.of(
              new SurveyItem("q1", "I felt listened to", 1, 5, Principle.EQUALITY),
              new SurveyItem("q2", "How much did your views count", 0, 10, null)));

  private final SurveyExperience metric = new SurveyExperience();
  private int responses;

  private Measurement measure(Dataset data, Map<String, ?> parameters) {
    return metric.measure(
        DatasetContext.builder(data)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .build());
  }

  private SurveyResponse answer(String participant, String item, int value) {
    return new SurveyResponse("r" + responses++, "s1", item, participant, null, DAY, value);
  }

  /**
   * b1 (lived experience) q1 = 5, q2 = 5; b2 (carer) q1 = 3, q2 = 0; b3 (lived experience) q1 = 4;
   * pr1 (professional) q1 = 5, q2 = 8; c1 (commissioner) q1 = 4; o1 (other: peer worker) q1 = 1.
   */
  private Dataset scenario() {
    return Dataset.builder()
        .add(SURVEY)
        .add(Participant.of("b1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("b2", Perspective.CARER))
        .add(Participant.of("b3", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("pr1", Perspective.PROFESSIONAL))
        .add(Participant.of("c1", Perspective.COMMISSIONER))
        .add(
            new Participant(
                "o1", Perspective.OTHER, "peer worker", null, null, Set.of(), Map.of(), null))
        .add(answer("b1", "q1", 5))
        .add(answer("b1", "q2", 5))
        .add(answer("b2", "q1", 3))
        .add(answer("b2", "q2", 0))
        .add(answer("b3", "q1", 4))
        .add(answer("pr1", "q1", 5))
        .add(answer("pr1", "q2", 8))
        .add(answer("c1", "q1", 4))
        .add(answer("o1", "q1", 1))
        .build();
  }

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(scenario(), Map.of());

    // Normalised: q1 (v - 1) / 4, q2 v / 10. b1 (1 + 0.5) / 2 = 0.75; b2 (0.5 + 0) / 2 = 0.25; b3
    // 0.75.
    // Bloc (0.75 + 0.25 + 0.75) / 3 = 0.58333; professionals pr1 (1 + 0.8) / 2 = 0.9, c1 0.75:
    // 0.825.
    assertThat(m.value()).isCloseTo(1.75 / 3, within(1e-12));
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.components().get("professionalScore")).isCloseTo(0.825, within(1e-12));
    assertThat(m.components().get("perceptionGap")).isCloseTo(0.825 - 1.75 / 3, within(1e-12));
    assertThat(m.components()).containsKeys("perceptionGapLower", "perceptionGapUpper");
    assertThat(m.confidence()).isNotNull();
    assertThat(m.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("fewer than 10"));
  }

  @Test
  void measure_scenario_breaksDownByPerspectiveItemAndPrinciple() {
    List<Breakdown> breakdowns = measure(scenario(), Map.of()).breakdowns();

    assertThat(breakdowns)
        .extracting(Breakdown::dimension)
        .containsExactly("perspective", "item", "item-professional", "principle");
    // o1 (other) is in neither the bloc nor the professionals but has its own perspective group.
    assertThat(breakdowns.get(0).groups())
        .containsExactly(
            Group.of("carer", 0.25, 1, 1),
            Group.of("commissioner", 0.75, 1, 1),
            Group.of("lived-experience", 0.75, 2, 2),
            Group.of("other", 0.0, 1, 1),
            Group.of("professional", 0.9, 1, 1));
    // Bloc q1: 1, 0.5, 0.75 -> 0.75; q2: 0.5, 0 -> 0.25.
    assertThat(breakdowns.get(1).groups())
        .containsExactly(Group.of("s1/q1", 0.75, 3), Group.of("s1/q2", 0.25, 2));
    // Professionals q1: 1, 0.75 -> 0.875; q2: 0.8.
    assertThat(breakdowns.get(2).groups())
        .containsExactly(Group.of("s1/q1", 0.875, 2), Group.of("s1/q2", 0.8, 1));
    // q1 informs equality; q2 has no principle.
    assertThat(breakdowns.get(3).groups())
        .containsExactly(Group.of("equality", 0.75, 3), Group.of("not-recorded", 0.25, 2));
  }

  @Test
  void measure_twoRespondentsAtTheExtremes_giveTheWholeScaleAsInterval() {
    // Resampling two respondents scored 0 and 1 gives means 0, 0.5, 1 with probabilities 1/4, 1/2,
    // 1/4,
    // so the 2.5th and 97.5th percentiles of 1000 resampled means are 0 and 1.
    Dataset data =
        Dataset.builder()
            .add(SURVEY)
            .add(Participant.of("b1", Perspective.CARER))
            .add(Participant.of("b2", Perspective.CARER))
            .add(answer("b1", "q1", 1))
            .add(answer("b2", "q1", 5))
            .build();

    Measurement m = measure(data, Map.of());

    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.confidence()).isEqualTo(new Interval(0.0, 1.0, 0.95));
  }

  @Test
  void measure_largeSample_intervalAgreesWithNormalTheory() {
    // 400 respondents, 80 at each point of the 1..5 scale: mean 0.5, plug-in standard deviation
    // sqrt((0.25 + 0.0625 + 0 + 0.0625 + 0.25) / 5) = sqrt(0.125), standard error sqrt(0.125) / 20
    // = 0.017678.
    // Normal 95% interval: 0.5 -/+ 1.959964 * 0.017678 = [0.465351, 0.534649]; the percentile
    // bootstrap
    // approaches it (Efron and Tibshirani 1993, ch. 13); its Monte Carlo error with 5000 resamples
    // is
    // about 0.0007.
    Dataset.Builder b = Dataset.builder().add(SURVEY);
    for (int i = 0; i < 400; i++) {
      b.add(Participant.of("b" + i, Perspective.LIVED_EXPERIENCE))
          .add(answer("b" + i, "q1", 1 + i % 5));
    }

    Measurement m = measure(b.build(), Map.of("bootstrapSamples", 5000, "minRespondents", 10));

    assertThat(m.value()).isCloseTo(0.5, within(1e-12));
    assertThat(m.confidence().lower()).isCloseTo(0.465351, within(0.004));
    assertThat(m.confidence().upper()).isCloseTo(0.534649, within(0.004));
    assertThat(m.warnings())
        .containsExactly(
            "No professional or commissioner answered a survey in scope, so there is no perception gap.");
  }

  @Test
  void measure_answersOfOnePersonTogether_widenTheIntervalToTheRespondentCount() {
    // Ten respondents answer both items the same way, five at the bottom and five at the top of
    // each
    // scale. With respondents resampled, the standard error is 0.5 / sqrt(10) = 0.158 and the 95%
    // interval spans about 0.6; resampling the 20 answers as if independent would give about 0.44.
    Dataset.Builder b = Dataset.builder().add(SURVEY);
    for (int i = 0; i < 10; i++) {
      boolean top = i % 2 == 0;
      b.add(Participant.of("b" + i, Perspective.LIVED_EXPERIENCE))
          .add(answer("b" + i, "q1", top ? 5 : 1))
          .add(answer("b" + i, "q2", top ? 10 : 0));
    }

    Interval ci = measure(b.build(), Map.of()).confidence();

    assertThat(ci.upper() - ci.lower()).isGreaterThan(0.5);
  }

  @Test
  void measure_sameSeed_isReproducibleAndAnotherSeedResamplesDifferently() {
    Dataset.Builder b = Dataset.builder().add(SURVEY);
    for (int i = 0; i < 30; i++) {
      b.add(Participant.of("b" + i, Perspective.CARER)).add(answer("b" + i, "q2", (i * 7) % 11));
    }
    Dataset data = b.build();

    Measurement first = measure(data, Map.of("seed", 7));

    assertThat(measure(data, Map.of("seed", 7))).isEqualTo(first);
    assertThat(measure(data, Map.of("seed", 8)).confidence()).isNotEqualTo(first.confidence());
    assertThat(measure(data, Map.of("seed", 8)).value()).isEqualTo(first.value());
  }

  @Test
  void measure_oneRespondent_givesAValueWithADegenerateIntervalAndAWarning() {
    Dataset data =
        Dataset.builder()
            .add(SURVEY)
            .add(Participant.of("b1", Perspective.LIVED_EXPERIENCE))
            .add(answer("b1", "q2", 7))
            .build();

    Measurement m = measure(data, Map.of());

    assertThat(m.value()).isCloseTo(0.7, within(1e-12));
    assertThat(m.confidence().lower()).isCloseTo(0.7, within(1e-12));
    assertThat(m.confidence().upper()).isCloseTo(0.7, within(1e-12));
    assertThat(m.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .isEqualTo(
                        "Only 1 person with lived experience or carer "
                            + "answered, fewer than 10, so the confidence interval is unreliable."));
  }

  @Test
  void measure_noBlocAnswers_hasNoValue() {
    Dataset data =
        Dataset.builder()
            .add(SURVEY)
            .add(Participant.of("p1", Perspective.PROFESSIONAL))
            .add(answer("p1", "q1", 3))
            .build();

    assertThat(measure(data, Map.of()).noValueReason())
        .isEqualTo(
            "none of the people with lived experience and carers answered a survey in scope");
    assertThat(measure(Dataset.empty(), Map.of()).value()).isNull();
  }

  @Property
  void measure_anyAnswers_stayInRangeAndIgnoreRecordOrder(
      @ForAll @Size(max = 25) List<@From("rows") Row> rows) {
    Measurement m = measure(build(rows, false, false), Map.of("bootstrapSamples", 200));

    assertThat(measure(build(rows, true, false), Map.of("bootstrapSamples", 200))).isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.confidence().lower()).isBetween(0.0, 1.0);
      assertThat(m.confidence().upper()).isBetween(0.0, 1.0);
      assertThat(m.components().getOrDefault("professionalScore", 0.0)).isBetween(0.0, 1.0);
      assertThat(m.components().getOrDefault("perceptionGap", 0.0)).isBetween(-1.0, 1.0);
      assertThat(m.components().getOrDefault("perceptionGapLower", 0.0))
          .isLessThanOrEqualTo(m.components().getOrDefault("perceptionGapUpper", 0.0));
      assertThat(m.breakdowns())
          .flatExtracting(Breakdown::groups)
          .extracting(Group::value)
          .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Property
  void measure_relabelledRespondents_keepTheScores(
      @ForAll @Size(max = 25) List<@From("rows") Row> rows) {
    Measurement m = measure(build(rows, false, false), Map.of("bootstrapSamples", 100));
    Measurement relabelled = measure(build(rows, false, true), Map.of("bootstrapSamples", 100));

    assertThat(relabelled.value()).isEqualTo(m.value());
    assertThat(relabelled.n()).isEqualTo(m.n());
    assertThat(relabelled.breakdowns()).isEqualTo(m.breakdowns());
    if (m.value() != null) {
      assertThat(relabelled.components().get("professionalScore"))
          .isEqualTo(m.components().get("professionalScore"));
    }
  }

  /**
   * Participant {@code participant} answers item {@code item} with a raw value folded onto its
   * scale.
   */
  record Row(int participant, int item, int raw) {}

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 100))
        .as(Row::new);
  }

  /**
   * Items on scales 1..5, 0..10 and 1..3 and six participants (lived experience, carer,
   * professional, commissioner, lived experience, professional) named p0..p5 or, relabelled,
   * q5..q0.
   */
  private static Dataset build(List<Row> rows, boolean reversed, boolean relabelled) {
    List<SurveyItem> items =
        List.of(
            new SurveyItem("i0", "Listened to", 1, 5, Principle.EQUALITY),
            new SurveyItem("i1", "Views counted", 0, 10, Principle.RECIPROCITY),
            new SurveyItem("i2", "Would take part again", 1, 3, null));
    List<Perspective> perspectives =
        List.of(
            Perspective.LIVED_EXPERIENCE,
            Perspective.CARER,
            Perspective.PROFESSIONAL,
            Perspective.COMMISSIONER,
            Perspective.LIVED_EXPERIENCE,
            Perspective.PROFESSIONAL);
    List<Participant> participants = new ArrayList<>();
    for (int p = 0; p < perspectives.size(); p++) {
      participants.add(Participant.of(relabelled ? "q" + (5 - p) : "p" + p, perspectives.get(p)));
    }
    List<SurveyResponse> answers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      SurveyItem item = items.get(r.item());
      int value = item.scaleMin() + r.raw() % (item.scaleMax() - item.scaleMin() + 1);
      String participant = relabelled ? "q" + (5 - r.participant()) : "p" + r.participant();
      answers.add(new SurveyResponse("r" + i, "s", item.id(), participant, null, DAY, value));
    }
    if (reversed) {
      Collections.reverse(participants);
      Collections.reverse(answers);
    }
    return Dataset.builder()
        .add(new Survey("s", "Survey", items))
        .participants(participants)
        .surveyResponses(answers)
        .build();
  }
}
