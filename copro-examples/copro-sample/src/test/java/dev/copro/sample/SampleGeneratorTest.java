package dev.copro.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

  private static final Dataset DATA = SampleGenerator.generate();
  private static final Signs BOARD = new Signs(DATA, SampleDatasets.DIRECT_PAYMENTS_BOARD);
  private static final Signs CARERS = new Signs(DATA, SampleDatasets.CARERS_REDESIGN);

  @Test
  void generate_buildsAValidDatasetWithTheSeedOfTheCommittedOne() {
    assertThatCode(() -> SampleGenerator.generate(SampleGenerator.SEED)).doesNotThrowAnyException();
    assertThat(SampleGenerator.generate(SampleGenerator.SEED)).isEqualTo(DATA);
    assertThat(DATA.name()).isEqualTo(SampleGenerator.NAME);
  }

  @Test
  void generate_twice_givesEqualDatasets() {
    Dataset again = SampleGenerator.generate();

    assertThat(again).isEqualTo(DATA);
    assertThat(again.hashCode()).isEqualTo(DATA.hashCode());
  }

  @Test
  void generate_anotherSeed_changesTheDetailsButNotTheStory() {
    Dataset other = SampleGenerator.generate(SampleGenerator.SEED + 1);

    assertThat(other).isNotEqualTo(DATA);
    assertThat(other.initiatives()).isEqualTo(DATA.initiatives());
    assertThat(ids(other.activities(), Activity::id))
        .isEqualTo(ids(DATA.activities(), Activity::id));
    assertThat(ids(other.decisions(), Decision::id)).isEqualTo(ids(DATA.decisions(), Decision::id));
  }

  @Test
  void sizes_areAFewDozenPeopleAndAHundredOddActivities() {
    assertThat(DATA.initiatives())
        .extracting(i -> i.id())
        .containsExactly(SampleDatasets.DIRECT_PAYMENTS_BOARD, SampleDatasets.CARERS_REDESIGN);
    assertThat(DATA.participants()).hasSizeBetween(40, 80);
    assertThat(DATA.activities()).hasSizeBetween(100, 150);
    assertThat(DATA.attendance()).hasSizeBetween(500, 3000);
    assertThat(DATA.contributions()).hasSizeBetween(200, 1000);
    assertThat(DATA.decisions()).hasSizeBetween(25, 50);
  }

  @Test
  void participants_havePseudonymousIdsEveryPerspectiveDemographicsAndAccessNeeds() {
    assertThat(DATA.participants())
        .allSatisfy(
            p -> {
              assertThat(p.id()).matches("p-\\d{3}");
              assertThat(p.attributes().keySet())
                  .isSubsetOf("age-band", "gender", "ethnicity", "area");
              assertThat(p.joined()).isNotNull();
            });
    assertThat(DATA.participants())
        .extracting(Participant::perspective)
        .containsAll(EnumSet.allOf(Perspective.class));
    assertThat(DATA.participants())
        .extracting(Participant::perspectiveLabel)
        .contains("independent advocate", "peer researcher", "personal assistant");
    long fullyDescribed =
        DATA.participants().stream().filter(p -> p.attributes().size() == 4).count();
    assertThat(fullyDescribed).isGreaterThan(DATA.participants().size() / 2);
    Set<AccessKind> needs =
        DATA.participants().stream()
            .flatMap(p -> p.accessNeeds().stream())
            .map(AccessProvision::kind)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(needs)
        .contains(
            AccessKind.STEP_FREE,
            AccessKind.HEARING_LOOP,
            AccessKind.BSL_INTERPRETER,
            AccessKind.EASY_READ,
            AccessKind.QUIET_ROOM);
  }

  @Test
  void activities_coverEveryStageAndKindWithNoticeTimesAndDurations() {
    assertThat(DATA.activitiesOf(SampleDatasets.DIRECT_PAYMENTS_BOARD))
        .extracting(Activity::stage)
        .containsAll(EnumSet.allOf(LifecycleStage.class));
    assertThat(DATA.activities())
        .extracting(Activity::type)
        .containsAll(EnumSet.complementOf(EnumSet.of(ActivityType.OTHER)));
    assertThat(DATA.activities())
        .allSatisfy(
            a -> {
              assertThat(a.invitedOn()).isNotNull();
              assertThat(a.startTime()).isNotNull();
              assertThat(a.durationMinutes()).isPositive();
            });
  }

  @Test
  void speaking_isTimedOnTheBoardAndCountedInTurnsInTheCarersProject() {
    assertThat(BOARD.attendance()).anySatisfy(a -> assertThat(a.speakingSeconds()).isPositive());
    assertThat(CARERS.attendance()).allSatisfy(a -> assertThat(a.speakingSeconds()).isNull());
    assertThat(CARERS.attendance()).anySatisfy(a -> assertThat(a.speakingTurns()).isPositive());
  }

  @Test
  void contributions_ofEveryKindWithEveryOutcome() {
    assertThat(DATA.contributions())
        .extracting(Contribution::kind)
        .containsAll(EnumSet.complementOf(EnumSet.of(ContributionKind.OTHER)));
    assertThat(DATA.contributions())
        .filteredOn(c -> c.response() != null)
        .extracting(c -> c.response().outcome())
        .containsAll(EnumSet.allOf(ResponseOutcome.class));
    assertThat(DATA.contributions()).anySatisfy(c -> assertThat(c.response()).isNull());
  }

  @Test
  void decisions_useEveryRuleAndWeightedVotesCarryAQuota() {
    assertThat(DATA.decisions())
        .extracting(Decision::rule)
        .containsAll(EnumSet.complementOf(EnumSet.of(DecisionRule.OTHER)));
    assertThat(DATA.decisions())
        .filteredOn(d -> d.rule() == DecisionRule.WEIGHTED_VOTE)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.quota()).isBetween(1L, d.totalWeight()));
    assertThat(DATA.decisions()).anySatisfy(d -> assertThat(d.adopts()).isNotEmpty());
    // The advocate holds a board seat without a vote.
    assertThat(DATA.decisions())
        .flatExtracting(Decision::votes)
        .anySatisfy(v -> assertThat(v).isEqualTo(new Vote(Cast.ADVOCATE, 0, null)));
  }

  @Test
  void payments_feesExpensesAndCarerCoverSomeLateSomeStillUnpaid() {
    assertThat(DATA.payments())
        .extracting(Payment::kind)
        .contains(PaymentKind.FEE, PaymentKind.EXPENSES, PaymentKind.CARER_COVER);
    assertThat(DATA.payments())
        .anySatisfy(
            p -> {
              assertThat(p.claimed()).isNotNull();
              assertThat(p.paid()).isAfter(p.claimed().plusDays(30));
            });
    assertThat(DATA.payments()).anySatisfy(p -> assertThat(p.paid()).isNull());
    assertThat(DATA.payments()).allSatisfy(p -> assertThat(p.amount().scale()).isEqualTo(2));
  }

  @Test
  void survey_answeredByTheBlocAndByStaffAboutBothInitiatives() {
    assertThat(DATA.surveys())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.items())
                    .hasSize(7)
                    .allSatisfy(
                        i ->
                            assertThat(List.of(i.scaleMin(), i.scaleMax())).containsExactly(1, 5)));
    for (Signs initiative : List.of(BOARD, CARERS)) {
      assertThat(initiative.surveyMean(true)).isBetween(1.0, 5.0);
      assertThat(initiative.surveyMean(false)).isBetween(1.0, 5.0);
    }
  }

  @Test
  void board_holdsParitySeatsBlocCoChairsAndInvolvesTheBlocFromItsFirstMeeting() {
    List<Activity> meetings =
        DATA.activitiesOf(SampleDatasets.DIRECT_PAYMENTS_BOARD).stream()
            .filter(a -> a.type() == ActivityType.BOARD)
            .toList();
    assertThat(meetings)
        .hasSize(13)
        .allSatisfy(
            meeting -> {
              List<Attendance> seats =
                  DATA.attendanceAt(meeting.id()).stream().filter(Attendance::invited).toList();
              long blocSeats = seats.stream().filter(a -> BOARD.isBloc(a.participant())).count();
              assertThat(blocSeats * 2).isGreaterThanOrEqualTo(seats.size());
              assertThat(meeting.chairs())
                  .anySatisfy(chair -> assertThat(BOARD.isBloc(chair)).isTrue());
            });
    Activity first = DATA.activitiesOf(SampleDatasets.DIRECT_PAYMENTS_BOARD).get(0);
    assertThat(BOARD.firstBlocInvolvement()).isEqualTo(first.date());
  }

  @Test
  void board_paysPromptlyOnTheWhole() {
    List<Payment> claimedAndPaid =
        DATA.payments().stream()
            .filter(p -> p.id().startsWith("dp-") && p.claimed() != null && p.paid() != null)
            .toList();
    long withinAMonth =
        claimedAndPaid.stream()
            .filter(p -> ChronoUnit.DAYS.between(p.claimed(), p.paid()) <= 30)
            .count();
    assertThat((double) withinAMonth / claimedAndPaid.size()).isGreaterThan(0.85);
  }

  @Test
  void records_agreeWithEachOther() {
    assertConsistent(DATA);
  }

  /**
   * What the model cannot check but the story must keep: people speak, vote, chair and are paid
   * only where they were present, and only while they are involved.
   */
  static void assertConsistent(Dataset data) {
    Set<String> present =
        data.attendance().stream()
            .filter(Attendance::attended)
            .map(Attendance::key)
            .collect(Collectors.toSet());
    assertThat(data.contributions())
        .allSatisfy(c -> assertThat(present).contains(c.activity() + "/" + c.participant()));
    assertThat(data.payments())
        .allSatisfy(p -> assertThat(present).contains(p.activity() + "/" + p.participant()));
    assertThat(data.activities())
        .allSatisfy(
            a ->
                assertThat(a.chairs())
                    .allSatisfy(chair -> assertThat(present).contains(a.id() + "/" + chair)));
    assertThat(data.decisions())
        .filteredOn(d -> d.activity() != null)
        .allSatisfy(
            d ->
                assertThat(d.votes())
                    .allSatisfy(
                        v -> assertThat(present).contains(d.activity() + "/" + v.participant())));
    assertThat(data.attendance())
        .allSatisfy(
            a -> {
              Participant p = data.participant(a.participant()).orElseThrow();
              Activity activity = data.activity(a.activity()).orElseThrow();
              assertThat(activity.invitedOn()).isAfterOrEqualTo(p.joined());
              if (p.left() != null) {
                assertThat(activity.date()).isBeforeOrEqualTo(p.left());
              }
            });
  }

  private static <T> List<String> ids(List<T> records, java.util.function.Function<T, String> id) {
    return records.stream().map(id).toList();
  }
}
