package dev.copro.metrics.ladder;

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

  /**
   * The bloc's part in the records in scope, given what the events showed: its votes of positive
   * weight are counted from the decisions in scope.
   *
   * @param attendances the bloc's attendances
   * @param contributions the bloc's contributions
   * @param onlyTraining whether every activity the bloc attended was training (true when it attended none)
   */
  static BlocPresence of(EvaluationContext context, int attendances, int contributions, boolean onlyTraining) {
    int votes = 0;
    for (Decision d : context.decisions()) {
      for (Vote v : d.votes()) {
        votes += v.weight() > 0 && context.isBloc(v.participant()) ? 1 : 0;
      }
    }
    return new BlocPresence(attendances, contributions, votes, attendances > 0 && onlyTraining);
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
