package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.RecordKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Signs that things were decided without the bloc: "not involved until the end (rubber-stamp)" and
 * "the solution was already decided".
 */
final class TimingSigns {

  private TimingSigns() {}

  /**
   * Sign 1, rubber-stamp: in an initiative, the bloc's first involvement (an attended activity or a
   * vote of positive weight) comes only in the last lifecycle stage the initiative covers (when it
   * covers two or more), or after at least {@code minDecisionsBeforeShare} (half) of the
   * initiative's decisions were taken — so one decision of two taken before the bloc came counts.
   * Initiatives the bloc was never involved in are left to the other signs: there was nothing for
   * it to rubber-stamp.
   */
  static SignResult rubberStamp(SignData d) {
    WarningSign sign = WarningSign.RUBBER_STAMP;
    double minBefore = d.parameters.decimal(WarningSigns.MIN_DECISIONS_BEFORE_SHARE);
    int involved = 0;
    int flagged = 0;
    int lastStageOnly = 0;
    int afterDecisions = 0;
    int decisionsBefore = 0;
    int activitiesBefore = 0;
    List<String> initiatives = new ArrayList<>();
    List<String> decisionsBeforeIds = new ArrayList<>();
    List<String> activitiesBeforeIds = new ArrayList<>();
    Map<String, Involvement> firstInvolvements = firstInvolvements(d);
    for (Initiative initiative : d.context.initiatives()) {
      // The whole history: a period slice must not mistake a later quarter for the initiative's
      // start.
      List<Activity> activities = d.dataset.activitiesOf(initiative.id());
      List<Decision> decisions = d.dataset.decisionsOf(initiative.id());
      Involvement first = firstInvolvements.get(initiative.id());
      if (first == null) {
        continue;
      }
      involved++;
      Set<LifecycleStage> covered = coveredStages(initiative, activities);
      LifecycleStage lastStage =
          covered.stream().max(LifecycleStage::compareTo).orElse(first.stage());
      boolean onlyAtLastStage = covered.size() >= 2 && first.stage().compareTo(lastStage) >= 0;
      List<Decision> before = new ArrayList<>();
      for (Decision decision : decisions) {
        if (decision.date().isBefore(first.date())) {
          before.add(decision);
        }
      }
      // "At least half": a share computed in floating point must not miss an exact half.
      boolean afterMostDecisions =
          !before.isEmpty() && before.size() >= minBefore * decisions.size() - 1e-9;
      if (!onlyAtLastStage && !afterMostDecisions) {
        continue;
      }
      flagged++;
      lastStageOnly += onlyAtLastStage ? 1 : 0;
      afterDecisions += afterMostDecisions ? 1 : 0;
      initiatives.add(initiative.id());
      for (Decision decision : before) {
        decisionsBeforeIds.add(decision.id());
        decisionsBefore++;
      }
      for (Activity activity : activities) {
        if (activity.date().isBefore(first.date())) {
          activitiesBeforeIds.add(activity.id());
          activitiesBefore++;
        }
      }
    }
    if (involved == 0) {
      return SignResult.notAssessed(
          sign, d.who + " were not involved in any initiative in scope", List.of());
    }
    if (flagged == 0) {
      return SignResult.clear(sign, List.of());
    }
    String lastStage = "at the last stage";
    String late =
        "after " + SignData.percent(minBefore, 0) + " or more of the decisions had been taken";
    String how;
    if (lastStageOnly == flagged && afterDecisions == flagged) {
      how = lastStage + ", " + late;
    } else if (lastStageOnly == flagged || afterDecisions == flagged) {
      how = lastStageOnly == flagged ? lastStage : late;
    } else {
      // Each flagged initiative meets one test at least, so neither count is 0 here.
      how =
          "at the end: in "
              + lastStageOnly
              + " "
              + lastStage
              + ", and in "
              + afterDecisions
              + " "
              + late;
    }
    List<String> before = new ArrayList<>();
    if (decisionsBefore > 0) {
      before.add(Plural.of(decisionsBefore, "decision", "decisions") + " had been taken");
    }
    if (activitiesBefore > 0) {
      before.add(
          Plural.of(activitiesBefore, "activity", "activities")
              + (decisionsBefore > 0 ? "" : " had been")
              + " held");
    }
    String message =
        "In "
            + Plural.ofAll(flagged, involved, "initiative", "initiatives")
            + " that "
            + d.who
            + " took "
            + "part in, they were brought in only "
            + how
            + "."
            + (before.isEmpty()
                ? ""
                : " Before they were first involved, " + String.join(" and ", before) + ".");
    return SignResult.detected(
        sign,
        message,
        List.of(),
        Evidence.of(RecordKind.INITIATIVE, initiatives),
        Evidence.of(RecordKind.DECISION, decisionsBeforeIds),
        Evidence.of(RecordKind.ACTIVITY, activitiesBeforeIds));
  }

