package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.model.Vote;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The one-pass slicing of {@link ScopedData#ofEach} (and of {@link ScopedData#eventsEach}, the
 * events only) against a direct transcription of the membership rules documented on {@link Scope},
 * one scope at a time: the engine's slices by initiative and by period (disjoint), plus overlapping
 * periods and initiative-and-period scopes that only hosts build.
 */
class ScopedDataTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 200)
  void ofEach_givesEachScopeTheRecordsTheDocumentedRulesGive(@ForAll("datasets") Dataset dataset) {
    List<Scope> scopes = new ArrayList<>();
    scopes.add(Scope.ALL);
    dataset.initiatives().forEach(i -> scopes.add(new Scope(i.id(), null)));
    scopes.add(new Scope("no-such-initiative", null));
    List<Period> quarters = Periods.covering(dataset, PeriodUnit.QUARTER);
    quarters.forEach(p -> scopes.add(new Scope(null, p)));
    // Overlapping periods (a year over its quarters) and initiative-and-period scopes.
    Periods.covering(dataset, PeriodUnit.YEAR).forEach(p -> scopes.add(new Scope(null, p)));
    if (!quarters.isEmpty()) {
      dataset
          .initiatives()
          .forEach(i -> scopes.add(new Scope(i.id(), quarters.get(quarters.size() / 2))));
    }

    List<ScopedData> sliced = ScopedData.ofEach(dataset, scopes);
    EventBatch all =
        EventBatch.of(
            dataset,
            dataset.attendance(),
            dataset.contributions(),
            dataset.payments(),
            dataset.surveyResponses());
    List<ScopedData.Sliced> withPeople = ScopedData.sliceEach(dataset, all, scopes);
    List<EventBatch> eventsOnly = ScopedData.eventsEach(dataset, all, scopes);

    assertThat(sliced).hasSize(scopes.size());
    for (int s = 0; s < scopes.size(); s++) {
      ScopedData expected = Oracle.of(dataset, scopes.get(s));
      assertThat(sliced.get(s)).as(scopes.get(s).label()).isEqualTo(expected);
      assertThat(ScopedData.of(dataset, scopes.get(s))).isEqualTo(sliced.get(s));
      assertThat(withPeople.get(s).data()).isEqualTo(expected);
      assertThat(withPeople.get(s).people())
          .as(scopes.get(s).label())
          .isEqualTo(Oracle.people(dataset, expected));
      EventBatch expectedEvents =
          EventBatch.of(
              dataset,
              expected.attendance(),
              expected.contributions(),
              expected.payments(),
              expected.surveyResponses());
      assertSameBatch(withPeople.get(s).events(), expectedEvents);
      assertSameBatch(eventsOnly.get(s), expectedEvents);
    }
  }

  /**
   * The same rows with the same positions: a slice's batch, cut from the whole one, resolves as a
   * fresh batch does.
   */
  private static void assertSameBatch(EventBatch actual, EventBatch expected) {
    assertThat(rows(actual)).isEqualTo(rows(expected));
  }

  private static List<List<Object>> rows(EventBatch b) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < b.attendanceCount(); i++) {
      rows.add(List.of(b.attendance(i), b.attendanceActivity(i), b.attendanceParticipant(i)));
    }
    for (int i = 0; i < b.contributionCount(); i++) {
      rows.add(List.of(b.contribution(i), b.contributionActivity(i), b.contributionParticipant(i)));
    }
    for (int i = 0; i < b.paymentCount(); i++) {
      rows.add(List.of(b.payment(i), b.paymentActivity(i), b.paymentParticipant(i)));
    }
    for (int i = 0; i < b.surveyResponseCount(); i++) {
      rows.add(List.of(b.surveyResponse(i), b.surveyResponseParticipant(i)));
    }
    return rows;
  }

  @Property(tries = 50)
  void disjointAndOverlappingPeriodsAgree(@ForAll("datasets") Dataset dataset) {
    List<Scope> quarters =
        Periods.covering(dataset, PeriodUnit.QUARTER).stream()
            .map(p -> new Scope(null, p))
            .toList();
    List<Scope> withYears = new ArrayList<>(quarters);
    Periods.covering(dataset, PeriodUnit.YEAR).forEach(p -> withYears.add(new Scope(null, p)));
    assertThat(ScopedData.ofEach(dataset, withYears).subList(0, quarters.size()))
        .isEqualTo(ScopedData.ofEach(dataset, quarters));
  }

  /** The rules of {@link Scope}, applied to one scope by scanning every record. */
  private static final class Oracle {
    /**
     * The people behind a scope's records: its participants and its survey respondents; every
     * participant for the whole dataset.
     */
    static int people(Dataset dataset, ScopedData data) {
      if (data.scope().isAll()) {
        return dataset.participants().size();
      }
      Set<String> people = new HashSet<>();
      data.participants().forEach(p -> people.add(p.id()));
      for (SurveyResponse r : data.surveyResponses()) {
        if (dataset.participant(r.participant()).isPresent()) {
          people.add(r.participant());
        }
      }
      return people.size();
    }

    static ScopedData of(Dataset dataset, Scope scope) {
      if (scope.isAll()) {
        return new ScopedData(
            scope,
            dataset.initiatives(),
            dataset.participants(),
            dataset.activities(),
            dataset.attendance(),
            dataset.contributions(),
            dataset.decisions(),
            dataset.payments(),
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
      List<Activity> candidates =
          initiative == null ? dataset.activities() : dataset.activitiesOf(initiative);
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
      for (Decision d :
          initiative == null ? dataset.decisions() : dataset.decisionsOf(initiative)) {
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
        payments.sort(Comparator.comparingInt(dataset.payments()::indexOf));
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
      return new ScopedData(
          scope,
          initiatives,
          participants,
          activities,
          attendance,
          contributions,
          decisions,
          payments,
          responses);
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
}
