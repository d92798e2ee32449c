package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@link TestDatasets} that docs/model.md quotes (the regions between {@code //
 * snippet: NAME} and {@code // end snippet}), and what they build.
 */
class TestDatasetsExamplesTest {

  @Test
  void meetings_participantsActivitiesAndAttendance() {
    // snippet: meetings
    Dataset data =
        TestDatasets.builder()
            .participant("p-1", Perspective.LIVED_EXPERIENCE)
            .participant(
                "p-2", Perspective.CARER, Map.of("age-band", "45-54"), AccessKind.HEARING_LOOP)
            .participant("p-3", Perspective.PROFESSIONAL)
            .activity(
                "a-1",
                a ->
                    a.type(ActivityType.BOARD)
                        .chairs("p-1")
                        .attended("p-1", "p-3")
                        .invited("p-2")
                        .speaking("p-1", 600)
                        .speaking("p-3", 900))
            .activity(
                "a-2",
                a ->
                    a.startTime(LocalTime.of(18, 0))
                        .provisions(AccessKind.HEARING_LOOP)
                        .attended("p-2", "p-3")
                        .uninvited("p-1"))
            .build();
    // end snippet

    assertThat(data.participants())
        .extracting(Participant::id)
        .containsExactly("p-1", "p-2", "p-3");
    assertThat(data.participant("p-2").orElseThrow().accessNeeds())
        .containsExactly(AccessProvision.of(AccessKind.HEARING_LOOP));
    assertThat(data.activities())
        .extracting(Activity::id, Activity::date, Activity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "a-1", LocalDate.of(2025, 1, 6), ActivityType.BOARD),
            org.assertj.core.groups.Tuple.tuple(
                "a-2", LocalDate.of(2025, 1, 13), ActivityType.MEETING));
    assertThat(data.activity("a-1").orElseThrow().startTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(data.activity("a-1").orElseThrow().invitedOn())
        .isEqualTo(LocalDate.of(2024, 12, 23));
    assertThat(data.attendance())
        .containsExactlyInAnyOrder(
            new Attendance("a-1", "p-1", true, true, 600, 10),
            new Attendance("a-1", "p-3", true, true, 900, 15),
            new Attendance("a-1", "p-2", true, false, null, null),
            new Attendance("a-2", "p-2", true, true, null, null),
            new Attendance("a-2", "p-3", true, true, null, null),
            new Attendance("a-2", "p-1", false, true, null, null));
  }

  @Test
  void records_contributionsDecisionsPaymentsAndAnswers() {
    // snippet: records
    TestDatasets.Builder b =
        TestDatasets.builder()
            .participant("p-1", Perspective.LIVED_EXPERIENCE)
            .participant("p-2", Perspective.PROFESSIONAL)
            .activity("a-1", a -> a.attended("p-1", "p-2"));
    b.contribution(
        "c-1", "a-1", "p-1", ContributionKind.PROPOSAL, 14, ResponseOutcome.ADOPTED, null);
    b.contribution("c-2", "a-1", "p-1", ContributionKind.CONCERN, null, null, null);
    b.decision(
        Decision.builder("d-1", TestDatasets.INITIATIVE, b.dateOf("a-1"), DecisionRule.CONSENSUS)
            .activity("a-1")
            .vote("p-1", 1)
            .vote("p-2", 1)
            .adopts("c-1")
            .build());
    b.payment("pay-1", "p-1", "a-1", PaymentKind.FEE, "40.00", 0, 10);
    b.survey(
        new Survey(
            "s-1",
            "Involvement",
            List.of(new SurveyItem("heard", "I felt listened to", 1, 5, null))));
    b.answer("s-1", "heard", "p-1", 4);
    Dataset data = b.build();
    // end snippet

    LocalDate day = TestDatasets.START;
    assertThat(data.contribution("c-1").orElseThrow().response().date())
        .isEqualTo(day.plusDays(14));
    assertThat(data.contribution("c-2").orElseThrow().response()).isNull();
    assertThat(data.decision("d-1").orElseThrow().adopts()).containsExactly("c-1");
    Payment payment = data.payment("pay-1").orElseThrow();
    assertThat(payment.offered()).isEqualTo(day);
    assertThat(payment.paid()).isEqualTo(day.plusDays(10));
    assertThat(payment.amount()).isEqualByComparingTo(new BigDecimal("40.00"));
    assertThat(data.surveyResponses())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.value()).isEqualTo(4);
              assertThat(r.date()).isEqualTo(day.plusYears(1));
              assertThat(r.initiative()).isEqualTo(TestDatasets.INITIATIVE);
            });
  }

  @Test
  void ownRecords_goInAsTheyAre() {
    // snippet: own-records
    Dataset data =
        TestDatasets.builder()
            .initiative(Initiative.builder("i-2", "Second", TestDatasets.START).build())
            .participant(
                Participant.builder("p-1", Perspective.CARER).joined(TestDatasets.START).build())
            .activity("a-1", a -> a.initiative("i-2").attended("p-1"))
            .payment(
                Payment.builder(
                        "pay-1", "p-1", PaymentKind.EXPENSES, TestDatasets.START.plusDays(3))
                    .amount("12.60", "GBP")
                    .build())
            .build();
    // end snippet

    assertThat(data.initiatives())
        .extracting(Initiative::id)
        .containsExactly(TestDatasets.INITIATIVE, "i-2");
    assertThat(data.activity("a-1").orElseThrow().initiative()).isEqualTo("i-2");
    assertThat(data.payment("pay-1").orElseThrow().activity()).isNull();
  }
}
