package dev.copro.metrics.power;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.power.voting-power}: the a priori voting power of the lived-experience bloc — the
 * sum of its members' normalised Banzhaf indices — averaged over the weighted-vote and
 * simple-majority decisions in scope, against its share of the vote weight.
 *
 * <p>A weighted vote is the game {@code [quota; weights]} of its record. A simple-majority
 * decision is the one-member-one-vote game of the voters listed with a weight above zero, quota
 * {@code ⌊v/2⌋ + 1} of those {@code v} voters; listed members of weight 0 hold a seat without a vote.
 * Power is computed exactly by {@link WeightedVotingGame}. Components: {@code shapleyShubik} (the
 * bloc's Shapley–Shubik share, averaged the same way), {@code seatShare} (its share of the vote
 * weight) and {@code banzhafToSeatRatio} (power per unit of weight: below 1, the bloc's votes count
 * for less than their number suggests). Members who can never change an outcome — a vote of weight
 * 0, or a weight too small ever to turn a losing coalition into a winning one — are findings, with
 * the decision and the members as evidence. Breakdowns by participant dimension give each group's
 * Banzhaf share, averaged over the same decisions.
 *
 * <p>Streams trivially: it reads only the decisions in scope, which are reference records.
 *
 * @since 0.1.0
 */
