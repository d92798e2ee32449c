package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventBatchTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final Attendance P2_AT_A2 = Attendance.attended("a-2", "p-2");
  private static final Attendance P1_AT_A1 = Attendance.attended("a-1", "p-1");
  private static final Contribution C1 =
      new Contribution("c-1", "a-2", "p-1", ContributionKind.PROPOSAL, null, true, null, null);
  private static final Payment FOR_A1 = payment("pay-1", "a-1");
  private static final Payment FOR_NOTHING = payment("pay-2", null);
  private static final SurveyResponse ANSWER =
      new SurveyResponse("r-1", "s-1", "q-1", "p-2", null, START, 3);

  private static Payment payment(String id, String activity) {
    return new Payment(
        id,
        "p-1",
        activity,
        PaymentKind.EXPENSES,
        null,
        new BigDecimal("5.00"),
        Currency.getInstance("GBP"),
        START,
        null,
        START);
  }

  /** Two participants and two activities, in an order that is not id order. */
  private static Dataset references() {
    return Dataset.builder()
        .add(
            new Initiative(
                "i-1", "Board", null, START, null, Set.of(LifecycleStage.DESIGN), Map.of()))
        .add(Participant.of("p-2", Perspective.PROFESSIONAL))
        .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
        .add(
            Activity.builder("a-2", "i-1", ActivityType.WORKSHOP, LifecycleStage.DESIGN, START)
                .build())
        .add(
            Activity.builder("a-1", "i-1", ActivityType.BOARD, LifecycleStage.DESIGN, START)
                .build())
        .build();
  }

  private static EventBatch batch() {
    return EventBatch.of(
        references(),
        List.of(P2_AT_A2, P1_AT_A1),
        List.of(C1),
        List.of(FOR_A1, FOR_NOTHING),
        List.of(ANSWER));
  }

  @Test
  void of_resolvesEveryReferenceToItsPositionInTheDatasetsLists() {
    EventBatch batch = batch();

    assertThat(batch.attendanceCount()).isEqualTo(2);
    assertThat(batch.attendance(1)).isSameAs(P1_AT_A1);
    assertThat(batch.attendanceActivity(0)).isZero();
    assertThat(batch.attendanceParticipant(0)).isZero();
    assertThat(batch.attendanceActivity(1)).isEqualTo(1);
    assertThat(batch.attendanceParticipant(1)).isEqualTo(1);
    assertThat(batch.contributionCount()).isEqualTo(1);
    assertThat(batch.contributionActivity(0)).isZero();
    assertThat(batch.contributionParticipant(0)).isEqualTo(1);
    assertThat(batch.paymentCount()).isEqualTo(2);
    assertThat(batch.paymentActivity(0)).isEqualTo(1);
    assertThat(batch.paymentParticipant(0)).isEqualTo(1);
    assertThat(batch.paymentActivity(1)).isEqualTo(EventBatch.ABSENT);
    assertThat(batch.surveyResponseCount()).isEqualTo(1);
    assertThat(batch.surveyResponseParticipant(0)).isZero();
  }

  @Test
  void of_givesAbsentForAReferenceTheDatasetDoesNotHold() {
    EventBatch batch =
        EventBatch.of(
            references(),
            List.of(Attendance.attended("a-9", "p-9")),
            List.of(),
            List.of(),
            List.of());

    assertThat(batch.attendanceActivity(0)).isEqualTo(EventBatch.ABSENT);
    assertThat(batch.attendanceParticipant(0)).isEqualTo(EventBatch.ABSENT);
  }

  @Test
  void select_keepsTheChosenRowsInTheGivenOrderWithTheirPositions() {
    EventBatch selected =
        batch().select(new int[] {1, 0}, new int[] {}, new int[] {1}, new int[] {0});

    assertThat(selected.attendanceCount()).isEqualTo(2);
    assertThat(selected.attendance(0)).isSameAs(P1_AT_A1);
    assertThat(selected.attendanceActivity(0)).isEqualTo(1);
    assertThat(selected.attendance(1)).isSameAs(P2_AT_A2);
    assertThat(selected.attendanceParticipant(1)).isZero();
    assertThat(selected.contributionCount()).isZero();
    assertThat(selected.payment(0)).isSameAs(FOR_NOTHING);
    assertThat(selected.paymentActivity(0)).isEqualTo(EventBatch.ABSENT);
    assertThat(selected.surveyResponse(0)).isSameAs(ANSWER);
    assertThatThrownBy(
            () -> batch().select(new int[] {2}, new int[] {}, new int[] {}, new int[] {}))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void acceptByDefault_sendsEachRowToItsMethodKindByKind() {
    List<Object> received = new ArrayList<>();
    Accumulator accumulator =
        new Accumulator() {
          @Override
          public void attendance(Attendance record) {
            received.add(record);
          }

          @Override
          public void contribution(Contribution record) {
            received.add(record);
          }

          @Override
          public void payment(Payment record) {
            received.add(record);
          }

          @Override
          public void surveyResponse(SurveyResponse record) {
            received.add(record);
          }

          @Override
          public void merge(Accumulator other) {
            throw new AssertionError("not merged here");
          }

          @Override
          public Measurement result() {
            return Measurement.noValue("not measured here");
          }
        };

    accumulator.accept(batch());

    assertThat(received).containsExactly(P2_AT_A2, P1_AT_A1, C1, FOR_A1, FOR_NOTHING, ANSWER);
  }

  @Test
  void sendTo_ignoresKindsTheSinkDoesNotTake() {
    List<Object> received = new ArrayList<>();
    RecordSink onlyPayments =
        new RecordSink() {
          @Override
          public void payment(Payment record) {
            received.add(record);
          }
        };

    batch().sendTo(onlyPayments);

    assertThat(received).containsExactly(FOR_A1, FOR_NOTHING);
  }
}
