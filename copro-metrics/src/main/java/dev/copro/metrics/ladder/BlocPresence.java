package dev.copro.metrics.ladder;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Decision;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Vote;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Whether and how the bloc took part in the records in scope, and for how long: the facts the
 * bottom rungs and the continuity rule rest on, read from the data because no metric's value says
 * "the bloc was not there" or "it was a one-off".
 *
 * @param attendances the bloc's attendances (attended, not merely invited)
 * @param contributions the bloc's contributions
 * @param votes the bloc's votes of positive weight
 * @param trainingOnly whether every activity the bloc attended was training
 * @param activities how many distinct activities the bloc attended or voted in
 * @param firstDay the first day the bloc attended or voted, or {@code null} if never
 * @param lastDay the last day the bloc attended or voted, or {@code null} if never
 * @param stages the lifecycle stages in which the bloc attended or voted
 * @param stagesCovered the lifecycle stages the activities in scope cover
 */
record BlocPresence(
    int attendances,
    int contributions,
    int votes,
    boolean trainingOnly,
    int activities,
    @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay,
    Set<LifecycleStage> stages,
    Set<LifecycleStage> stagesCovered) {

  BlocPresence {
    stages = Set.copyOf(stages);
    stagesCovered = Set.copyOf(stagesCovered);
  }

  /**
   * What one tally of the bloc's attendances and contributions shows, with its votes of positive
   * weight counted from the decisions that {@code counts}.
   *
   * @param tally the bloc's attendances and contributions
   * @param decisions the decisions in scope
   * @param activities the activities in scope, to find the stages they cover
   * @param counts which decisions and activities belong to the scope being placed
   * @param isBloc whether a participant belongs to the bloc
   * @param stageOf the stage of a decision, if known
   */
  static BlocPresence of(
      Tally tally,
      List<Decision> decisions,
      List<Activity> activities,
      Predicate<String> counts,
      Predicate<String> isBloc,
      java.util.function.Function<Decision, @Nullable LifecycleStage> stageOf) {
    int votes = 0;
    int votedIn = 0;
    LocalDate first = tally.firstDay;
    LocalDate last = tally.lastDay;
    Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    stages.addAll(tally.stages);
    for (Decision d : decisions) {
      if (!counts.test(d.initiative())) {
        continue;
      }
      int bloc = 0;
      for (Vote v : d.votes()) {
        bloc += v.weight() > 0 && isBloc.test(v.participant()) ? 1 : 0;
      }
      if (bloc > 0) {
        votes += bloc;
        // A vote at a meeting the bloc attended is the same involvement, not another activity.
        votedIn += d.activity() == null ? 1 : 0;
        first = first == null || d.date().isBefore(first) ? d.date() : first;
        last = last == null || d.date().isAfter(last) ? d.date() : last;
        LifecycleStage stage = stageOf.apply(d);
        if (stage != null) {
          stages.add(stage);
        }
      }
    }
    Set<LifecycleStage> covered = EnumSet.noneOf(LifecycleStage.class);
    for (Activity a : activities) {
      if (counts.test(a.initiative())) {
        covered.add(a.stage());
      }
    }
    return new BlocPresence(
        tally.attendances,
        tally.contributions,
        votes,
        tally.attendances > 0 && tally.onlyTraining,
        tally.activities.cardinality() + votedIn,
        first,
        last,
        stages,
        covered);
  }

  /** Whether the bloc took no part at all. */
  boolean none() {
    return attendances == 0 && contributions == 0 && votes == 0;
  }

  /** Whether the bloc had a voice: it contributed or held a vote. */
  boolean hadVoice() {
    return contributions > 0 || votes > 0;
  }

  /**
   * Whole months from the bloc's first to its last involvement; 0 if it was involved once or never.
   */
  long monthsInvolved() {
    return firstDay == null || lastDay == null ? 0 : ChronoUnit.MONTHS.between(firstDay, lastDay);
  }

  /**
   * The bloc's attendances and contributions in one scope, gathered record by record and mergeable.
   * Activities are marked by their position in the dataset.
   */
  static final class Tally {
    int attendances;
    int contributions;
    boolean onlyTraining = true;
    final BitSet activities = new BitSet();
    @Nullable LocalDate firstDay;
    @Nullable LocalDate lastDay;
    final Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);

    /** Counts an attendance of a bloc member at the activity at {@code position}. */
    void attended(int position, Activity activity) {
      attendances++;
      onlyTraining &= activity.type() == ActivityType.TRAINING;
      activities.set(position);
      firstDay =
          firstDay == null || activity.date().isBefore(firstDay) ? activity.date() : firstDay;
      lastDay = lastDay == null || activity.date().isAfter(lastDay) ? activity.date() : lastDay;
      stages.add(activity.stage());
    }

    void merge(Tally o) {
      attendances += o.attendances;
      contributions += o.contributions;
      onlyTraining &= o.onlyTraining;
      activities.or(o.activities);
      if (o.firstDay != null && (firstDay == null || o.firstDay.isBefore(firstDay))) {
        firstDay = o.firstDay;
      }
      if (o.lastDay != null && (lastDay == null || o.lastDay.isAfter(lastDay))) {
        lastDay = o.lastDay;
      }
      stages.addAll(o.stages);
    }
  }
}
