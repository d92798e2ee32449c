package dev.copro.metrics.involvement;

import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Say;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.involvement.earliness}: how soon after an initiative starts the lived-experience
 * bloc is first involved — the first activity a bloc member attended or the first decision in which
 * one held a say — in days from the initiative's start. The value is the median over the
 * initiatives in scope that have bloc involvement (lower is better). "Not involved until the end"
 * and "the solution was already decided" are warning signs of tokenism; NIHR and INVOLVE ask for
 * involvement from the outset.
 *
 * <p>Component {@code presentBeforeFirstDecisionShare}: of the initiatives with at least one
 * decision, the share where the bloc was first involved on or before the day of the first decision.
 * Findings: {@code decided-before-involvement} for each initiative where decisions were taken
 * before the bloc's first involvement (evidence: the initiative and those decisions), and {@code
 * no-bloc-involvement} for each initiative with activities or decisions but no bloc involvement at
 * all. Each initiative's whole record is read (see the package documentation).
 *
 * <p>Streams: its state is each bloc member's first attended day in each initiative, merged by
 * minimum; the decisions are reference records.
 *
 * @since 0.1.0
 */
public final class Earliness implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.involvement.earliness";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Earliness of involvement")
          .description(
              "Median days from an initiative's start to the lived-experience bloc's first involvement (the "
                  + "first activity a bloc member attended or the first decision in which one held a say), with the share "
                  + "of initiatives where the bloc was there before the first decision. People should be involved from "
                  + "the outset, not brought in at the end to rubber-stamp what was already decided.")
          .summary(
              "The median number of days from an initiative's start to the first time people with lived "
                  + "experience and carers were involved in it, over the initiatives in which they were "
                  + "involved.")
          .goodLooksLike("Within the first month, and always before the first decision is taken.")
          .principles(Principle.EQUALITY)
          .unit(Unit.DAYS)
          .range(ValueRange.NON_NEGATIVE)
          .thresholds(Thresholds.lowerIsBetter(30, 90))
          .references(
              "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
              "INVOLVE (2012) Briefing notes for researchers: involving the public in NHS, public health and social "
                  + "care research.",
              "NIHR et al. (2019) UK Standards for Public Involvement: inclusive opportunities; governance.",
              References.TLAP_LADDER)
          .build();

  /** Creates the metric; it keeps no state. */
  public Earliness() {}

  /** The constant descriptor of {@code copro.involvement.earliness}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of each bloc member's first attended day in each initiative. The measurement
   * — the median days to the bloc's first involvement over the initiatives in scope; no value when
   * the bloc was involved in none of them (the findings still say where it was missing) — is made
   * from it and the decisions in {@link Accumulator#result()}.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new FirstAttendance(context, Positions.of(context));
  }

  /**
   * Measures the initiatives in scope from their whole records: every attendance record of the
   * dataset goes once per evaluation into one accumulator, and each initiative's part of the
   * measurement is worked out from it once per evaluation, shared by the whole-dataset call and
   * every slice (see the package documentation); the scope picks its initiatives' parts.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    // Found before the shared value, whose computation must not itself ask for a shared value.
    Positions positions = Positions.of(context);
    Parts parts =
        context.shared(
            ID + "/initiatives",
            Parts.class,
            () -> {
              FirstAttendance all = new FirstAttendance(context, positions);
              // Activity by activity, so that only the participant of each record is looked up.
              Dataset data = context.dataset();
              List<Activity> activities = data.activities();
              for (int a = 0; a < activities.size(); a++) {
                for (Attendance attendance : data.attendanceAt(activities.get(a).id())) {
                  all.attendanceAt(attendance, a);
                }
              }
              Firsts firsts = all.firsts();
              return new Parts(
                  context.dataset().initiatives().stream()
                      .map(i -> part(context, positions, firsts, i))
                      .toArray(Part[]::new));
            });
    return measure(context, i -> parts.byPosition()[positions.initiative(i.id())]);
  }

  /**
   * Each bloc member's first attended day in each initiative, keyed by initiative and participant
   * position.
   */
  private static final class FirstAttendance implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final LongIntMap firstDay = new LongIntMap();

    /**
     * The accumulator of the whole dataset, whose first days a slice's initiatives are judged by
     * when the events are split into parts; null otherwise.
     */
    private @Nullable FirstAttendance whole;

    FirstAttendance(EvaluationContext context, Positions positions) {
      this.context = context;
      this.positions = positions;
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        int p = batch.attendanceParticipant(i);
        if (batch.attendance(i).attended() && p >= 0 && positions.isBloc(p)) {
          attended(p, batch.attendanceActivity(i));
        }
      }
    }

    @Override
    public void attendance(Attendance a) {
      if (a.attended()) {
        int p = positions.participant(a.participant());
        if (p >= 0 && positions.isBloc(p)) {
          attended(p, positions.activity(a.activity()));
        }
      }
    }

    /** Takes in an attendance record of the activity at the given position. */
    void attendanceAt(Attendance a, int activity) {
      if (a.attended()) {
        int p = positions.participant(a.participant());
        if (p >= 0 && positions.isBloc(p)) {
          attended(p, activity);
        }
      }
    }

    /** Takes in an attendance of the bloc member and activity at the given positions. */
    private void attended(int p, int activity) {
      // A built Dataset has resolved every attendance's activity, so the position is never absent.
      firstDay.min(
          (long) positions.initiativeOf(activity) * positions.participants() + p,
          positions.activityDay(activity));
    }

    @Override
    public void merge(Accumulator other) {
      firstDay.minAll(((FirstAttendance) other).firstDay);
    }

    /** Judges the slice's initiatives by their whole records, which {@code whole} received. */
    @Override
    public void wholeRecord(Accumulator whole) {
      this.whole = (FirstAttendance) whole;
    }

    @Override
    public Measurement result() {
      Firsts firsts = whole != null ? whole.firsts() : firsts();
      return measure(context, i -> part(context, positions, firsts, i));
    }

    /** The first days grouped by initiative. */
    Firsts firsts() {
      int participants = positions.participants();
      int[][] members = new int[positions.initiatives()][];
      int[][] days = new int[members.length][];
      long[] keys = firstDay.sortedKeys();
      int from = 0;
      for (int initiative = 0; initiative < members.length; initiative++) {
        int to = from;
        while (to < keys.length && keys[to] / participants == initiative) {
          to++;
        }
        members[initiative] = new int[to - from];
        days[initiative] = new int[to - from];
        for (int k = from; k < to; k++) {
          members[initiative][k - from] = (int) (keys[k] % participants);
          days[initiative][k - from] = firstDay.get(keys[k], 0);
        }
        from = to;
      }
      return new Firsts(members, days);
    }
  }

  /**
   * Each initiative's bloc members who attended, and the day each first did, by initiative
   * position. Immutable once made.
   */
  private record Firsts(int[][] members, int[][] days) {}

  /**
   * One initiative's part in the measurement, from its whole record: its bloc members' first
   * involvements, the first of them and the first decision (null when there is none), and its
   * finding (null when there is none). Depends on the dataset and the bloc only, so one evaluation
   * works it out once for every call. Immutable once made.
   */
  private record Part(
      boolean empty,
      List<Involvement> involvements,
      @Nullable LocalDate first,
      @Nullable LocalDate firstDecision,
      @Nullable Finding finding) {}

  /** Every initiative's part, by initiative position. Immutable once made. */
  private record Parts(Part[] byPosition) {}

  /** The part of one initiative, from its bloc members' first attendances and its decisions. */
  private static Part part(
      EvaluationContext context, Positions positions, Firsts firsts, Initiative initiative) {
    Dataset data = context.dataset();
    List<Activity> activities = data.activitiesOf(initiative.id());
    List<Decision> decisions = data.decisionsOf(initiative.id());
    if (activities.isEmpty() && decisions.isEmpty()) {
      return new Part(true, List.of(), null, null, null);
    }
    List<Involvement> own = involvements(positions, firsts, initiative, decisions);
    LocalDate first = own.stream().map(Involvement::day).min(LocalDate::compareTo).orElse(null);
    LocalDate firstDecision =
        decisions.stream().map(Decision::date).min(LocalDate::compareTo).orElse(null);
    return new Part(
        false,
        own,
        first,
        firstDecision,
        finding(initiative, activities.size(), decisions, first, Words.bloc(context.bloc())));
  }

  /** The measurement of the initiatives in scope, from each one's part. */
  private static Measurement measure(EvaluationContext context, Function<Initiative, Part> partOf) {
    List<Involvement> involvements = new ArrayList<>();
    DescriptiveStatistics days = new DescriptiveStatistics();
    List<Finding> findings = new ArrayList<>();
    int empty = 0;
    int withDecisions = 0;
    int presentFirst = 0;
    int involvedBeforeStart = 0;
    for (Initiative initiative : Initiatives.byId(context)) {
      Part part = partOf.apply(initiative);
      if (part.empty()) {
        empty++;
        continue;
      }
      involvements.addAll(part.involvements());
      LocalDate first = part.first();
      LocalDate firstDecision = part.firstDecision();
      if (first != null) {
        days.addValue(daysIn(initiative.start(), first));
      }
      if (firstDecision != null) {
        withDecisions++;
        if (first != null && !first.isAfter(firstDecision)) {
          presentFirst++;
        }
      }
      if (first != null && first.isBefore(initiative.start())) {
        involvedBeforeStart++;
      }
      Finding finding = part.finding();
      if (finding != null) {
        findings.add(finding);
      }
    }

    int involvedIn = (int) days.getN();
    Measurement.Builder result =
        involvedIn == 0
            ? Measurement.builderWithoutValue(
                context.initiatives().isEmpty()
                    ? "no initiative in scope"
                    : Words.bloc(context.bloc())
                        + " attended no activity and held a say in no decision of the "
                        + "initiatives in scope")
            : Measurement.of(days.getPercentile(50), involvedIn);
    if (involvedIn > 0) {
      if (withDecisions > 0) {
        result.component("presentBeforeFirstDecisionShare", (double) presentFirst / withDecisions);
      }
      result.breakdowns(
          context.breakdowns(involvements, Involvement::participant, Earliness::medianDays));
    }
    findings.forEach(result::finding);
    if (empty > 0) {
      result.warning(
          Plural.of(empty, "initiative in scope has", "initiatives in scope have")
              + " no activities "
              + "or decisions recorded, so "
              + Plural.word(empty, "it is", "they are")
              + " left out.");
    }
    if (involvedBeforeStart > 0) {
      result.warning(
          Plural.of(involvedBeforeStart, "initiative has", "initiatives have")
              + " a decision in which "
              + Words.bloc(context.bloc())
              + " held a say dated before the initiative's start: that first involvement "
              + "counts as day 0.");
    }
    return result.build();
  }

  /**
   * The first involvement of each bloc member in one initiative: the first activity they attended
   * or the first decision in which they held a say.
   */
  private static List<Involvement> involvements(
      Positions positions, Firsts firsts, Initiative initiative, List<Decision> decisions) {
    Map<Integer, Integer> firstDay = new TreeMap<>();
    int index = positions.initiative(initiative.id());
    for (int k = 0; k < firsts.members()[index].length; k++) {
      firstDay.put(firsts.members()[index][k], firsts.days()[index][k]);
    }
    for (Decision decision : decisions) {
      for (Vote vote : decision.votes()) {
        int p = positions.participant(vote.participant());
        if (Say.gives(decision, vote) && p >= 0 && positions.isBloc(p)) {
          firstDay.merge(p, Math.toIntExact(decision.date().toEpochDay()), Math::min);
        }
      }
    }
    List<Involvement> result = new ArrayList<>();
    firstDay.forEach(
        (p, day) ->
            result.add(
                new Involvement(
                    initiative.id(),
                    initiative.start(),
                    positions.participantAt(p).id(),
                    LocalDate.ofEpochDay(day))));
    return List.copyOf(result);
  }

  private static @Nullable Finding finding(
      Initiative initiative,
      int activities,
      List<Decision> decisions,
      @Nullable LocalDate first,
      String who) {
    Set<String> evidence = new TreeSet<>();
    evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative.id()));
    if (first == null) {
      decisions.forEach(d -> evidence.add(Finding.ref(RecordKind.DECISION, d.id())));
      List<String> missed = new ArrayList<>();
      if (activities > 0) {
        missed.add(
            "attended "
                + (activities == 1
                    ? "its one activity"
                    : "any of its " + activities + " activities"));
      }
      if (!decisions.isEmpty()) {
        missed.add(
            "held a say in "
                + (decisions.size() == 1
                    ? "its one decision"
                    : "any of its " + decisions.size() + " decisions"));
      }
      return Finding.of(
          "no-bloc-involvement",
          Severity.HIGH,
          "In initiative "
              + initiative.id()
              + ", none of the "
              + who
              + " "
              + String.join(" or ", missed)
              + ".",
          evidence);
    }
    for (Decision d : decisions) {
      if (d.date().isBefore(first)) {
        evidence.add(Finding.ref(RecordKind.DECISION, d.id()));
      }
    }
    if (evidence.size() == 1) {
      return null;
    }
    int before = evidence.size() - 1;
    return Finding.of(
        "decided-before-involvement",
        Severity.MEDIUM,
        "In initiative "
            + initiative.id()
            + ", "
            + Plural.ofAll(before, decisions.size(), "decision", "decisions")
            + " "
            + Plural.word(before, "was", "were")
            + " taken before "
            + who
            + " were first involved, on "
            + first
            + ".",
        evidence);
  }

  /**
   * The median over initiatives of the days from each initiative's start to the first of the given
   * involvements in it (at least 0).
   */
  private static double medianDays(List<Involvement> involvements) {
    Map<String, Involvement> firstByInitiative = new TreeMap<>();
    for (Involvement i : involvements) {
      firstByInitiative.merge(i.initiative(), i, (a, b) -> a.day().isAfter(b.day()) ? b : a);
    }
    DescriptiveStatistics days = new DescriptiveStatistics();
    for (Involvement first : firstByInitiative.values()) {
      days.addValue(daysIn(first.start(), first.day()));
    }
    return days.getPercentile(50);
  }

  /** The days from an initiative's start to an involvement, at least 0. */
  private static long daysIn(LocalDate start, LocalDate involvement) {
    return Math.max(0, ChronoUnit.DAYS.between(start, involvement));
  }

  /** One bloc member's first attendance or say in an initiative that started on {@code start}. */
  private record Involvement(
      String initiative, LocalDate start, String participant, LocalDate day) {}
}