public final class VotingPower extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.voting-power";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Voting power")
      .description("The lived-experience bloc's share of a priori voting power (normalised Banzhaf index, and the "
          + "Shapley-Shubik index) in weighted and majority votes, against its share of the votes: whether the "
          + "seats people hold can change outcomes. Members whose vote can never change an outcome are flagged.")
      .principles(Principle.EQUALITY)
      .unit(Unit.SHARE)
      .range(0, 1)
      .thresholds(Thresholds.higherIsBetter(0.4, 0.15))
      .references(
          "Penrose, L. S. (1946) The elementary statistics of majority voting. Journal of the Royal Statistical "
              + "Society 109(1): 53-57",
          "Shapley, L. S. and Shubik, M. (1954) A method for evaluating the distribution of power in a committee "
              + "system. American Political Science Review 48(3): 787-792",
          "Banzhaf, J. F. (1965) Weighted voting doesn't work: a mathematical analysis. Rutgers Law Review 19(2): "
              + "317-343",
          "Felsenthal, D. S. and Machover, M. (1998) The Measurement of Voting Power: Theory and Practice, Problems "
              + "and Paradoxes. Edward Elgar",
          "Mann, I. and Shapley, L. S. (1962) Values of large games VI: evaluating the Electoral College exactly. "
              + "RAND RM-3158-PR",
          "Brams, S. J. and Affuso, P. J. (1976) Power and size: a new paradox. Theory and Decision 7: 29-56",
          "Uno, T. (2012) Efficient computation of power indices for weighted majority games. ISAAC 2012, LNCS 7676: "
              + "679-689",
          References.SCIE_GUIDE_51, References.ARNSTEIN_1969)
      .build();

  /** Creates the metric. */
  public VotingPower() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    List<Power> powers = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    double banzhaf = 0;
    double seats = 0;
    double shapleyShubik = 0;
    int withShapleyShubik = 0;
    int games = 0;
    int noVoters = 0;
    int tooLarge = 0;
    SolvedGames solved = context.shared(ID + "/solved-games", SolvedGames.class, SolvedGames::new);
    for (Decision decision : InIdOrder.decisions(context)) {
      Game game = gameOf(decision);
      if (game == null) {
        noVoters += isVote(decision) ? 1 : 0;
        continue;
      }
      SolvedGames.Solution solution = solved.solve(game.weights(), game.quota());
      if (!solution.isTractable()) {
        tooLarge++;
        continue;
      }
      List<Vote> votes = decision.votes();
      long[] weights = game.weights();
      boolean[] bloc = new boolean[votes.size()];
      double blocWeight = 0;
      double totalWeight = 0;
      for (int i = 0; i < bloc.length; i++) {
        bloc[i] = context.isBloc(votes.get(i).participant());
        blocWeight += bloc[i] ? weights[i] : 0;
        totalWeight += weights[i];
      }
      for (int i = 0; i < bloc.length; i++) {
        double index = solution.banzhaf(weights[i]);
        banzhaf += bloc[i] ? index : 0;
        powers.add(new Power(votes.get(i).participant(), index));
      }
      seats += blocWeight / totalWeight;
      if (solution.hasShapleyShubik()) {
        for (int i = 0; i < bloc.length; i++) {
          shapleyShubik += bloc[i] ? solution.shapleyShubik(weights[i]) : 0;
        }
        withShapleyShubik++;
      }
      Finding powerless = powerlessFinding(decision, weights, solution, bloc);
      if (powerless != null) {
        findings.add(powerless);
      }
      games++;
    }
    List<String> warnings = new ArrayList<>();
    if (noVoters > 0) {
      warnings.add(noVoters + " weighted-vote or simple-majority decision(s) cannot carry (no voter with a weight above "
          + "zero, or a quota outside 1 to the total weight) and are left out.");
    }
    if (tooLarge > 0) {
      warnings.add(tooLarge + " decision(s) have weights too large for exact voting-power tables (over "
          + WeightedVotingGame.MAX_TABLE_CELLS + " cells) and are left out.");
    }
    if (games == 0) {
      return PowerSupport.noValue("no weighted-vote or simple-majority decisions in scope with a vote that can carry",
          warnings);
    }
    double value = Math.min(1, banzhaf / games);
    double seatShare = Math.min(1, seats / games);
    Measurement.Builder result = Measurement.of(value, games);
    if (withShapleyShubik > 0) {
      result.component("shapleyShubik", Math.min(1, shapleyShubik / withShapleyShubik));
    }
    if (withShapleyShubik < games) {
      warnings.add("The Shapley-Shubik component leaves out " + (games - withShapleyShubik) + " decision(s) too large "
          + "for its tables and averages the other " + withShapleyShubik + ".");
    }
    result.component("seatShare", seatShare);
    if (seatShare > 0) {
      result.component("banzhafToSeatRatio", value / seatShare);
    }
    int count = games;
    result.breakdowns(context.breakdowns(powers, Power::participant,
        group -> Math.min(1, group.stream().mapToDouble(Power::banzhaf).sum() / count)));
    findings.forEach(result::finding);
    warnings.forEach(result::warning);
    return result.build();
  }

  /** Whether the decision was taken by a vote whose power can be measured. */
  private static boolean isVote(Decision decision) {
    return switch (decision.rule()) {
      case WEIGHTED_VOTE, SIMPLE_MAJORITY -> true;
      case CONSENSUS, DELEGATED, UNILATERAL, OTHER -> false;
    };
  }

  /**
   * The voting game of a weighted-vote or simple-majority decision, players in the order of its
   * votes; {@code null} for other rules and for votes that cannot carry (no voter with weight, no
   * quota between 1 and the total weight).
   */
  private static @Nullable Game gameOf(Decision decision) {
    List<Vote> votes = decision.votes();
    long[] weights = new long[votes.size()];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      long weight = votes.get(i).weight();
      weights[i] = decision.rule() == DecisionRule.SIMPLE_MAJORITY ? Math.min(1, weight) : weight;
      // Saturate rather than overflow: such weights are far beyond any table and left out as too large.
      total = total > Long.MAX_VALUE - weights[i] ? Long.MAX_VALUE : total + weights[i];
    }
    Long quota = switch (decision.rule()) {
      case WEIGHTED_VOTE -> decision.quota();
      case SIMPLE_MAJORITY -> total / 2 + 1;
      case CONSENSUS, DELEGATED, UNILATERAL, OTHER -> null;
    };
    if (quota == null || quota < 1 || quota > total) {
      return null;
    }
    return new Game(weights, quota);
  }

  /** The game {@code [quota; weights]} of a decision, its players in the order of the votes. */
  private record Game(long[] weights, long quota) {}

  /** The finding that members of the decision's body can never change its outcome, or {@code null} if none. */
  private static @Nullable Finding powerlessFinding(Decision decision, long[] weights, SolvedGames.Solution solution,
      boolean[] bloc) {
    if (!solution.hasDummies()) {
      return null;
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(Finding.ref(RecordKind.DECISION, decision.id()));
    int dummies = 0;
    int fromBloc = 0;
    int withoutVote = 0;
    for (int i = 0; i < weights.length; i++) {
      if (solution.isDummy(weights[i])) {
        evidence.add(Finding.ref(RecordKind.PARTICIPANT, decision.votes().get(i).participant()));
        dummies++;
        fromBloc += bloc[i] ? 1 : 0;
        withoutVote += weights[i] == 0 ? 1 : 0;
      }
    }
    String message = "Decision '" + decision.id() + "': " + dummies + " of " + weights.length
        + " members (" + fromBloc + " from the lived-experience bloc) could not change the outcome whatever they "
        + "voted; " + withoutVote + " of them held a seat without a vote, the others a vote too light to matter.";
    return Finding.of("formally-powerless", fromBloc > 0 ? Severity.MEDIUM : Severity.LOW, message, evidence);
  }

  /** A member's normalised Banzhaf index in one decision. */
  private record Power(String participant, double banzhaf) {}
}
