package dev.copro.metrics.involvement;

import static dev.copro.metrics.involvement.Fixture.JAN_1;
import static dev.copro.metrics.involvement.Fixture.build;
import static dev.copro.metrics.involvement.Fixture.decision;
import static dev.copro.metrics.involvement.Fixture.initiative;
import static dev.copro.metrics.involvement.Fixture.measure;
import static dev.copro.metrics.involvement.Fixture.oneAttendee;
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
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EarlinessTest {

  private final Earliness metric = new Earliness();

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(metric, scenario(), Scope.ALL);

    // First bloc involvement: i1 on 20 Feb (a12, d12) = 31 + 19 = 50 days; i2 on 11 Mar (a21) = 10
    // days;
    // i5 on 2 Mar (d51) = 31 + 28 + 1 = 60 days; none in i3 (p1's weight-0 seat is no say); i4 is
    // empty.
    assertThat(m.value()).isEqualTo(50.0);
    assertThat(m.n()).isEqualTo(3);
    // Initiatives with decisions: i1 (first decision 20 Jan, bloc 20 Feb: no), i2 (same day: yes),
    // i3 (no bloc: no), i5 (same day: yes) = 2/4.
    assertThat(m.components()).containsExactly(Map.entry("presentBeforeFirstDecisionShare", 0.5));
    assertThat(m.findings())
        .extracting(Finding::code, Finding::severity, Finding::evidence)
        .containsExactly(
            tuple(
                "decided-before-involvement",
                Severity.MEDIUM,
                List.of("decision:d11", "initiative:i1")),
            tuple(
                "no-bloc-involvement",
                Severity.HIGH,
                List.of("decision:d31", "decision:d32", "initiative:i3")));
    assertThat(m.findings())
        .extracting(Finding::message)
        .containsExactly(
            "In initiative i1, 1 of the 2 decisions was taken before people with lived experience and carers were first "
                + "involved, on 2025-02-20.",
            "In initiative i3, none of the people with lived experience and carers attended its one activity or held a "
                + "say in any of its 2 decisions.");
    assertThat(m.warnings())
        .containsExactly(
            "1 initiative in scope has no activities or decisions recorded, so it is "
                + "left out.");
  }

  @Test
  void measure_scenario_breaksDownByPerspective() {
    Measurement m = measure(metric, scenario(), Scope.ALL);

    // Carer p2: i1 on 1 Apr (90 days), i2 on 11 Mar (10 days): median 50.
    // Lived experience p1: i1 on 20 Feb (50 days), i5 on 2 Mar (60 days): median 55.
    assertThat(m.breakdowns().get(0).groups())
        .containsExactly(Group.of("carer", 50.0, 1, 1), Group.of("lived-experience", 55.0, 1, 1));
  }

  @Test
  void measure_periodScope_readsEachInitiativesWholeHistory() {
    Scope secondQuarter =
        new Scope(null, new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1), "2025-Q2"));

    Measurement m = measure(metric, scenario(), secondQuarter);

    // All five initiatives are running in Q2; the bloc's February and March involvement still
    // counts.
    assertThat(m.value()).isEqualTo(50.0);
    assertThat(m.n()).isEqualTo(3);
  }

  @Test
  void measure_blocThereFromTheFirstDay_isZero() {
    Measurement m = measure(metric, oneAttendee(Perspective.CARER), Scope.ALL);

    assertThat(m.value()).isZero();
    assertThat(m.components()).isEmpty();
    assertThat(m.findings()).isEmpty();
  }

  @Test
  void measure_blocVoteBeforeTheStart_countsAsDayZeroWithAWarning() {
    Dataset data =
        Dataset.builder()
            .add(initiative("i1", JAN_1))
            .add(Participant.of("p1", Perspective.CARER))
            .add(
                decision(
                    "d1",
                    "i1",
                    null,
                    LifecycleStage.COMMISSIONING,
                    JAN_1.minusDays(3),
                    DecisionRule.CONSENSUS,
                    Vote.of("p1")))
            .build();

    Measurement m = measure(metric, data, Scope.ALL);

    assertThat(m.value()).isZero();
    assertThat(m.components()).containsEntry("presentBeforeFirstDecisionShare", 1.0);
    assertThat(m.warnings()).singleElement().asString().contains("before the initiative's start");
  }

  @Test
  void measure_noBlocInvolvementAnywhere_hasNoValueButKeepsTheFindings() {
    Measurement m = measure(metric, oneAttendee(Perspective.PROFESSIONAL), Scope.ALL);

    assertThat(m.value()).isNull();
    assertThat(m.findings()).extracting(Finding::code).containsExactly("no-bloc-involvement");
  }

  @Test
  void measure_emptyDataset_hasNoValue() {
    assertThat(measure(metric, Dataset.empty(), Scope.ALL).noValueReason())
        .isEqualTo("no initiative in scope");
  }

  @Property
  void measure_anyData_isNonNegativeAndIgnoresRecordOrder(
      @ForAll @Size(3) List<@From(supplier = DeclaredStages.class) Set<LifecycleStage>> declared,
      @ForAll @Size(max = 8) List<@From(supplier = ActivityRows.class) ActivityRow> activities,
      @ForAll @Size(max = 8) List<@From(supplier = DecisionRows.class) DecisionRow> decisions) {
    Measurement m = measure(metric, build(declared, activities, decisions, false), Scope.ALL);

    assertThat(measure(metric, build(declared, activities, decisions, true), Scope.ALL))
        .isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isGreaterThanOrEqualTo(0.0);
      assertThat(m.components().getOrDefault("presentBeforeFirstDecisionShare", 0.0))
          .isBetween(0.0, 1.0);
      assertThat(m.n()).isBetween(1L, 3L);
    }
  }
}
