package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.activity;
import static dev.copro.metrics.power.PowerFixtures.context;
import static dev.copro.metrics.power.PowerFixtures.group;
import static dev.copro.metrics.power.PowerFixtures.initiative;
import static dev.copro.metrics.power.PowerFixtures.invitedOnly;
import static dev.copro.metrics.power.PowerFixtures.measure;
import static dev.copro.metrics.power.PowerFixtures.person;
import static dev.copro.metrics.power.PowerFixtures.uninvited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeatShareTest {

  private final SeatShare metric = new SeatShare();

  /**
   * b1, a board of fifteen trustees of whom four have lived experience (SCIE's board in 2019):
   * 4/15. pn, a panel inviting L1, L2 (lived experience), C1 (carer) and P1–P3: 3/6; X came
   * uninvited and holds no seat. b2, a board inviting L1 and P1–P4: 1/5 — one bloc seat, below
   * NICE's two. w is a workshop (no seats); b3 records no invitations and is left out.
   * Value (4/15 + 1/2 + 1/5)/3 = 29/90, against the parity target 0.5: ratio 29/45. By
   * perspective: lived experience (4/15 + 2/6 + 1/5)/3 = 4/15, carer (1/6)/3 = 1/18, professional
   * (11/15 + 3/6 + 4/5)/3 = 61/90.
   */
  static Dataset meetings() {
    Dataset.Builder data = Dataset.builder().add(initiative())
        .add(person("L1", Perspective.LIVED_EXPERIENCE)).add(person("L2", Perspective.LIVED_EXPERIENCE))
        .add(person("C1", Perspective.CARER)).add(person("X", Perspective.CARER))
        .add(activity("b1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
        .add(activity("pn", ActivityType.PANEL, LifecycleStage.DELIVERY, 2).build())
        .add(activity("b2", ActivityType.BOARD, LifecycleStage.EVALUATION, 3).build())
        .add(activity("w", ActivityType.WORKSHOP, LifecycleStage.DESIGN, 4).build())
        .add(activity("b3", ActivityType.BOARD, LifecycleStage.DESIGN, 5).build());
    for (int t = 1; t <= 15; t++) {
      data.add(person("T" + t, t <= 4 ? Perspective.LIVED_EXPERIENCE : Perspective.PROFESSIONAL));
      data.add(Attendance.attended("b1", "T" + t));
    }
    for (int p = 1; p <= 4; p++) {
      data.add(person("P" + p, Perspective.PROFESSIONAL));
    }
    for (String member : List.of("L1", "L2", "C1", "P1", "P2", "P3")) {
      data.add(Attendance.attended("pn", member));
    }
    data.add(uninvited("pn", "X"));
    for (String member : List.of("L1", "P1", "P2", "P3", "P4")) {
      data.add(invitedOnly("b2", member));
    }
    data.add(Attendance.attended("w", "L1")).add(Attendance.attended("w", "L2"));
    data.add(uninvited("b3", "L1")).add(uninvited("b3", "P1"));
    return data.build();
  }

  @Test
  void measure_handComputedShareTargetAndBreakdown() {
    Measurement m = measure(metric, meetings());

    assertThat(m.value()).isCloseTo(29.0 / 90, within(1e-12));
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.components()).containsEntry("target", 0.5);
    assertThat(m.components().get("ratioToTarget")).isCloseTo(29.0 / 45, within(1e-12));
    assertThat(group(m, "perspective", "lived-experience").value()).isCloseTo(4.0 / 15, within(1e-12));
    assertThat(group(m, "perspective", "carer").value()).isCloseTo(1.0 / 18, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(61.0 / 90, within(1e-12));
    assertThat(m.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("below-minimum-bloc-seats");
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.evidence()).containsExactly("activity:b2");
    });
    assertThat(m.warnings()).singleElement().asString().startsWith("1 meeting(s)");
  }

  @Test
  void measure_configuredTargetTypesAndMinimum() {
    Measurement m = metric.measure(context(metric, meetings(),
        Map.of("target", 0.25, "minimumBlocSeats", 0, "activityTypes", List.of("panel", "boardroom"))));

    // Only the panel counts: 3/6 = 0.5, twice the target of 0.25.
    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.components()).containsEntry("target", 0.25).containsEntry("ratioToTarget", 2.0);
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings()).singleElement().asString().contains("boardroom");
  }

  @Test
  void measure_meetingWithoutAnyBlocSeat_isAHighFinding() {
    Dataset data = Dataset.builder().add(initiative()).add(person("P1", Perspective.PROFESSIONAL))
        .add(person("L1", Perspective.LIVED_EXPERIENCE))
        .add(activity("b1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
        .add(Attendance.attended("b1", "P1"))
        .add(uninvited("b1", "L1"))
        .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isZero();
    assertThat(m.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void measure_noMeetings_noValue() {
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
    Measurement onlyUninvited = measure(metric, Dataset.builder().add(initiative()).add(person("L1",
        Perspective.CARER)).add(activity("b1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
        .add(uninvited("b1", "L1")).build());
    assertThat(onlyUninvited.value()).isNull();
    assertThat(onlyUninvited.warnings()).hasSize(1);
  }
}
