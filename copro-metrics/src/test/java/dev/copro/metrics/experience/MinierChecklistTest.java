package dev.copro.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.DatasetContext;
import dev.copro.metrics.tokenism.WarningSigns;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MinierChecklistTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  static final String SURVEY = "checklist";

  /** Every item "agree" (4): no sign reported. */
  static final int[] ALL_FINE = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4};

  private final MinierChecklist metric = new MinierChecklist();

  /**
   * Six lived-experience respondents b1..b6 and five professionals pr1..pr5, answering as given.
   */
  static final class Scenario {
    private final List<SurveyItem> items = new ArrayList<>(MinierItem.surveyItems());
    private final List<Participant> participants = new ArrayList<>();
    private final List<SurveyResponse> responses = new ArrayList<>();

    Scenario person(String id, Perspective perspective) {
      participants.add(Participant.of(id, perspective));
      return this;
    }

    Scenario item(SurveyItem item) {
      items.add(item);
      return this;
    }

    /** The participant's answers to the ten items, in the checklist's order. */
    Scenario answers(String participant, int... values) {
      for (int i = 0; i < values.length; i++) {
        answer(participant, MinierItem.values()[i].id(), values[i]);
      }
      return this;
    }

    Scenario answer(String participant, String item, int value) {
      responses.add(
          new SurveyResponse(
              "r" + (responses.size() + 1), SURVEY, item, participant, null, DAY, value));
      return this;
    }

    Dataset dataset() {
      return Dataset.builder()
          .participants(participants)
          .surveys(List.of(new Survey(SURVEY, "Minier's checklist", items)))
          .surveyResponses(responses)
          .build();
    }
  }

  /**
   * Six bloc respondents who answer as given, one array each, and five professionals who agree with
   * every item.
   */
  static Scenario sixAndFive(int[]... bloc) {
    Scenario s = new Scenario();
    for (int b = 0; b < bloc.length; b++) {
      s.person("b" + (b + 1), Perspective.LIVED_EXPERIENCE).answers("b" + (b + 1), bloc[b]);
    }
    for (int p = 1; p <= 5; p++) {
      s.person("pr" + p, Perspective.PROFESSIONAL).answers("pr" + p, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    }
    return s;
  }

  /**
   * The outcome of copro.tokenism.warning-signs detecting the given signs, not assessing others,
   * with evidence.
   */
  static Outcome records(Set<MinierItem> detected, Set<MinierItem> notAssessed) {
    Measurement.Builder m = Measurement.of(detected.size(), 10 - notAssessed.size());
    for (MinierItem sign : MinierItem.values()) {
      m.component(sign.component(), detected.contains(sign) ? 1 : 0);
    }
    m.component(WarningSigns.SIGNS_ASSESSED, 10 - notAssessed.size());
    for (MinierItem sign : detected) {
      m.finding(
          Finding.of(
              sign.sign(), Severity.HIGH, "detected", List.of("activity:a-" + sign.ordinal())));
    }
    for (MinierItem sign : notAssessed) {
      m.warning(
          "The warning sign "
              + sign.sign()
              + " could not be assessed: the bloc made no contributions in scope.");
    }
    return new Outcome(new WarningSigns().descriptor(), m.build(), null, null);
  }

  Measurement measure(Dataset data, List<Outcome> outcomes, Map<String, ?> parameters) {
    return metric.measure(
        DatasetContext.builder(data)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .outcomes(outcomes)
            .build());
  }

  private static int[] fineExcept(MinierItem sign, int value) {
    int[] answers = ALL_FINE.clone();
    answers[sign.ordinal()] = value;
    return answers;
  }

  private static Group group(Measurement m, String dimension, String key) {
    Breakdown breakdown =
        m.breakdowns().stream()
            .filter(b -> b.dimension().equals(dimension))
            .findFirst()
            .orElseThrow();
    return breakdown.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void itemIds_areTheWarningSignCodesAfterMinier() {
    assertThat(Arrays.stream(MinierItem.values()).map(MinierItem::id))
        .containsExactly(
            "minier.rubber-stamp",
            "minier.already-decided",
            "minier.does-not-fit-model",
            "minier.ideas-not-used",
            "minier.no-feedback",
            "minier.not-paid",
            "minier.poor-arrangements",
            "minier.access-ignored",
            "minier.stakeholders-missing",
            "minier.comments-not-documented");
    assertThat(MinierItem.NOT_PAID.component()).isEqualTo("notPaid");
    assertThat(MinierItem.COMMENTS_NOT_DOCUMENTED.component()).isEqualTo("commentsNotDocumented");
    assertThat(MinierItem.surveyItems())
        .allSatisfy(
            item -> {
              assertThat(item.scaleMin()).isEqualTo(1);
              assertThat(item.scaleMax()).isEqualTo(5);
              assertThat(item.principle()).isNotNull();
            });
    assertThat(MinierItem.byId("minier.not-paid")).contains(MinierItem.NOT_PAID);
    assertThat(MinierItem.byId("minier.notpaid")).isEmpty();
  }

  /**
   * Records show not-paid only. Five of six bloc members disagree that they were offered expenses
   * (answer 2), one agrees (4); everything else all agree. People: not-paid 5/6 = 0.833 ≥ 0.5,
   * present; the other nine 0/6, absent. All ten compared, all ten agree: value 1, n 6.
   */
  @Test
  void measure_peopleAndRecordsAgree_valueOneAndNoFindings() {
    int[] unpaid = fineExcept(MinierItem.NOT_PAID, 2);
    Dataset data = sixAndFive(unpaid, unpaid, unpaid, unpaid, unpaid, ALL_FINE).dataset();

    Measurement m =
        measure(data, List.of(records(Set.of(MinierItem.NOT_PAID), Set.of())), Map.of());

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.n()).isEqualTo(6);
    assertThat(m.components())
        .containsEntry("signsCompared", 10.0)
        .containsEntry("signsAgreed", 10.0)
        .containsEntry("rubberStampReported", 0.0);
    assertThat(m.components().get("notPaidReported")).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings()).isEmpty();
    assertThat(group(m, "sign", "not-paid").value()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(group(m, "sign", "not-paid").n()).isEqualTo(6);
    // Professionals report nothing, and the records show not-paid: they agree on 9 of 10.
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(0.9, within(1e-12));
    assertThat(group(m, "perspective", "lived-experience").value()).isEqualTo(1.0);
  }

  /**
   * Records show no sign. On "I was involved from the start" the six answer 1, 2, 2, 3, 4, 5: three
   * disagree (1, 2, 2), the neutral 3 is no report, so 3/6 = exactly the reporting share 0.5:
   * people report rubber-stamp. Compared 10, agreed 9: value 0.9; one medium finding citing the
   * three reporting answers.
   */
  @Test
  void measure_peopleReportASignTheRecordsMiss_mediumFindingWithTheirAnswers() {
    Dataset data =
        sixAndFive(
                fineExcept(MinierItem.RUBBER_STAMP, 1),
                fineExcept(MinierItem.RUBBER_STAMP, 2),
                fineExcept(MinierItem.RUBBER_STAMP, 2),
                fineExcept(MinierItem.RUBBER_STAMP, 3),
                fineExcept(MinierItem.RUBBER_STAMP, 4),
                fineExcept(MinierItem.RUBBER_STAMP, 5))
            .dataset();

    Measurement m = measure(data, List.of(records(Set.of(), Set.of())), Map.of());

    assertThat(m.value()).isCloseTo(0.9, within(1e-12));
    assertThat(m.n()).isEqualTo(6);
    assertThat(m.components())
        .containsEntry("rubberStampReported", 0.5)
        .containsEntry("signsAgreed", 9.0);
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(MinierChecklist.PEOPLE_REPORT_UNRECORDED_SIGN);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message())
                  .isEqualTo(
                      "People report \"not involved until the end\" (rubber-stamp): 3 of the 6 "
                          + "people with lived experience and carers who answered (50%) disagreed that \"I was involved from the "
                          + "start, not only brought in at the end.\" The records do not show this sign.");
              // b1, b2 and b3 answered rubber-stamp first: responses r1, r11 and r21.
              assertThat(f.evidence())
                  .containsExactly(
                      "survey-response:r1", "survey-response:r11", "survey-response:r21");
            });
    assertThat(group(m, "perspective", "lived-experience").value()).isCloseTo(0.9, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isEqualTo(1.0);
  }

  @Test
  void measure_reportingShareJustBelowTheMinimum_peopleDoNotReport() {
    // Two of six (0.333) disagree: below 0.5, so people's view is "absent", agreeing with the
    // records.
    Dataset data =
        sixAndFive(
                fineExcept(MinierItem.NO_FEEDBACK, 1),
                fineExcept(MinierItem.NO_FEEDBACK, 1),
                ALL_FINE,
                ALL_FINE,
                ALL_FINE,
                ALL_FINE)
            .dataset();

    Measurement m = measure(data, List.of(records(Set.of(), Set.of())), Map.of());

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components().get("noFeedbackReported")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.findings()).isEmpty();
  }

  /**
   * Records show stakeholders-missing (evidence activity:a-8); all six agree "the key people and
   * groups were there". Compared 10, agreed 9: value 0.9; one low finding with the records'
   * evidence.
   */
  @Test
  void measure_recordsShowASignNobodyReports_lowFindingWithTheRecordsEvidence() {
    Dataset data = sixAndFive(ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE).dataset();

    Measurement m =
        measure(
            data, List.of(records(Set.of(MinierItem.STAKEHOLDERS_MISSING), Set.of())), Map.of());

    assertThat(m.value()).isCloseTo(0.9, within(1e-12));
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(MinierChecklist.RECORDS_SHOW_UNREPORTED_SIGN);
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message())
                  .isEqualTo(
                      "The records show \"key stakeholders not present or not even invited\" "
                          + "(stakeholders-missing), but only 0 of the 6 people with lived experience and carers who answered (0%) "
                          + "report it.");
              assertThat(f.evidence()).containsExactly("activity:a-8");
            });
  }

  /**
   * Four bloc respondents, fewer than the default minimum of 5: nothing reported or compared; at 4,
   * all is.
   */
  @Test
  void measure_tooFewRespondents_noValueAndAWarningPerSign() {
    int[] unpaid = fineExcept(MinierItem.NOT_PAID, 1);
    Dataset data = sixAndFive(unpaid, unpaid, unpaid, ALL_FINE).dataset();
    List<Outcome> outcomes = List.of(records(Set.of(), Set.of()));

    Measurement m = measure(data, outcomes, Map.of());

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason())
        .isEqualTo(
            "no warning sign was both answered by at least 5 people with lived "
                + "experience and carers and assessed from the records");
    assertThat(m.findings()).isEmpty();
    assertThat(m.components())
        .containsOnlyKeys("signsCompared", "signsAgreed")
        .containsEntry("signsCompared", 0.0);
    assertThat(m.warnings())
        .hasSize(10)
        .contains(
            "Only 4 people with lived experience and carers answered the "
                + "checklist item on \"no travel expenses, let alone an attendance fee\" (not-paid), fewer than 5, so their "
                + "answers are not reported or compared with the records.");
    // The sign breakdown keeps n = 4, for the engine's suppression to withhold.
    assertThat(group(m, "sign", "not-paid").n()).isEqualTo(4);

    Measurement four = measure(data, outcomes, Map.of("minRespondents", 4));

    assertThat(four.value()).isCloseTo(0.9, within(1e-12));
    assertThat(four.findings())
        .extracting(Finding::code)
        .containsExactly(MinierChecklist.PEOPLE_REPORT_UNRECORDED_SIGN);
  }

  @Test
  void measure_unknownMinierItemIds_ignoredWithAWarning() {
    Scenario s =
        sixAndFive(ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE)
            .item(new SurveyItem("minier.rubberstamp", "I was a rubber stamp", 1, 5, null))
            .item(new SurveyItem("listened", "I felt listened to", 1, 5, null));
    for (int b = 1; b <= 6; b++) {
      s.answer("b" + b, "minier.rubberstamp", 1).answer("b" + b, "listened", 1);
    }

    Measurement m = measure(s.dataset(), List.of(records(Set.of(), Set.of())), Map.of());

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings())
        .containsExactly(
            "1 survey item has an id beginning with \"minier.\" but naming no "
                + "warning sign (checklist/minier.rubberstamp): 6 answers are ignored. The checklist's item ids are "
                + "minier.rubber-stamp to minier.comments-not-documented.");
  }

  @Test
  void dataset_answerOffTheItemsScale_isRejectedBeforeAnyMetricRuns() {
    Scenario s = sixAndFive(ALL_FINE).answer("b1", "minier.not-paid", 7);

    assertThatThrownBy(s::dataset)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("off the item's scale");
  }

  /**
   * A local survey asks minier.not-paid on 0-10 and b1 answers it twice. Normalised: 4 → 0.4 (a
   * report), 5 → 0.5 (the midpoint: no report), 6 → 0.6. b1's 4 and 6 average 0.5: no report. So
   * b2, b3 report (4, 0) and b1, b4, b5, b6 do not (mean 0.5, 5, 6, 10): 2/6, people say absent.
   */
  @Test
  void measure_anyDeclaredScale_normalisedAndRoundsAveraged() {
    Scenario s = new Scenario();
    s.items.clear();
    s.item(new SurveyItem("minier.not-paid", "I was paid for my time", 0, 10, null));
    int[][] answers = {{4, 6}, {4}, {0}, {5}, {6}, {10}};
    for (int b = 0; b < answers.length; b++) {
      s.person("b" + (b + 1), Perspective.CARER);
      for (int value : answers[b]) {
        s.answer("b" + (b + 1), "minier.not-paid", value);
      }
    }

    Measurement m =
        measure(s.dataset(), List.of(records(Set.of(MinierItem.NOT_PAID), Set.of())), Map.of());

    assertThat(m.components().get("notPaidReported")).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(m.value()).isEqualTo(0.0);
    assertThat(m.components()).containsEntry("signsCompared", 1.0);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly(MinierChecklist.RECORDS_SHOW_UNREPORTED_SIGN);
    assertThat(m.warnings())
        .containsExactly(
            "None of the people with lived experience and carers answered the "
                + "checklist items on rubber-stamp, already-decided, does-not-fit-model, ideas-not-used, no-feedback, "
                + "poor-arrangements, access-ignored, stakeholders-missing and comments-not-documented.");
  }

  @Test
  void measure_signTheRecordsCouldNotAssess_notCompared() {
    int[] notUsed = fineExcept(MinierItem.IDEAS_NOT_USED, 1);
    Dataset data = sixAndFive(notUsed, notUsed, notUsed, notUsed, notUsed, notUsed).dataset();

    Measurement m =
        measure(data, List.of(records(Set.of(), Set.of(MinierItem.IDEAS_NOT_USED))), Map.of());

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components())
        .containsEntry("signsCompared", 9.0)
        .containsEntry("ideasNotUsedReported", 1.0);
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings())
        .containsExactly(
            "The records could not assess \"listened to, but none of it appears in "
                + "the final service\" (ideas-not-used), so people's answers on it are not compared.");
  }

  @Test
  void measure_warningSignsMissingOrFailed_noValueButPeoplesShares() {
    int[] unpaid = fineExcept(MinierItem.NOT_PAID, 1);
    Dataset data = sixAndFive(unpaid, unpaid, unpaid, ALL_FINE, ALL_FINE, ALL_FINE).dataset();
    Outcome failed =
        new Outcome(
            new WarningSigns().descriptor(),
            null,
            null,
            "copro.tokenism.warning-signs: threw IllegalStateException");
    Outcome noValue =
        new Outcome(
            new WarningSigns().descriptor(),
            Measurement.noValue("there are no activities, contributions or decisions in scope"),
            null,
            null);

    Measurement missing = measure(data, List.of(), Map.of());
    Measurement broken = measure(data, List.of(failed), Map.of());
    Measurement empty = measure(data, List.of(noValue), Map.of());

    assertThat(missing.value()).isNull();
    assertThat(missing.noValueReason())
        .isEqualTo(
            "the metric copro.tokenism.warning-signs did not run, so people's "
                + "answers have nothing to be compared with");
    assertThat(broken.noValueReason())
        .isEqualTo(
            "the metric copro.tokenism.warning-signs failed, so people's "
                + "answers have nothing to be compared with");
    assertThat(empty.noValueReason())
        .isEqualTo(
            "the metric copro.tokenism.warning-signs has no value (there are no "
                + "activities, contributions or decisions in scope), so people's answers have nothing to be compared with");
    for (Measurement m : List.of(missing, broken, empty)) {
      assertThat(m.findings()).isEmpty();
      assertThat(m.components())
          .hasSize(10)
          .containsEntry("notPaidReported", 0.5)
          .doesNotContainKey("signsCompared");
      assertThat(m.breakdowns()).extracting(Breakdown::dimension).containsExactly("sign");
    }
  }

  @Test
  void measure_noBlocMemberAnswered_noValue() {
    Scenario s = new Scenario().person("pr1", Perspective.PROFESSIONAL).answers("pr1", ALL_FINE);

    Measurement m = measure(s.dataset(), List.of(records(Set.of(), Set.of())), Map.of());

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason())
        .isEqualTo(
            "none of the people with lived experience and carers answered an item "
                + "of Minier's checklist (survey items minier.*) in scope");

    Measurement neither = measure(Dataset.empty(), List.of(), Map.of());

    assertThat(neither.noValueReason())
        .isEqualTo(
            "none of the people with lived experience and carers answered an "
                + "item of Minier's checklist (survey items minier.*) in scope, and the metric copro.tokenism.warning-signs "
                + "did not run");
  }

  /**
   * Against the real copro.tokenism.warning-signs: its components are the items' components, and
   * the signs it says it could not assess (a meeting with no contributions, decisions or payments
   * leaves several unassessed) are the ones left out of the comparison.
   */
  @Test
  void measure_overTheRealWarningSigns_comparesExactlyTheSignsItAssessed() {
    Scenario s = sixAndFive(ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE, ALL_FINE);
    Dataset answers = s.dataset();
    Dataset.Builder builder =
        Dataset.builder()
            .add(
                new Initiative(
                    "i-1",
                    "Day services",
                    null,
                    DAY.minusMonths(6),
                    null,
                    Set.of(LifecycleStage.DESIGN),
                    Map.of()))
            .add(
                Activity.builder(
                        "a-1",
                        "i-1",
                        ActivityType.WORKSHOP,
                        LifecycleStage.DESIGN,
                        DAY.minusMonths(1))
                    .build());
    answers.participants().forEach(builder::add);
    answers.participants().forEach(p -> builder.add(Attendance.attended("a-1", p.id())));
    answers.surveys().forEach(builder::add);
    answers.surveyResponses().forEach(builder::add);
    Dataset data = builder.build();
    WarningSigns signs = new WarningSigns();
    Measurement recorded =
        signs.measure(
            DatasetContext.builder(data)
                .parameters(Parameters.resolve(signs.descriptor().parameters(), Map.of()))
                .build());
    Outcome outcome = new Outcome(signs.descriptor(), recorded, null, null);

    Measurement m = measure(data, List.of(outcome), Map.of());

    Set<String> signComponents = new LinkedHashSet<>(recorded.components().keySet());
    signComponents.remove(WarningSigns.SIGNS_ASSESSED);
    assertThat(signComponents)
        .containsExactlyElementsOf(
            Arrays.stream(MinierItem.values())
                .map(MinierItem::component)
                .collect(Collectors.toList()));
    double assessed = recorded.components().get(WarningSigns.SIGNS_ASSESSED);
    assertThat(assessed).isLessThan(10);
    assertThat(m.components()).containsEntry("signsCompared", assessed);
    assertThat(m.warnings())
        .hasSize(10 - (int) assessed)
        .allSatisfy(w -> assertThat(w).startsWith("The records could not assess"));
  }

  @Test
  void descriptor_isAnAggregateMetricOfTheFourPrinciples() {
    assertThat(metric.descriptor().id()).isEqualTo("copro.experience.minier-checklist");
    assertThat(metric.descriptor().phase()).isEqualTo(dev.copro.spi.Phase.AGGREGATE);
    assertThat(metric.descriptor().principles()).hasSize(4);
    assertThat(metric.descriptor().thresholds()).isNotNull();
    assertThat(metric.descriptor().references())
        .anySatisfy(r -> assertThat(r).startsWith("Minier, K. (2016)"));
  }
}
