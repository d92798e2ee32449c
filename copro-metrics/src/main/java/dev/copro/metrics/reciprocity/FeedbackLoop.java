package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.Words;
import dev.copro.metrics.support.Plural;
import dev.copro.model.Activity;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code copro.reciprocity.feedback-loop}: the share of the lived-experience bloc's contributions
 * that got a documented response — closing the loop, so that people hear what became of their ideas
 * (SCIE Guide 51; UK Standards for Public Involvement, communications and impact). "Consulted and
 * never heard of again" is one of the warning signs of tokenism.
 *
 * <p>A contribution is answered when it has a {@link dev.copro.model.Response}, whatever its
 * outcome (a response that reports no outcome still closes the loop). Unanswered contributions
 * raised no more than {@code responseDueDays} before the reference date are not yet due: they are
 * left out of the share (and counted in a warning) so that recent meetings do not count against an
 * organisation before it could reply. The value is answered ÷ (answered + unanswered and due).
 * Component {@code medianDaysToResponse}: median days from the day a contribution was raised (its
 * own date, or else its activity's) to the response. Finding {@code no-feedback} lists the overdue
 * contributions by id.
 *
 * <p>Does not stream: which unanswered contributions are overdue depends on the reference date,
 * which (unless configured) is known only after the last event, and its finding lists them by id,
 * so it would have to keep every unanswered bloc contribution.
 *
 * @since 0.1.0
 */
public final class FeedbackLoop implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.reciprocity.feedback-loop";

  private static final String DUE_DAYS = "responseDueDays";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Feedback loop")
      .description("Share of the lived-experience bloc's proposals, suggestions, concerns and stories that got a "
          + "documented response telling the person what became of them, with the median days to a response. "
          + "SCIE Guide 51: people should hear what happened to their ideas; 'consulted and never heard of "
          + "again' is a warning sign of tokenism.")
      .summary("The share of contributions by people with lived experience and carers that got a "
          + "recorded response saying what became of them, from 0% to 100%.")
      .goodLooksLike("Nearly everyone hears back about what became of what they said, within two months.")
      .principles(Principle.RECIPROCITY)
      .unit(Unit.SHARE)
      .range(ValueRange.UNIT_INTERVAL)
      .parameters(ParameterSpec.integer(DUE_DAYS, 60, 1, 730,
          "Days after a contribution was raised by which a response is due; unanswered contributions younger than "
              + "this are not yet counted."))
      .thresholds(Thresholds.higherIsBetter(0.90, 0.70))
      .references(
          "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
          "NIHR et al. (2019) UK Standards for Public Involvement: communications; impact.",
          "Mathie E. et al. (2018) Reciprocal relationships and the importance of feedback in patient and public "
              + "involvement: a mixed methods study. Health Expectations 21(5):899-908.")
      .build();

  /** Creates the metric; it keeps no state. */
  public FeedbackLoop() {}

  /** The constant descriptor of {@code copro.reciprocity.feedback-loop}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Measures the share of due bloc contributions in scope that got a response; no value when the
   * bloc made none, or none is due yet.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    int dueDays = context.parameters().integer(DUE_DAYS);
    LocalDate asOf = context.referenceDate();
    List<Contribution> counted = new ArrayList<>();
    List<Long> daysToResponse = new ArrayList<>();
    Set<String> overdue = new TreeSet<>();
    int pending = 0;
    int recent = 0;
    int bloc = 0;
    for (Contribution c : context.contributions()) {
      if (!context.isBloc(c.participant())) {
        continue;
      }
      bloc++;
      LocalDate raised = raisedOn(c, context.dataset());
      boolean young = Days.between(raised, asOf) <= dueDays;
      recent += young ? 1 : 0;
      if (c.response() != null) {
        counted.add(c);
        daysToResponse.add(Days.between(raised, c.response().date()));
      } else if (!young) {
        counted.add(c);
        overdue.add(Finding.ref(RecordKind.CONTRIBUTION, c.id()));
      } else {
        pending++;
      }
    }
    String who = Words.bloc(context.bloc());
    if (bloc == 0) {
      return Measurement.noValue(who + " made no contributions in scope");
    }
    if (counted.isEmpty()) {
      return Measurement.builderWithoutValue((bloc == 1 ? "the one contribution" : "none of the " + bloc
          + " contributions") + " by " + who + " in scope has a response yet, and " + (bloc == 1 ? "it is not" : "none "
          + "is") + " more than " + dueDays + " days old, so no response is due yet")
          .warning(Plural.of(pending, "contribution", "contributions") + " by " + who + " "
              + Plural.word(pending, "is", "are") + " waiting for a response that is not due yet.")
          .build();
    }

    Measurement.Builder result = Measurement.of(answeredShare(counted), counted.size());
    if (!daysToResponse.isEmpty()) {
      result.component("medianDaysToResponse", Days.median(daysToResponse));
    }
    result.breakdowns(context.breakdowns(counted, Contribution::participant, FeedbackLoop::answeredShare));
    if (!overdue.isEmpty()) {
      result.finding(Finding.of("no-feedback", Severity.MEDIUM, Words.capitalised(Plural.ofAll(overdue.size(),
          counted.size(), "contribution", "contributions")) + " by " + who + " that were due a response "
          + "had none recorded on " + asOf + ", more than " + dueDays
          + " days after " + Plural.word(overdue.size(), "it was", "they were") + " raised.", overdue));
    }
    if (pending > 0) {
      // Said against all the recent contributions, so that it reconciles with the no-feedback warning sign,
      // which leaves out every recent contribution, answered or not.
      String waiting = Plural.word(pending, "has", "have") + " no response yet, so "
          + Plural.word(pending, "it is", "they are") + " not due one and " + Plural.word(pending, "is", "are")
          + " left out";
      result.warning(pending == recent
          ? Plural.of(pending, "contribution", "contributions") + " by " + who + " raised " + dueDays + " days or "
              + "less before " + asOf + " " + waiting + "."
          : "Of the " + recent + " contributions by " + who + " raised " + dueDays + " days or less before " + asOf
              + ", " + pending + " " + waiting + "; the other " + (recent - pending) + " already "
              + Plural.word(recent - pending, "has a response and counts", "have a response and count") + ".");
    }
    return result.build();
  }

  private static double answeredShare(List<Contribution> contributions) {
    long answered = contributions.stream().filter(c -> c.response() != null).count();
    return (double) answered / contributions.size();
  }

  /** The day a contribution was raised: its own date, or else its activity's. */
  private static LocalDate raisedOn(Contribution c, Dataset dataset) {
    if (c.date() != null) {
      return c.date();
    }
    // A built Dataset has resolved every contribution's activity, so the lookup cannot miss.
    return dataset.activity(c.activity()).map(Activity::date).orElseThrow();
  }
}
