package dev.copro.metrics.power;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.FirstEvidence;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Decision;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code copro.power.influence}: the adoption rate of the lived-experience bloc's proposals and
 * suggestions — the share taken up, as proposed or adapted, by the response given back or by a
 * decision that lists them among what it adopts — and its ratio to the professionals' rate.
 *
 * <p>Professionals are participants outside the bloc whose perspective is professional or
 * commissioner. A contribution with no response and no adopting decision counts as not taken up
 * (there is no evidence it was), with a warning giving how many. When the bloc's rate is below half
 * the professionals', the bloc's contributions not taken up are evidence in a finding ("listened
 * to, but none of it appears in the final service"), in id order. Breakdowns by participant
 * dimension give each group's adoption rate.
 *
 * <p>Streams: it keeps, per participant, the contributions of the measured kinds and how many were
 * taken up, and the first {@link Finding#MAX_EVIDENCE} of the bloc's contributions not taken up in
 * id order, which are all its finding can list.
 *
 * @since 0.1.0
 */
public final class Influence implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.influence";

  static final String KINDS = "kinds";

  /** Below this ratio to the professionals' rate, the gap is a finding. */
  static final double GAP_RATIO = 0.5;

  private static final Set<Perspective> PROFESSIONALS =
      Set.of(Perspective.PROFESSIONAL, Perspective.COMMISSIONER);

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Influence")
          .description(
              "Share of the proposals and suggestions made by people with lived experience or carers that were "
                  + "adopted or adapted, and how that compares with professionals' proposals: whether being listened to "
                  + "changes anything.")
          .summary(
              "The share of the proposals and suggestions made by people with lived experience and "
                  + "carers that were adopted or adapted, from 0% to 100%.")
          .goodLooksLike(
              "At least half of the ideas of people with lived experience and carers are taken up, at a "
                  + "rate close to that of professionals' ideas.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .parameters(
              ParameterSpec.strings(
                  KINDS,
                  List.of(ContributionKind.PROPOSAL.code(), ContributionKind.SUGGESTION.code()),
                  "The kinds of contribution whose adoption is measured."))
          .thresholds(Thresholds.higherIsBetter(0.5, 0.25))
          .references(
              References.SCIE_GUIDE_51,
              References.ARNSTEIN_1969,
              References.TLAP_LADDER,
              "NIHR (2019) UK Standards for Public Involvement: impact")
          .build();

  /** Creates the metric. */
  public Influence() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /** A new accumulator of the contributions of the measured kinds, counted by participant. */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Adoption(context);
  }

  /**
   * The contributions of the measured kinds: per participant, how many and how many were taken up;
   * how many of the bloc's not taken up have no response; and the first {@link
   * Finding#MAX_EVIDENCE} of the bloc's not taken up in id order, the candidates for the
   * adoption-gap finding.
   */
  private static final class Adoption implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final List<String> warnings = new ArrayList<>();
    private final Set<ContributionKind> kinds;
    private final Set<String> adoptedByDecision = new HashSet<>();
    private final int[] considered;
    private final int[] takenUp;
    private final FirstEvidence<String> blocNotTakenUp =
        new FirstEvidence<>(Comparator.naturalOrder());
    private int blocUnanswered;

    Adoption(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.kinds =
          Codes.parse(ContributionKind.class, context.parameters().strings(KINDS), KINDS, warnings);
      for (Decision decision : context.dataset().decisions()) {
        adoptedByDecision.addAll(decision.adopts());
      }
      considered = new int[positions.participants()];
      takenUp = new int[positions.participants()];
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.contributionCount(); i < n; i++) {
        contribution(batch.contribution(i), batch.contributionParticipant(i));
      }
    }

    @Override
    public void contribution(Contribution contribution) {
      contribution(contribution, positions.participant(contribution.participant()));
    }

    /** Takes in a contribution by the participant at the given position. */
    private void contribution(Contribution contribution, int p) {
      // A built Dataset has resolved every contribution's participant; one it has not would count
      // for nobody.
      if (p < 0 || !kinds.contains(contribution.kind())) {
        return;
      }
      considered[p]++;
      if (takenUp(contribution, adoptedByDecision)) {
        takenUp[p]++;
      } else if (positions.isBloc(p)) {
        blocNotTakenUp.offer(Finding.ref(RecordKind.CONTRIBUTION, contribution.id()));
        blocUnanswered += contribution.response() == null ? 1 : 0;
      }
    }

    @Override
    public void merge(Accumulator other) {
      Adoption o = (Adoption) other;
      for (int p = 0; p < considered.length; p++) {
        considered[p] += o.considered[p];
        takenUp[p] += o.takenUp[p];
      }
      blocNotTakenUp.offerAll(o.blocNotTakenUp);
      blocUnanswered += o.blocUnanswered;
    }

    @Override
    public Measurement result() {
      int bloc = 0;
      int blocTakenUp = 0;
      int professional = 0;
      int professionalTakenUp = 0;
      List<Counts> units = new ArrayList<>();
      for (int p = 0; p < considered.length; p++) {
        if (considered[p] == 0) {
          continue;
        }
        units.add(new Counts(positions.participantAt(p).id(), considered[p], takenUp[p]));
        if (positions.isBloc(p)) {
          bloc += considered[p];
          blocTakenUp += takenUp[p];
        } else if (PROFESSIONALS.contains(positions.participantAt(p).perspective())) {
          professional += considered[p];
          professionalTakenUp += takenUp[p];
        }
      }
      String who = Words.bloc(context.bloc());
      if (bloc == 0) {
        return PowerSupport.noValue(
            who
                + " made no "
                + Words.contributions(kinds, "or")
                + " in scope (the parameter "
                + KINDS
                + " says which kinds of contribution count)",
            warnings);
      }
      String ideas = Words.contributions(kinds, "and");
      double rate = (double) blocTakenUp / bloc;
      Measurement.Builder result = Measurement.of(rate, bloc);
      if (professional > 0) {
        double professionalRate = (double) professionalTakenUp / professional;
        result.component("professionalRate", professionalRate);
        if (professionalRate > 0) {
          result.component("ratioToProfessionals", rate / professionalRate);
          if (rate < GAP_RATIO * professionalRate) {
            List<String> evidence = blocNotTakenUp.first();
            result.finding(
                new Finding(
                    "adoption-gap",
                    Severity.MEDIUM,
                    blocTakenUp
                        + " of the "
                        + bloc
                        + " "
                        + ideas
                        + " by "
                        + who
                        + " "
                        + Plural.word(blocTakenUp, "was", "were")
                        + " taken up, against "
                        + professionalTakenUp
                        + " of the "
                        + professional
                        + " by professionals and commissioners: less than "
                        + "half their rate. The evidence lists those by "
                        + who
                        + " that were not taken up.",
                    evidence,
                    bloc - blocTakenUp - evidence.size()));
          }
        }
      }
      result.breakdowns(context.breakdowns(units, Counts::participant, Influence::takenUpShare));
      if (blocUnanswered > 0) {
        warnings.add(
            blocUnanswered
                + " of the "
                + bloc
                + " "
                + ideas
                + " by "
                + who
                + " "
                + Plural.word(blocUnanswered, "has", "have")
                + " no response and no decision adopting "
                + Plural.word(blocUnanswered, "it", "them")
                + ", so "
                + Plural.word(blocUnanswered, "it counts", "they count")
                + " as not taken up.");
      }
      warnings.forEach(result::warning);
      return result.build();
    }
  }

  /**
   * A participant's contributions of the measured kinds and how many were taken up: a unit of the
   * breakdowns.
   */
  private record Counts(String participant, int considered, int takenUp) {}

  private static double takenUpShare(List<Counts> counts) {
    long considered = 0;
    long takenUp = 0;
    for (Counts c : counts) {
      considered += c.considered();
      takenUp += c.takenUp();
    }
    return (double) takenUp / considered;
  }

  /** Whether a contribution was adopted or adapted, by its response or by a decision. */
  private static boolean takenUp(Contribution contribution, Set<String> adoptedByDecision) {
    if (adoptedByDecision.contains(contribution.id())) {
      return true;
    }
    ResponseOutcome outcome =
        contribution.response() == null ? null : contribution.response().outcome();
    return outcome == ResponseOutcome.ADOPTED || outcome == ResponseOutcome.ADAPTED;
  }
}
