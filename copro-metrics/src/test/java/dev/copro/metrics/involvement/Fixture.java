package dev.copro.metrics.involvement;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Vote;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Records, the worked scenario and random datasets shared by the involvement tests. */
final class Fixture {

  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private Fixture() {}

  static Initiative initiative(String id, LocalDate start, LifecycleStage... stages) {
    return new Initiative(id, "Initiative " + id, null, start, null, Set.of(stages), Map.of());
  }

  static Activity activity(String id, String initiative, LifecycleStage stage, LocalDate date) {
    return Activity.builder(id, initiative, ActivityType.BOARD, stage, date).build();
  }

  static Decision decision(
      String id,
      String initiative,
      @Nullable String activity,
      @Nullable LifecycleStage stage,
      LocalDate date,
      DecisionRule rule,
      Vote... votes) {
    return Decision.builder(id, initiative, date, rule)
        .activity(activity)
        .stage(stage)
        .votes(List.of(votes))
        .quota(rule == DecisionRule.WEIGHTED_VOTE ? 2L : null)
        .build();
  }

  /**
   * Initiative i1 (starting 1 Jan) with one activity that day, attended by p1 of the given
   * perspective.
   */
  static Dataset oneAttendee(Perspective perspective) {
    return Dataset.builder()
        .add(initiative("i1", JAN_1))
        .add(Participant.of("p1", perspective))
        .add(activity("a1", "i1", LifecycleStage.DESIGN, JAN_1))
        .add(Attendance.attended("a1", "p1"))
        .build();
  }

  static Measurement measure(Metric metric, Dataset data, Scope scope) {
    return metric.measure(DatasetContext.builder(data).scope(scope).build());
  }

