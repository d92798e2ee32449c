package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordBuildersTest {

  private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
  private static final LocalDate FEB = LocalDate.of(2025, 2, 10);
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final byte[] KEY =
      "a secret key of thirty-two bytes or more".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void builders_buildTheRecordsTheConstructorsBuild() {
    assertThat(
            Initiative.builder("i-1", "Carers' strategy", JAN)
                .organisation("Council")
                .end(FEB)
                .stages(LifecycleStage.DESIGN, LifecycleStage.DELIVERY)
                .attribute("area", "north")
                .build())
        .isEqualTo(
            new Initiative(
                "i-1",
                "Carers' strategy",
                "Council",
                JAN,
                FEB,
                Set.of(LifecycleStage.DESIGN, LifecycleStage.DELIVERY),
                Map.of("area", "north")));
    assertThat(
            Participant.builder("p-1", Perspective.OTHER)
                .perspectiveLabel("advocate")
                .joined(JAN)
                .left(FEB)
                .accessNeeds(AccessKind.STEP_FREE)
                .accessNeeds(List.of(AccessProvision.other("Makaton")))
                .attribute("age-band", "18-25")
                .attributesAsOf(JAN)
                .build())
        .isEqualTo(
            new Participant(
                "p-1",
                Perspective.OTHER,
                "advocate",
                JAN,
                FEB,
                Set.of(AccessProvision.of(AccessKind.STEP_FREE), AccessProvision.other("Makaton")),
                Map.of("age-band", "18-25"),
                JAN));
    assertThat(
            Activity.builder("a-1", "i-1", ActivityType.WORKSHOP, LifecycleStage.DESIGN, FEB)
                .title("Ideas")
                .startTime(LocalTime.of(10, 0))
                .durationMinutes(90)
                .invitedOn(JAN)
                .chairs("p-1")
                .build())
        .isEqualTo(
            new Activity(
                "a-1",
                "i-1",
                ActivityType.WORKSHOP,
                null,
                LifecycleStage.DESIGN,
                "Ideas",
                FEB,
                LocalTime.of(10, 0),
                90,
                JAN,
                Set.of(),
                List.of("p-1"),
                Map.of()));
    assertThat(
            Attendance.builder("a-1", "p-1")
                .invited(true)
                .attended(true)
                .speakingSeconds(120)
                .speakingTurns(3)
                .build())
        .isEqualTo(new Attendance("a-1", "p-1", true, true, 120, 3));
    assertThat(
            Contribution.builder("c-1", "a-1", "p-1", ContributionKind.PROPOSAL)
                .documented(true)
                .response(FEB, ResponseOutcome.DECLINED, DeclineReason.NO_BUDGET)
                .build())
        .isEqualTo(
            new Contribution(
                "c-1",
                "a-1",
                "p-1",
                ContributionKind.PROPOSAL,
                null,
                true,
                null,
                new Response(FEB, ResponseOutcome.DECLINED, DeclineReason.NO_BUDGET)));
    assertThat(
            Decision.builder("d-1", "i-1", FEB, DecisionRule.WEIGHTED_VOTE)
                .activity("a-1")
                .quota(2L)
                .vote("p-1", 2, VotePosition.FOR)
                .vote("p-2", 1)
                .adopts("c-1")
                .build())
        .isEqualTo(
            new Decision(
                "d-1",
                "i-1",
                "a-1",
                null,
                FEB,
                null,
                DecisionRule.WEIGHTED_VOTE,
                null,
                2L,
                List.of(new Vote("p-1", 2, VotePosition.FOR), new Vote("p-2", 1, null)),
                List.of("c-1"),
                List.of()));
    assertThat(
            Payment.builder("pay-1", "p-1", PaymentKind.EXPENSES, JAN)
                .activity("a-1")
                .amount("12.50", "GBP")
                .claimed(JAN)
                .paid(FEB)
                .build())
        .isEqualTo(
            new Payment(
                "pay-1",
                "p-1",
                "a-1",
                PaymentKind.EXPENSES,
                null,
                new BigDecimal("12.50"),
                GBP,
                JAN,
                JAN,
                FEB));
    assertThat(SurveyResponse.builder("r-1", "s-1", "q1", "p-1", FEB, 4).initiative("i-1").build())
        .isEqualTo(new SurveyResponse("r-1", "s-1", "q1", "p-1", "i-1", FEB, 4));
  }

  @Test
  void build_everyProblemOfARecord_inOneExceptionLocatedAtItsFields() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Payment.builder(" ", null, PaymentKind.OTHER, FEB)
                    .amount(new BigDecimal("-5"), GBP)
                    .claimed(JAN)
                    .build());

    assertThat(e.getMessage()).startsWith("payment has 5 problems:");
    assertThat(e.problems())
        .extracting(Problem::kind, p -> p.location().toString(), Problem::message)
        .containsExactlyInAnyOrder(
            tuple(
                Problem.Kind.MISSING_FIELD, "payment /id", "'id' is blank: it must name a record."),
            tuple(
                Problem.Kind.MISSING_FIELD,
                "payment /participant",
                "This payment has no 'participant', which is required."),
            tuple(
                Problem.Kind.NEGATIVE_VALUE,
                "payment /amount",
                "The payment has a negative amount (-5)."),
            tuple(
                Problem.Kind.MISSING_FIELD,
                "payment /kindLabel",
                "'kindLabel' is required when the code is 'other': say what it is."),
            tuple(
                Problem.Kind.DATE_ORDER,
                "payment /claimed",
                "The payment was claimed on 2025-01-10, before it was offered on 2025-02-10."));
    assertThat(e.problems()).extracting(Problem::recordId).containsOnlyNulls();
  }

  @Test
  void build_missingValuesOfEveryBuilder_areProblemsNotNullPointerExceptions() {
    List<Runnable> builds =
        List.of(
            () -> Initiative.builder(null, null, null).build(),
            () -> Participant.builder(null, null).build(),
            () -> Activity.builder(null, null, null, null, null).build(),
            () -> Attendance.builder(null, null).build(),
            () -> Contribution.builder(null, null, null, null).build(),
            () -> Decision.builder(null, null, null, null).build(),
            () -> Payment.builder(null, null, null, null).build(),
            () -> SurveyResponse.builder(null, null, null, null, null, 1).build());
    List<Integer> counts = List.of(3, 2, 5, 2, 4, 5, 5, 5);

    for (int i = 0; i < builds.size(); i++) {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, builds.get(i)::run);
      assertThat(e.problems())
          .as("builder %d", i)
          .hasSize(counts.get(i))
          .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.MISSING_FIELD));
    }
  }

  @Test
  void build_rulesBetweenFields_checkedByTheBuilders() {
    assertThat(
            problems(
                () ->
                    Activity.builder("a", "i", ActivityType.MEETING, LifecycleStage.DESIGN, JAN)
                        .typeLabel("coffee")
                        .durationMinutes(-1)
                        .invitedOn(FEB)
                        .build()))
        .extracting(p -> p.location().path())
        .containsExactlyInAnyOrder("/typeLabel", "/durationMinutes", "/invitedOn");
    assertThat(problems(() -> Attendance.builder("a", "p").invited(true).speakingTurns(2).build()))
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.INCONSISTENT);
    assertThat(
            problems(
                () ->
                    Decision.builder("d", "i", JAN, DecisionRule.WEIGHTED_VOTE)
                        .vote("p", -1)
                        .vote("p", 2)
                        .quota(9L)
                        .build()))
        .extracting(p -> p.location().path())
        .containsExactlyInAnyOrder("/stage", "/votes/0/weight", "/votes/1/participant", "/quota");
    assertThat(
            problems(
                () ->
                    Contribution.builder("c", "a", "p", ContributionKind.SUGGESTION)
                        .date(FEB)
                        .response(JAN, ResponseOutcome.ADOPTED, DeclineReason.NO_BUDGET)
                        .response(JAN, ResponseOutcome.NONE)
                        .build()))
        .extracting(p -> p.location().path())
        .containsExactlyInAnyOrder("/response/reason", "/response/date");
    assertThat(
            problems(
                () ->
                    Participant.builder("p", Perspective.CARER)
                        .perspectiveLabel("x")
                        .left(JAN)
                        .joined(FEB)
                        .attribute("age-band", null)
                        .build()))
        .extracting(p -> p.location().path())
        .containsExactlyInAnyOrder("/perspectiveLabel", "/left", "/attributes/age-band");
    assertThat(
            problems(
                () -> Payment.builder("x", "p", PaymentKind.FEE, JAN).amount("ten", "XYZ").build()))
        .extracting(Problem::message)
        .containsExactlyInAnyOrder(
            "The amount is not a number.", "'XYZ' is not an ISO 4217 currency code.");
    assertThat(problems(() -> Payment.builder("x", "p", PaymentKind.FEE, JAN).build()))
        .extracting(Problem::message)
        .containsExactly("This payment has no 'amount', which is required.");
  }

  @Test
  void datasetBuilder_collectsEveryRecordsProblemsWithTheCrossRecordOnes() {
    Dataset.Builder b =
        Dataset.builder()
            .add(Initiative.builder("i-1", "Strategy", JAN))
            .add(Participant.builder("p-1", Perspective.CARER))
            .add(Participant.builder("p-2", Perspective.OTHER)) // no label
            .add(Participant.builder("p-3", Perspective.LIVED_EXPERIENCE))
            .add(
                Activity.builder("a-1", "i-1", ActivityType.MEETING, LifecycleStage.DESIGN, FEB)
                    .durationMinutes(-30))
            .add(
                Activity.builder(
                    "a-2",
                    "i-9",
                    ActivityType.MEETING,
                    LifecycleStage.DESIGN,
                    FEB)) // no such initiative
            .add(
                Attendance.builder("a-1", "p-2")
                    .invited(true)
                    .attended(true)) // p-2 and a-1 not built
            .add(Attendance.builder("a-2", "p-4").invited(true)); // no such participant

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);

    assertThat(e.problems())
        .extracting(Problem::kind, p -> p.location().path(), Problem::recordId)
        .containsExactlyInAnyOrder(
            tuple(Problem.Kind.MISSING_FIELD, "/participants/1/perspectiveLabel", "p-2"),
            tuple(Problem.Kind.NEGATIVE_VALUE, "/activities/0/durationMinutes", "a-1"),
            // located where a-2 was added, counting a-1 which could not be built
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "/activities/1/initiative", "a-2"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "/attendance/1/participant", "a-2/p-4"));
  }

  @Test
  void datasetBuilder_validRecordsFromBuilders_buildTheDataset() {
    Dataset dataset =
        Dataset.builder()
            .name("built in code")
            .add(Initiative.builder("i-1", "Strategy", JAN))
            .add(Participant.builder("p-1", Perspective.CARER))
            .add(Activity.builder("a-1", "i-1", ActivityType.MEETING, LifecycleStage.DESIGN, FEB))
            .add(Attendance.builder("a-1", "p-1").invited(true).attended(true))
            .build();

    assertThat(dataset.attendanceAt("a-1")).containsExactly(Attendance.attended("a-1", "p-1"));
  }

  @Test
  void datasetBuilder_withPseudonymiser_quotesNoRawHostId() {
    Pseudonymiser pseudonyms = Pseudonymiser.withKey(KEY);
    String member = pseudonyms.pseudonymise("NHS 943 476 5919");
    Dataset.Builder b =
        Dataset.builder()
            .pseudonymiser(pseudonyms)
            .add(Initiative.builder("i-1", "Strategy", JAN))
            .add(Participant.builder(member, Perspective.CARER).left(JAN).joined(FEB))
            .add(
                Activity.builder(
                    "M-2025-17", "i-1", ActivityType.MEETING, LifecycleStage.DESIGN, FEB))
            // the host forgot to map one reference: its raw id must not reach the exception text
            .add(Attendance.builder("M-2025-17", "NHS 943 476 5919").invited(true));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);

    assertThat(e.getMessage())
        .doesNotContain("NHS 943")
        .doesNotContain("M-2025-17")
        .contains(member)
        .contains(pseudonyms.pseudonymise("M-2025-17"));
    assertThat(e.problems())
        .extracting(Problem::recordId)
        .containsExactlyInAnyOrder(member, pseudonyms.pseudonymise("M-2025-17") + "/" + member);
    assertThat(e.problems())
        .filteredOn(p -> p.kind() == Problem.Kind.UNKNOWN_REFERENCE)
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo(
            "The attendance '"
                + pseudonyms.pseudonymise("M-2025-17")
                + "/"
                + pseudonyms.pseudonymise("NHS 943 476 5919")
                + "' refers to participant '"
                + pseudonyms.pseudonymise("NHS 943 476 5919")
                + "', which is not in the dataset.");
  }

  @Test
  void datasetBuilder_withoutPseudonymiser_quotesIdsAsGiven() {
    Dataset.Builder b =
        Dataset.builder()
            .add(Initiative.builder("i-1", "Strategy", JAN))
            .add(Activity.builder("M-17", "i-1", ActivityType.MEETING, LifecycleStage.DESIGN, FEB))
            .add(Attendance.builder("M-17", "raw-1").invited(true));

    assertThat(catchThrowableOfType(InvalidInputException.class, b::build).getMessage())
        .contains("'raw-1'");
  }

  @Test
  void isPseudonym_recognisesTheFormOfItsOwnPseudonyms() {
    Pseudonymiser p = Pseudonymiser.withKey(KEY);
    Pseudonymiser other = Pseudonymiser.withKey(KEY, "m-");

    assertThat(p.isPseudonym(p.pseudonymise("x"))).isTrue();
    assertThat(p.isPseudonym(other.pseudonymise("x"))).isFalse();
    assertThat(p.isPseudonym("p-5BDCC146BF60754E6A042426089575C7")).isFalse();
    assertThat(p.isPseudonym("p-5bdcc146")).isFalse();
    assertThat(p.isPseudonym("NHS 943 476 5919")).isFalse();
  }

  private static List<Problem> problems(Runnable build) {
    return catchThrowableOfType(InvalidInputException.class, build::run).problems();
  }
}
