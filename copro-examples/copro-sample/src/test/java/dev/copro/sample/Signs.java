package dev.copro.sample;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DeclineReason;
import dev.copro.model.Payment;
import dev.copro.model.Perspective;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.SurveyResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The agreed warning-sign rules, evaluated directly on one initiative's records, so that the
 * sample's tests do not depend on the metrics (written elsewhere). Each method returns the ids of
 * the records that show the sign, or the share a threshold applies to.
 */
final class Signs {

  private final Dataset data;
  private final String initiative;
  private final List<Activity> activities;
  private final Set<String> activityIds = new TreeSet<>();

  Signs(Dataset data, String initiative) {
    this.data = data;
    this.initiative = initiative;
    this.activities = data.activitiesOf(initiative);
    activities.forEach(a -> activityIds.add(a.id()));
  }

  boolean isBloc(String participant) {
    Perspective p = data.participant(participant).orElseThrow().perspective();
    return p == Perspective.LIVED_EXPERIENCE || p == Perspective.CARER;
  }

  /** The initiative's attendance records. */
  List<Attendance> attendance() {
    return data.attendance().stream().filter(a -> activityIds.contains(a.activity())).toList();
  }

  /** Attendance records of bloc members who came. */
  List<Attendance> blocAttendances() {
    return attendance().stream().filter(a -> a.attended() && isBloc(a.participant())).toList();
  }

  /** Contributions made by bloc members in the initiative's activities. */
  List<Contribution> blocContributions() {
    return data.contributions().stream()
        .filter(c -> activityIds.contains(c.activity()) && isBloc(c.participant()))
        .toList();
  }

  /** The day a contribution was raised: its own date or its activity's. */
  LocalDate raised(Contribution c) {
    return c.date() != null ? c.date() : data.activity(c.activity()).orElseThrow().date();
  }

  /** The earliest day a bloc member attended an activity or held a vote of positive weight. */
  LocalDate firstBlocInvolvement() {
    Stream<LocalDate> attended =
        blocAttendances().stream().map(a -> data.activity(a.activity()).orElseThrow().date());
    Stream<LocalDate> voted =
        data.decisionsOf(initiative).stream()
            .filter(
                d -> d.votes().stream().anyMatch(v -> v.weight() > 0 && isBloc(v.participant())))
            .map(Decision::date);
    return Stream.concat(attended, voted).min(LocalDate::compareTo).orElseThrow();
  }

  /** Sign 1: the decisions taken before the bloc's first involvement. */
  List<String> decisionsBeforeBloc() {
    LocalDate first = firstBlocInvolvement();
    return data.decisionsOf(initiative).stream()
        .filter(d -> d.date().isBefore(first))
        .map(Decision::id)
        .toList();
  }

  /** Sign 2: decisions with a consultation activity dated after them. */
  List<String> consultedAfterDeciding() {
    return data.decisionsOf(initiative).stream()
        .filter(
            d ->
                d.consultations().stream()
                    .anyMatch(a -> data.activity(a).orElseThrow().date().isAfter(d.date())))
        .map(Decision::id)
        .toList();
  }

  /** Bloc contributions declined for the given reason (sign 3 with does-not-fit-current-model). */
  List<String> blocDeclinedFor(DeclineReason reason) {
    return blocContributions().stream()
        .filter(
            c ->
                c.response() != null
                    && c.response().outcome() == ResponseOutcome.DECLINED
                    && c.response().reason() == reason)
        .map(Contribution::id)
        .toList();
  }

  /** Sign 4: the bloc's proposals and suggestions. */
  List<Contribution> blocIdeas() {
    return blocContributions().stream()
        .filter(
            c -> c.kind() == ContributionKind.PROPOSAL || c.kind() == ContributionKind.SUGGESTION)
        .toList();
  }

  /** Sign 4: the bloc's ideas adopted or adapted, by a response or by a decision. */
  List<String> blocIdeasUsed() {
    Set<String> adoptedByDecisions = new TreeSet<>();
    data.decisionsOf(initiative).forEach(d -> adoptedByDecisions.addAll(d.adopts()));
    return blocIdeas().stream()
        .filter(
            c ->
                adoptedByDecisions.contains(c.id())
                    || c.response() != null
                        && (c.response().outcome() == ResponseOutcome.ADOPTED
                            || c.response().outcome() == ResponseOutcome.ADAPTED))
        .map(Contribution::id)
        .toList();
  }

  /**
   * Sign 5: of the bloc contributions raised at least {@code dueDays} before {@code asOf}, the
   * share with no response within {@code dueDays}.
   */
  double unansweredShare(LocalDate asOf, int dueDays) {
    int due = 0;
    int unanswered = 0;
    for (Contribution c : blocContributions()) {
      LocalDate raised = raised(c);
      if (ChronoUnit.DAYS.between(raised, asOf) < dueDays) {
        continue;
      }
      due++;
      if (c.response() == null || ChronoUnit.DAYS.between(raised, c.response().date()) > dueDays) {
        unanswered++;
      }
    }
    return (double) unanswered / due;
  }

