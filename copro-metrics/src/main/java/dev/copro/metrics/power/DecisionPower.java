package dev.copro.metrics.power;

import dev.copro.model.Decision;
import dev.copro.model.Vote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The a priori voting power in one weighted-vote or simple-majority decision: each member's
 * indices, and the lived-experience bloc's as a coalition whose members vote together as one player
 * — what {@code copro.power.voting-power} averages over the decisions in scope.
 *
 * <p>The decision is the weighted voting game of its record: a weighted vote has its recorded
 * weights and quota; a simple majority is one member, one vote (weight 1 for each voter listed with
 * a weight above 0, 0 for a seat without a vote) with quota {@code ⌊v/2⌋ + 1} of the {@code v}
 * voters — more than half. Indices are those of {@link WeightedVotingGame}: the normalised Banzhaf
 * index and the Shapley–Shubik index. The bloc's own indices are those of the game in which its
 * members are merged into one player of their total weight, everyone else playing alone.
 *
 * @param decision the decision's id
 * @param quota the weight that carries the decision
 * @param totalWeight the total weight of the votes in the game
 * @param members every member listed in the vote, in the order of the decision's votes
 * @param bloc the bloc as one coalition
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record DecisionPower(
    String decision, long quota, long totalWeight, List<MemberPower> members, CoalitionPower bloc) {

  /**
   * Checks presence, that the quota lies between 1 and the total weight, and takes an immutable
   * copy of the members.
   */
  public DecisionPower {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(bloc, "bloc");
    members = List.copyOf(members);
    if (quota < 1 || quota > totalWeight) {
      throw new IllegalArgumentException(
          "the quota " + quota + " is not between 1 and the total weight " + totalWeight);
    }
  }

  /**
   * The voting power in a decision, with the bloc given by a test on participant ids (such as
   * {@code EvaluationContext::isBloc}). Solves the game afresh on each call; see {@link
   * WeightedVotingGame} for the costs.
   *
   * @param decision a decision
   * @param inBloc whether the participant with the given id belongs to the lived-experience bloc
   * @return the power in the decision; empty if it was not taken by weighted vote or simple
   *     majority, or its vote cannot carry (no voter with a weight above 0, or a quota outside 1 to
   *     the total weight)
   * @throws IllegalStateException if the game's weights are too large for exact tables ({@link
   *     WeightedVotingGame#isTractable()})
   */
  public static Optional<DecisionPower> of(Decision decision, Predicate<String> inBloc) {
    Objects.requireNonNull(inBloc, "inBloc");
    VoteGame game = VoteGame.of(decision);
    if (game == null) {
      return Optional.empty();
    }
    SolvedGames solved = new SolvedGames();
    SolvedGames.Solution solution = solved.solve(game.weights(), game.quota());
    if (!solution.isTractable()) {
      throw new IllegalStateException(
          "the weights of decision '"
              + decision.id()
              + "' are too large for exact "
              + "voting-power tables (over "
              + WeightedVotingGame.MAX_TABLE_CELLS
              + " cells)");
    }
    return Optional.of(of(decision, game, solution, inBloc, solved));
  }

  /**
   * The voting power in a decision whose game has been solved and is tractable, the bloc's merged
   * game solved through {@code solved}. Merging cannot make the game intractable: the merged
   * weights are sums of the original ones, so their common divisor is a multiple of the original
   * one, the quota and total are unchanged and there are no more players.
   */
  static DecisionPower of(
      Decision decision,
      VoteGame game,
      SolvedGames.Solution solution,
      Predicate<String> inBloc,
      SolvedGames solved) {
    List<Vote> votes = decision.votes();
    long[] weights = game.weights();
    List<MemberPower> members = new ArrayList<>(votes.size());
    long[] merged = new long[votes.size() + 1];
    int others = 0;
    int blocMembers = 0;
    for (int i = 0; i < weights.length; i++) {
      String participant = votes.get(i).participant();
      boolean fromBloc = inBloc.test(participant);
      members.add(
          new MemberPower(
              participant,
              fromBloc,
              weights[i],
              solution.banzhaf(weights[i]),
              solution.hasShapleyShubik()
                  ? OptionalDouble.of(solution.shapleyShubik(weights[i]))
                  : OptionalDouble.empty(),
              solution.isDummy(weights[i])));
      if (fromBloc) {
        merged[0] += weights[i];
        blocMembers++;
      } else {
        merged[1 + others++] = weights[i];
      }
    }
    long blocWeight = merged[0];
    SolvedGames.Solution coalition = solved.solve(Arrays.copyOf(merged, 1 + others), game.quota());
    CoalitionPower bloc =
        new CoalitionPower(
            blocMembers,
            blocWeight,
            game.total() - blocWeight,
            blocWeight >= game.quota(),
            game.total() - blocWeight < game.quota(),
            coalition.banzhaf(blocWeight),
            coalition.hasShapleyShubik()
                ? OptionalDouble.of(coalition.shapleyShubik(blocWeight))
                : OptionalDouble.empty());
    return new DecisionPower(decision.id(), game.quota(), game.total(), members, bloc);
  }

  /** The sum of the bloc members' own normalised Banzhaf indices, each member voting alone. */
  public double blocMembersBanzhaf() {
    double sum = 0;
    for (MemberPower member : members) {
      sum += member.inBloc() ? member.banzhaf() : 0;
    }
    return sum;
  }

  /**
   * One member's power in the decision, voting alone.
   *
   * @param participant the member's participant id (pseudonymous)
   * @param inBloc whether the member belongs to the lived-experience bloc
   * @param weight the member's weight in the game: the recorded weight in a weighted vote; 1, or 0
   *     for a seat without a vote, under simple majority
   * @param banzhaf the normalised Banzhaf index, in [0, 1]
   * @param shapleyShubik the Shapley–Shubik index, in [0, 1]; empty when the game is too large for
   *     its tables ({@link WeightedVotingGame#isShapleyShubikTractable()})
   * @param powerless whether the member can never change the outcome, whatever they vote (a dummy:
   *     a seat of weight 0, or a vote too light ever to tip a losing coalition)
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public record MemberPower(
      String participant,
      boolean inBloc,
      long weight,
      double banzhaf,
      OptionalDouble shapleyShubik,
      boolean powerless) {

    /** Checks presence and ranges. */
    public MemberPower {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(shapleyShubik, "shapleyShubik");
      requireWeight(weight, "weight");
      requireIndex(banzhaf, "banzhaf");
      shapleyShubik.ifPresent(v -> requireIndex(v, "shapleyShubik"));
    }
  }

  /**
   * The lived-experience bloc's power in the decision when its members vote together, as one player
   * of their total weight.
   *
   * @param memberCount how many bloc members are listed in the vote (seats without a vote included)
   * @param weight the bloc members' total weight in the game
   * @param otherWeight everyone else's total weight
   * @param canCarry whether the bloc alone reaches the quota: voting together, it carries the
   *     decision whatever the others vote
   * @param canBlock whether everyone else together stays below the quota: voting together against,
   *     the bloc defeats the decision whatever the others vote (a blocking minority, or more)
   * @param banzhaf the merged player's normalised Banzhaf index, in [0, 1]
   * @param shapleyShubik the merged player's Shapley–Shubik index, in [0, 1]; empty when the merged
   *     game is too large for its tables
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public record CoalitionPower(
      int memberCount,
      long weight,
      long otherWeight,
      boolean canCarry,
      boolean canBlock,
      double banzhaf,
      OptionalDouble shapleyShubik) {

    /** Checks ranges. */
    public CoalitionPower {
      Objects.requireNonNull(shapleyShubik, "shapleyShubik");
      if (memberCount < 0) {
        throw new IllegalArgumentException("memberCount must not be negative, not " + memberCount);
      }
      requireWeight(weight, "weight");
      requireWeight(otherWeight, "otherWeight");
      requireIndex(banzhaf, "banzhaf");
      shapleyShubik.ifPresent(v -> requireIndex(v, "shapleyShubik"));
    }

    /** Whether the bloc, even voting together, can neither carry the decision nor block it. */
    public boolean canNeitherCarryNorBlock() {
      return !canCarry && !canBlock;
    }
  }

  private static void requireWeight(long weight, String name) {
    if (weight < 0) {
      throw new IllegalArgumentException(name + " must not be negative, not " + weight);
    }
  }

  private static void requireIndex(double index, String name) {
    if (!(index >= 0 && index <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], not " + index);
    }
  }
}
