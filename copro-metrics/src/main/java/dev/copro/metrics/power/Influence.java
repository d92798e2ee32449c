package dev.copro.metrics.power;

import dev.copro.metrics.support.Words;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Codes;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Decision;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
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
 * to, but none of it appears in the final service"). Breakdowns by participant dimension give each
 * group's adoption rate.
 *
 * <p>Does not stream: its adoption-gap finding lists every bloc contribution not taken up, and
 * whether the finding is made is known only at the end, so it would have to keep them all.
 *
 * @since 0.1.0
 */
public final class Influence implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.power.influence";

  static final String KINDS = "kinds";

  /** Below this ratio to the professionals' rate, the gap is a finding. */
  static final double GAP_RATIO = 0.5;

  private static final Set<Perspective> PROFESSIONALS = Set.of(Perspective.PROFESSIONAL, Perspective.COMMISSIONER);

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Influence")
      .description("Share of the proposals and suggestions made by people with lived experience or carers that were "
          + "adopted or adapted, and how that compares with professionals' proposals: whether being listened to "
          + "changes anything.")
      .summary("The share of the proposals and suggestions made by people with lived experience and "
          + "carers that were adopted or adapted, from 0% to 100%.")
      .goodLooksLike("At least half of the ideas of people with lived experience and carers are taken up, at a "
          + "rate close to that of professionals' ideas.")
      .principles(Principle.EQUALITY)
      .unit(Unit.SHARE)
      .range(0, 1)
      .parameters(ParameterSpec.strings(KINDS, List.of(ContributionKind.PROPOSAL.code(),
          ContributionKind.SUGGESTION.code()), "The kinds of contribution whose adoption is measured."))
      .thresholds(Thresholds.higherIsBetter(0.5, 0.25))
      .references(References.SCIE_GUIDE_51, References.ARNSTEIN_1969, References.TLAP_LADDER,
          "NIHR (2019) UK Standards for Public Involvement: impact")
      .build();

  /** Creates the metric. */
  public Influence() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    List<String> warnings = new ArrayList<>();
    Set<ContributionKind> kinds = Codes.parse(ContributionKind.class, context.parameters().strings(KINDS),
        KINDS, warnings);
    Set<String> adoptedByDecision = new HashSet<>();
    for (Decision decision : context.dataset().decisions()) {
      adoptedByDecision.addAll(decision.adopts());
    }
    List<Contribution> considered = new ArrayList<>();
    List<String> blocNotTakenUp = new ArrayList<>();
    int bloc = 0;
    int blocTakenUp = 0;
    int blocUnanswered = 0;
    int professional = 0;
    int professionalTakenUp = 0;
    for (Contribution contribution : context.contributions()) {
      if (!kinds.contains(contribution.kind())) {
        continue;
      }
      considered.add(contribution);
      boolean takenUp = takenUp(contribution, adoptedByDecision);
      if (context.isBloc(contribution.participant())) {
        bloc++;
        if (takenUp) {
          blocTakenUp++;
        } else {
          blocNotTakenUp.add(contribution.id());
          blocUnanswered += contribution.response() == null ? 1 : 0;
        }
      } else if (isProfessional(context, contribution.participant())) {
        professional++;
        professionalTakenUp += takenUp ? 1 : 0;
      }
    }
    String who = Words.bloc(context.bloc());
    if (bloc == 0) {
      return PowerSupport.noValue(who + " made no " + Words.contributions(kinds, "or") + " in scope (the parameter "
          + KINDS + " says which kinds of contribution count)", warnings);
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
          result.finding(Finding.of("adoption-gap", Severity.MEDIUM, blocTakenUp + " of the " + bloc + " " + ideas
              + " by " + who + " " + Plural.word(blocTakenUp, "was", "were") + " taken up, against "
              + professionalTakenUp + " of the " + professional + " by professionals and commissioners: less than half "
              + "their rate. The evidence lists those by " + who + " that were not taken up.",
              PowerSupport.refs(RecordKind.CONTRIBUTION, blocNotTakenUp)));
        }
      }
    }
    result.breakdowns(context.breakdowns(considered, Contribution::participant,
        group -> (double) group.stream().filter(c -> takenUp(c, adoptedByDecision)).count() / group.size()));
    if (blocUnanswered > 0) {
      warnings.add(blocUnanswered + " of the " + bloc + " " + ideas + " by " + who + " "
          + Plural.word(blocUnanswered, "has", "have") + " no response and no decision adopting "
          + Plural.word(blocUnanswered, "it", "them") + ", so " + Plural.word(blocUnanswered, "it counts", "they count")
          + " as not taken up.");
    }
    warnings.forEach(result::warning);
    return result.build();
  }

  /** Whether a contribution was adopted or adapted, by its response or by a decision. */
  private static boolean takenUp(Contribution contribution, Set<String> adoptedByDecision) {
    if (adoptedByDecision.contains(contribution.id())) {
      return true;
    }
    ResponseOutcome outcome = contribution.response() == null ? null : contribution.response().outcome();
    return outcome == ResponseOutcome.ADOPTED || outcome == ResponseOutcome.ADAPTED;
  }

  private static boolean isProfessional(EvaluationContext context, String participantId) {
    return context.dataset().participant(participantId).map(p -> PROFESSIONALS.contains(p.perspective()))
        .orElse(false);
  }
}
