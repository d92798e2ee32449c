package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copro.model.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of a built dataset over generated ones: validity and indexes do not depend on record
 * order.
 */
class DatasetPropertiesTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 200)
  void build_recordsInAnyOrder_validWithTheSameLookups(
      @ForAll("datasets") Dataset dataset, @ForAll long seed) {
    Dataset shuffled = DatasetArbitraries.shuffled(dataset, new Random(seed));

    assertThat(shuffled.recordCount()).isEqualTo(dataset.recordCount());
    for (Initiative i : dataset.initiatives()) {
      assertThat(shuffled.initiative(i.id())).contains(i);
      assertSameGroup(
          dataset,
          shuffled,
          i.id(),
          Dataset::activitiesOf,
          Dataset::activities,
          Activity::initiative);
      assertSameGroup(
          dataset,
          shuffled,
          i.id(),
          Dataset::decisionsOf,
          Dataset::decisions,
          Decision::initiative);
    }
    for (Participant p : dataset.participants()) {
      assertThat(shuffled.participant(p.id())).contains(p);
      assertSameGroup(
          dataset,
          shuffled,
          p.id(),
          Dataset::attendanceOf,
          Dataset::attendance,
          Attendance::participant);
      assertSameGroup(
          dataset,
          shuffled,
          p.id(),
          Dataset::contributionsBy,
          Dataset::contributions,
          Contribution::participant);
      assertSameGroup(
          dataset, shuffled, p.id(), Dataset::paymentsTo, Dataset::payments, Payment::participant);
    }
    for (Activity a : dataset.activities()) {
      assertThat(shuffled.activity(a.id())).contains(a);
      assertSameGroup(
          dataset,
          shuffled,
          a.id(),
          Dataset::attendanceAt,
          Dataset::attendance,
          Attendance::activity);
      assertSameGroup(
          dataset,
          shuffled,
          a.id(),
          Dataset::contributionsIn,
          Dataset::contributions,
          Contribution::activity);
      assertSameGroup(
          dataset, shuffled, a.id(), Dataset::decisionsIn, Dataset::decisions, Decision::activity);
      assertSameGroup(
          dataset, shuffled, a.id(), Dataset::paymentsFor, Dataset::payments, Payment::activity);
    }
    for (Survey s : dataset.surveys()) {
      assertThat(shuffled.survey(s.id())).contains(s);
      assertSameGroup(
          dataset,
          shuffled,
          s.id(),
          Dataset::responsesTo,
          Dataset::surveyResponses,
          SurveyResponse::survey);
    }
    for (Decision d : dataset.decisions()) {
      assertThat(shuffled.decision(d.id())).contains(d);
      assertThat(shuffled.stageOf(d)).isEqualTo(dataset.stageOf(d));
    }
  }

  @Property(tries = 100)
  void toBuilder_build_givesAnEqualDataset(@ForAll("datasets") Dataset dataset) {
    Dataset again = dataset.toBuilder().build();

    assertThat(again).isEqualTo(dataset).hasSameHashCodeAs(dataset);
  }

  @Property(tries = 100)
  void build_brokenRecordsInAnyOrder_sameProblemsFound(
      @ForAll("datasets") Dataset dataset, @ForAll long seed) {
    List<String> inOrder = kindsAndIds(withBrokenRecords(dataset));
    Dataset.Builder reordered = withBrokenRecords(dataset);
    Random random = new Random(seed);
    List.of(
            reordered.initiatives,
            reordered.participants,
            reordered.activities,
            reordered.attendance,
            reordered.contributions,
            reordered.decisions,
            reordered.payments,
            reordered.surveys,
            reordered.surveyResponses)
        .forEach(records -> Collections.shuffle(records, random));

    assertThat(inOrder).contains("DUPLICATE_ID dup", "UNKNOWN_REFERENCE pay-x");
    assertThat(kindsAndIds(reordered)).isEqualTo(inOrder);
  }

  /** The dataset with a participant twice, an attendance at no activity and a payment to nobody. */
  private static Dataset.Builder withBrokenRecords(Dataset dataset) {
    return dataset.toBuilder()
        .add(Participant.of("dup", Perspective.CARER))
        .add(Participant.of("dup", Perspective.PROFESSIONAL))
        .add(new Attendance("no-such-activity", "dup", true, true, null, null))
        .add(
            new Payment(
                "pay-x",
                "no-such-participant",
                null,
                PaymentKind.FEE,
                null,
                BigDecimal.ONE,
                Currency.getInstance("GBP"),
                LocalDate.of(2024, 1, 1),
                null,
                null));
  }

  /**
   * The kind and record id of each problem building finds, sorted: what does not depend on
   * positions.
   */
  private static List<String> kindsAndIds(Dataset.Builder builder) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, builder::build);
    assertThat(e).isNotNull();
    return e.problems().stream().map(p -> p.kind() + " " + p.recordId()).sorted().toList();
  }

  /**
   * A group lookup gives the records whose key matches, in the dataset's own order, whatever that
   * order is: the same records before and after shuffling.
   */
  private static <T> void assertSameGroup(
      Dataset original,
      Dataset shuffled,
      String key,
      BiFunction<Dataset, String, List<T>> lookup,
      Function<Dataset, List<T>> all,
      Function<T, String> keyOf) {
    List<T> group = lookup.apply(shuffled, key);
    assertThat(group)
        .containsExactlyElementsOf(
            all.apply(shuffled).stream().filter(r -> Objects.equals(keyOf.apply(r), key)).toList());
    assertThat(group).containsExactlyInAnyOrderElementsOf(lookup.apply(original, key));
  }
}
