package dev.copro.metrics.involvement;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Say;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Breakdown;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The involvement metrics as they were measured before each initiative's part was shared between
 * the calls of an evaluation: every call reads every initiative in scope from scratch, straight
 * from the records. The oracle of {@link SharedPartsPropertiesTest}.
 */
final class InvolvementBefore {

  private InvolvementBefore() {}

  /** {@link Earliness#measure}, initiative by initiative from the records. */
  static Measurement earliness(EvaluationContext context) {
    Dataset data = context.dataset();
    List<Involvement> involvements = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int empty = 0;
    int withDecisions = 0;
    int presentFirst = 0;
    int involvedBeforeStart = 0;
    for (Initiative initiative : Initiatives.byId(context)) {
      List<Activity> activities = data.activitiesOf(initiative.id());
      List<Decision> decisions = data.decisionsOf(initiative.id());
      if (activities.isEmpty() && decisions.isEmpty()) {
        empty++;
        continue;
      }
      List<Involvement> own = involvements(context, initiative, decisions);
      involvements.addAll(own);
      LocalDate first = own.stream().map(Involvement::day).min(LocalDate::compareTo).orElse(null);
      LocalDate firstDecision =
          decisions.stream().map(Decision::date).min(LocalDate::compareTo).orElse(null);
      if (firstDecision != null) {
        withDecisions++;
        if (first != null && !first.isAfter(firstDecision)) {
          presentFirst++;
        }
      }
      if (first != null && first.isBefore(initiative.start())) {
        involvedBeforeStart++;
      }
      Finding finding =
          earlinessFinding(
              initiative, activities.size(), decisions, first, Words.bloc(context.bloc()));
      if (finding != null) {
        findings.add(finding);
      }
    }
    int involvedIn = (int) involvements.stream().map(Involvement::initiative).distinct().count();
    Measurement.Builder result =
        involvedIn == 0
            ? Measurement.builderWithoutValue(
                context.initiatives().isEmpty()
                    ? "no initiative in scope"
                    : Words.bloc(context.bloc())
                        + " attended no activity and held a say in no decision of the "
                        + "initiatives in scope")
            : Measurement.of(medianDays(involvements), involvedIn);
    if (involvedIn > 0) {
      if (withDecisions > 0) {
        result.component("presentBeforeFirstDecisionShare", (double) presentFirst / withDecisions);
      }
      result.breakdowns(
          context.breakdowns(
              involvements, Involvement::participant, InvolvementBefore::medianDays));
    }
    findings.forEach(result::finding);
    if (empty > 0) {
      result.warning(
          Plural.of(empty, "initiative in scope has", "initiatives in scope have")
              + " no activities "
              + "or decisions recorded, so "
              + Plural.word(empty, "it is", "they are")
              + " left out.");
    }
    if (involvedBeforeStart > 0) {
      result.warning(
          Plural.of(involvedBeforeStart, "initiative has", "initiatives have")
              + " a decision in which "
              + Words.bloc(context.bloc())
              + " held a say dated before the initiative's start: that first involvement "
              + "counts as day 0.");
    }
    return result.build();
  }

  /** Each bloc member's first attended activity or first decision with a say in one initiative. */
  private static List<Involvement> involvements(
      EvaluationContext context, Initiative initiative, List<Decision> decisions) {
    Dataset data = context.dataset();
    Map<String, LocalDate> firstDay = new TreeMap<>();
    for (Attendance a : data.attendance()) {
      Activity activity = data.activity(a.activity()).orElseThrow();
      if (a.attended()
          && context.isBloc(a.participant())
          && activity.initiative().equals(initiative.id())) {
        firstDay.merge(a.participant(), activity.date(), (x, y) -> x.isAfter(y) ? y : x);
      }
    }
    for (Decision decision : decisions) {
      for (Vote vote : decision.votes()) {
        if (Say.gives(decision, vote) && context.isBloc(vote.participant())) {
          firstDay.merge(vote.participant(), decision.date(), (x, y) -> x.isAfter(y) ? y : x);
        }
      }
    }
    List<Involvement> result = new ArrayList<>();
    firstDay.forEach(
        (p, day) -> result.add(new Involvement(initiative.id(), initiative.start(), p, day)));
    return result;
  }

