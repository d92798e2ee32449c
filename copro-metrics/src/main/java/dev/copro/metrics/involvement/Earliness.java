package dev.copro.metrics.involvement;

import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Say;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.involvement.earliness}: how soon after an initiative starts the lived-experience bloc
 * is first involved — the first activity a bloc member attended or the first decision in which one
 * held a say — in days from the initiative's start. The value is the median over the initiatives
 * in scope that have bloc involvement (lower is better). "Not involved until the end" and "the
 * solution was already decided" are warning signs of tokenism; NIHR and INVOLVE ask for
 * involvement from the outset.
 *
 * <p>Component {@code presentBeforeFirstDecisionShare}: of the initiatives with at least one
 * decision, the share where the bloc was first involved on or before the day of the first decision.
 * Findings: {@code decided-before-involvement} for each initiative where decisions were taken
 * before the bloc's first involvement (evidence: the initiative and those decisions), and
 * {@code no-bloc-involvement} for each initiative with activities or decisions but no bloc
 * involvement at all. Each initiative's whole record is read (see the package documentation).
 *
 * @since 0.1.0
 */
public final class Earliness implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.involvement.earliness";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Earliness of involvement")
      .description("Median days from an initiative's start to the lived-experience bloc's first involvement (the "
          + "first activity a bloc member attended or the first decision in which one held a say), with the share "
          + "of initiatives where the bloc was there before the first decision. People should be involved from "
          + "the outset, not brought in at the end to rubber-stamp what was already decided.")
      .principles(Principle.EQUALITY)
      .unit(Unit.DAYS)
      .range(ValueRange.NON_NEGATIVE)
      .thresholds(Thresholds.lowerIsBetter(30, 90))
      .references(
          "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
          "INVOLVE (2012) Briefing notes for researchers: involving the public in NHS, public health and social "
              + "care research.",
          "NIHR et al. (2019) UK Standards for Public Involvement: inclusive opportunities; governance.",
          References.TLAP_LADDER)
      .build();

  /** Creates the metric; it keeps no state. */
  public Earliness() {}

  /** The constant descriptor of {@code copro.involvement.earliness}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Measures the median days to the bloc's first involvement over the initiatives in scope; no value
   * when the bloc was involved in none of them (the findings still say where it was missing).
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    Map<String, PerInitiative> perInitiative = perInitiative(context);
    // Each involved initiative's first involvement gives the value; every involvement is only
    // needed for breakdowns, which slices (no dimensions) do not have.
    List<Involvement> firsts = new ArrayList<>();
    boolean breakdowns = !context.dimensions().isEmpty();
    List<Involvement> involvements = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int empty = 0;
    int withDecisions = 0;
    int presentFirst = 0;
    int involvedBeforeStart = 0;
    for (Initiative initiative : Initiatives.byId(context)) {
      PerInitiative own = perInitiative.get(initiative.id());
      if (own == null) {
        empty++;
        continue;
      }
      if (breakdowns) {
        involvements.addAll(own.involvements());
      }
      Involvement earliest = own.earliest();
      if (earliest != null) {
        firsts.add(earliest);
      }
      LocalDate first = earliest == null ? null : earliest.day();
      if (own.firstDecision() != null) {
        withDecisions++;
        if (first != null && !first.isAfter(own.firstDecision())) {
          presentFirst++;
        }
      }
      if (first != null && first.isBefore(initiative.start())) {
        involvedBeforeStart++;
      }
      if (own.finding() != null) {
        findings.add(own.finding());
      }
    }

    int involvedIn = firsts.size();
    Measurement.Builder result = involvedIn == 0
        ? Measurement.builderWithoutValue(context.initiatives().isEmpty()
            ? "no initiative in scope"
            : "the lived-experience bloc attended no activity and held a say in no decision of the initiatives "
                + "in scope")
        : Measurement.of(medianDays(firsts), involvedIn);
    if (involvedIn > 0) {
      if (withDecisions > 0) {
        result.component("presentBeforeFirstDecisionShare", (double) presentFirst / withDecisions);
      }
      if (breakdowns) {
        result.breakdowns(context.breakdowns(involvements, Involvement::participant, Earliness::medianDays));
      }
    }
    findings.forEach(result::finding);
    if (empty > 0) {
      result.warning(empty + " initiatives in scope have no activities or decisions recorded and are left out.");
    }
    if (involvedBeforeStart > 0) {
      result.warning(involvedBeforeStart + " initiatives have a decision with a bloc say dated before the "
          + "initiative's start: their first involvement counts as day 0.");
    }
    return result.build();
  }

  /**
   * What each initiative of the dataset with activities or decisions contributes, by initiative id.
   * It depends on the whole initiative (not on the scope), so one evaluation computes it once and
   * shares it between the whole-dataset call and every slice.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, PerInitiative> perInitiative(EvaluationContext context) {
    return context.shared(ID + "/per-initiative", Map.class, () -> {
      Dataset data = context.dataset();
      Map<String, PerInitiative> result = new HashMap<>();
      for (Initiative initiative : data.initiatives()) {
        List<Activity> activities = data.activitiesOf(initiative.id());
        List<Decision> decisions = data.decisionsOf(initiative.id());
        if (activities.isEmpty() && decisions.isEmpty()) {
          continue;
        }
        List<Involvement> own = involvements(context, initiative, activities, decisions);
        Involvement earliest = own.stream().min(Comparator.comparing(Involvement::day)).orElse(null);
        LocalDate firstDecision = decisions.stream().map(Decision::date).min(LocalDate::compareTo).orElse(null);
        result.put(initiative.id(), new PerInitiative(List.copyOf(own), earliest, firstDecision,
            finding(initiative, activities.size(), decisions, earliest == null ? null : earliest.day())));
      }
      return result;
    });
  }

  /** Every attended activity and every decision with a say, for the bloc members of one initiative. */
  private static List<Involvement> involvements(
      EvaluationContext context, Initiative initiative, List<Activity> activities, List<Decision> decisions) {
    List<Involvement> result = new ArrayList<>();
    for (Activity activity : activities) {
      for (Attendance a : context.dataset().attendanceAt(activity.id())) {
        if (a.attended() && context.isBloc(a.participant())) {
          result.add(new Involvement(initiative.id(), initiative.start(), a.participant(), activity.date()));
        }
      }
    }
    for (Decision decision : decisions) {
      for (Vote vote : decision.votes()) {
        if (Say.gives(decision, vote) && context.isBloc(vote.participant())) {
          result.add(new Involvement(initiative.id(), initiative.start(), vote.participant(), decision.date()));
        }
      }
    }
    return result;
  }

  private static @Nullable Finding finding(
      Initiative initiative, int activities, List<Decision> decisions, @Nullable LocalDate first) {
    Set<String> evidence = new TreeSet<>();
    evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative.id()));
    if (first == null) {
      decisions.forEach(d -> evidence.add(Finding.ref(RecordKind.DECISION, d.id())));
      return Finding.of("no-bloc-involvement", Severity.HIGH, "Initiative '" + initiative.id() + "' has "
          + activities + " activities and " + decisions.size() + " decisions, but no bloc member attended any of "
          + "them or held a say in any decision.", evidence);
    }
    for (Decision d : decisions) {
      if (d.date().isBefore(first)) {
        evidence.add(Finding.ref(RecordKind.DECISION, d.id()));
      }
    }
    if (evidence.size() == 1) {
      return null;
    }
    return Finding.of("decided-before-involvement", Severity.MEDIUM, "Initiative '" + initiative.id() + "': "
        + (evidence.size() - 1) + " of " + decisions.size() + " decisions were taken before the bloc's first "
        + "involvement on " + first + ".", evidence);
  }

  /**
   * The median over initiatives of the days from each initiative's start to the first of the given
   * involvements in it (at least 0).
   */
  private static double medianDays(List<Involvement> involvements) {
    Map<String, Involvement> firstByInitiative = new TreeMap<>();
    for (Involvement i : involvements) {
      firstByInitiative.merge(i.initiative(), i, (a, b) -> a.day().isAfter(b.day()) ? b : a);
    }
    DescriptiveStatistics days = new DescriptiveStatistics();
    for (Involvement first : firstByInitiative.values()) {
      days.addValue(Math.max(0, ChronoUnit.DAYS.between(first.start(), first.day())));
    }
    return days.getPercentile(50);
  }

  /** One initiative's bloc involvements, its first involvement and decision, and its finding if any. */
  private record PerInitiative(List<Involvement> involvements, @Nullable Involvement earliest,
      @Nullable LocalDate firstDecision, @Nullable Finding finding) {}

  /** One bloc member's attendance or say on a day, in an initiative that started on {@code start}. */
  private record Involvement(String initiative, LocalDate start, String participant, LocalDate day) {}
}
