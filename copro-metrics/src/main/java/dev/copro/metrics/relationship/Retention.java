package dev.copro.metrics.relationship;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Attendance;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * {@code copro.relationship.retention}: the share of the lived-experience bloc who stay involved —
 * who attended at least {@code minActivities} activities spread over at least {@code minMonths}
 * months from their first attendance to their last. "Consultation is a one-night stand;
 * co-production is a long-term relationship."
 *
 * <p>Only bloc members whose first attendance is at least {@code minMonths} months before the
 * reference date are judged: newer members could not have stayed that long yet, and counting them
 * would make a growing group look like one that loses people (they are counted in a warning). The
 * value is retained ÷ judged. The breakdown {@code cohort} groups judged members by the quarter of
 * their first attendance ({@code 2025-Q1}) and gives the share of each cohort still attending
 * {@code minMonths} months after they started. The finding {@code one-off-involvement} lists judged
 * members who attended only once.
 *
 * <p>Not sliceable: retention is about people's whole history, which a single initiative or period
 * would cut short.
 *
 * <p>Streams: its state is three numbers per participant in scope — the first and last day they
 * attended and how many activities — merged by minimum, maximum and sum.
 *
 * @since 0.1.0
 */
public final class Retention implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.relationship.retention";

  private static final String MIN_ACTIVITIES = "minActivities";
  private static final String MIN_MONTHS = "minMonths";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Retention of the lived-experience bloc")
          .description(
              "Share of people with lived experience and carers who stay involved: who attended at least k "
                  + "activities over at least m months, with the share of each starting cohort still attending after m "
                  + "months. Co-production is a long-term relationship, not one-off consultation.")
          .summary(
              "The share of people with lived experience and carers who stayed involved (by default, at "
                  + "least 3 activities over at least 6 months), from 0% to 100%.")
          .goodLooksLike(
              "Most people stay involved over many months: a lasting relationship rather than one-off "
                  + "consultation.")
          .principles(Principle.RELATIONSHIP)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.integer(
                  MIN_ACTIVITIES,
                  3,
                  1,
                  1000,
                  "Least number of activities attended for a participant to count as retained."),
              ParameterSpec.integer(
                  MIN_MONTHS,
                  6,
                  0,
                  120,
                  "Least number of months from first to last attendance for a participant to count as retained."))
          .thresholds(Thresholds.higherIsBetter(0.60, 0.40))
          .sliceable(false)
          .references(
              "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
              References.TLAP_LADDER,
              "NIHR et al. (2019) UK Standards for Public Involvement: working together; support and learning.")
          .build();

  /** Creates the metric; it keeps no state. */
  public Retention() {}

  /** The constant descriptor of {@code copro.relationship.retention}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of each bloc member's attended activities: first and last day and how many,
   * in arrays by participant. The measurement — the share of judged bloc members who were retained;
   * no value when no bloc member attended, or every one started too recently to judge — is made
   * from them in {@link Accumulator#result()}, where the reference date is read.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Spans(context);
  }

  /**
   * Each bloc member's attendances: how many, and the first and last day, by participant number in
   * scope.
   */
  private static final class Spans implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final int[] count;
    private final int[] first;
    private final int[] last;

    Spans(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      this.count = new int[scope.participantCount()];
      this.first = new int[count.length];
      this.last = new int[count.length];
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

    /**
     * Takes in an attendance of the bloc member and activity at the given positions in the dataset.
     * The events are those of the scope, so the participant is numbered there.
     */
    private void attended(int p, int activity) {
      // A built Dataset has resolved every attendance's activity, so the position is never absent.
      int day = positions.activityDay(activity);
      add(scope.participant(p), day, day, 1);
    }

    /**
     * Adds {@code activities} attended from day {@code from} to day {@code to} to the span of the
     * participant numbered {@code n}.
     */
    private void add(int n, int from, int to, int activities) {
      first[n] = count[n] == 0 ? from : Math.min(first[n], from);
      last[n] = count[n] == 0 ? to : Math.max(last[n], to);
      count[n] += activities;
    }

    @Override
    public void merge(Accumulator other) {
      Spans o = (Spans) other;
      for (int n = 0; n < count.length; n++) {
        if (o.count[n] > 0) {
          add(n, o.first[n], o.last[n], o.count[n]);
        }
      }
    }

    @Override
    public Measurement result() {
      int attended = 0;
      for (int c : count) {
        attended += c > 0 ? 1 : 0;
      }
      // Rank in the high half, number in the low half: sorting the longs sorts by participant id.
      long[] order = new long[attended];
      int i = 0;
      for (int n = 0; n < count.length; n++) {
        if (count[n] > 0) {
          order[i++] = (long) positions.participantRank(scope.participantAt(n)) << 32 | n;
        }
      }
      Arrays.sort(order);
      List<Span> spans = new ArrayList<>(attended);
      for (long o : order) {
        int n = (int) o;
        spans.add(
            new Span(
                positions.participantAt(scope.participantAt(n)).id(),
                LocalDate.ofEpochDay(first[n]),
                LocalDate.ofEpochDay(last[n]),
                count[n]));
      }
      return measure(context, spans);
    }
  }

  /** The measurement from the bloc members' spans, in participant id order. */
  private static Measurement measure(EvaluationContext context, List<Span> spans) {
    int minActivities = context.parameters().integer(MIN_ACTIVITIES);
    int minMonths = context.parameters().integer(MIN_MONTHS);
    LocalDate asOf = context.referenceDate();
    Bloc bloc = context.bloc();
    if (spans.isEmpty()) {
      return Measurement.noValue(
          "none of the " + Words.bloc(bloc) + " attended an activity in scope");
    }
    List<Span> judged = new ArrayList<>();
    for (Span s : spans) {
      if (!s.first().plusMonths(minMonths).isAfter(asOf)) {
        judged.add(s);
      }
    }
    int tooRecent = spans.size() - judged.size();
    if (judged.isEmpty()) {
      return Measurement.noValue(
          (spans.size() == 1
                  ? "the only " + Words.bloc(bloc, 1).substring(2)
                  : "all " + Words.bloc(bloc, spans.size()))
              + " who "
              + "attended first did so less than "
              + minMonths
              + " months before "
              + asOf
              + ", too recently to judge "
              + "whether they stayed");
    }

    Predicate<Span> retained = s -> s.activities() >= minActivities && s.lasted(minMonths);
    Measurement.Builder result = Measurement.of(share(judged, retained), judged.size());
    result.breakdowns(
        context.breakdowns(judged, Span::participant, group -> share(group, retained)));
    result.breakdown(cohorts(judged, minMonths));

    Set<String> oneOff = new TreeSet<>();
    for (Span s : judged) {
      if (s.activities() == 1) {
        oneOff.add(Finding.ref(RecordKind.PARTICIPANT, s.participant()));
      }
    }
    if (!oneOff.isEmpty()) {
      String whose =
          oneOff.size() < judged.size()
              ? oneOff.size() + " of the " + Words.bloc(bloc, judged.size())
              : judged.size() == 1
                  ? "The only " + Words.bloc(bloc, 1).substring(2)
                  : "All " + Words.bloc(bloc, judged.size());
      result.finding(
          Finding.of(
              "one-off-involvement",
              Severity.LOW,
              whose
                  + " who first attended at least "
                  + minMonths
                  + " months before "
                  + asOf
                  + " attended only one activity.",
              oneOff));
    }
    if (tooRecent > 0) {
      result.warning(
          "Of the "
              + Words.bloc(bloc, spans.size())
              + " who attended, "
              + tooRecent
              + " first did so "
              + "less than "
              + minMonths
              + " months before "
              + asOf
              + ", too "
              + "recently to judge whether they stayed, so "
              + Plural.word(tooRecent, "that one is", "those are")
              + " left out.");
    }
    return result.build();
  }

  private static double share(List<Span> spans, Predicate<Span> test) {
    return (double) spans.stream().filter(test).count() / spans.size();
  }

  /**
   * The share of each quarterly cohort of judged members still attending after {@code minMonths}.
   */
  private static Breakdown cohorts(List<Span> judged, int minMonths) {
    Map<String, List<Span>> byQuarter = new TreeMap<>();
    for (Span s : judged) {
      byQuarter.computeIfAbsent(quarterOf(s.first()), q -> new ArrayList<>()).add(s);
    }
    List<Group> groups = new ArrayList<>();
    byQuarter.forEach(
        (quarter, members) ->
            groups.add(
                Group.of(
                    quarter,
                    share(members, s -> s.lasted(minMonths)),
                    members.size(),
                    members.size())));
    return new Breakdown("cohort", groups);
  }

  private static String quarterOf(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** A participant's attended activities: first and last day, and how many. */
  private record Span(String participant, LocalDate first, LocalDate last, int activities) {

    /** Whether they still attended {@code months} months (or more) after their first attendance. */
    boolean lasted(int months) {
      return !last.isBefore(first.plusMonths(months));
    }
  }
}
