package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.activity;
import static dev.copro.metrics.power.PowerFixtures.group;
import static dev.copro.metrics.power.PowerFixtures.initiative;
import static dev.copro.metrics.power.PowerFixtures.measure;
import static dev.copro.metrics.power.PowerFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.spi.Measurement;
import org.junit.jupiter.api.Test;

class LeadershipTest {

  private final Leadership metric = new Leadership();

  /**
   * a1 (board, design) chaired by L (lived experience): bloc. a2 (panel, design) co-chaired by P
   * (professional) and C (carer): bloc. a3 (meeting, delivery) chaired by P. a4 (workshop,
   * delivery) facilitated by K (commissioner). a5 records no chair and is left out. Value 2/4; by
   * stage design 2/2, delivery 0/2; by perspective lived experience 1/4 (a1), carer 1/4 (a2),
   * professional 2/4 (a2, a3), commissioner 1/4 (a4).
   */
  static Dataset activities() {
    return Dataset.builder()
        .add(initiative())
        .add(person("L", Perspective.LIVED_EXPERIENCE))
        .add(person("C", Perspective.CARER))
        .add(person("P", Perspective.PROFESSIONAL))
        .add(person("K", Perspective.COMMISSIONER))
        .add(activity("a1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).chairs("L").build())
        .add(activity("a2", ActivityType.PANEL, LifecycleStage.DESIGN, 2).chairs("P", "C").build())
        .add(activity("a3", ActivityType.MEETING, LifecycleStage.DELIVERY, 3).chairs("P").build())
        .add(activity("a4", ActivityType.WORKSHOP, LifecycleStage.DELIVERY, 4).chairs("K").build())
        .add(activity("a5", ActivityType.EVENT, LifecycleStage.DELIVERY, 5).build())
        .build();
  }

  @Test
  void measure_handComputedShareAndBreakdowns() {
    Measurement m = measure(metric, activities());

    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.n()).isEqualTo(4);
    assertThat(group(m, "stage", "design").value()).isEqualTo(1.0);
    assertThat(group(m, "stage", "delivery").value()).isZero();
    assertThat(group(m, "activity-type", "panel").value()).isEqualTo(1.0);
    assertThat(group(m, "perspective", "lived-experience").value()).isEqualTo(0.25);
    assertThat(group(m, "perspective", "carer").value()).isEqualTo(0.25);
    assertThat(group(m, "perspective", "professional").value()).isEqualTo(0.5);
    assertThat(group(m, "perspective", "commissioner").value()).isEqualTo(0.25);
    assertThat(m.warnings())
        .containsExactly("1 activity has no chairs recorded, so it is left out.");
  }

  @Test
  void measure_noChairsRecorded_noValueWithWarning() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("L", Perspective.LIVED_EXPERIENCE))
            .add(activity("a1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
            .add(activity("a2", ActivityType.BOARD, LifecycleStage.DESIGN, 2).build())
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isNull();
    assertThat(m.warnings())
        .containsExactly("2 activities have no chairs recorded, so they are left out.");
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
  }

  @Test
  void measure_singleParticipantChairingEverything() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("C", Perspective.CARER))
            .add(activity("a1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).chairs("C").build())
            .build();

    assertThat(measure(metric, data).value()).isEqualTo(1.0);
  }
}
