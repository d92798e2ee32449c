package dev.copro.metrics.support;

import dev.copro.model.Decision;
import dev.copro.model.Vote;
import dev.copro.spi.EvaluationContext;

/**
 * Who held a say in a decision, read the same way by every default metric: a vote with weight above
 * zero, or — for consensus, delegated and unilateral decisions, where the voters listed are the
 * parties to it — any listing.
 */
public final class Say {

  private Say() {}

  /** Whether the vote gave its holder a say in the decision. */
  public static boolean gives(Decision decision, Vote vote) {
    return switch (decision.rule()) {
      case CONSENSUS, DELEGATED, UNILATERAL -> true;
      case SIMPLE_MAJORITY, WEIGHTED_VOTE, OTHER -> vote.weight() > 0;
    };
  }

  /** Whether a member of the context's bloc held a say in the decision. */
  public static boolean heldByBloc(EvaluationContext context, Decision decision) {
    for (Vote vote : decision.votes()) {
      if (gives(decision, vote) && context.isBloc(vote.participant())) {
        return true;
      }
    }
    return false;
  }
}
