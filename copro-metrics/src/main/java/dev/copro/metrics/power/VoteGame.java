package dev.copro.metrics.power;

import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Vote;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The voting game {@code [quota; weights]} of a weighted-vote or simple-majority decision, its
 * players in the order of the decision's votes: the one place that says how a decision's record
 * becomes a game, for the voting-power and seat-share metrics alike.
 *
 * <p>A weighted vote is the game of its recorded weights and quota. A simple-majority decision is
 * one member, one vote: weight 1 for each voter listed with a weight above 0, 0 for a seat without
 * a vote, and quota {@code ⌊v/2⌋ + 1} of those {@code v} voters ("more than half").
 *
 * @param weights the players' weights in the game, in the order of the votes
 * @param quota the weight a coalition needs to carry the decision, from 1 to the total weight
 * @param total the total weight (saturated at {@link Long#MAX_VALUE}, far beyond any table)
 */
record VoteGame(long[] weights, long quota, long total) {

  /**
   * The game of a decision, or {@code null} for rules other than weighted vote and simple majority
   * and for votes that cannot carry (no voter with a weight above 0, a quota outside 1 to the total
   * weight).
   */
  static @Nullable VoteGame of(Decision decision) {
    List<Vote> votes = decision.votes();
    long[] weights = new long[votes.size()];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      long weight = votes.get(i).weight();
      weights[i] = decision.rule() == DecisionRule.SIMPLE_MAJORITY ? Math.min(1, weight) : weight;
      // Saturate rather than overflow: such weights are far beyond any table and left out as too
      // large.
      total = total > Long.MAX_VALUE - weights[i] ? Long.MAX_VALUE : total + weights[i];
    }
    Long quota =
        switch (decision.rule()) {
          case WEIGHTED_VOTE -> decision.quota();
          case SIMPLE_MAJORITY -> total / 2 + 1;
          case CONSENSUS, DELEGATED, UNILATERAL, OTHER -> null;
        };
    if (quota == null || quota < 1 || quota > total) {
      return null;
    }
    return new VoteGame(weights, quota, total);
  }

  /**
   * The lived-experience bloc's share of the heads in a vote: bloc members listed ÷ members listed,
   * seats without a vote (weight 0) included; 0 when none are listed.
   */
  static double headShare(List<Vote> votes, Predicate<String> inBloc) {
    long bloc = votes.stream().filter(v -> inBloc.test(v.participant())).count();
    return votes.isEmpty() ? 0 : (double) bloc / votes.size();
  }

  /** The bloc's share of this game's weight: the bloc members' weights ÷ {@link #total()}. */
  double weightShare(List<Vote> votes, Predicate<String> inBloc) {
    double bloc = 0;
    for (int i = 0; i < weights.length; i++) {
      bloc += inBloc.test(votes.get(i).participant()) ? weights[i] : 0;
    }
    return bloc / total;
  }

  /** Whether the decision was taken by a vote whose power can be measured. */
  static boolean isVote(Decision decision) {
    return switch (decision.rule()) {
      case WEIGHTED_VOTE, SIMPLE_MAJORITY -> true;
      case CONSENSUS, DELEGATED, UNILATERAL, OTHER -> false;
    };
  }
}
