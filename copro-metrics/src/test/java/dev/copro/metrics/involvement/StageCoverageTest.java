package dev.copro.metrics.involvement;

import static dev.copro.metrics.involvement.Fixture.JAN_1;
import static dev.copro.metrics.involvement.Fixture.build;
import static dev.copro.metrics.involvement.Fixture.decision;
import static dev.copro.metrics.involvement.Fixture.initiative;
import static dev.copro.metrics.involvement.Fixture.measure;
import static dev.copro.metrics.involvement.Fixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.metrics.involvement.Fixture.ActivityRow;
import dev.copro.metrics.involvement.Fixture.ActivityRows;
import dev.copro.metrics.involvement.Fixture.DecisionRow;
import dev.copro.metrics.involvement.Fixture.DecisionRows;
import dev.copro.metrics.involvement.Fixture.DeclaredStages;
import dev.copro.model.Dataset;
import dev.copro.model.DecisionRule;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Vote;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StageCoverageTest {

  private final StageCoverage metric = new StageCoverage();

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(metric, scenario(), Scope.ALL);

    // i1 covers design and delivery (its records); the bloc decided in design (d12): 1/2.
    // i2 covers commissioning (a21, d21); no bloc say: 0/1. i3 declares design and evaluation; p1's
    // weight-0 seat in d32 is no say: 0/2. i5 declares all four; bloc say in evaluation (d51): 1/4.
    // i4 has nothing to cover. Mean (0.5 + 0 + 0 + 0.25) / 4 = 0.1875.
    assertThat(m.value()).isEqualTo(0.1875);
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsOnly("stages-without-bloc-decisions");
    assertThat(m.findings())
        .extracting(Finding::message, Finding::evidence)
        .containsExactly(
            tuple(
                "In initiative i1, people with lived experience and carers held no say in the decisions of 1 of the 2 "
                    + "stages it covers: delivery.",
                List.of("initiative:i1")),
            tuple(
                "In initiative i2, people with lived experience and carers held no say in the decisions of the one "
                    + "stage it covers: commissioning.",
                List.of("decision:d21", "initiative:i2")),
            tuple(
                "In initiative i3, people with lived experience and carers held no say in the decisions of both "
                    + "stages it covers: design and evaluation.",
                List.of("decision:d31", "decision:d32", "initiative:i3")),
            tuple(
                "In initiative i5, people with lived experience and carers held no say in the decisions of 3 of the 4 "
                    + "stages it covers: commissioning, design and delivery.",
                List.of("initiative:i5")));
    assertThat(m.warnings())
        .containsExactly(
            "1 initiative declares no stages and has no activities or decisions, "
                + "so it is left out.");
  }

  @Test
  void measure_scenario_breaksDownByStage() {
    Breakdown stage = measure(metric, scenario(), Scope.ALL).breakdowns().get(0);

    // commissioning: i2, i5 -> 0/2; design: i1 yes, i3, i5 -> 1/3; delivery: i1, i5 -> 0/2;
    // evaluation: i3, i5 yes -> 1/2.
    assertThat(stage.dimension()).isEqualTo("stage");
    assertThat(stage.groups())
        .containsExactly(
            Group.of("commissioning", 0.0, 2),
            Group.of("delivery", 0.0, 2),
            Group.of("design", 1.0 / 3, 3),
            Group.of("evaluation", 0.5, 2));
  }

  @Test
  void measure_blocSayInAnUndeclaredStage_isNotCountedAndWarns() {
    Dataset data =
        Dataset.builder()
            .add(initiative("i1", JAN_1, LifecycleStage.DESIGN))
            .add(Participant.of("p1", Perspective.CARER))
            .add(
                decision(
                    "d1",
                    "i1",
                    null,
                    LifecycleStage.DELIVERY,
                    JAN_1,
                    DecisionRule.CONSENSUS,
                    Vote.of("p1")))
            .build();

    Measurement m = measure(metric, data, Scope.ALL);

    assertThat(m.value()).isZero();
    assertThat(m.warnings())
        .containsExactly(
            "1 decision in which people with lived experience and carers held a "
                + "say concerns a stage its initiative does not declare, so it is not counted.");
  }

  @Test
  void measure_blocInEveryDeclaredStage_isOneWithoutFindings() {
    Dataset data =
        Dataset.builder()
            .add(initiative("i1", JAN_1, LifecycleStage.DESIGN, LifecycleStage.EVALUATION))
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(
                decision(
                    "d1",
                    "i1",
                    null,
                    LifecycleStage.DESIGN,
                    JAN_1,
                    DecisionRule.DELEGATED,
                    Vote.of("p1")))
            .add(
                decision(
                    "d2",
                    "i1",
                    null,
                    LifecycleStage.EVALUATION,
                    JAN_1,
                    DecisionRule.SIMPLE_MAJORITY,
                    Vote.of("p1")))
            .build();

    Measurement m = measure(metric, data, Scope.ALL);

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.findings()).isEmpty();
  }

  @Test
  void measure_noInitiativeWithStages_hasNoValue() {
    assertThat(measure(metric, Dataset.empty(), Scope.ALL).noValueReason())
        .isEqualTo("no initiative in scope");
    Dataset bare = Dataset.builder().add(initiative("i1", JAN_1)).build();
    assertThat(measure(metric, bare, Scope.ALL).noValueReason()).contains("declares stages");
  }

  @Property
  void measure_anyData_staysInRangeAndIgnoresRecordOrder(
      @ForAll @Size(3) List<@From(supplier = DeclaredStages.class) Set<LifecycleStage>> declared,
      @ForAll @Size(max = 8) List<@From(supplier = ActivityRows.class) ActivityRow> activities,
      @ForAll @Size(max = 8) List<@From(supplier = DecisionRows.class) DecisionRow> decisions) {
    Measurement m = measure(metric, build(declared, activities, decisions, false), Scope.ALL);

    assertThat(measure(metric, build(declared, activities, decisions, true), Scope.ALL))
        .isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.breakdowns())
          .flatExtracting(Breakdown::groups)
          .extracting(Group::value)
          .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Property
  void measure_givingTheBlocAVote_neverLowersCoverage(
      @ForAll @Size(3) List<@From(supplier = DeclaredStages.class) Set<LifecycleStage>> declared,
      @ForAll @Size(max = 8) List<@From(supplier = ActivityRows.class) ActivityRow> activities,
      @ForAll @Size(min = 1, max = 8)
          List<@From(supplier = DecisionRows.class) DecisionRow> decisions,
      @ForAll @IntRange(min = 0, max = 7) int which) {
    List<DecisionRow> more = new ArrayList<>(decisions);
    DecisionRow d = decisions.get(which % decisions.size());
    // p0 (lived experience) gets a full vote in that decision.
    more.set(
        which % decisions.size(),
        new DecisionRow(
            d.initiative(), d.stage(), d.day(), d.rule(), d.voters() | 1, d.seatsOnly() & ~1));

    Double before =
        measure(metric, build(declared, activities, decisions, false), Scope.ALL).value();
    Double after = measure(metric, build(declared, activities, more, false), Scope.ALL).value();

    assertThat(after).isNotNull();
    assertThat(after).isGreaterThanOrEqualTo(before);
  }
}