  /**
   * The worked example of the earliness and stage-coverage tests and docs. p1 lived experience, p2
   * carer, p3 professional.
   *
   * <ul>
   *   <li>i1 (starts 1 Jan, declares no stages): a11 15 Jan design (p3 attends), a12 20 Feb design
   *       (p1), a13 1 Apr delivery (p1, p2); d11 20 Jan design, consensus of p3 alone; d12 at a12,
   *       simple majority, p1 and p3 vote.
   *   <li>i2 (starts 1 Mar, no stages): a21 11 Mar commissioning (p2 attends); d21 at a21,
   *       unilateral, p3.
   *   <li>i3 (starts 1 Feb, declares design and evaluation): a31 10 Feb design (p3); d31 at a31,
   *       consensus of p3; d32 1 Mar evaluation, simple majority, p1 with weight 0 (a seat without
   *       a vote) and p3.
   *   <li>i4 (starts 1 May, no stages): nothing recorded.
   *   <li>i5 (starts 1 Jan, declares all four stages): d51 2 Mar evaluation, weighted vote (quota
   *       2), p1 weight 2 and p3 weight 1.
   * </ul>
   */
  static Dataset scenario() {
    return Dataset.builder()
        .add(initiative("i1", JAN_1))
        .add(initiative("i2", LocalDate.of(2025, 3, 1)))
        .add(
            initiative(
                "i3", LocalDate.of(2025, 2, 1), LifecycleStage.DESIGN, LifecycleStage.EVALUATION))
        .add(initiative("i4", LocalDate.of(2025, 5, 1)))
        .add(initiative("i5", JAN_1, LifecycleStage.values()))
        .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("p2", Perspective.CARER))
        .add(Participant.of("p3", Perspective.PROFESSIONAL))
        .add(activity("a11", "i1", LifecycleStage.DESIGN, LocalDate.of(2025, 1, 15)))
        .add(activity("a12", "i1", LifecycleStage.DESIGN, LocalDate.of(2025, 2, 20)))
        .add(activity("a13", "i1", LifecycleStage.DELIVERY, LocalDate.of(2025, 4, 1)))
        .add(activity("a21", "i2", LifecycleStage.COMMISSIONING, LocalDate.of(2025, 3, 11)))
        .add(activity("a31", "i3", LifecycleStage.DESIGN, LocalDate.of(2025, 2, 10)))
        .add(Attendance.attended("a11", "p3"))
        .add(Attendance.attended("a12", "p1"))
        .add(Attendance.attended("a13", "p1"))
        .add(Attendance.attended("a13", "p2"))
        .add(Attendance.attended("a21", "p2"))
        .add(Attendance.attended("a31", "p3"))
        .add(
            decision(
                "d11",
                "i1",
                null,
                LifecycleStage.DESIGN,
                LocalDate.of(2025, 1, 20),
                DecisionRule.CONSENSUS,
                Vote.of("p3")))
        .add(
            decision(
                "d12",
                "i1",
                "a12",
                null,
                LocalDate.of(2025, 2, 20),
                DecisionRule.SIMPLE_MAJORITY,
                Vote.of("p1"),
                Vote.of("p3")))
        .add(
            decision(
                "d21",
                "i2",
                "a21",
                null,
                LocalDate.of(2025, 3, 11),
                DecisionRule.UNILATERAL,
                Vote.of("p3")))
        .add(
            decision(
                "d31",
                "i3",
                "a31",
                null,
                LocalDate.of(2025, 2, 10),
                DecisionRule.CONSENSUS,
                Vote.of("p3")))
        .add(
            decision(
                "d32",
                "i3",
                null,
                LifecycleStage.EVALUATION,
                LocalDate.of(2025, 3, 1),
                DecisionRule.SIMPLE_MAJORITY,
                new Vote("p1", 0, null),
                Vote.of("p3")))
        .add(
            decision(
                "d51",
                "i5",
                null,
                LifecycleStage.EVALUATION,
                LocalDate.of(2025, 3, 2),
                DecisionRule.WEIGHTED_VOTE,
                new Vote("p1", 2, null),
                new Vote("p3", 1, null)))
        .build();
  }

  /**
   * Participants of the random datasets: p0 lived experience, p1 carer, p2 professional, p3 lived
   * experience.
   */
  static final List<Perspective> PERSPECTIVES =
      List.of(
          Perspective.LIVED_EXPERIENCE,
          Perspective.CARER,
          Perspective.PROFESSIONAL,
          Perspective.LIVED_EXPERIENCE);

  /**
   * An activity of an initiative, {@code day} days after it started, attended by the bits of {@code
   * attendees}.
   */
  record ActivityRow(int initiative, int stage, int day, int attendees) {}

  /**
   * A decision outside any activity, {@code day} days after its initiative started (possibly
   * before), with a vote for each bit of {@code voters}; voters also in {@code seatsOnly} have
   * weight 0.
   */
  record DecisionRow(int initiative, int stage, int day, int rule, int voters, int seatsOnly) {}

  /** Random activity rows for {@code @From(supplier = ...)}. */
  static final class ActivityRows implements ArbitrarySupplier<ActivityRow> {
    @Override
    public Arbitrary<ActivityRow> get() {
      return Combinators.combine(
              Arbitraries.integers().between(0, 2),
              Arbitraries.integers().between(0, 3),
              Arbitraries.integers().between(0, 200),
              Arbitraries.integers().between(0, 15))
          .as(ActivityRow::new);
    }
  }

  /** Random decision rows for {@code @From(supplier = ...)}. */
  static final class DecisionRows implements ArbitrarySupplier<DecisionRow> {
    @Override
    public Arbitrary<DecisionRow> get() {
      return Combinators.combine(
              Arbitraries.integers().between(0, 2),
              Arbitraries.integers().between(0, 3),
              Arbitraries.integers().between(-10, 200),
              Arbitraries.integers().between(0, 3),
              Arbitraries.integers().between(0, 15),
              Arbitraries.integers().between(0, 15))
          .as(DecisionRow::new);
    }
  }

  /** Random sets of declared stages for {@code @From(supplier = ...)}. */
  static final class DeclaredStages implements ArbitrarySupplier<Set<LifecycleStage>> {
    @Override
    public Arbitrary<Set<LifecycleStage>> get() {
      return Arbitraries.of(LifecycleStage.class).set().ofMaxSize(4);
    }
  }

  /**
   * Three initiatives starting a month apart with the given declared stages, the activities and
   * decisions of the rows, and four participants; with {@code reversed} every list is added in
   * reverse order.
   */
  static Dataset build(
      List<Set<LifecycleStage>> declared,
      List<ActivityRow> activityRows,
      List<DecisionRow> decisionRows,
      boolean reversed) {
    List<DecisionRule> rules =
        List.of(
            DecisionRule.CONSENSUS,
            DecisionRule.SIMPLE_MAJORITY,
            DecisionRule.DELEGATED,
            DecisionRule.UNILATERAL);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      initiatives.add(
          initiative("i" + i, JAN_1.plusMonths(i), declared.get(i).toArray(LifecycleStage[]::new)));
    }
    List<Participant> participants = new ArrayList<>();
    for (int p = 0; p < PERSPECTIVES.size(); p++) {
      participants.add(Participant.of("p" + p, PERSPECTIVES.get(p)));
    }
    List<Activity> activities = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    for (int a = 0; a < activityRows.size(); a++) {
      ActivityRow r = activityRows.get(a);
      activities.add(
          activity(
              "a" + a,
              "i" + r.initiative(),
              LifecycleStage.values()[r.stage()],
              JAN_1.plusMonths(r.initiative()).plusDays(r.day())));
      for (int p = 0; p < PERSPECTIVES.size(); p++) {
        if ((r.attendees() & (1 << p)) != 0) {
          attendance.add(Attendance.attended("a" + a, "p" + p));
        }
      }
    }
    List<Decision> decisions = new ArrayList<>();
    for (int d = 0; d < decisionRows.size(); d++) {
      DecisionRow r = decisionRows.get(d);
      List<Vote> votes = new ArrayList<>();
      for (int p = 0; p < PERSPECTIVES.size(); p++) {
        if ((r.voters() & (1 << p)) != 0) {
          votes.add(new Vote("p" + p, (r.seatsOnly() & (1 << p)) != 0 ? 0 : 1, null));
        }
      }
      decisions.add(
          decision(
              "d" + d,
              "i" + r.initiative(),
              null,
              LifecycleStage.values()[r.stage()],
              JAN_1.plusMonths(r.initiative()).plusDays(r.day()),
              rules.get(r.rule()),
              votes.toArray(Vote[]::new)));
    }
    if (reversed) {
      Collections.reverse(initiatives);
      Collections.reverse(participants);
      Collections.reverse(activities);
      Collections.reverse(attendance);
      Collections.reverse(decisions);
    }
    return Dataset.builder()
        .initiatives(initiatives)
        .participants(participants)
        .activities(activities)
        .attendance(attendance)
        .decisions(decisions)
        .build();
  }
}
