package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.model.Vote;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The records of a dataset that fall in one {@link Scope}, computed once and shared by every
 * metric evaluated in that scope. The membership rules are those documented on {@link Scope}.
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
    return of(dataset, scope, scope.initiative() == null ? p -> 0 : paymentPositions(dataset));
  }

  /** The position of every payment in {@link Dataset#payments()}, by identity. */
  static ToIntFunction<Payment> paymentPositions(Dataset dataset) {
    Map<Payment, Integer> positions = new IdentityHashMap<>(dataset.payments().size() * 2);
    for (int i = 0; i < dataset.payments().size(); i++) {
      positions.put(dataset.payments().get(i), i);
    }
    return positions::get;
  }

  /**
   * The records of {@code dataset} in {@code scope}, given where each payment is in the dataset
   * (only used for an initiative's scope; the engine computes the positions once per evaluation).
   */
  static ScopedData of(Dataset dataset, Scope scope, ToIntFunction<Payment> paymentPosition) {
    if (scope.isAll()) {
      return new ScopedData(scope, dataset.initiatives(), dataset.participants(), dataset.activities(),
          dataset.attendance(), dataset.contributions(), dataset.decisions(), dataset.payments(),
          dataset.surveyResponses());
    }
    String initiative = scope.initiative();
    Period period = scope.period();

    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative i : dataset.initiatives()) {
      if ((initiative == null || i.id().equals(initiative)) && overlaps(i, period)) {
        initiatives.add(i);
      }
    }
    List<Activity> activities = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    Set<String> people = new HashSet<>();
    List<Activity> candidates = initiative == null ? dataset.activities() : dataset.activitiesOf(initiative);
    for (Activity a : candidates) {
      if (in(period, a.date())) {
        activities.add(a);
        for (Attendance at : dataset.attendanceAt(a.id())) {
          attendance.add(at);
          people.add(at.participant());
        }
        for (Contribution c : dataset.contributionsIn(a.id())) {
          contributions.add(c);
          people.add(c.participant());
        }
      }
    }
    List<Decision> decisions = new ArrayList<>();
    for (Decision d : initiative == null ? dataset.decisions() : dataset.decisionsOf(initiative)) {
      if (in(period, d.date())) {
        decisions.add(d);
        for (Vote v : d.votes()) {
          people.add(v.participant());
        }
      }
    }
    List<Payment> payments = new ArrayList<>();
    if (initiative != null) {
      // An initiative's payments are those of its activities: gathered through the index rather
      // than by scanning every payment for every initiative, then put back in dataset order.
      for (Activity a : activities) {
        payments.addAll(dataset.paymentsFor(a.id()));
      }
      payments.sort(Comparator.comparingInt(paymentPosition));
    } else {
      Set<String> activityIds = new HashSet<>();
      for (Activity a : activities) {
        activityIds.add(a.id());
      }
      for (Payment p : dataset.payments()) {
        if (p.activity() != null ? activityIds.contains(p.activity()) : in(period, p.offered())) {
          payments.add(p);
        }
      }
    }
    for (Payment p : payments) {
      people.add(p.participant());
    }
    List<SurveyResponse> responses = new ArrayList<>();
    for (SurveyResponse r : dataset.surveyResponses()) {
      boolean initiativeMatches = initiative == null || initiative.equals(r.initiative());
      if (initiativeMatches && in(period, r.date())) {
        responses.add(r);
      }
    }
    List<Participant> participants = new ArrayList<>();
    for (Participant p : dataset.participants()) {
      if (people.contains(p.id())) {
        participants.add(p);
      }
    }
    return new ScopedData(scope, initiatives, participants, activities, attendance, contributions, decisions,
        payments, responses);
  }

  private static boolean in(@Nullable Period period, LocalDate day) {
    return period == null || period.contains(day);
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
