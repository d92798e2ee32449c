package dev.copro.metrics.power;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Decision;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.power.voting-power}: the a priori voting power of the lived-experience bloc — the
 * sum of its members' normalised Banzhaf indices, each member voting alone — averaged over the
 * weighted-vote and simple-majority decisions in scope; beside it, the bloc's power when its
 * members vote together as one player, whether it can carry or block a decision alone, and its
 * shares of the heads and of the vote weight.
 *
 * <p>Each decision is the game of {@link DecisionPower}: a weighted vote the game {@code [quota;
 * weights]} of its record, a simple majority one member, one vote with quota {@code ⌊v/2⌋ + 1} of
 * its {@code v} voters (listed members of weight 0 hold a seat without a vote). Power is computed
 * exactly by {@link WeightedVotingGame}. Components, each averaged over the decisions: {@code
 * shapleyShubik} (the sum of the bloc members' Shapley–Shubik indices); {@code coalitionBanzhaf}
 * and {@code coalitionShapleyShubik} (the indices of the bloc merged into one player, everyone else
 * voting alone); {@code blocCanCarryShare} and {@code blocCanBlockShare} (the share of the
 * decisions in which the bloc's own weight reaches the quota, and in which everyone else's weight
 * stays below it); {@code headShare} (bloc members ÷ members listed in the vote) and {@code
 * weightShare} (the bloc's share of the vote weight) — the same two shares as {@link SeatShare}
 * reports; and {@code banzhafToWeightRatio} (power per unit of weight: below 1, the bloc's votes
 * count for less than their number suggests). With the parameter {@code memberIndices}, each
 * member's own indices as components named by participant id.
 *
 * <p>Findings: {@code bloc-cannot-carry-or-block} (medium) lists the decisions in which the bloc,
 * even voting together, could neither carry nor block; {@code formally-powerless}, one per
 * decision, lists members who can never change its outcome — a vote of weight 0, or a weight too
 * small ever to turn a losing coalition into a winning one. Breakdowns by participant dimension
 * give each group's Banzhaf share, averaged over the same decisions.
 *
 * <p>Streams trivially: it reads only the decisions in scope, which are reference records.
 *
 * @since 0.1.0
 */
public final class VotingPower extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.voting-power";

  /**
   * The code of the finding that the bloc, even voting together, can neither carry nor block some
   * decisions.
   */
  static final String BLOC_CANNOT_CARRY_OR_BLOCK = "bloc-cannot-carry-or-block";

  /** The parameter that adds each member's own indices to the components. */
  static final String MEMBER_INDICES = "memberIndices";

  /** The prefix of a member's Banzhaf component, followed by the participant id. */
  static final String MEMBER_BANZHAF = "memberBanzhaf.";

  /** The prefix of a member's Shapley–Shubik component, followed by the participant id. */
  static final String MEMBER_SHAPLEY_SHUBIK = "memberShapleyShubik.";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Voting power")
          .description(
              "The lived-experience bloc's share of a priori voting power (normalised Banzhaf index, and the "
                  + "Shapley-Shubik index) in weighted and majority votes, against its share of the votes: whether the "
                  + "seats people hold can change outcomes; and whether the bloc, voting together, can carry or block a "
                  + "decision. Members whose vote can never change an outcome are flagged.")
          .summary(
              "The share of the voting power in decisions taken by vote that people with lived "
                  + "experience and carers hold, from 0% to 100%: how often their votes can change the "
                  + "outcome.")
          .goodLooksLike(
              "People with lived experience and carers hold at least as large a share of the voting "
                  + "power as of the votes, and can block a decision when they vote together.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .parameters(
              ParameterSpec.bool(
                  MEMBER_INDICES,
                  false,
                  "Adds each member's own Banzhaf and Shapley-Shubik "
                      + "indices, averaged over the decisions, as components named memberBanzhaf.<participant id> and "
                      + "memberShapleyShubik.<participant id>."))
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
              References.SCIE_GUIDE_51,
              References.ARNSTEIN_1969)
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
    List<Finding> powerless = new ArrayList<>();
    List<DecisionPower> neither = new ArrayList<>();
    Map<String, MemberSums> members = new TreeMap<>();
    Sums sums = new Sums();
    int noVoters = 0;
    int tooLarge = 0;
    SolvedGames solved = context.shared(ID + "/solved-games", SolvedGames.class, SolvedGames::new);
    for (Decision decision : InIdOrder.decisions(context)) {
      VoteGame game = VoteGame.of(decision);
      if (game == null) {
        noVoters += VoteGame.isVote(decision) ? 1 : 0;
        continue;
      }
      SolvedGames.Solution solution = solved.solve(game.weights(), game.quota());
      if (!solution.isTractable()) {
        tooLarge++;
        continue;
      }
      DecisionPower power = DecisionPower.of(decision, game, solution, context::isBloc, solved);
      sums.add(
          power,
          VoteGame.headShare(decision.votes(), context::isBloc),
          game.weightShare(decision.votes(), context::isBloc));
      for (DecisionPower.MemberPower member : power.members()) {
        powers.add(new Power(member.participant(), member.banzhaf()));
        members.computeIfAbsent(member.participant(), id -> new MemberSums()).add(member);
      }
      if (power.bloc().canNeitherCarryNorBlock()) {
        neither.add(power);
      }
      Finding finding = powerlessFinding(power, Words.bloc(context.bloc()));
      if (finding != null) {
        powerless.add(finding);
      }
    }
    List<String> warnings = new ArrayList<>();
    if (noVoters > 0) {
      warnings.add(
          Plural.of(
                  noVoters,
                  "weighted-vote or simple-majority decision",
                  "weighted-vote or " + "simple-majority decisions")
              + " cannot carry (no voter with a weight above zero, or a quota outside 1 "
              + "to the total weight), so "
              + Plural.word(noVoters, "it is", "they are")
              + " left out.");
    }
    if (tooLarge > 0) {
      warnings.add(
          Plural.of(tooLarge, "decision has", "decisions have")
              + " weights too large for exact "
              + "voting-power tables (over "
              + WeightedVotingGame.MAX_TABLE_CELLS
              + " cells), so "
              + Plural.word(tooLarge, "it is", "they are")
              + " left out.");
    }
    int games = sums.games;
    if (games == 0) {
      return PowerSupport.noValue(
          "no weighted-vote or simple-majority decisions in scope with a vote that can carry",
          warnings);
    }
    double value = Math.min(1, sums.banzhaf / games);
    double weightShare = Math.min(1, sums.weight / games);
    Measurement.Builder result = Measurement.of(value, games);
    if (sums.withShapleyShubik > 0) {
      result.component("shapleyShubik", Math.min(1, sums.shapleyShubik / sums.withShapleyShubik));
    }
    if (sums.withShapleyShubik < games) {
      warnings.add(
          "The Shapley-Shubik component leaves out "
              + Plural.of(games - sums.withShapleyShubik, "decision", "decisions")
              + " too large for its tables and averages the other "
              + sums.withShapleyShubik
              + ".");
    }
    result.component("coalitionBanzhaf", Math.min(1, sums.coalitionBanzhaf / games));
    if (sums.withCoalitionShapleyShubik > 0) {
      result.component(
          "coalitionShapleyShubik",
          Math.min(1, sums.coalitionShapleyShubik / sums.withCoalitionShapleyShubik));
    }
    if (sums.withCoalitionShapleyShubik < games) {
      warnings.add(
          "The coalition Shapley-Shubik component leaves out "
              + Plural.of(games - sums.withCoalitionShapleyShubik, "decision", "decisions")
              + " too large for its tables and averages the "
              + "other "
              + sums.withCoalitionShapleyShubik
              + ".");
    }
    result
        .component("blocCanCarryShare", (double) sums.canCarry / games)
        .component("blocCanBlockShare", (double) sums.canBlock / games)
        .component("headShare", Math.min(1, sums.heads / games))
        .component("weightShare", weightShare);
    if (weightShare > 0) {
      result.component("banzhafToWeightRatio", value / weightShare);
    }
    if (context.parameters().bool(MEMBER_INDICES)) {
      members.forEach(
          (participant, member) -> {
            result.component(MEMBER_BANZHAF + participant, Math.min(1, member.banzhaf / games));
            if (sums.withShapleyShubik > 0) {
              result.component(
                  MEMBER_SHAPLEY_SHUBIK + participant,
                  Math.min(1, member.shapleyShubik / sums.withShapleyShubik));
            }
          });
    }
    result.breakdowns(
        context.breakdowns(
            powers,
            Power::participant,
            group -> Math.min(1, group.stream().mapToDouble(Power::banzhaf).sum() / games)));
    if (!neither.isEmpty()) {
      result.finding(neitherFinding(neither, games, Words.bloc(context.bloc())));
    }
    powerless.forEach(result::finding);
    warnings.forEach(result::warning);
    return result.build();
  }

  /**
   * The finding that in some decisions the bloc, even voting as one, could neither carry nor block:
   * the decisions as evidence, in id order, and the first as an example in words.
   */
  private static Finding neitherFinding(List<DecisionPower> decisions, int games, String who) {
    DecisionPower example = decisions.get(0);
    DecisionPower.CoalitionPower bloc = example.bloc();
    String held =
        bloc.memberCount() == 0
            ? "none of them held a vote"
            : bloc.memberCount()
                + " of them held "
                + bloc.weight()
                + " of the "
                + Plural.of(example.totalWeight(), "vote", "votes");
    String message =
        "In "
            + Plural.ofAll(decisions.size(), games, "decision", "decisions")
            + " taken by vote, "
            + who
            + " could neither carry the decision nor block it, even all voting together. In decision "
            + example.decision()
            + ", for example, "
            + held
            + ": "
            + Plural.of(example.quota(), "vote carries", "votes carry")
            + " a decision, and the others hold "
            + bloc.otherWeight()
            + ", enough to carry it without "
            + "them.";
    return Finding.of(
        BLOC_CANNOT_CARRY_OR_BLOCK,
        Severity.MEDIUM,
        message,
        decisions.stream().map(d -> Finding.ref(RecordKind.DECISION, d.decision())).toList());
  }

  /**
   * The finding that members of the decision's body can never change its outcome, or {@code null}
   * if none.
   */
  private static @Nullable Finding powerlessFinding(DecisionPower power, String who) {
    List<String> evidence = new ArrayList<>();
    evidence.add(Finding.ref(RecordKind.DECISION, power.decision()));
    int fromBloc = 0;
    int withoutVote = 0;
    for (DecisionPower.MemberPower member : power.members()) {
      if (member.powerless()) {
        evidence.add(Finding.ref(RecordKind.PARTICIPANT, member.participant()));
        fromBloc += member.inBloc() ? 1 : 0;
        withoutVote += member.weight() == 0 ? 1 : 0;
      }
    }
    int dummies = evidence.size() - 1;
    if (dummies == 0) {
      return null;
    }
    int tooLight = dummies - withoutVote;
    List<String> why = new ArrayList<>();
    if (withoutVote > 0) {
      why.add(
          withoutVote + " held " + Plural.word(withoutVote, "a seat", "seats") + " without a vote");
    }
    if (tooLight > 0) {
      why.add(
          tooLight
              + (withoutVote > 0 ? " " : " held ")
              + Plural.word(tooLight, "a vote", "votes")
              + " too light to matter");
    }
    String message =
        "In decision "
            + power.decision()
            + ", "
            + dummies
            + " of the "
            + power.members().size()
            + " members ("
            + (fromBloc == 0 ? "none" : String.valueOf(fromBloc))
            + " of them among the "
            + who
            + ") "
            + "could not change the outcome however they voted: "
            + Words.list(why, "and")
            + ".";
    return Finding.of(
        "formally-powerless", fromBloc > 0 ? Severity.MEDIUM : Severity.LOW, message, evidence);
  }

  /** The bloc's values summed over the decisions measured. */
  private static final class Sums {
    int games;
    double banzhaf;
    double shapleyShubik;
    int withShapleyShubik;
    double coalitionBanzhaf;
    double coalitionShapleyShubik;
    int withCoalitionShapleyShubik;
    int canCarry;
    int canBlock;
    double heads;
    double weight;

    void add(DecisionPower power, double headShare, double weightShare) {
      games++;
      banzhaf += power.blocMembersBanzhaf();
      if (power.members().stream().allMatch(m -> m.shapleyShubik().isPresent())) {
        for (DecisionPower.MemberPower member : power.members()) {
          shapleyShubik += member.inBloc() ? member.shapleyShubik().orElseThrow() : 0;
        }
        withShapleyShubik++;
      }
      DecisionPower.CoalitionPower bloc = power.bloc();
      coalitionBanzhaf += bloc.banzhaf();
      if (bloc.shapleyShubik().isPresent()) {
        coalitionShapleyShubik += bloc.shapleyShubik().getAsDouble();
        withCoalitionShapleyShubik++;
      }
      canCarry += bloc.canCarry() ? 1 : 0;
      canBlock += bloc.canBlock() ? 1 : 0;
      heads += headShare;
      weight += weightShare;
    }
  }

  /**
   * One member's indices summed over the decisions measured (0 where they held no seat in the
   * vote).
   */
  private static final class MemberSums {
    double banzhaf;
    double shapleyShubik;

    void add(DecisionPower.MemberPower member) {
      banzhaf += member.banzhaf();
      shapleyShubik += member.shapleyShubik().orElse(0);
    }
  }

  /** A member's normalised Banzhaf index in one decision. */
  private record Power(String participant, double banzhaf) {}
}
