package dev.copro.model;

import static dev.copro.model.DatasetValidatorTest.payment;
import static dev.copro.model.DatasetValidatorTest.references;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.RecordLocator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

  private static final RecordLocator IN_MEMORY = RecordLocator.inMemory("dataset");

  @Test
  void check_eventsOneByOne_problemsOfEachAsItComes() {
    EventValidator validator = EventValidator.start(references(), IN_MEMORY);

    assertThat(validator.referenceProblems()).isEmpty();
    assertThat(validator.check(0, Attendance.attended("a1", "p1"))).isEmpty();
    assertThat(validator.check(1, new Attendance("a1", "p2", true, false, 30, null)))
        .extracting(Problem::kind, p -> p.location().path())
        .containsExactly(
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/1/participant"),
            tuple(Kind.INCONSISTENT, "/attendance/1/attended"));
    assertThat(validator.check(2, Attendance.attended("a1", "p1")))
        .extracting(Problem::kind, Problem::recordId)
        .containsExactly(tuple(Kind.DUPLICATE_ID, "a1/p1"));
    assertThat(validator.toConfirm()).isEmpty();
    assertThat(validator.finish()).isEmpty();
  }

  @Test
  void finish_repeatedPaymentId_needsTheRecordsConfirmedFirst() {
    EventValidator validator = EventValidator.start(references(), IN_MEMORY);
    List<String> ids = List.of("x1", "x2", "x1");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(validator.check(i, payment(ids.get(i)))).isEmpty();
    }

    assertThat(validator.toConfirm()).containsExactly(RecordKind.PAYMENT);
    assertThatThrownBy(validator::finish).isInstanceOf(IllegalStateException.class);
    for (int i = 0; i < ids.size(); i++) {
      validator.confirm(RecordKind.PAYMENT, i, ids.get(i));
    }
    Problem problem = validator.finish().get(0);

    assertThat(problem.location()).isEqualTo(Location.at("dataset", "/payments/2/id"));
    assertThat(problem.message()).endsWith("(first used at dataset /payments/0).");
  }

  @Test
  void finish_decisionAdoptingAContributionNeverChecked_isAnUnknownReference() {
    Dataset.Builder data =
        references()
            .add(
                Decision.builder("d1", "i1", LocalDate.of(2024, 2, 1), DecisionRule.CONSENSUS)
                    .activity("a1")
                    .vote("p1", 1)
                    .adopts("c1", "c2")
                    .build());
    EventValidator validator = EventValidator.start(data, IN_MEMORY);

    validator.check(
        0, new Contribution("c2", "a1", "p1", ContributionKind.PROPOSAL, null, true, null, null));

    assertThat(validator.finish())
        .extracting(Problem::kind, p -> p.location().path(), Problem::recordId)
        .containsExactly(tuple(Kind.UNKNOWN_REFERENCE, "/decisions/0/adopts/0", "d1"));
    assertThat(validator.references().decisions()).hasSize(1);
  }

  @Test
  void expect_fewerThanCome_stillFindsEveryRepeat() {
    Dataset.Builder data = references();
    for (int a = 0; a < 50; a++) {
      data.add(
          Activity.builder(
                  "a-" + a,
                  "i1",
                  ActivityType.MEETING,
                  LifecycleStage.DESIGN,
                  LocalDate.of(2024, 2, 1))
              .build());
    }
    EventValidator validator = EventValidator.start(data, IN_MEMORY);
    validator.expect(RecordKind.ATTENDANCE, 1);

    for (int a = 0; a < 50; a++) {
      assertThat(validator.check(a, Attendance.attended("a-" + a, "p1"))).isEmpty();
    }
    assertThat(validator.check(50, Attendance.attended("a-17", "p1")))
        .extracting(Problem::kind)
        .containsExactly(Kind.DUPLICATE_ID);
    assertThatThrownBy(() -> validator.expect(RecordKind.PAYMENT, 10))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void expect_aKindOfReferenceRecord_isRefused() {
    EventValidator validator = EventValidator.start(references(), IN_MEMORY);

    assertThatThrownBy(() -> validator.expect(RecordKind.DECISION, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void start_referencesWithEvents_isRefused() {
    Dataset.Builder data = references().add(Attendance.attended("a1", "p1"));

    assertThatThrownBy(() -> EventValidator.start(data, IN_MEMORY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void references_withProblems_isRefused() {
    EventValidator validator =
        EventValidator.start(references().add(Participant.of("p1", Perspective.CARER)), IN_MEMORY);

    assertThat(validator.referenceProblems())
        .extracting(Problem::kind)
        .containsExactly(Kind.DUPLICATE_ID);
    assertThatThrownBy(validator::references).isInstanceOf(IllegalStateException.class);
    assertThat(validator.toConfirm()).isEqualTo(Set.of());
  }
}
