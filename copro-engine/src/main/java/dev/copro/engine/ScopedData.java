package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.StringIndex;
import dev.copro.model.SurveyResponse;
import dev.copro.model.Vote;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import dev.copro.spi.ScopePositions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The records of a dataset that fall in one {@link Scope}, computed once and shared by every metric
 * evaluated in that scope. The membership rules are those documented on {@link Scope}.
 *
 * @param scope the scope
 * @param initiatives the initiatives in scope
 * @param participants the participants in scope
 * @param activities the activities in scope
 * @param attendance the attendance at activities in scope
 * @param contributions the contributions made in activities in scope
 * @param decisions the decisions in scope
 * @param payments the payments in scope
 * @param surveyResponses the survey responses in scope
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScopedData(
    Scope scope,
    List<Initiative> initiatives,
    List<Participant> participants,
    List<Activity> activities,
    List<Attendance> attendance,
    List<Contribution> contributions,
    List<Decision> decisions,
    List<Payment> payments,
    List<SurveyResponse> surveyResponses) {

  /** Takes immutable copies. */
  public ScopedData {
    initiatives = List.copyOf(initiatives);
    participants = List.copyOf(participants);
    activities = List.copyOf(activities);
    attendance = List.copyOf(attendance);
    contributions = List.copyOf(contributions);
    decisions = List.copyOf(decisions);
    payments = List.copyOf(payments);
    surveyResponses = List.copyOf(surveyResponses);
  }

  /** The records of {@code dataset} in {@code scope}. */
  public static ScopedData of(Dataset dataset, Scope scope) {
    return ofEach(dataset, List.of(scope)).get(0);
  }

  /**
   * The records of {@code dataset} in each of {@code scopes}, in one pass over the dataset: each
   * record is routed to the scopes it belongs to by its initiative and the period holding its date,
   * instead of every scope scanning every record. The engine slices a dataset by initiative and by
   * period this way.
   *
   * @return one {@link ScopedData} per scope, in the order of {@code scopes}
   */
  static List<ScopedData> ofEach(Dataset dataset, List<Scope> scopes) {
    EventBatch events =
        EventBatch.of(
            dataset,
            dataset.attendance(),
            dataset.contributions(),
            dataset.payments(),
            dataset.surveyResponses());
    return sliceEach(dataset, events, scopes).stream().map(Sliced::data).toList();
  }

  /**
   * As {@link #ofEach}, with each scope's events as a batch cut out of the whole dataset's {@code
   * events} (their references resolved there once) and the number of people behind each scope,
   * which small-number suppression of the engine's per-initiative and per-period breakdowns judges.
   *
   * @param events every event record of {@code dataset}, in the dataset's order
   */
  static List<Sliced> sliceEach(Dataset dataset, EventBatch events, List<Scope> scopes) {
    return new Slicer(dataset, events, scopes).slice();
  }

  /**
   * The events of each scope as a batch, in the order of {@code scopes}: what {@link #sliceEach}
   * gives as {@link Sliced#events()}, without making the scopes' records, participants or
   * decisions.
   */
  static List<EventBatch> eventsEach(Dataset dataset, EventBatch events, List<Scope> scopes) {
    return new Slicer(dataset, events, scopes).events();
  }

  /**
   * The records of one scope, its events as a batch, and how many distinct participants have any
   * record in it: an attendance, a contribution, a say in a decision, a payment or a survey
   * response. That counts survey respondents, whom {@link #participants()} leaves out (see {@link
   * Scope}). For the whole dataset, as for its {@link #participants()}, every participant counts.
   *
   * @param data the records of the scope
   * @param events the scope's event records, as in {@code data}, with their references resolved
   * @param people how many distinct participants have a record in the scope
   * @param positions the scope's numbering when it is known without {@code events} — a slice of an
   *     evaluation split into parts, whose events are elsewhere — or {@code null} to find it from
   *     {@code events}
   */
  record Sliced(
      ScopedData data, EventBatch events, int people, @Nullable ScopePositions positions) {
    Sliced(ScopedData data, EventBatch events, int people) {
      this(data, events, people, null);
    }
  }

  /** The records of one scope while they are being routed: rows of the whole dataset's events. */
  private static final class Slice {
    final Scope scope;
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final Rows attendance = new Rows();
    final Rows contributions = new Rows();
    final List<Decision> decisions = new ArrayList<>();
    final Rows payments = new Rows();
    final Rows responses = new Rows();

    /** The positions in the dataset's participants of the people with a record in the scope. */
    final BitSet people = new BitSet();

    /** The positions of the people who answered a survey in the scope. */
    final BitSet respondents = new BitSet();

    Slice(Scope scope) {
      this.scope = scope;
    }
  }

  /** A growing list of row numbers. */
  private static final class Rows {
    private int[] rows = new int[16];
    private int size;

    void add(int row) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, size * 2);
      }
      rows[size++] = row;
    }

    void addRange(int[] source, int from, int to) {
      int length = to - from;
      if (size + length > rows.length) {
        rows = Arrays.copyOf(rows, Math.max(rows.length * 2, size + length));
      }
      System.arraycopy(source, from, rows, size, length);
      size += length;
    }

    int[] toArray() {
      return Arrays.copyOf(rows, size);
    }
  }

  /**
   * The rows of one kind of event grouped by activity position: the rows of activity {@code a} are
   * {@code rows[start[a]]} to {@code rows[start[a + 1]] - 1}, in row order (a stable counting
   * sort).
   */
  private record ByActivity(int[] start, int[] rows) {
    static ByActivity of(int activities, int count, IntUnaryOperator activityOf) {
      int[] start = new int[activities + 1];
      for (int row = 0; row < count; row++) {
        int a = activityOf.applyAsInt(row);
        if (a >= 0) {
          start[a + 1]++;
        }
      }
      for (int a = 0; a < activities; a++) {
        start[a + 1] += start[a];
      }
      int[] next = Arrays.copyOf(start, activities);
      int[] rows = new int[start[activities]];
      for (int row = 0; row < count; row++) {
        int a = activityOf.applyAsInt(row);
        if (a >= 0) {
          rows[next[a]++] = row;
        }
      }
      return new ByActivity(start, rows);
    }
  }

  /**
   * Routes records to scopes. Scopes are grouped by initiative (those over every initiative under
   * {@code null}); within a group, scopes without a period take every record and scopes with one
   * are found by binary search over their periods when these do not overlap (the engine's periods
   * never do), otherwise by checking each. Events are routed as rows of the whole dataset's batch,
   * by the positions resolved there: no id is looked up per event.
   */
  private static final class Slicer {
    private final Dataset dataset;
    private final EventBatch events;
    private final List<Slice> slices = new ArrayList<>();
    private final Map<@Nullable String, Router> routers = new HashMap<>();
    private @Nullable StringIndex participantPositions;

    Slicer(Dataset dataset, EventBatch events, List<Scope> scopes) {
      this.dataset = dataset;
      this.events = events;
      Map<@Nullable String, List<Slice>> byInitiative = new HashMap<>();
      for (Scope scope : scopes) {
        Slice slice = new Slice(scope);
        slices.add(slice);
        if (!scope.isAll()) {
          byInitiative.computeIfAbsent(scope.initiative(), k -> new ArrayList<>()).add(slice);
        }
      }
      byInitiative.forEach((initiative, group) -> routers.put(initiative, new Router(group)));
    }

    List<Sliced> slice() {
      for (Initiative i : dataset.initiatives()) {
        for (Slice s : slices) {
          if (!s.scope.isAll()
              && (s.scope.initiative() == null || i.id().equals(s.scope.initiative()))
              && overlaps(i, s.scope.period())) {
            s.initiatives.add(i);
          }
        }
      }
      routeEvents();
      for (Decision d : dataset.decisions()) {
        List<Slice> in = route(d.initiative(), d.date());
        for (Slice s : in) {
          s.decisions.add(d);
        }
        for (Vote v : d.votes()) {
          mark(in, participantPositions().get(v.participant()));
        }
      }
      List<Sliced> result = new ArrayList<>(slices.size());
      for (Slice s : slices) {
        if (s.scope.isAll()) {
          result.add(new Sliced(all(dataset), events, dataset.participants().size()));
        } else {
          BitSet everyone = (BitSet) s.people.clone();
          everyone.or(s.respondents);
          EventBatch selected = selected(s);
          result.add(new Sliced(build(s, selected), selected, everyone.cardinality()));
        }
      }
      return result;
    }

    List<EventBatch> events() {
      routeEvents();
      List<EventBatch> result = new ArrayList<>(slices.size());
      for (Slice s : slices) {
        result.add(s.scope.isAll() ? events : selected(s));
      }
      return result;
    }

    private EventBatch selected(Slice s) {
      return events.select(
          s.attendance.toArray(),
          s.contributions.toArray(),
          s.payments.toArray(),
          s.responses.toArray());
    }

    /** Routes the activities and events to the scopes, marking the people with an event in each. */
    private void routeEvents() {
      List<Activity> activities = dataset.activities();
      ByActivity attendance =
          ByActivity.of(activities.size(), events.attendanceCount(), events::attendanceActivity);
      ByActivity contributions =
          ByActivity.of(
              activities.size(), events.contributionCount(), events::contributionActivity);
      List<List<Slice>> activitySlices = new ArrayList<>(activities.size());
      for (int a = 0; a < activities.size(); a++) {
        Activity activity = activities.get(a);
        List<Slice> in = route(activity.initiative(), activity.date());
        activitySlices.add(in);
        if (in.isEmpty()) {
          continue;
        }
        for (Slice s : in) {
          s.activities.add(activity);
          s.attendance.addRange(
              attendance.rows(), attendance.start()[a], attendance.start()[a + 1]);
          s.contributions.addRange(
              contributions.rows(), contributions.start()[a], contributions.start()[a + 1]);
        }
        for (int r = attendance.start()[a]; r < attendance.start()[a + 1]; r++) {
          mark(in, events.attendanceParticipant(attendance.rows()[r]));
        }
        for (int r = contributions.start()[a]; r < contributions.start()[a + 1]; r++) {
          mark(in, events.contributionParticipant(contributions.rows()[r]));
        }
      }
      for (int row = 0; row < events.paymentCount(); row++) {
        // A payment for an activity is in the activity's scopes; one without an activity belongs to
        // no initiative, so only scopes over every initiative take it, by the day it was offered.
        int activity = events.paymentActivity(row);
        List<Slice> in =
            activity >= 0
                ? activitySlices.get(activity)
                : events.payment(row).activity() == null
                    ? route(null, events.payment(row).offered())
                    : List.of();
        for (Slice s : in) {
          s.payments.add(row);
        }
        mark(in, events.paymentParticipant(row));
      }
      for (int row = 0; row < events.surveyResponseCount(); row++) {
        SurveyResponse r = events.surveyResponse(row);
        List<Slice> in = route(r.initiative(), r.date());
        for (Slice s : in) {
          s.responses.add(row);
        }
        int position = events.surveyResponseParticipant(row);
        if (position >= 0) {
          for (Slice s : in) {
            s.respondents.set(position);
          }
        }
      }
    }

    private StringIndex participantPositions() {
      StringIndex positions = participantPositions;
      if (positions == null) {
        positions =
            StringIndex.positions(dataset.participants().stream().map(Participant::id).toList());
        participantPositions = positions;
      }
      return positions;
    }

    private ScopedData build(Slice s, EventBatch selected) {
      List<Participant> participants = new ArrayList<>(s.people.cardinality());
      for (int i = s.people.nextSetBit(0); i >= 0; i = s.people.nextSetBit(i + 1)) {
        participants.add(dataset.participants().get(i));
      }
      return new ScopedData(
          s.scope,
          s.initiatives,
          participants,
          s.activities,
          records(selected.attendanceCount(), selected::attendance),
          records(selected.contributionCount(), selected::contribution),
          s.decisions,
          records(selected.paymentCount(), selected::payment),
          records(selected.surveyResponseCount(), selected::surveyResponse));
    }

    private static <T> List<T> records(int count, IntFunction<T> row) {
      List<T> records = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        records.add(row.apply(i));
      }
      return records;
    }

    /** The scopes of a record about {@code initiative} (or none) on {@code day}. */
    private List<Slice> route(@Nullable String initiative, LocalDate day) {
      Router any = routers.get(null);
      Router own = initiative == null ? null : routers.get(initiative);
      if (own == null) {
        return any == null ? List.of() : any.at(day);
      }
      if (any == null) {
        return own.at(day);
      }
      List<Slice> both = new ArrayList<>(any.at(day));
      both.addAll(own.at(day));
      return both;
    }

    private void mark(List<Slice> in, int participant) {
      if (participant >= 0) {
        for (Slice s : in) {
          s.people.set(participant);
        }
      }
    }
  }

  /** The scopes of one initiative group, found by the day of a record. */
  private static final class Router {
    private final List<Slice> always = new ArrayList<>();
    private final List<Slice> dated = new ArrayList<>();
    private final boolean disjoint;

    Router(List<Slice> group) {
      for (Slice s : group) {
        (s.scope.period() == null ? always : dated).add(s);
      }
      dated.sort(
          Comparator.comparing((Slice s) -> Objects.requireNonNull(s.scope.period()).start()));
      boolean ordered = true;
      for (int i = 1; i < dated.size(); i++) {
        ordered &= !period(dated.get(i)).start().isBefore(period(dated.get(i - 1)).end());
      }
      disjoint = ordered;
    }

    List<Slice> at(LocalDate day) {
      if (dated.isEmpty()) {
        return always;
      }
      List<Slice> found = new ArrayList<>(always);
      if (disjoint) {
        int low = 0;
        int high = dated.size() - 1;
        while (low <= high) {
          int mid = (low + high) >>> 1;
          Period p = period(dated.get(mid));
          if (day.isBefore(p.start())) {
            high = mid - 1;
          } else if (!day.isBefore(p.end())) {
            low = mid + 1;
          } else {
            found.add(dated.get(mid));
            break;
          }
        }
      } else {
        for (Slice s : dated) {
          if (period(s).contains(day)) {
            found.add(s);
          }
        }
      }
      return found;
    }

    private static Period period(Slice s) {
      return Objects.requireNonNull(s.scope.period());
    }
  }

  private static ScopedData all(Dataset dataset) {
    return new ScopedData(
        Scope.ALL,
        dataset.initiatives(),
        dataset.participants(),
        dataset.activities(),
        dataset.attendance(),
        dataset.contributions(),
        dataset.decisions(),
        dataset.payments(),
        dataset.surveyResponses());
  }

  private static boolean overlaps(Initiative i, @Nullable Period period) {
    if (period == null) {
      return true;
    }
    boolean startsBeforeEnd = i.start().isBefore(period.end());
    boolean endsAfterStart = i.end() == null || !i.end().isBefore(period.start());
    return startsBeforeEnd && endsAfterStart;
  }
}