  /** Sign 6: the share of bloc attendances with no payment offered for that activity. */
  double unpaidShare() {
    List<Attendance> attended = blocAttendances();
    long unpaid =
        attended.stream()
            .filter(
                a ->
                    data.paymentsFor(a.activity()).stream()
                        .noneMatch(p -> p.participant().equals(a.participant())))
            .count();
    return (double) unpaid / attended.size();
  }

  /** Activities at least one bloc member attended. */
  List<Activity> attendedByBloc() {
    Set<String> ids = new TreeSet<>();
    blocAttendances().forEach(a -> ids.add(a.activity()));
    return activities.stream().filter(a -> ids.contains(a.id())).toList();
  }

  /** Sign 7: bloc-attended activities with this many days' notice. */
  List<String> withNotice(long days) {
    return attendedByBloc().stream()
        .filter(a -> a.noticeDays() != null && a.noticeDays() == days)
        .map(Activity::id)
        .toList();
  }

  /** Sign 7: bloc-attended activities starting at or after the given time. */
  List<String> startingFrom(LocalTime time) {
    return attendedByBloc().stream()
        .filter(a -> a.startTime() != null && !a.startTime().isBefore(time))
        .map(Activity::id)
        .toList();
  }

  /** Sign 7: bloc-attended activities of at least the given length without refreshments. */
  List<String> longWithoutRefreshments(int minutes) {
    return attendedByBloc().stream()
        .filter(
            a ->
                a.durationMinutes() != null
                    && a.durationMinutes() >= minutes
                    && !a.provisions().contains(AccessProvision.of(AccessKind.REFRESHMENTS)))
        .map(Activity::id)
        .toList();
  }

  /**
   * Sign 8: attendances where the person came needing one of the kinds and the activity lacked it.
   */
  List<String> cameWithoutProvision(AccessKind... kinds) {
    List<String> keys = new ArrayList<>();
    for (Attendance a : attendance()) {
      if (!a.attended()) {
        continue;
      }
      Set<AccessProvision> needs = data.participant(a.participant()).orElseThrow().accessNeeds();
      Set<AccessProvision> offered = data.activity(a.activity()).orElseThrow().provisions();
      for (AccessKind kind : kinds) {
        AccessProvision provision = AccessProvision.of(kind);
        if (needs.contains(provision) && !offered.contains(provision)) {
          keys.add(a.key());
          break;
        }
      }
    }
    return keys;
  }

  /** Attendances or invitations where any declared need was not offered. */
  List<String> needsUnmet() {
    return attendance().stream()
        .filter(
            a ->
                !data.activity(a.activity())
                    .orElseThrow()
                    .provisions()
                    .containsAll(data.participant(a.participant()).orElseThrow().accessNeeds()))
        .map(Attendance::key)
        .toList();
  }

  /**
   * Sign 9: boards, panels, co-design sessions and workshops to which no bloc member was invited.
   */
  List<String> decisionSpacesWithoutBloc() {
    Set<ActivityType> spaces =
        Set.of(
            ActivityType.BOARD, ActivityType.PANEL, ActivityType.CO_DESIGN, ActivityType.WORKSHOP);
    return activities.stream()
        .filter(a -> spaces.contains(a.type()))
        .filter(
            a ->
                data.attendanceAt(a.id()).stream()
                    .noneMatch(x -> x.invited() && isBloc(x.participant())))
        .map(Activity::id)
        .toList();
  }

  /** Sign 10: the share of bloc contributions not documented. */
  double undocumentedShare() {
    List<Contribution> bloc = blocContributions();
    return (double) bloc.stream().filter(c -> !c.documented()).count() / bloc.size();
  }

  /** Mean survey answer about the initiative, of the bloc or of everyone else. */
  double surveyMean(boolean bloc) {
    return data.surveyResponses().stream()
        .filter(r -> initiative.equals(r.initiative()) && isBloc(r.participant()) == bloc)
        .mapToInt(SurveyResponse::value)
        .average()
        .orElseThrow();
  }

  /** The latest day recorded anywhere in the dataset: the default "as of" day of an evaluation. */
  static LocalDate latestDate(Dataset data) {
    List<LocalDate> days = new ArrayList<>();
    data.initiatives()
        .forEach(
            i -> {
              days.add(i.start());
              days.add(i.end());
            });
    data.participants()
        .forEach(
            p -> {
              days.add(p.joined());
              days.add(p.left());
            });
    data.activities().forEach(a -> days.add(a.date()));
    data.contributions()
        .forEach(
            c -> {
              days.add(c.date());
              days.add(c.response() == null ? null : c.response().date());
            });
    data.decisions().forEach(d -> days.add(d.date()));
    for (Payment p : data.payments()) {
      days.add(p.offered());
      days.add(p.claimed());
      days.add(p.paid());
    }
    data.surveyResponses().forEach(r -> days.add(r.date()));
    return days.stream().filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
  }
}
