package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.RecordLocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The validator's compact checks for repeated events: exact whatever the hash of ids does, since a
 * repeated hash is only a suspect until confirmed.
 */
class DatasetValidatorTest {

  private static final RecordLocator IN_MEMORY = RecordLocator.inMemory("dataset");
  private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 200)
  void validate_everyIdHashingAlike_findsTheSameProblemsAsTheRealHash(
      @ForAll("datasets") Dataset dataset, @ForAll long seed) {
    Dataset.Builder data = withRepeatedEvents(dataset, new Random(seed));

    List<Problem> real = new DatasetValidator(data, IN_MEMORY).validate();
    List<Problem> allSuspects = new DatasetValidator(data, IN_MEMORY, id -> 7L).validate();

    assertThat(allSuspects).containsExactlyInAnyOrderElementsOf(real);
    Statistics.label("repeated ids")
        .collect(real.stream().filter(p -> p.kind() == Kind.DUPLICATE_ID).count());
  }

  @Test
  void validate_idsHashingAlike_reportsOnlyTheRealRepeatsWithTheirFirstUse() {
    Dataset.Builder data =
        references().add(payment("x1")).add(payment("x2")).add(payment("x1")).add(payment("x1"));

    List<Problem> problems = new DatasetValidator(data, IN_MEMORY, id -> 0L).validate();

    assertThat(problems)
        .extracting(Problem::kind, Problem::location, Problem::recordId)
        .containsExactly(
            tuple(Kind.DUPLICATE_ID, Location.at("dataset", "/payments/2/id"), "x1"),
            tuple(Kind.DUPLICATE_ID, Location.at("dataset", "/payments/3/id"), "x1"));
    assertThat(problems.get(1).message())
        .isEqualTo(
            "The payment id 'x1' is used again: ids must be unique (first used at dataset /payments/0).");
  }

  @Test
  void idHash_generatedIdsDifferingInOneCharacter_noTwoHashAlike() {
    // Ids as systems generate them: a prefix and a counter, and the same with the counter's digits
    // at the start; each must be its own hash, or every event would be a suspect read twice.
    LongHashSet hashes = new LongHashSet();
    int ids = 0;
    for (String pattern : List.of("c%d", "payment-%07d", "%d-r", "%08x")) {
      for (int i = 0; i < 250_000; i++) {
        assertThat(hashes.add(DatasetValidator.idHash(pattern.formatted(i))))
            .as(pattern, i)
            .isTrue();
        ids++;
      }
    }
    assertThat(ids).isEqualTo(1_000_000);
    assertThat(DatasetValidator.idHash("ab"))
        .isNotEqualTo(DatasetValidator.idHash("ab\0"))
        .isEqualTo(DatasetValidator.idHash(new String("ab")));
  }

  @Test
  void build_attendanceWhoseKeysLookAlike_isNotARepeat() {
    Dataset dataset =
        references()
            .add(
                Activity.builder("a", "i1", ActivityType.MEETING, LifecycleStage.DESIGN, DAY)
                    .build())
            .add(
                Activity.builder("a/b", "i1", ActivityType.MEETING, LifecycleStage.DESIGN, DAY)
                    .build())
            .add(Participant.of("b/p1", Perspective.CARER))
            .add(Attendance.attended("a/b", "p1"))
            .add(Attendance.attended("a", "b/p1"))
            .build();

    assertThat(dataset.attendance())
        .extracting(Attendance::key)
        .containsExactly("a/b/p1", "a/b/p1");
  }

  @Test
  void build_repeatedAttendanceAmongIdsThatReferToNothing_isStillARepeat() {
    Dataset.Builder data =
        references()
            .add(Attendance.attended("a9", "p9"))
            .add(Attendance.attended("a9", "p1"))
            .add(Attendance.attended("a9", "p9"));

    List<Problem> problems = new DatasetValidator(data, IN_MEMORY).validate();

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().path())
        .containsExactlyInAnyOrder(
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/0/activity"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/0/participant"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/1/activity"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/2/activity"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/2/participant"),
            tuple(Kind.DUPLICATE_ID, "/attendance/2"));
  }

  /** An initiative, activity a1 and participant p1. */
  static Dataset.Builder references() {
    return Dataset.builder()
        .add(new Initiative("i1", "Board", null, LocalDate.of(2024, 1, 1), null, null, null))
        .add(Activity.builder("a1", "i1", ActivityType.MEETING, LifecycleStage.DESIGN, DAY).build())
        .add(Participant.of("p1", Perspective.CARER));
  }

  static Payment payment(String id) {
    return new Payment(
        id,
        "p1",
        null,
        PaymentKind.FEE,
        null,
        BigDecimal.TEN,
        Currency.getInstance("GBP"),
        DAY,
        null,
        null);
  }

  /**
   * The dataset's records with some contributions, payments and survey responses repeated at random
   * places.
   */
  private static Dataset.Builder withRepeatedEvents(Dataset dataset, Random random) {
    Dataset.Builder data = dataset.toBuilder();
    repeatSome(data.contributions, random);
    repeatSome(data.payments, random);
    repeatSome(data.surveyResponses, random);
    return data;
  }

  private static <T> void repeatSome(List<T> records, Random random) {
    List<T> copies = new ArrayList<>();
    for (T record : records) {
      if (random.nextInt(3) == 0) {
        copies.add(record);
      }
    }
    copies.forEach(c -> records.add(random.nextInt(records.size() + 1), c));
  }
}