  /**
   * Sign 2, already-decided: decisions whose consultation activities are dated after the decision,
   * and bloc contributions declined as already decided; detected at {@code minAlreadyDecided} such
   * decisions and contributions together.
   */
  static SignResult alreadyDecided(SignData d) {
    WarningSign sign = WarningSign.ALREADY_DECIDED;
    if (d.context.decisions().isEmpty() && d.blocContributions == 0) {
      return SignResult.notAssessed(
          sign, "there are no decisions in scope and no contributions by " + d.who, List.of());
    }
    Set<String> consultations = new TreeSet<>();
    List<String> decisions = new ArrayList<>();
    for (Decision decision : d.context.decisions()) {
      boolean late = false;
      for (String activityId : decision.consultations()) {
        if (d.dataset.activity(activityId).orElseThrow().date().isAfter(decision.date())) {
          consultations.add(activityId);
          late = true;
        }
      }
      if (late) {
        decisions.add(decision.id());
      }
    }
    int consultedLate = decisions.size();
    long declined = d.declinedAsDecided.count();
    int min = d.parameters.integer(WarningSigns.MIN_ALREADY_DECIDED);
    if (consultedLate + declined < min) {
      return SignResult.clear(sign, List.of());
    }
    List<String> what = new ArrayList<>();
    if (consultedLate > 0) {
      what.add(
          Plural.of(consultedLate, "decision was", "decisions were")
              + " taken before the consultation about "
              + Plural.word(consultedLate, "it", "them"));
    }
    if (declined > 0) {
      what.add(
          Plural.of(declined, "contribution", "contributions")
              + " by "
              + d.who
              + " "
              + Plural.word(declined, "was", "were")
              + " declined because the matter was already decided");
    }
    String message = Words.capitalised(String.join(", and ", what)) + ".";
    return SignResult.detected(
        sign,
        message,
        List.of(),
        Evidence.of(RecordKind.ACTIVITY, consultations),
        Evidence.of(RecordKind.DECISION, decisions),
        d.declinedAsDecided);
  }

  /**
   * The bloc's first involvement in each initiative it was ever involved in, by initiative id, from
   * each initiative's whole record: the same in every slice, so worked out once per evaluation.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Involvement> firstInvolvements(SignData d) {
    return d.context.shared(
        WarningSigns.ID + "/first-involvements",
        Map.class,
        () -> {
          Map<String, Involvement> firsts = new HashMap<>();
          for (Initiative initiative : d.dataset.initiatives()) {
            Involvement first =
                firstInvolvement(
                    d,
                    d.dataset.activitiesOf(initiative.id()),
                    d.dataset.decisionsOf(initiative.id()));
            if (first != null) {
              firsts.put(initiative.id(), first);
            }
          }
          return firsts;
        });
  }

  /**
   * The bloc's first involvement in an initiative, from its whole record; {@code null} when it was
   * never involved.
   */
  private static @Nullable Involvement firstInvolvement(
      SignData d, List<Activity> activities, List<Decision> decisions) {
    LocalDate date = null;
    LifecycleStage stage = null;
    for (Activity a : activities) {
      if (d.blocAttendedEver(d.positions.activity(a.id()))) {
        date = earlier(date, a.date());
        stage = stage == null || a.stage().compareTo(stage) < 0 ? a.stage() : stage;
      }
    }
    for (Decision decision : decisions) {
      if (decision.votes().stream()
          .anyMatch(v -> v.weight() > 0 && d.context.isBloc(v.participant()))) {
        date = earlier(date, decision.date());
        LifecycleStage s = d.dataset.stageOf(decision).orElse(null);
        stage = s != null && (stage == null || s.compareTo(stage) < 0) ? s : stage;
      }
    }
    return date == null || stage == null ? null : new Involvement(date, stage);
  }

  private static LocalDate earlier(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** The stages an initiative covers: as recorded, or else those of its activities. */
  private static Set<LifecycleStage> coveredStages(
      Initiative initiative, List<Activity> activities) {
    if (!initiative.stages().isEmpty()) {
      return initiative.stages();
    }
    Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    for (Activity a : activities) {
      stages.add(a.stage());
    }
    return stages;
  }

  /**
   * The bloc's first involvement in an initiative.
   *
   * @param date the earliest day the bloc attended or held a vote
   * @param stage the earliest lifecycle stage in which it attended or held a vote
   */
  private record Involvement(LocalDate date, LifecycleStage stage) {}
}
