package dev.copro.metrics.reciprocity;

import static dev.copro.metrics.reciprocity.Fixture.START;
import static dev.copro.metrics.reciprocity.Fixture.activity;
import static dev.copro.metrics.reciprocity.Fixture.contribution;
import static dev.copro.metrics.reciprocity.Fixture.initiative;
import static dev.copro.metrics.reciprocity.Fixture.measure;
import static dev.copro.metrics.reciprocity.Fixture.threePeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Activity;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.DeclineReason;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

class FeedbackLoopTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final FeedbackLoop metric = new FeedbackLoop();

  /**
   * p1 lived experience, p2 carer, p3 professional; a1 on 1 Feb, a2 on 1 May, a3 on 20 Jun.
   *
   * <ul>
   *   <li>c1 (p1, a1, raised 1 Feb): adopted 11 Feb, 10 days;
   *   <li>c2 (p2, a1, raised 3 Feb): declined 5 Mar, 25 + 5 = 30 days;
   *   <li>c3 (p1, a2, raised 1 May): no response; 30 + 30 = 60 days on 30 Jun, not more than 60:
   *       pending;
   *   <li>c4 (p2, a1, raised 1 Feb): no response; 149 days: overdue;
   *   <li>c5 (p1, a3, raised 20 Jun): no response; 10 days: pending;
   *   <li>c6 (p3, a1): not in the bloc;
   *   <li>c7 (p1, a2, raised 1 May): "noted" (outcome none) 21 May, 20 days.
   * </ul>
   */
  private static Dataset scenario() {
    return threePeople()
        .add(activity("a1", LocalDate.of(2025, 2, 1)))
        .add(activity("a2", LocalDate.of(2025, 5, 1)))
        .add(activity("a3", LocalDate.of(2025, 6, 20)))
        .add(
            contribution(
                "c1",
                "a1",
                "p1",
                null,
                new Response(LocalDate.of(2025, 2, 11), ResponseOutcome.ADOPTED, null)))
        .add(
            contribution(
                "c2",
                "a1",
                "p2",
                LocalDate.of(2025, 2, 3),
                new Response(
                    LocalDate.of(2025, 3, 5), ResponseOutcome.DECLINED, DeclineReason.NO_BUDGET)))
        .add(contribution("c3", "a2", "p1", null, null))
        .add(contribution("c4", "a1", "p2", null, null))
        .add(contribution("c5", "a3", "p1", null, null))
        .add(contribution("c6", "a1", "p3", null, null))
        .add(
            contribution(
                "c7",
                "a2",
                "p1",
                null,
                new Response(LocalDate.of(2025, 5, 21), ResponseOutcome.NONE, null)))
        .build();
  }

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(metric, scenario(), AS_OF, Map.of());

    // Counted: answered c1, c2, c7 and overdue c4; c3 and c5 are not yet due.
    assertThat(m.value()).isEqualTo(0.75);
    assertThat(m.n()).isEqualTo(4);
    // Days to response 10, 30, 20: median 20.
    assertThat(m.components()).containsExactly(Map.entry("medianDaysToResponse", 20.0));
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("no-feedback");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("contribution:c4");
              assertThat(f.message())
                  .isEqualTo(
                      "1 of the 4 contributions by people with lived experience and carers that "
                          + "were due a response had none recorded on 2025-06-30, more than 60 days after it was raised.");
            });
    // c3, c5 and the answered c7 are recent: the warning counts all three, so that it reconciles
    // with the
    // no-feedback warning sign, which leaves out every recent contribution, answered or not.
    assertThat(m.warnings())
        .containsExactly(
            "Of the 3 contributions by people with lived experience and carers "
                + "raised 60 days or less before 2025-06-30, 2 have no response yet, so they are not due one and are left "
                + "out; the other 1 already has a response and counts.");
    // Lived experience p1: c1 and c7 answered = 1; carer p2: c2 answered, c4 overdue = 1/2.
    assertThat(m.breakdowns().get(0).groups())
        .containsExactly(Group.of("carer", 0.5, 1, 1), Group.of("lived-experience", 1.0, 1, 1));
  }

  @Test
  void measure_moreOverdueThanAFindingLists_listsTheOldestHundredAndCountsTheRest() {
    // 150 unanswered contributions by p1, ci raised i days after 1 Jan 2025, given in reverse
    // order.
    Dataset.Builder b = threePeople().add(activity("a1", LocalDate.of(2025, 1, 1)));
    for (int i = 149; i >= 0; i--) {
      b.add(contribution("c" + i, "a1", "p1", LocalDate.of(2025, 1, 1).plusDays(i), null));
    }
    Measurement m = measure(metric, b.build(), AS_OF, Map.of());

    // Raised 1 Jan + i days is more than 60 days before 30 Jun (day 180 of 2025, from 0) when i <
    // 120.
    List<String> oldest = new ArrayList<>();
    for (int i = 0; i < Finding.MAX_EVIDENCE; i++) {
      oldest.add("contribution:c" + i);
    }
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).isEqualTo(oldest);
              assertThat(f.evidenceOmitted()).isEqualTo(20);
              assertThat(f.message())
                  .startsWith("All 120 contributions by people with lived experience and carers");
            });
  }

  @Test
  void measure_shorterDueTime_makesTheSixtyDayOldContributionOverdue() {
    Measurement m = measure(metric, scenario(), AS_OF, Map.of("responseDueDays", 59));

    assertThat(m.value()).isCloseTo(3.0 / 5, within(1e-12));
    // The evidence lists the oldest first: c4, raised before c3.
    assertThat(m.findings())
        .flatExtracting(Finding::evidence)
        .containsExactly("contribution:c4", "contribution:c3");
  }

  @Test
  void measure_nothingDueYet_hasNoValueButWarns() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.CARER))
            .add(activity("a1", AS_OF.minusDays(5)))
            .add(contribution("c1", "a1", "p1", null, null))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason()).contains("no response is due yet");
    assertThat(m.warnings()).hasSize(1);
  }

  @Test
  void measure_noBlocContributions_hasNoValue() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.COMMISSIONER))
            .add(activity("a1", START))
            .add(contribution("c1", "a1", "p1", null, null))
            .build();

    assertThat(measure(metric, data, AS_OF, Map.of()).noValueReason()).contains("no contributions");
    assertThat(measure(metric, Dataset.empty(), AS_OF, Map.of()).value()).isNull();
  }

  @Test
  void measure_noResponsesAtAll_isZeroWithoutMedian() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(activity("a1", START))
            .add(contribution("c1", "a1", "p1", null, null))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.value()).isZero();
    assertThat(m.components()).isEmpty();
  }

  @Property
  void measure_anyData_staysInRangeAndIgnoresRecordOrder(
      @ForAll @Size(max = 16) List<@From("rows") Row> rows) {
    Measurement m = measure(metric, build(rows, false), AS_OF, Map.of());

    assertThat(measure(metric, build(rows, true), AS_OF, Map.of())).isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.components().getOrDefault("medianDaysToResponse", 0.0))
          .isGreaterThanOrEqualTo(0.0);
    }
  }

  @Property
  void measure_longerDueTime_neverLowersTheShare(
      @ForAll @Size(max = 16) List<@From("rows") Row> rows,
      @ForAll @IntRange(min = 1, max = 200) int dueDays,
      @ForAll @IntRange(min = 0, max = 200) int more) {
    Double stricter =
        measure(metric, build(rows, false), AS_OF, Map.of("responseDueDays", dueDays)).value();
    Double laxer =
        measure(metric, build(rows, false), AS_OF, Map.of("responseDueDays", dueDays + more))
            .value();

    if (stricter != null && laxer != null) {
      assertThat(laxer).isGreaterThanOrEqualTo(stricter);
    }
  }

  /**
   * A contribution at an activity, raised some days after it (negative: on its day, undated),
   * answered or not.
   */
  record Row(int activity, int participant, int raisedAfter, int responseAfter) {}

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(-1, 10),
            Arbitraries.integers().between(-1, 120))
        .as(Row::new);
  }

  /**
   * Six monthly activities and four participants: two in the bloc, a professional and a
   * commissioner.
   */
  private static Dataset build(List<Row> rows, boolean reversed) {
    List<Perspective> perspectives =
        List.of(
            Perspective.LIVED_EXPERIENCE,
            Perspective.CARER,
            Perspective.PROFESSIONAL,
            Perspective.COMMISSIONER);
    List<Participant> participants = new ArrayList<>();
    for (int p = 0; p < perspectives.size(); p++) {
      participants.add(Participant.of("p" + p, perspectives.get(p)));
    }
    List<Activity> activities = new ArrayList<>();
    for (int a = 0; a < 6; a++) {
      activities.add(activity("a" + a, START.plusMonths(a)));
    }
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      LocalDate day = START.plusMonths(r.activity());
      LocalDate raised = r.raisedAfter() < 0 ? null : day.plusDays(r.raisedAfter());
      Response response =
          r.responseAfter() < 0
              ? null
              : new Response(
                  (raised == null ? day : raised).plusDays(r.responseAfter()),
                  ResponseOutcome.ADAPTED,
                  null);
      contributions.add(
          contribution("c" + i, "a" + r.activity(), "p" + r.participant(), raised, response));
    }
    if (reversed) {
      Collections.reverse(participants);
      Collections.reverse(activities);
      Collections.reverse(contributions);
    }
    return Dataset.builder()
        .add(initiative())
        .participants(participants)
        .activities(activities)
        .contributions(contributions)
        .build();
  }
}
