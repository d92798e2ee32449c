package dev.copro.metrics.involvement;

import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Vote;
import dev.copro.spi.EvaluationContext;
import java.util.Comparator;
import java.util.List;

/**
 * Who held a say in a decision, read the same way as {@code copro.power.decision-inclusion}: a vote
 * with weight above zero, or — for consensus, delegated and unilateral decisions, where the listed
 * voters are the parties to it — any listing.
 */
final class BlocSay {

  private BlocSay() {}

  /** Whether the vote gave its holder a say in the decision. */
  static boolean counts(Decision decision, Vote vote) {
    return switch (decision.rule()) {
      case CONSENSUS, DELEGATED, UNILATERAL -> true;
      case SIMPLE_MAJORITY, WEIGHTED_VOTE, OTHER -> vote.weight() > 0;
    };
  }

  /** Whether a member of the context's bloc held a say in the decision. */
  static boolean held(EvaluationContext context, Decision decision) {
    for (Vote vote : decision.votes()) {
      if (counts(decision, vote) && context.isBloc(vote.participant())) {
        return true;
      }
    }
    return false;
  }

  /** The initiatives in scope in id order, so that findings do not depend on record order. */
  static List<Initiative> initiativesById(EvaluationContext context) {
    return context.initiatives().stream().sorted(Comparator.comparing(Initiative::id)).toList();
  }
}
