package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetIndexTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 6);

  private static Dataset twoMeetings() {
    Initiative board =
        new Initiative("i-1", "Board", null, START, null, Set.of(LifecycleStage.DESIGN), Map.of());
    Activity first =
        Activity.builder("a-1", "i-1", ActivityType.BOARD, LifecycleStage.DESIGN, START.plusDays(7))
            .chairs("p-1")
            .build();
    Activity second =
        Activity.builder(
                "a-2", "i-1", ActivityType.WORKSHOP, LifecycleStage.DESIGN, START.plusDays(14))
            .build();
    return Dataset.builder()
        .add(board)
        .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("p-2", Perspective.PROFESSIONAL))
        .add(first)
        .add(second)
        .add(Attendance.attended("a-1", "p-1"))
        .add(Attendance.attended("a-1", "p-2"))
        .add(Attendance.attended("a-2", "p-2"))
        .add(
            new Contribution(
                "c-1", "a-1", "p-1", ContributionKind.PROPOSAL, null, true, null, null))
        .add(
            Decision.builder("d-1", "i-1", START.plusDays(7), DecisionRule.CONSENSUS)
                .activity("a-1")
                .vote("p-1", 1)
                .vote("p-2", 1)
                .adopts("c-1")
                .build())
        .add(
            new Payment(
                "pay-1",
                "p-1",
                "a-1",
                PaymentKind.EXPENSES,
                null,
                new BigDecimal("12.40"),
                Currency.getInstance("GBP"),
                START.plusDays(7),
                null,
                START.plusDays(10)))
        .build();
  }

  @Test
  void lookups_byIdAndRelationship_returnRecordsInInsertionOrder() {
    Dataset data = twoMeetings();

    assertThat(data.participant("p-1"))
        .map(Participant::perspective)
        .contains(Perspective.LIVED_EXPERIENCE);
    assertThat(data.activity("missing")).isEmpty();
    assertThat(data.activitiesOf("i-1")).extracting(Activity::id).containsExactly("a-1", "a-2");
    assertThat(data.attendanceAt("a-1"))
        .extracting(Attendance::participant)
        .containsExactly("p-1", "p-2");
    assertThat(data.attendanceOf("p-2"))
        .extracting(Attendance::activity)
        .containsExactly("a-1", "a-2");
    assertThat(data.contributionsBy("p-1")).extracting(Contribution::id).containsExactly("c-1");
    assertThat(data.contributionsIn("a-2")).isEmpty();
    assertThat(data.decisionsIn("a-1")).extracting(Decision::id).containsExactly("d-1");
    assertThat(data.decisionsOf("i-1")).hasSize(1);
    assertThat(data.paymentsTo("p-1")).extracting(Payment::id).containsExactly("pay-1");
    assertThat(data.paymentsFor("a-1")).hasSize(1);
    assertThat(data.stageOf(data.decisions().get(0))).contains(LifecycleStage.DESIGN);
    assertThat(data.recordCount()).isEqualTo(1 + 2 + 2 + 3 + 1 + 1 + 1);
  }

  @Test
  void groupViews_areReadOnlyAndBoundsChecked() {
    List<Attendance> atFirst = twoMeetings().attendanceAt("a-1");

    assertThatThrownBy(() -> atFirst.add(Attendance.attended("a-2", "p-1")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> atFirst.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equality_dependsOnRecordsAndName() {
    assertThat(twoMeetings()).isEqualTo(twoMeetings()).hasSameHashCodeAs(twoMeetings());
    assertThat(twoMeetings().toBuilder().name("renamed").build()).isNotEqualTo(twoMeetings());
    assertThat(Dataset.empty().recordCount()).isZero();
  }

  @Test
  void toString_summarisesCountsOnly() {
    Dataset data = twoMeetings().toBuilder().name("Board").build();

    assertThat(data.toString()).contains("participants=2", "attendance=3").doesNotContain("p-1");
  }

  @Test
  void build_inCode_reportsEveryProblemByPointer() {
    Dataset.Builder broken =
        twoMeetings().toBuilder()
            .add(Participant.of("p-1", Perspective.CARER))
            .add(Attendance.attended("a-9", "p-1"));

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::kind)
                  .containsExactlyInAnyOrder(
                      Problem.Kind.DUPLICATE_ID, Problem.Kind.UNKNOWN_REFERENCE);
              assertThat(e.problems())
                  .extracting(p -> p.location().path())
                  .containsExactlyInAnyOrder("/participants/2/id", "/attendance/3/activity");
              assertThat(e.getMessage()).startsWith("dataset has 2 problems:");
            });
  }
}
