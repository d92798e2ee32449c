package dev.copro.metrics.ladder;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Decision;
import dev.copro.model.Vote;
import dev.copro.spi.EvaluationContext;

/**
 * Whether and how the bloc took part in the records in scope: the facts the bottom rungs of the
 * ladder rest on, read from the data because no metric's value says "the bloc was not there".
 *
 * @param attendances the bloc's attendances (attended, not merely invited)
 * @param contributions the bloc's contributions
 * @param votes the bloc's votes of positive weight
 * @param trainingOnly whether every activity the bloc attended was training
 */
record BlocPresence(int attendances, int contributions, int votes, boolean trainingOnly) {

  /** Counts the bloc's part in the records in scope. */
  static BlocPresence of(EvaluationContext context) {
    int attendances = 0;
    boolean trainingOnly = true;
    for (Attendance a : context.attendance()) {
      if (a.attended() && context.isBloc(a.participant())) {
        attendances++;
        trainingOnly &= context.dataset().activity(a.activity()).map(Activity::type)
            .filter(type -> type == ActivityType.TRAINING).isPresent();
      }
    }
    int contributions = 0;
    for (Contribution c : context.contributions()) {
      contributions += context.isBloc(c.participant()) ? 1 : 0;
    }
    int votes = 0;
    for (Decision d : context.decisions()) {
      for (Vote v : d.votes()) {
        votes += v.weight() > 0 && context.isBloc(v.participant()) ? 1 : 0;
      }
    }
    return new BlocPresence(attendances, contributions, votes, attendances > 0 && trainingOnly);
  }

  /** Whether the bloc took no part at all. */
  boolean none() {
    return attendances == 0 && contributions == 0 && votes == 0;
  }

  /** Whether the bloc had a voice: it contributed or held a vote. */
  boolean hadVoice() {
    return contributions > 0 || votes > 0;
  }
}
