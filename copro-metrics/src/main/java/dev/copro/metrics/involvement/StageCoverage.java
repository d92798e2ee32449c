package dev.copro.metrics.involvement;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Say;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.involvement.stage-coverage}: in how much of the commissioning cycle the
 * lived-experience bloc shares decisions. Per initiative: the lifecycle stages in which a bloc
 * member held a say in a decision (the decision's stage, or else its activity's) ÷ the stages the
 * initiative covers — the stages it declares, or, when it declares none, the stages of its
 * activities and decisions. The value is the mean over initiatives in scope with stages to cover.
 * Co-production spans commissioning, design, delivery and evaluation (SCIE Guide 51; TLAP).
 *
 * <p>Breakdown {@code stage}: for each stage, the share of the initiatives covering it in which the
 * bloc held a say in its decisions (n is the number of those initiatives). Finding {@code
 * stages-without-bloc-decisions} for each initiative names the stages without bloc decision-making;
 * its evidence is the initiative and the decisions taken in those stages. Each initiative's whole
 * record is read (see the package documentation); stages an initiative has not reached yet count as
 * not covered by the bloc.
 *
 * <p>Streams trivially: it reads only initiatives, activities and decisions, which are reference
 * records.
 *
 * @since 0.1.0
 */
public final class StageCoverage extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.involvement.stage-coverage";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Lifecycle stage coverage")
          .description(
              "Share of the lifecycle stages an initiative covers (commissioning, design, delivery, "
                  + "evaluation) in which people with lived experience or carers held a say in decisions, averaged over "
                  + "initiatives. Co-production shares power across the whole cycle, not at one stage only.")
          .summary(
              "The share of each initiative's stages (commissioning, design, delivery, evaluation) in "
                  + "which people with lived experience and carers held a say in decisions, averaged over "
                  + "initiatives, from 0% to 100%.")
          .goodLooksLike(
              "A say in decisions at every stage an initiative covers, not at one stage only.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .thresholds(Thresholds.higherIsBetter(0.75, 0.50))
          .references(
              "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
              References.TLAP_LADDER,
              "NIHR et al. (2019) UK Standards for Public Involvement: governance; impact.",
              "National Survivor User Network (2015) 4Pi National Involvement Standards: process.")
          .build();

  /** Creates the metric; it keeps no state. */
  public StageCoverage() {}

  /** The constant descriptor of {@code copro.involvement.stage-coverage}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Measures the mean share of covered stages with bloc decision-making over the initiatives in
   * scope; no value when no initiative has stages to cover. Each initiative's part is worked out
   * from its whole record once per evaluation, shared by the whole-dataset call and every slice
   * (see the package documentation); the scope picks its initiatives' parts.
   */
  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    // Found before the shared value, whose computation must not itself ask for a shared value.
    Positions positions = Positions.of(context);
    Parts parts =
        context.shared(
            ID + "/initiatives",
            Parts.class,
            () ->
                new Parts(
                    context.dataset().initiatives().stream()
                        .map(i -> part(context, i))
                        .toArray(Part[]::new)));
    Map<LifecycleStage, int[]> byStage = new EnumMap<>(LifecycleStage.class);
    List<Finding> findings = new ArrayList<>();
    double sum = 0;
    int initiatives = 0;
    int noStages = 0;
    int undeclared = 0;
    for (Initiative initiative : Initiatives.byId(context)) {
      Part part = parts.byPosition()[positions.initiative(initiative.id())];
      if (part.covered().isEmpty()) {
        noStages++;
        continue;
      }
      undeclared += part.undeclared();
      initiatives++;
      sum += (double) part.withBloc().size() / part.covered().size();
      for (LifecycleStage stage : part.covered()) {
        int[] counts = byStage.computeIfAbsent(stage, s -> new int[2]);
        counts[0]++;
        counts[1] += part.withBloc().contains(stage) ? 1 : 0;
      }
      Finding finding = part.finding();
      if (finding != null) {
        findings.add(finding);
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

  /**
   * One initiative's part in the measurement, from its whole record: the stages it covers (none
   * when it is left out), those of them in which the bloc held a say in a decision, how many
   * decisions with a bloc say concern stages it does not declare, and its finding (null when there
   * is none). Depends on the dataset and the bloc only, so one evaluation works it out once for
   * every call. Immutable once made.
   */
  private record Part(
      Set<LifecycleStage> covered,
      Set<LifecycleStage> withBloc,
      int undeclared,
      @Nullable Finding finding) {}

  /** Every initiative's part, by initiative position. Immutable once made. */
  private record Parts(Part[] byPosition) {}

  /** The part of one initiative; reads the context's dataset and bloc only. */
  private static Part part(EvaluationContext context, Initiative initiative) {
    Dataset data = context.dataset();
    List<Decision> decisions = data.decisionsOf(initiative.id());
    Set<LifecycleStage> covered = covered(data, initiative, decisions);
    if (covered.isEmpty()) {
      return new Part(Set.of(), Set.of(), 0, null);
    }
    Set<LifecycleStage> withBloc = EnumSet.noneOf(LifecycleStage.class);
    Map<LifecycleStage, Set<String>> withoutBloc = new EnumMap<>(LifecycleStage.class);
    int undeclared = 0;
    for (Decision d : decisions) {
      // A built Dataset gives every decision a stage: its own, or else its activity's.
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
    Set<LifecycleStage> missing = EnumSet.copyOf(covered);
    missing.removeAll(withBloc);
    Finding finding =
        missing.isEmpty()
            ? null
            : finding(initiative, covered.size(), missing, withoutBloc, Words.bloc(context.bloc()));
    // Unmodifiable views keep the enum order that the stage breakdown is built in.
    return new Part(
        Collections.unmodifiableSet(covered),
        Collections.unmodifiableSet(withBloc),
        undeclared,
        finding);
  }

  /** The stages an initiative declares, or else those of its activities and decisions. */
  private static Set<LifecycleStage> covered(
      Dataset data, Initiative initiative, List<Decision> decisions) {
    if (!initiative.stages().isEmpty()) {
      return EnumSet.copyOf(initiative.stages());
    }
    Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    for (Activity a : data.activitiesOf(initiative.id())) {
      stages.add(a.stage());
    }
    for (Decision d : decisions) {
      stages.add(data.stageOf(d).orElseThrow());
    }
    return stages;
  }

  private static Finding finding(
      Initiative initiative,
      int covered,
      Set<LifecycleStage> missing,
      Map<LifecycleStage, Set<String>> withoutBloc,
      String who) {
    Set<String> evidence = new TreeSet<>();
    evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative.id()));
    for (LifecycleStage stage : missing) {
      evidence.addAll(withoutBloc.getOrDefault(stage, Set.of()));
    }
    String stages = Words.list(missing.stream().map(LifecycleStage::code).toList(), "and");
    return Finding.of(
        "stages-without-bloc-decisions",
        Severity.MEDIUM,
        "In initiative "
            + initiative.id()
            + ", "
            + who
            + " held no say in the decisions of "
            + Plural.ofAll(missing.size(), covered, "stage", "stages")
            + " it covers: "
            + stages
            + ".",
        evidence);
  }
}
