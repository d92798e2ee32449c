package dev.copro.metrics.power;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Say;
import dev.copro.metrics.support.Shares;
import dev.copro.metrics.support.Words;
import dev.copro.model.Decision;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code copro.power.decision-inclusion}: the share of decisions in which the lived-experience bloc
 * held a say — a vote of weight above zero, or a place among the parties to a consensus, delegated
 * or unilateral decision. Its complement is "about us without us": each decision taken without the
 * bloc is evidence in a finding.
 *
 * <p>Decisions that record no one with a say are left out (who decided is unknown) and listed in a
 * finding of their own. Breakdowns: by lifecycle stage ({@code stage}), and by each participant
 * dimension — the share of decisions in which someone from the group held a say.
 *
 * <p>Streams trivially: it reads only the decisions in scope, which are reference records.
 *
 * @since 0.1.0
 */
public final class DecisionInclusion extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.decision-inclusion";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Decision inclusion")
          .description(
              "Share of decisions in which people with lived experience or carers held a vote or were a party to "
                  + "the consensus. \"Nothing about us without us\": its complement is the share of decisions taken about "
                  + "people without them.")
          .summary(
              "The share of decisions in which people with lived experience and carers held a vote or "
                  + "were a party to the consensus, from 0% to 100%.")
          .goodLooksLike(
              "Nearly every decision is taken with people with lived experience and carers: nothing "
                  + "about us without us.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .thresholds(Thresholds.higherIsBetter(0.9, 0.6))
          .references(
              References.SCIE_GUIDE_51,
              References.TLAP_LADDER,
              References.ARNSTEIN_1969,
              "Charlton, J. I. (1998) Nothing About Us Without Us: Disability Oppression and Empowerment. University of "
                  + "California Press")
          .build();

  /** Creates the metric. */
  public DecisionInclusion() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    if (context.decisions().isEmpty()) {
      return Measurement.noValue("no decisions in scope");
    }
    List<Decision> measured = new ArrayList<>();
    Set<String> withoutBloc = new LinkedHashSet<>();
    List<String> noSayRecorded = new ArrayList<>();
    List<SayHeld> says = new ArrayList<>();
    for (Decision decision : context.decisions()) {
      boolean anySay = false;
      boolean blocSay = false;
      for (Vote vote : decision.votes()) {
        if (Say.gives(decision, vote)) {
          anySay = true;
          blocSay |= context.isBloc(vote.participant());
          says.add(new SayHeld(decision.id(), vote.participant()));
        }
      }
      if (!anySay) {
        noSayRecorded.add(decision.id());
        continue;
      }
      measured.add(decision);
      if (!blocSay) {
        withoutBloc.add(decision.id());
      }
    }
    if (measured.isEmpty()) {
      return Measurement.builderWithoutValue("no decision in scope records who held a say")
          .finding(noSayFinding(noSayRecorded))
          .build();
    }
    int included = measured.size() - withoutBloc.size();
    Measurement.Builder result =
        Measurement.of((double) included / measured.size(), measured.size());
    result.breakdown(
        Shares.breakdown(
            Shares.STAGE,
            measured,
            d ->
                context
                    .dataset()
                    .stageOf(d)
                    .map(LifecycleStage::code)
                    .orElse(Dimension.NOT_RECORDED),
            d -> !withoutBloc.contains(d.id())));
    result.breakdowns(
        context.breakdowns(
            says,
            SayHeld::participant,
            PowerSupport.shareOfDistinct(SayHeld::decision, measured.size())));
    if (!withoutBloc.isEmpty()) {
      result.finding(
          Finding.of(
              "about-us-without-us",
              Severity.MEDIUM,
              Words.capitalised(
                      Plural.ofAll(withoutBloc.size(), measured.size(), "decision", "decisions"))
                  + " "
                  + Plural.word(withoutBloc.size(), "was", "were")
                  + " taken without any of the "
                  + Words.bloc(context.bloc())
                  + " holding a vote or being a party "
                  + "to "
                  + Plural.word(withoutBloc.size(), "it", "them")
                  + ".",
              PowerSupport.refs(RecordKind.DECISION, withoutBloc)));
    }
    if (!noSayRecorded.isEmpty()) {
      int n = noSayRecorded.size();
      result.warning(
          Plural.of(n, "decision records", "decisions record")
              + " no one with a say, so "
              + Plural.word(n, "it is", "they are")
              + " left out.");
      result.finding(noSayFinding(noSayRecorded));
    }
    return result.build();
  }

  private static Finding noSayFinding(List<String> decisionIds) {
    int n = decisionIds.size();
    return Finding.of(
        "no-say-recorded",
        Severity.INFO,
        Plural.of(n, "decision lists", "decisions list")
            + " no voter with a weight above zero and no party, so who took "
            + Plural.word(n, "it", "them")
            + " is unknown.",
        PowerSupport.refs(RecordKind.DECISION, decisionIds));
  }

  /** A participant holding a say in a decision. */
  private record SayHeld(String decision, String participant) {}
}
