package dev.copro.metrics.tokenism;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.model.AccessKind;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import dev.copro.spi.Severity;
import dev.copro.spi.Unit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarningSignsTest {

  private static final LocalDate FEB_3 = LocalDate.of(2025, 2, 3);
  private static final LocalDate FEB_10 = LocalDate.of(2025, 2, 10);
  private static final LocalDate MAR_3 = LocalDate.of(2025, 3, 3);
  private static final LocalDate MAR_10 = LocalDate.of(2025, 3, 10);

  /** Asserts that exactly the given signs were detected, in every place the measurement says so. */
  private static void assertOnly(Measurement m, WarningSign... signs) {
    Set<WarningSign> expected =
        signs.length == 0 ? EnumSet.noneOf(WarningSign.class) : EnumSet.copyOf(List.of(signs));
    assertThat(m.value()).isEqualTo((double) expected.size());
    Map<String, Double> components = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>();
    for (WarningSign sign : WarningSign.values()) {
      components.put(sign.component(), expected.contains(sign) ? 1.0 : 0.0);
      if (expected.contains(sign)) {
        codes.add(sign.code());
      }
    }
    components.put(WarningSigns.SIGNS_ASSESSED, 10.0);
    assertThat(m.components()).containsExactlyEntriesOf(components);
    // A sign may have several findings (one per key group it found left out), in sign order.
    assertThat(m.findings().stream().map(f -> signOf(f.code())).distinct().toList())
        .containsExactlyElementsOf(codes);
    assertThat(m.n()).isEqualTo(10);
  }

  /** The sign a finding belongs to: its own code, or the sign of a related finding. */
  static String signOf(String code) {
    return dev.copro.engine.results.WarningSign.fromCode(code)
        .map(dev.copro.engine.results.WarningSign::code)
        .orElse(code);
  }

  private static Finding only(Measurement m) {
    assertThat(m.findings()).hasSize(1);
    return m.findings().get(0);
  }

  @Test
  void descriptor_isTheCatalogEntry() {
    var d = new WarningSigns().descriptor();
    assertThat(d.id()).isEqualTo("copro.tokenism.warning-signs");
    assertThat(d.version()).isEqualTo("1.0.0");
    assertThat(d.unit()).isEqualTo(Unit.COUNT);
    assertThat(d.range().min()).isZero();
    assertThat(d.range().max()).isEqualTo(10);
    assertThat(d.thresholds()).isNotNull();
    assertThat(d.thresholds().higherIsBetter()).isFalse();
    assertThat(d.parameter("minIdeas").defaultValue()).isEqualTo(3);
    assertThat(d.parameter("minDoesNotFit").defaultValue()).isEqualTo(2);
    assertThat(d.parameter("responseDueDays").defaultValue()).isEqualTo(60);
    assertThat(d.parameter("maxNoFeedbackShare").defaultValue()).isEqualTo(0.25);
    assertThat(d.parameter("maxUnpaidShare").defaultValue()).isEqualTo(0.2);
    assertThat(d.parameter("latePaymentDays").defaultValue()).isEqualTo(30);
    assertThat(d.parameter("minDecisionsBeforeShare").defaultValue()).isEqualTo(0.5);
    assertThat(d.parameter("minKeyGroupInvitedShare").defaultValue()).isEqualTo(0.5);
    assertThat(d.parameter("keyGroups").defaultValue())
        .isEqualTo(List.of("lived-experience", "carer"));
    assertThat(d.parameter("minNoticeDays").defaultValue()).isEqualTo(7);
    assertThat(d.parameter("minPoorArrangements").defaultValue()).isEqualTo(1);
    assertThat(d.parameter("maxUndocumentedShare").defaultValue()).isEqualTo(0.1);
  }

  @Test
  void signs_haveStableCodesComponentsAndSeverities() {
    assertThat(WarningSign.values())
        .extracting(WarningSign::code)
        .containsExactly(
            "rubber-stamp",
            "already-decided",
            "does-not-fit-model",
            "ideas-not-used",
            "no-feedback",
            "not-paid",
            "poor-arrangements",
            "access-ignored",
            "stakeholders-missing",
            "comments-not-documented");
    assertThat(WarningSign.values())
        .extracting(WarningSign::component)
        .containsExactly(
            "rubberStamp",
            "alreadyDecided",
            "doesNotFitModel",
            "ideasNotUsed",
            "noFeedback",
            "notPaid",
            "poorArrangements",
            "accessIgnored",
            "stakeholdersMissing",
            "commentsNotDocumented");
    assertThat(WarningSign.values())
        .extracting(WarningSign::severity)
        .containsExactly(
            Severity.HIGH,
            Severity.HIGH,
            Severity.MEDIUM,
            Severity.HIGH,
            Severity.MEDIUM,
            Severity.MEDIUM,
            Severity.MEDIUM,
            Severity.HIGH,
            Severity.HIGH,
            Severity.MEDIUM);
  }

  @Test
  @DisplayName("good practice: every sign assessed, none detected, nothing to warn about")
  void measure_goodPractice() {
    Measurement m = SignsFixture.goodPractice().measure();
    assertOnly(m);
    assertThat(m.warnings()).isEmpty();
  }

  @Nested
  class RubberStamp {

    @Test
    @DisplayName("three of five decisions were taken before the bloc's first involvement")
    void afterMostDecisions() {
      SignsFixture f = SignsFixture.goodPractice();
      // Professionals decide three things in January; the bloc first attends a-1 on 3 February.
      f.decision("d-0a", LocalDate.of(2025, 1, 15), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3", "p-4");
      f.decision("d-0b", LocalDate.of(2025, 1, 20), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3", "p-4");
      f.decision("d-0c", LocalDate.of(2025, 1, 25), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3", "p-4");
      Measurement m = f.measure();

      // 3 decisions before the first involvement >= 0.5 x 5 decisions = 2.5
      assertOnly(m, WarningSign.RUBBER_STAMP);
      Finding finding = only(m);
      assertThat(finding.severity()).isEqualTo(Severity.HIGH);
      assertThat(finding.evidence())
          .containsExactly("decision:d-0a", "decision:d-0b", "decision:d-0c", "initiative:i-1");
      assertThat(finding.message())
          .isEqualTo(
              "In the one initiative that people with lived experience and carers "
                  + "took part in, they were brought in only after 50% or more of the decisions had been taken. Before they "
                  + "were first involved, 3 decisions had been taken.");
    }

    @Test
    @DisplayName(
        "two of four decisions before the first involvement: exactly half is a rubber-stamp")
    void halfOfDecisions_isRubberStamp() {
      SignsFixture f = SignsFixture.goodPractice();
      f.decision("d-0a", LocalDate.of(2025, 1, 15), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3");
      f.decision("d-0b", LocalDate.of(2025, 1, 20), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3");
      // 2 >= 0.5 x 4 = 2
      assertOnly(f.measure(), WarningSign.RUBBER_STAMP);
      // A higher limit clears it: 2 < 0.6 x 4 = 2.4
      assertOnly(f.measure(Map.of("minDecisionsBeforeShare", 0.6)));
      // One decision of four is under half: 1 < 2
      f.decision("d-0b").votes("p-1", "p-3");
      f.decision("d-0b", LocalDate.of(2025, 2, 20), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN)
          .votes("p-3");
      assertOnly(f.measure());
    }

    @Test
    @DisplayName(
        "the bloc was invited to the design work but first took part in the delivery stage")
    void onlyInLastStage() {
      SignsFixture f = blocFirstInDelivery();
      Measurement m = f.measure();

      assertOnly(m, WarningSign.RUBBER_STAMP);
      // d-1 on 3 Feb and a-1 on 3 Feb came before the first involvement on 3 March; 1 of 2
      // decisions
      // is half, so both rules fired.
      assertThat(only(m).evidence())
          .containsExactly("activity:a-1", "decision:d-1", "initiative:i-1");
      assertThat(only(m).message())
          .isEqualTo(
              "In the one initiative that people with lived experience and carers "
                  + "took part in, they were brought in only at the last stage, after 50% or more of the decisions had been "
                  + "taken. Before they were first involved, 1 decision had been taken and 1 activity held.");
    }

    @Test
    @DisplayName(
        "the last-stage rule needs two stages: a single-stage initiative is judged on its decisions only")
    void singleStageInitiative_isNotRubberStampByStage() {
      SignsFixture f = blocFirstInDelivery();
      f.initiative("i-1", LifecycleStage.DELIVERY);
      assertOnly(f.measure(Map.of("minDecisionsBeforeShare", 0.6)));
      assertOnly(f.measure(), WarningSign.RUBBER_STAMP);
    }

    @Test
    @DisplayName("without recorded stages, the stages of the initiative's activities count")
    void stagesFromActivities() {
      SignsFixture f = blocFirstInDelivery();
      f.initiative("i-1");
      assertOnly(f.measure(), WarningSign.RUBBER_STAMP);
    }

    @Test
    @DisplayName("a period slice judges the initiative's whole history, not the slice")
    void periodSliceReadsWholeHistory() {
      Dataset dataset = SignsFixture.goodPractice().dataset();
      WarningSigns metric = new WarningSigns();
      // In March the bloc is only seen in the delivery stage, but it was involved in design in
      // February.
      Measurement m =
          metric.measure(
              DatasetContext.builder(dataset)
                  .parameters(Parameters.resolve(metric.descriptor().parameters(), Map.of()))
                  .scope(
                      new Scope(
                          null,
                          new Period(
                              LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "2025-03")))
                  .referenceDate(SignsFixture.REFERENCE)
                  .build());
      assertThat(m.components()).containsEntry("rubberStamp", 0.0);
    }

    /**
     * The bloc is invited to a-1 but does not come, nor vote on d-1; its first involvement is at
     * a-2.
     */
    private SignsFixture blocFirstInDelivery() {
      SignsFixture f = SignsFixture.goodPractice();
      f.put(new Attendance("a-1", "p-1", true, false, null, null));
      f.put(new Attendance("a-1", "p-2", true, false, null, null));
      f.unpay("a-1", "p-1").unpay("a-1", "p-2");
      f.decision("d-1", FEB_3, DecisionRule.CONSENSUS).at("a-1").votes("p-3", "p-4");
      f.contribution("c-1", "a-2", "p-1", ContributionKind.PROPOSAL)
          .respond(MAR_10, ResponseOutcome.ADOPTED);
      f.contribution("c-2", "a-2", "p-2", ContributionKind.SUGGESTION)
          .respond(MAR_10, ResponseOutcome.ADAPTED);
      f.decision("d-2").adopts("c-1");
      return f;
    }
  }

  @Nested
  class AlreadyDecided {

    @Test
    @DisplayName("a bloc contribution declined as already decided")
    void declinedAsAlreadyDecided() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-3").decline(MAR_10, DeclineReason.ALREADY_DECIDED);
      Measurement m = f.measure();

      assertOnly(m, WarningSign.ALREADY_DECIDED);
      assertThat(only(m).severity()).isEqualTo(Severity.HIGH);
      assertThat(only(m).evidence()).containsExactly("contribution:c-3");
      assertThat(only(m).message())
          .isEqualTo(
              "1 contribution by people with lived experience and carers was "
                  + "declined because the matter was already decided.");
    }

    @Test
    @DisplayName("a decision consulted on only after it was taken")
    void consultedAfterTheDecision() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity(
          "a-3", ActivityType.CONSULTATION, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 20));
      f.attend("a-3", "p-1", "p-2", "p-3", "p-4").pay("a-3", "p-1", "p-2");
      f.decision("d-2").consultations("a-3");
      Measurement m = f.measure();

      assertOnly(m, WarningSign.ALREADY_DECIDED);
      assertThat(only(m).evidence()).containsExactly("activity:a-3", "decision:d-2");
      assertThat(only(m).message())
          .isEqualTo("1 decision was taken before the consultation about it.");
    }

    @Test
    void consultationOnTheDayOfTheDecision_isInTime() {
      SignsFixture f = SignsFixture.goodPractice();
      f.decision("d-2").consultations("a-2", "a-1");
      assertOnly(f.measure());
    }
  }

  @Nested
  class DoesNotFitModel {

    @Test
    @DisplayName("two bloc suggestions declined as not fitting the current model")
    void twoDeclines() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-4", "a-2", "p-2", ContributionKind.SUGGESTION)
          .decline(MAR_10, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL);
      f.contribution("c-5", "a-2", "p-2", ContributionKind.SUGGESTION)
          .decline(MAR_10, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL);
      Measurement m = f.measure();

      // Four bloc ideas (c-1, c-2, c-4, c-5) but c-1 was adopted, so ideas-not-used stays clear.
      assertOnly(m, WarningSign.DOES_NOT_FIT_MODEL);
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("contribution:c-4", "contribution:c-5");
      // Every kind of contribution counts, not only proposals and suggestions: the message says so.
      assertThat(only(m).message())
          .isEqualTo(
              "2 of the 5 contributions of every kind by people with lived "
                  + "experience and carers were declined as not fitting the current model (the sign is raised at 2 or "
                  + "more).");
    }

    @Test
    void oneDecline_isBelowTheDefaultMinimum() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-4", "a-2", "p-2", ContributionKind.SUGGESTION)
          .decline(MAR_10, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL);
      assertOnly(f.measure());
      assertOnly(f.measure(Map.of("minDoesNotFit", 1)), WarningSign.DOES_NOT_FIT_MODEL);
    }
  }

  @Nested
  class IdeasNotUsed {

    @Test
    @DisplayName("three bloc ideas in an initiative, none adopted or adapted")
    void noneUsed() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-1").decline(FEB_10, DeclineReason.NOT_FEASIBLE);
      f.contribution("c-2").decline(FEB_10, DeclineReason.NO_BUDGET);
      f.contribution("c-4", "a-2", "p-1", ContributionKind.PROPOSAL)
          .decline(MAR_10, DeclineReason.OUT_OF_SCOPE);
      f.decision("d-1").noAdoptions();
      Measurement m = f.measure();

      assertOnly(m, WarningSign.IDEAS_NOT_USED);
      assertThat(only(m).severity()).isEqualTo(Severity.HIGH);
      assertThat(only(m).evidence())
          .containsExactly(
              "contribution:c-1", "contribution:c-2", "contribution:c-4", "initiative:i-1");
      assertThat(only(m).message())
          .isEqualTo(
              "In the one initiative where people with lived experience and carers "
                  + "put forward proposals or suggestions, none of their 3 ideas was taken up (the sign looks only at "
                  + "initiatives with 3 ideas or more).");
      assertThat(m.findings()).hasSize(1);
    }

    @Test
    @DisplayName(
        "ideas 'adopted' in words that no decision adopts: their own finding, and not taken up")
    void adoptedInWordsOnly() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-4", "a-2", "p-1", ContributionKind.PROPOSAL)
          .respond(MAR_10, ResponseOutcome.ADOPTED);
      f.contribution("c-5", "a-2", "p-2", ContributionKind.SUGGESTION)
          .respond(MAR_10, ResponseOutcome.ADOPTED);
      Measurement m = f.measure();
      assertOnly(m, WarningSign.IDEAS_NOT_USED);
      assertThat(only(m).code()).isEqualTo("adopted-in-words-only");
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("contribution:c-4", "contribution:c-5");
      // c-1 is adopted by d-1; c-4 and c-5 by nothing: 2 of 3 = 67% > 50%.
      assertThat(only(m).message())
          .isEqualTo(
              "2 of the 3 ideas by people with lived experience and carers "
                  + "answered \"adopted\" appear in no decision, though their initiative records decisions: adopted in words "
                  + "only (67%, above the 50% allowed).");
      // One of two is not above half.
      f.contribution("c-5").respond(MAR_10, ResponseOutcome.ADAPTED);
      assertOnly(f.measure());
    }

    @Test
    @DisplayName("where the initiative records no decision, the response is all there is")
    void noDecisionsRecorded_responsesCount() {
      SignsFixture f = SignsFixture.goodPractice();
      f.removeDecision("d-1").removeDecision("d-2");
      f.contribution("c-4", "a-2", "p-1", ContributionKind.PROPOSAL)
          .respond(MAR_10, ResponseOutcome.ADOPTED);
      Measurement m = f.measure();
      assertThat(m.findings())
          .extracting(Finding::code)
          .doesNotContain("adopted-in-words-only", "ideas-not-used");
    }

    @Test
    @DisplayName("a key group whose ideas are never taken up is named, though the bloc's are")
    void keyGroupIdeasNeverUsed() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-2").decline(FEB_10, DeclineReason.NO_BUDGET);
      f.contribution("c-4", "a-2", "p-2", ContributionKind.PROPOSAL)
          .decline(MAR_10, DeclineReason.NO_BUDGET);
      f.contribution("c-5", "a-2", "p-2", ContributionKind.SUGGESTION)
          .decline(MAR_10, DeclineReason.NO_BUDGET);
      Measurement m = f.measure();
      assertOnly(m, WarningSign.IDEAS_NOT_USED);
      assertThat(only(m).message())
          .isEqualTo("None of the 3 ideas carers put forward was taken up.");
      assertThat(only(m).evidence())
          .containsExactly("contribution:c-2", "contribution:c-4", "contribution:c-5");
    }

    @Test
    @DisplayName("an idea adopted by a decision, with no response recorded, counts as used")
    void adoptedByDecisionOnly() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-1").decline(FEB_10, DeclineReason.NOT_FEASIBLE);
      f.contribution("c-2").decline(FEB_10, DeclineReason.NO_BUDGET);
      f.contribution("c-4", "a-2", "p-1", ContributionKind.PROPOSAL)
          .respond(MAR_10, ResponseOutcome.NONE);
      f.decision("d-1").noAdoptions();
      f.decision("d-2").adopts("c-4");
      assertOnly(f.measure());
    }

    @Test
    void concernsAndStories_areNotIdeas() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-1").decline(FEB_10, DeclineReason.NOT_FEASIBLE);
      f.contribution("c-2").decline(FEB_10, DeclineReason.NO_BUDGET);
      f.contribution("c-4", "a-2", "p-1", ContributionKind.STORY)
          .decline(MAR_10, DeclineReason.OUT_OF_SCOPE);
      f.decision("d-1").noAdoptions();
      // Only two ideas (c-1, c-2): below minIdeas = 3.
      assertOnly(f.measure());
    }
  }

  @Nested
  class NoFeedback {

    @Test
    @DisplayName("one of three bloc contributions never got a response")
    void oneOfThreeUnanswered() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-3").noResponse();
      Measurement m = f.measure();

      // 1 / 3 = 33% > 25%
      assertOnly(m, WarningSign.NO_FEEDBACK);
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("contribution:c-3");
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 3 contributions by people with lived experience and carers "
                  + "made at least 60 days before 2025-06-30 was not answered within 60 days (33%, above the 25% allowed).");
    }

    @Test
    @DisplayName("a response after the 60 days counts as none")
    void lateResponse() {
      SignsFixture f = SignsFixture.goodPractice();
      // Made 3 March, due by 2 May; answered 3 May.
      f.contribution("c-3").respond(LocalDate.of(2025, 5, 3), ResponseOutcome.NONE);
      assertOnly(f.measure(), WarningSign.NO_FEEDBACK);
      f.contribution("c-3").respond(LocalDate.of(2025, 5, 2), ResponseOutcome.NONE);
      assertOnly(f.measure());
    }

    @Test
    @DisplayName("contributions not yet 60 days old are left out, with a warning")
    void notYetDue() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-3", ActivityType.MEETING, LifecycleStage.DELIVERY, LocalDate.of(2025, 6, 2));
      f.attend("a-3", "p-1", "p-3").pay("a-3", "p-1");
      f.contribution("c-4", "a-3", "p-1", ContributionKind.CONCERN);
      f.contribution("c-5", "a-3", "p-1", ContributionKind.QUESTION);
      Measurement m = f.measure();

      // c-4 and c-5 (2 June + 60 days = 1 August, after 30 June) are not due: 0 of 3 due are
      // unanswered.
      assertOnly(m);
      assertThat(m.warnings())
          .containsExactly(
              "2 contributions by people with lived experience and carers were made "
                  + "less than 60 days before 2025-06-30, too recently to tell whether they will get a response within 60 "
                  + "days, so the no-feedback sign leaves them out.");
    }
  }

  @Nested
  class NotPaid {

    @Test
    @DisplayName("three of four bloc attendances unpaid")
    void threeOfFourUnpaid() {
      SignsFixture f = SignsFixture.goodPractice();
      f.unpay("a-1", "p-1").unpay("a-1", "p-2").unpay("a-2", "p-2");
      Measurement m = f.measure();

      // 3 / 4 = 75% > 20%; p-1 (lived experience) 1 of 2, p-2 (carer) 2 of 2
      assertOnly(m, WarningSign.NOT_PAID);
      assertThat(m.findings()).extracting(Finding::severity).containsOnly(Severity.MEDIUM);
      assertThat(m.findings().get(0).evidence())
          .containsExactly("attendance:a-1/p-1", "attendance:a-1/p-2", "attendance:a-2/p-2");
      assertThat(m.findings())
          .extracting(Finding::message)
          .containsExactly(
              "3 of the 4 attendances by people with lived experience and carers were not paid in time: 3 had no "
                  + "payment or expenses offered (75%, above the 20% allowed).",
              "1 of the 2 attendances by people with lived experience was not paid in time: 1 had no payment or "
                  + "expenses offered (50%, above the 20% allowed).",
              "Both attendances by carers were not paid in time: 2 had no payment or expenses offered (100%, above the "
                  + "20% allowed).");
    }

    @Test
    @DisplayName(
        "a share exactly at the limit is not above it, for the bloc and for each key group")
    void unpaidAtTheLimit_isNotAboveIt() {
      SignsFixture f = SignsFixture.goodPractice();
      f.unpay("a-1", "p-1");
      // bloc 1 of 4 = 25%, people with lived experience 1 of 2 = 50%, carers 0 of 2
      assertOnly(f.measure(Map.of("maxUnpaidShare", 0.5)));
      assertOnly(f.measure(Map.of("maxUnpaidShare", 0.49)), WarningSign.NOT_PAID);
    }

    @Test
    @DisplayName("a group never paid while the others are is named, though the bloc's share passes")
    void keyGroupNeverPaid() {
      SignsFixture f = SignsFixture.goodPractice();
      f.unpay("a-1", "p-2").unpay("a-2", "p-2");
      // bloc 2 of 4 = 50%, allowed at 0.5; carers 2 of 2
      Measurement m = f.measure(Map.of("maxUnpaidShare", 0.5));
      assertOnly(m, WarningSign.NOT_PAID);
      assertThat(only(m).message()).startsWith("Both attendances by carers were not paid in time");
    }

    @Test
    @DisplayName("a fee paid months late counts as not paid in time; one not yet due does not")
    void paidLate() {
      SignsFixture f = SignsFixture.goodPractice();
      f.payLate("a-1", "p-1", 120).payLate("a-2", "p-1", 120);
      Measurement m = f.measure(Map.of("maxUnpaidShare", 0.5));
      assertOnly(m, WarningSign.NOT_PAID);
      assertThat(only(m).message())
          .isEqualTo(
              "Both attendances by people with lived experience were not paid in "
                  + "time: 2 had a payment more than 30 days late or still overdue (100%, above the 50% allowed).");
    }

    @Test
    @DisplayName(
        "one attendance never offered payment and one paid late: both kinds named in one sentence")
    void unpaidAndPaidLate() {
      SignsFixture f = SignsFixture.goodPractice();
      f.unpay("a-1", "p-1").payLate("a-2", "p-1", 120);
      Measurement m = f.measure(Map.of("maxUnpaidShare", 0.5));
      assertOnly(m, WarningSign.NOT_PAID);
      assertThat(only(m).message())
          .isEqualTo(
              "Both attendances by people with lived experience were not paid in "
                  + "time: 1 had no payment or expenses offered and 1 a payment more than 30 days late or still overdue "
                  + "(100%, above the 50% allowed).");
    }
  }

  @Nested
  class PoorArrangements {

    @Test
    @DisplayName("two days' notice")
    void shortNotice() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-2").notice(2);
      Measurement m = f.measure();

      assertOnly(m, WarningSign.POOR_ARRANGEMENTS);
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("activity:a-2");
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 2 activities attended by people with lived experience and "
                  + "carers was poorly arranged: 1 gave less than 7 days' notice.");
    }

    @Test
    @DisplayName("impossible times: 09:00 and 17:00 are out, 09:30 and 16:59 are in")
    void impossibleTimes() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-1").start(LocalTime.of(9, 30));
      f.activity("a-2").start(LocalTime.of(16, 59));
      assertOnly(f.measure());
      f.activity("a-1").start(LocalTime.of(9, 0));
      f.activity("a-2").start(LocalTime.of(17, 0));
      Measurement m = f.measure();
      assertOnly(m, WarningSign.POOR_ARRANGEMENTS);
      assertThat(only(m).evidence()).containsExactly("activity:a-1", "activity:a-2");
      assertThat(only(m).message())
          .isEqualTo(
              "Both activities attended by people with lived experience and carers "
                  + "were poorly arranged: 2 started before 09:30 or at 17:00 or later.");
    }

    @Test
    @DisplayName("no lunch: four hours without refreshments, but not three hours 59")
    void noLunch() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-1").without(AccessKind.REFRESHMENTS).duration(239);
      assertOnly(f.measure());
      f.activity("a-1").duration(240);
      Measurement m = f.measure();
      assertOnly(m, WarningSign.POOR_ARRANGEMENTS);
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 2 activities attended by people with lived experience and "
                  + "carers was poorly arranged: 1 lasted 240 minutes or more without refreshments.");
    }

    @Test
    @DisplayName("missing invitation dates, times and durations skip those checks, with a warning")
    void missingArrangements() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-1").notice(null).start(null).duration(null);
      f.activity("a-2").start(null);
      Measurement m = f.measure();
      assertOnly(m);
      assertThat(m.warnings())
          .containsExactly(
              "Of the 2 activities attended by people with lived experience and "
                  + "carers, 1 has no invitation date, 2 have no start time and 1 has no duration recorded, so the "
                  + "poor-arrangements sign skipped those checks for them.");
    }
  }

  @Nested
  class AccessIgnored {

    @Test
    @DisplayName(
        "people recorded as never asked about their access needs: a medium finding of the sign")
    void neverAsked() {
      SignsFixture f = SignsFixture.goodPractice();
      f.asked("p-2", false).asked("p-1", true);
      Measurement m = f.measure();
      assertOnly(m, WarningSign.ACCESS_IGNORED);
      assertThat(only(m).code()).isEqualTo("access-needs-not-asked");
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("attendance:a-1/p-2", "attendance:a-2/p-2");
      assertThat(only(m).message())
          .isEqualTo(
              "1 person was never asked about their access needs, though invited to "
                  + "or attending 2 activities.");
    }

    @Test
    @DisplayName("asked and declaring none is not a sign, and makes the sign assessable")
    void askedAndNone_isAssessedAndClear() {
      SignsFixture f = SignsFixture.goodPractice();
      f.person("p-1", Perspective.LIVED_EXPERIENCE);
      f.asked("p-1", true);
      assertOnly(f.measure());
    }

    @Test
    @DisplayName("a carer who needs a hearing loop, at two activities without one")
    void hearingLoopMissing() {
      SignsFixture f = SignsFixture.goodPractice();
      f.person("p-2", Perspective.CARER, AccessKind.HEARING_LOOP);
      Measurement m = f.measure();

      // p-1 (step-free, offered) at a-1 and a-2, p-2 (hearing loop, not offered) at a-1 and a-2.
      assertOnly(m, WarningSign.ACCESS_IGNORED);
      assertThat(only(m).severity()).isEqualTo(Severity.HIGH);
      assertThat(only(m).evidence()).containsExactly("attendance:a-1/p-2", "attendance:a-2/p-2");
      assertThat(only(m).message())
          .isEqualTo(
              "At 2 of the 4 invitations and attendances of people who declared "
                  + "access needs, the activity did not provide for all of those needs; 1 person was affected.");
    }

    @Test
    @DisplayName("an invitation counts even when the person could not come")
    void invitedButAbsent() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-2").without(AccessKind.STEP_FREE);
      f.put(new Attendance("a-2", "p-1", true, false, null, null));
      Measurement m = f.measure();
      assertOnly(m, WarningSign.ACCESS_IGNORED);
      assertThat(only(m).evidence()).containsExactly("attendance:a-2/p-1");
    }
  }

  @Nested
  class StakeholdersMissing {

    @Test
    @DisplayName(
        "a key group (carers) never invited is named, though the bloc was invited everywhere")
    void keyGroupNeverInvited() {
      SignsFixture f = SignsFixture.goodPractice();
      f.put(new Attendance("a-1", "p-2", false, false, null, null));
      f.put(new Attendance("a-2", "p-2", false, false, null, null));
      f.unpay("a-1", "p-2").unpay("a-2", "p-2");
      Measurement m = f.measure();
      assertThat(m.components()).containsEntry("stakeholdersMissing", 1.0);
      assertThat(m.findings())
          .filteredOn(x -> x.code().equals("key-group-left-out"))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.HIGH);
                assertThat(x.message())
                    .isEqualTo(
                        "Carers were invited to none of the 2 workshop, board, panel or "
                            + "co-design activities.");
                assertThat(x.evidence()).containsExactly("activity:a-1", "activity:a-2");
              });
    }

    @Test
    @DisplayName(
        "a key group named in the parameter by attribute, absent from the records, is named")
    void keyGroupByAttribute_absent() {
      Measurement m =
          SignsFixture.goodPractice()
              .measure(Map.of("keyGroups", List.of("carer", "age-band=16-24")));
      assertThat(m.findings())
          .extracting(Finding::message)
          .containsExactly(
              "The records hold no people with "
                  + "age-band 16-24: people with age-band 16-24 were invited to none of the 2 workshop, board, panel or "
                  + "co-design activities.");
    }

    @Test
    @DisplayName("invited to exactly half is not fewer than half")
    void keyGroupInvitedToHalf_isNotASign() {
      SignsFixture f = SignsFixture.goodPractice();
      f.put(new Attendance("a-2", "p-2", false, false, null, null));
      f.unpay("a-2", "p-2");
      assertOnly(f.measure(Map.of("maxUnpaidShare", 0.5)));
    }

    @Test
    @DisplayName("a key-group entry that is neither a perspective nor attribute=value is reported")
    void badKeyGroup_isAWarning() {
      Measurement m = SignsFixture.goodPractice().measure(Map.of("keyGroups", List.of("carers")));
      assertThat(m.warnings())
          .contains(
              "The parameter keyGroups has the entry \"carers\", which is neither a "
                  + "perspective code nor attribute=value: it is left out.");
    }

    @Test
    @DisplayName("a workshop to which no bloc member was invited")
    void workshopWithoutBloc() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-3", ActivityType.WORKSHOP, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 17));
      f.attend("a-3", "p-3", "p-4");
      Measurement m = f.measure();

      assertOnly(m, WarningSign.STAKEHOLDERS_MISSING);
      assertThat(only(m).severity()).isEqualTo(Severity.HIGH);
      assertThat(only(m).evidence()).containsExactly("activity:a-3");
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 3 workshop, board, panel or co-design activities invited "
                  + "none of the people with lived experience and carers.");
    }

    @Test
    @DisplayName("a bloc member who came uninvited was still not invited")
    void attendedUninvited() {
      SignsFixture f = SignsFixture.goodPractice();
      f.put(new Attendance("a-2", "p-1", false, true, null, null));
      f.put(new Attendance("a-2", "p-2", false, true, null, null));
      Measurement m = f.measure();
      assertOnly(m, WarningSign.STAKEHOLDERS_MISSING);
      assertThat(only(m).evidence()).containsExactly("activity:a-2");
    }

    @Test
    @DisplayName("activities without attendance records and unknown type codes are warned about")
    void gaps() {
      SignsFixture f = SignsFixture.goodPractice();
      f.activity("a-3", ActivityType.PANEL, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 17));
      Measurement m =
          f.measure(Map.of("decisionSpaceTypes", List.of("panel", "board", "steering-group")));
      assertOnly(m);
      assertThat(m.warnings())
          .containsExactly(
              "The parameter decisionSpaceTypes names codes that do not exist and are ignored: steering-group.",
              "1 board or panel activity has no attendance records, so the stakeholders-missing sign leaves it out.");
    }
  }

  @Nested
  class CommentsNotDocumented {

    @Test
    @DisplayName("one of three bloc contributions not written down")
    void oneOfThree() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-2").undocumented();
      Measurement m = f.measure();

      // 1 / 3 = 33% > 10%
      assertOnly(m, WarningSign.COMMENTS_NOT_DOCUMENTED);
      assertThat(only(m).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(only(m).evidence()).containsExactly("contribution:c-2");
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 3 contributions by people with lived experience and carers "
                  + "was not documented (33%, above the 10% allowed).");
    }

    @Test
    @DisplayName("a share just above its limit shows a decimal: 1 / 3 = 33.3% is above 33%")
    void justAboveTheLimit() {
      SignsFixture f = SignsFixture.goodPractice();
      f.contribution("c-2").undocumented();
      Measurement m = f.measure(Map.of("maxUndocumentedShare", 0.33));
      assertThat(only(m).message())
          .isEqualTo(
              "1 of the 3 contributions by people with lived experience and carers "
                  + "was not documented (33.3%, above the 33.0% allowed).");
      assertOnly(f.measure(Map.of("maxUndocumentedShare", 0.34)));
    }
  }

  @Nested
  class EdgeCases {

    @Test
    void emptyDataset_hasNoValue() {
      Measurement m = SignsFixture.measure(Dataset.empty(), Map.of());
      assertThat(m.value()).isNull();
      assertThat(m.noValueReason())
          .isEqualTo("there are no activities, contributions or decisions in scope");
    }

    @Test
    @DisplayName("professionals only: the bloc-based signs are not assessed and say why")
    void noBloc() {
      SignsFixture f = new SignsFixture();
      f.initiative("i-1", LifecycleStage.DESIGN);
      f.person("p-3", Perspective.PROFESSIONAL);
      f.activity("a-1", ActivityType.MEETING, LifecycleStage.DESIGN, LocalDate.of(2025, 2, 3));
      f.attend("a-1", "p-3");
      Measurement m = f.measure();

      assertThat(m.value()).isNull();
      assertThat(m.noValueReason())
          .isEqualTo(
              "none of the ten warning signs could be assessed from the records " + "in scope");
    }

    @Test
    @DisplayName("one professional and one bloc member who is never invited to the board")
    void partlyAssessable() {
      SignsFixture f = new SignsFixture();
      f.initiative("i-1", LifecycleStage.DESIGN);
      f.person("p-1", Perspective.LIVED_EXPERIENCE);
      f.person("p-3", Perspective.PROFESSIONAL);
      f.activity("a-1", ActivityType.BOARD, LifecycleStage.DESIGN, LocalDate.of(2025, 2, 3));
      f.attend("a-1", "p-3");
      Measurement m = f.measure();

      // Only stakeholders-missing has anything to judge: no bloc involvement, contributions,
      // decisions, attendances or declared needs.
      assertThat(m.value()).isEqualTo(1.0);
      assertThat(m.n()).isEqualTo(1);
      assertThat(m.components())
          .containsEntry("stakeholdersMissing", 1.0)
          .containsEntry("signsAssessed", 1.0);
      assertThat(m.warnings())
          .containsExactly(
              "The warning sign rubber-stamp could not be assessed: people with lived experience and carers were not "
                  + "involved in any initiative in scope.",
              "The warning sign already-decided could not be assessed: there are no decisions in scope and no "
                  + "contributions by people with lived experience and carers.",
              "The warning sign does-not-fit-model could not be assessed: people with lived experience and carers made "
                  + "no contributions in scope.",
              "The warning sign ideas-not-used could not be assessed: people with lived experience and carers made no "
                  + "proposals or suggestions in scope.",
              "The warning sign no-feedback could not be assessed: people with lived experience and carers made no "
                  + "contributions in scope.",
              "The warning sign not-paid could not be assessed: none of the people with lived experience and carers "
                  + "attended an activity in scope.",
              "The warning sign poor-arrangements could not be assessed: none of the people with lived experience and "
                  + "carers attended an activity in scope.",
              "The warning sign access-ignored could not be assessed: nobody invited to or attending an activity in "
                  + "scope declared access needs or is recorded as asked about them.",
              "The warning sign comments-not-documented could not be assessed: people with lived experience and carers "
                  + "made no contributions in scope.");
    }

    @Test
    @DisplayName("every sign at once")
    void allTen() {
      SignsFixture f = SignsFixture.goodPractice();
      f.decision("d-0a", LocalDate.of(2025, 1, 15), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN);
      f.decision("d-0b", LocalDate.of(2025, 1, 16), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN);
      f.decision("d-0c", LocalDate.of(2025, 1, 17), DecisionRule.CONSENSUS)
          .stage(LifecycleStage.DESIGN);
      f.decision("d-2").consultations("a-3");
      f.activity("a-3", ActivityType.WORKSHOP, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 17))
          .notice(2);
      f.attend("a-3", "p-1", "p-3").put(new Attendance("a-3", "p-1", false, true, null, null));
      f.contribution("c-1")
          .decline(FEB_10, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL)
          .undocumented();
      f.contribution("c-2").decline(FEB_10, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL);
      f.contribution("c-3").noResponse();
      f.contribution("c-4", "a-3", "p-1", ContributionKind.PROPOSAL);
      f.decision("d-1").noAdoptions();
      f.unpay("a-1", "p-1").unpay("a-1", "p-2").unpay("a-2", "p-1");
      f.person("p-2", Perspective.CARER, AccessKind.BSL_INTERPRETER);
      Measurement m = f.measure();
      assertOnly(m, WarningSign.values());
      assertThat(m.findings())
          .extracting(Finding::code)
          .contains("not-paid", "stakeholders-missing");
    }
  }
}
