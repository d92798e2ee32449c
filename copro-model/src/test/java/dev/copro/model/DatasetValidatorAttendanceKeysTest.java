package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Repeated attendance records are those naming the same activity and participant as an earlier one:
 * the validator numbers ids instead of building keys, and must agree with comparing the pairs, also
 * when ids hold a {@code /} (so that two different pairs can have the same text key, such as {@code
 * a/b} + {@code c} and {@code a} + {@code b/c}) and when ids are unknown.
 */
class DatasetValidatorAttendanceKeysTest {

  /** Ids of the activities and participants; the first ones hold no {@code /}. */
  private static final List<String> IDS =
      List.of("a", "b", "c", "Aa", "BB", "a/b", "b/a", "b/c", "a/b/c");

  /**
   * Attendance records naming the first {@code known} ids and, if {@code unknown}, now and then an
   * id that is not in the dataset.
   */
  private static Arbitrary<List<Attendance>> attendance(int known, boolean unknown) {
    Arbitrary<String> id = Arbitraries.of(IDS.subList(0, known));
    if (unknown) {
      id = Arbitraries.frequencyOf(Tuple.of(20, id), Tuple.of(1, Arbitraries.of("x", "x/y")));
    }
    return Combinators.combine(id, id).as(Attendance::attended).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<Attendance>> withSlashes() {
    return attendance(IDS.size(), true);
  }

  @Provide
  Arbitrary<List<Attendance>> withoutSlashes() {
    return attendance(5, false);
  }

  @Provide
  Arbitrary<List<Attendance>> withoutSlashesSomeUnknown() {
    return attendance(5, true);
  }

  @Property(tries = 300)
  void build_repeatedAttendance_reportedWhereThePairRepeats(
      @ForAll("withSlashes") List<Attendance> attendance) {
    assertRepeatsReportedByPair(attendance, IDS);
  }

  @Property(tries = 300)
  void build_repeatedAttendanceWithoutSlashes_reportedWhereThePairRepeats(
      @ForAll("withoutSlashes") List<Attendance> attendance) {
    assertRepeatsReportedByPair(attendance, IDS.subList(0, 5));
  }

  @Property(tries = 300)
  void build_repeatedAttendanceWithUnknownIds_reportedWhereThePairRepeats(
      @ForAll("withoutSlashesSomeUnknown") List<Attendance> attendance) {
    assertRepeatsReportedByPair(attendance, IDS.subList(0, 5));
  }

  private static void assertRepeatsReportedByPair(List<Attendance> attendance, List<String> ids) {
    Dataset.Builder builder =
        Dataset.builder()
            .add(
                new Initiative("i", "I", null, LocalDate.of(2024, 1, 1), null, Set.of(), Map.of()));
    for (String id : ids) {
      builder.add(
          new Participant(id, Perspective.CARER, null, null, null, Set.of(), Map.of(), null));
      builder.add(
          Activity.builder(
                  id, "i", ActivityType.MEETING, LifecycleStage.DESIGN, LocalDate.of(2024, 2, 1))
              .build());
    }
    builder.attendance(attendance);
    Set<List<String>> pairs = new HashSet<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < attendance.size(); i++) {
      if (!pairs.add(List.of(attendance.get(i).activity(), attendance.get(i).participant()))) {
        expected.add("/attendance/" + i);
      }
    }

    List<String> reported = new ArrayList<>();
    try {
      builder.build();
    } catch (InvalidInputException e) {
      e.problems().stream()
          .filter(p -> p.kind() == Problem.Kind.DUPLICATE_ID)
          .forEach(p -> reported.add(p.location().path()));
    }

    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
  }
}
