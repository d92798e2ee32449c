package dev.copro.metrics.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RetentionTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2025, 1, 10),
          LocalDate.of(2025, 2, 15),
          LocalDate.of(2025, 3, 10),
          LocalDate.of(2025, 4, 5),
          LocalDate.of(2025, 5, 5),
          LocalDate.of(2025, 6, 5),
          LocalDate.of(2025, 7, 9),
          LocalDate.of(2025, 7, 10),
          LocalDate.of(2025, 8, 1),
          LocalDate.of(2025, 9, 1),
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2025, 11, 5));

  private final Retention metric = new Retention();

  /**
   * Activities a1..a12 on the {@link #DAYS}. p1 (lived experience) attends a1, a3, a8 (10 Jan, 10
   * Mar, 10 Jul); p2 (carer) a1 and a7 (10 Jan, 9 Jul); p3 (lived experience) only a2 (15 Feb); p4
   * (lived experience) a9, a10, a11 (from 1 Aug); p5 (professional) everything; p6 (carer) a4, a5,
   * a6 (5 Apr to 5 Jun) and is invited to a12 but does not come.
   */
  private static Dataset scenario() {
    Dataset.Builder b =
        Dataset.builder()
            .add(new Initiative("i1", "Initiative", null, START, null, Set.of(), Map.of()))
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p2", Perspective.CARER))
            .add(Participant.of("p3", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p4", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p5", Perspective.PROFESSIONAL))
            .add(Participant.of("p6", Perspective.CARER));
    for (int a = 1; a <= DAYS.size(); a++) {
      b.add(activity("a" + a, DAYS.get(a - 1)));
      b.add(Attendance.attended("a" + a, "p5"));
    }
    attend(b, "p1", 1, 3, 8);
    attend(b, "p2", 1, 7);
    attend(b, "p3", 2);
    attend(b, "p4", 9, 10, 11);
    attend(b, "p6", 4, 5, 6);
    b.add(new Attendance("a12", "p6", true, false, null, null));
    return b.build();
  }

  private static Activity activity(String id, LocalDate date) {
    return Activity.builder(id, "i1", ActivityType.PANEL, LifecycleStage.DELIVERY, date).build();
  }

  private static void attend(Dataset.Builder b, String participant, int... activities) {
    for (int a : activities) {
      b.add(Attendance.attended("a" + a, participant));
    }
  }

  private Measurement measure(Dataset data, Map<String, ?> parameters) {
    return metric.measure(
        DatasetContext.builder(data)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .referenceDate(AS_OF)
            .build());
  }

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(scenario(), Map.of());

    // Judged (first attendance on or before 30 Jun): p1, p2, p3, p6; p4 started 1 Aug, too recent.
    // Retained (>= 3 activities and last >= first + 6 months): p1 only (10 Jan -> 10 Jul exactly).
    assertThat(m.value()).isEqualTo(0.25);
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("one-off-involvement");
              assertThat(f.evidence()).containsExactly("participant:p3");
              assertThat(f.message())
                  .isEqualTo(
                      "1 of the 4 people with lived experience and carers who first attended at "
                          + "least 6 months before 2025-12-31 attended only one activity.");
            });
    assertThat(m.warnings())
        .containsExactly(
            "Of the 5 people with lived experience and carers who attended, 1 first "
                + "did so less than 6 months before 2025-12-31, too recently to judge whether they stayed, so that one is left "
                + "out.");
  }

  @Test
  void measure_scenario_breaksDownByPerspectiveAndCohort() {
    List<Breakdown> breakdowns = measure(scenario(), Map.of()).breakdowns();

    assertThat(breakdowns)
        .extracting(Breakdown::dimension)
        .containsExactly("perspective", "cohort");
    // Carers p2, p6: neither retained; lived experience p1, p3: p1 retained.
    assertThat(breakdowns.get(0).groups())
        .containsExactly(Group.of("carer", 0.0, 2, 2), Group.of("lived-experience", 0.5, 2, 2));
    // 2025-Q1: p1 (still there 10 Jul), p2 (last 9 Jul, a day short), p3 (once) = 1/3; 2025-Q2: p6
    // = 0.
    assertThat(breakdowns.get(1).groups().get(0).key()).isEqualTo("2025-Q1");
    assertThat(breakdowns.get(1).groups().get(0).value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(breakdowns.get(1).groups().get(1)).isEqualTo(Group.of("2025-Q2", 0.0, 1, 1));
  }

  @Test
  void measure_shorterSpan_judgesNewerMembersToo() {
    // With m = 3 p4 (1 Aug + 3 months = 1 Nov) is judged: 5 people. k = 3: only p1 lasted with 3
    // activities.
    assertThat(measure(scenario(), Map.of("minMonths", 3)).value()).isEqualTo(1.0 / 5);
    // k = 2 adds p2 (2 activities, 10 Jan -> 9 Jul >= 10 Apr).
    assertThat(measure(scenario(), Map.of("minMonths", 3, "minActivities", 2)).value())
        .isEqualTo(2.0 / 5);
  }

  @Test
  void measure_everyoneTooRecent_hasNoValue() {
    Dataset data =
        Dataset.builder()
            .add(new Initiative("i1", "Initiative", null, START, null, Set.of(), Map.of()))
            .add(Participant.of("p1", Perspective.CARER))
            .add(activity("a1", AS_OF.minusDays(10)))
            .add(Attendance.attended("a1", "p1"))
            .build();

    assertThat(measure(data, Map.of()).noValueReason()).contains("too recently");
    assertThat(measure(data, Map.of("minMonths", 0, "minActivities", 1)).value()).isEqualTo(1.0);
  }

  @Test
  void measure_emptyDataset_hasNoValue() {
    assertThat(measure(Dataset.empty(), Map.of()).noValueReason()).contains("attended");
  }

  @Test
  void descriptor_isNotSliceable() {
    assertThat(metric.descriptor().sliceable()).isFalse();
    assertThat(metric.descriptor().id()).isEqualTo("copro.relationship.retention");
  }

  @Property
  void measure_anyData_staysInRangeAndIgnoresRecordOrder(
      @ForAll @Size(max = 30) List<@From("rows") Row> rows) {
    Measurement m = measure(build(rows, false, false), Map.of());

    assertThat(measure(build(rows, true, false), Map.of())).isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.breakdowns())
          .flatExtracting(Breakdown::groups)
          .extracting(Group::value)
          .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Property
  void measure_relabelledParticipants_giveTheSameValueAndBreakdowns(
      @ForAll @Size(max = 30) List<@From("rows") Row> rows) {
    Measurement m = measure(build(rows, false, false), Map.of());
    Measurement relabelled = measure(build(rows, false, true), Map.of());

    assertThat(relabelled.value()).isEqualTo(m.value());
    assertThat(relabelled.breakdowns()).isEqualTo(m.breakdowns());
  }

  @Property
  void measure_moreActivitiesRequired_neverRaisesTheShare(
      @ForAll @Size(max = 30) List<@From("rows") Row> rows,
      @ForAll @IntRange(min = 1, max = 6) int k) {
    Double easier = measure(build(rows, false, false), Map.of("minActivities", k)).value();
    Double harder = measure(build(rows, false, false), Map.of("minActivities", k + 1)).value();

    if (easier != null) {
      assertThat(harder).isLessThanOrEqualTo(easier);
    }
  }

  /** Participant {@code participant} invited to activity {@code activity}, attending or not. */
  record Row(int activity, int participant, boolean attended) {}

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false))
        .as(Row::new);
  }

  /**
   * Ten activities 37 days apart and five participants (three in the bloc, a professional, a
   * carer), named p0..p4 or, relabelled, q4..q0 (reversing their id order); later rows for the same
   * attendance are ignored.
   */
  private static Dataset build(List<Row> rows, boolean reversed, boolean relabelled) {
    List<Perspective> perspectives =
        List.of(
            Perspective.LIVED_EXPERIENCE,
            Perspective.CARER,
            Perspective.LIVED_EXPERIENCE,
            Perspective.PROFESSIONAL,
            Perspective.CARER);
    List<Participant> participants = new ArrayList<>();
    for (int p = 0; p < perspectives.size(); p++) {
      participants.add(Participant.of(id(p, relabelled), perspectives.get(p)));
    }
    List<Activity> activities = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      activities.add(activity("a" + a, START.plusDays(37L * a)));
    }
    Map<String, Attendance> attendance = new LinkedHashMap<>();
    for (Row r : rows) {
      attendance.putIfAbsent(
          r.activity() + "/" + r.participant(),
          new Attendance(
              "a" + r.activity(), id(r.participant(), relabelled), true, r.attended(), null, null));
    }
    List<Attendance> records = new ArrayList<>(attendance.values());
    if (reversed) {
      Collections.reverse(participants);
      Collections.reverse(activities);
      Collections.reverse(records);
    }
    return Dataset.builder()
        .add(new Initiative("i1", "Initiative", null, START, null, Set.of(), Map.of()))
        .participants(participants)
        .activities(activities)
        .attendance(records)
        .build();
  }

  private static String id(int participant, boolean relabelled) {
    return relabelled ? "q" + (4 - participant) : "p" + participant;
  }
}