  private static @Nullable Finding earlinessFinding(
      Initiative initiative,
      int activities,
      List<Decision> decisions,
      @Nullable LocalDate first,
      String who) {
    Set<String> evidence = new TreeSet<>();
    evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative.id()));
    if (first == null) {
      decisions.forEach(d -> evidence.add(Finding.ref(RecordKind.DECISION, d.id())));
      List<String> missed = new ArrayList<>();
      if (activities > 0) {
        missed.add(
            "attended "
                + (activities == 1
                    ? "its one activity"
                    : "any of its " + activities + " activities"));
      }
      if (!decisions.isEmpty()) {
        missed.add(
            "held a say in "
                + (decisions.size() == 1
                    ? "its one decision"
                    : "any of its " + decisions.size() + " decisions"));
      }
      return Finding.of(
          "no-bloc-involvement",
          Severity.HIGH,
          "In initiative "
              + initiative.id()
              + ", none of the "
              + who
              + " "
              + String.join(" or ", missed)
              + ".",
          evidence);
    }
    for (Decision d : decisions) {
      if (d.date().isBefore(first)) {
        evidence.add(Finding.ref(RecordKind.DECISION, d.id()));
      }
    }
    if (evidence.size() == 1) {
      return null;
    }
    int before = evidence.size() - 1;
    return Finding.of(
        "decided-before-involvement",
        Severity.MEDIUM,
        "In initiative "
            + initiative.id()
            + ", "
            + Plural.ofAll(before, decisions.size(), "decision", "decisions")
            + " "
            + Plural.word(before, "was", "were")
            + " taken before "
            + who
            + " were first involved, on "
            + first
            + ".",
        evidence);
  }

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

  private record Involvement(
      String initiative, LocalDate start, String participant, LocalDate day) {}

  /** {@link StageCoverage#measure}, initiative by initiative from the records. */
  static Measurement stageCoverage(EvaluationContext context) {
    Dataset data = context.dataset();
    Map<LifecycleStage, int[]> byStage = new EnumMap<>(LifecycleStage.class);
    List<Finding> findings = new ArrayList<>();
    double sum = 0;
    int initiatives = 0;
    int noStages = 0;
    int undeclared = 0;
    for (Initiative initiative : Initiatives.byId(context)) {
      List<Decision> decisions = data.decisionsOf(initiative.id());
      Set<LifecycleStage> covered = EnumSet.noneOf(LifecycleStage.class);
      if (!initiative.stages().isEmpty()) {
        covered.addAll(initiative.stages());
      } else {
        data.activitiesOf(initiative.id()).forEach(a -> covered.add(a.stage()));
        decisions.forEach(d -> covered.add(data.stageOf(d).orElseThrow()));
      }
      if (covered.isEmpty()) {
        noStages++;
        continue;
      }
      Set<LifecycleStage> withBloc = EnumSet.noneOf(LifecycleStage.class);
      Map<LifecycleStage, Set<String>> withoutBloc = new EnumMap<>(LifecycleStage.class);
      for (Decision d : decisions) {
        LifecycleStage stage = data.stageOf(d).orElseThrow();
        if (!Say.heldByBloc(context, d)) {
          withoutBloc
              .computeIfAbsent(stage, s -> new TreeSet<>())
              .add(Finding.ref(RecordKind.DECISION, d.id()));
        } else if (covered.contains(stage)) {
          withBloc.add(stage);
        } else {
          undeclared++;
        }
      }
      initiatives++;
      sum += (double) withBloc.size() / covered.size();
      for (LifecycleStage stage : covered) {
        int[] counts = byStage.computeIfAbsent(stage, s -> new int[2]);
        counts[0]++;
        counts[1] += withBloc.contains(stage) ? 1 : 0;
      }
      Set<LifecycleStage> missing = EnumSet.copyOf(covered);
      missing.removeAll(withBloc);
      if (!missing.isEmpty()) {
        Set<String> evidence = new TreeSet<>();
        evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative.id()));
        missing.forEach(stage -> evidence.addAll(withoutBloc.getOrDefault(stage, Set.of())));
        String stages = Words.list(missing.stream().map(LifecycleStage::code).toList(), "and");
        findings.add(
            Finding.of(
                "stages-without-bloc-decisions",
                Severity.MEDIUM,
                "In initiative "
                    + initiative.id()
                    + ", "
                    + Words.bloc(context.bloc())
                    + " held no say in the decisions of "
                    + Plural.ofAll(missing.size(), covered.size(), "stage", "stages")
                    + " it covers: "
                    + stages
                    + ".",
                evidence));
      }
    }
    if (initiatives == 0) {
      return Measurement.noValue(
          context.initiatives().isEmpty()
              ? "no initiative in scope"
              : "no initiative in scope declares stages or has activities or decisions to show which it covers");
    }
    Measurement.Builder result = Measurement.of(sum / initiatives, initiatives);
    List<Group> groups = new ArrayList<>();
    byStage.forEach(
        (stage, counts) ->
            groups.add(Group.of(stage.code(), (double) counts[1] / counts[0], counts[0])));
    result.breakdown(new Breakdown("stage", groups));
    findings.forEach(result::finding);
    if (noStages > 0) {
      result.warning(
          Plural.of(noStages, "initiative declares", "initiatives declare")
              + " no stages and "
              + Plural.word(noStages, "has", "have")
              + " no activities or decisions, so "
              + Plural.word(noStages, "it is", "they are")
              + " left out.");
    }
    if (undeclared > 0) {
      result.warning(
          Plural.of(undeclared, "decision", "decisions")
              + " in which "
              + Words.bloc(context.bloc())
              + " held a say "
              + Plural.word(undeclared, "concerns a stage its", "concern stages their")
              + " initiative "
              + "does not declare, so "
              + Plural.word(undeclared, "it is", "they are")
              + " not counted.");
    }
    return result.build();
  }
}
