package dev.copro.metrics.power;

import static dev.copro.metrics.power.PowerFixtures.activity;
import static dev.copro.metrics.power.PowerFixtures.context;
import static dev.copro.metrics.power.PowerFixtures.decision;
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
import dev.copro.model.DecisionRule;
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
   * NICE's two. w is a workshop (no seats); b3 records no invitations and is left out. Value (4/15
   * + 1/2 + 1/5)/3 = 29/90, against the parity target 0.5: ratio 29/45. By perspective: lived
   * experience (4/15 + 2/6 + 1/5)/3 = 4/15, carer (1/6)/3 = 1/18, professional (11/15 + 3/6 +
   * 4/5)/3 = 61/90.
   */
  static Dataset meetings() {
    Dataset.Builder data =
        Dataset.builder()
            .add(initiative())
            .add(person("L1", Perspective.LIVED_EXPERIENCE))
            .add(person("L2", Perspective.LIVED_EXPERIENCE))
            .add(person("C1", Perspective.CARER))
            .add(person("X", Perspective.CARER))
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
    // Head share is the value; no votes were taken at these meetings, so there is no weight share.
    assertThat(m.components())
        .containsEntry("headShare", m.value())
        .doesNotContainKey("weightShare");
    assertThat(group(m, "perspective", "lived-experience").value())
        .isCloseTo(4.0 / 15, within(1e-12));
    assertThat(group(m, "perspective", "carer").value()).isCloseTo(1.0 / 18, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(61.0 / 90, within(1e-12));
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("below-minimum-bloc-seats");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("activity:b2");
              assertThat(f.message())
                  .isEqualTo(
                      "1 of the 3 board or panel meetings had fewer than 2 seats for people with "
                          + "lived experience and carers.");
            });
    assertThat(m.warnings())
        .containsExactly(
            "1 board or panel meeting records no invited members, so it is left " + "out.");
  }

  @Test
  void measure_configuredTargetTypesAndMinimum() {
    Measurement m =
        metric.measure(
            context(
                metric,
                meetings(),
                Map.of(
                    "target",
                    0.25,
                    "minimumBlocSeats",
                    0,
                    "activityTypes",
                    List.of("panel", "boardroom"))));

    // Only the panel counts: 3/6 = 0.5, twice the target of 0.25.
    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.components()).containsEntry("target", 0.25).containsEntry("ratioToTarget", 2.0);
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings()).singleElement().asString().contains("boardroom");
  }

  @Test
  void measure_meetingWithoutAnyBlocSeat_isAHighFinding() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(person("P1", Perspective.PROFESSIONAL))
            .add(person("L1", Perspective.LIVED_EXPERIENCE))
            .add(activity("b1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
            .add(Attendance.attended("b1", "P1"))
            .add(uninvited("b1", "L1"))
            .build();

    Measurement m = measure(metric, data);
    assertThat(m.value()).isZero();
    assertThat(m.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void measure_noMeetings_noValue() {
    assertThat(measure(metric, Dataset.empty()).value()).isNull();
    Measurement onlyUninvited =
        measure(
            metric,
            Dataset.builder()
                .add(initiative())
                .add(person("L1", Perspective.CARER))
                .add(activity("b1", ActivityType.BOARD, LifecycleStage.DESIGN, 1).build())
                .add(uninvited("b1", "L1"))
                .build());
    assertThat(onlyUninvited.value()).isNull();
    assertThat(onlyUninvited.warnings()).hasSize(1);
  }

  /**
   * The weighted 70–30 board of VotingPowerTest at a meeting: ten invited, five with lived
   * experience, so a head share of 0.5; at the meeting a weighted vote gives the five weight 6 each
   * and the professionals 14 each, so a weight share of 30/100. A second vote at the meeting,
   * simple majority with a professional's seat of weight 0, gives 5 of 9 votes. Votes taken outside
   * the meeting, and a consensus at it, do not count. Weight share (0.3 + 5/9)/2 = 77/180. Voting
   * power reports the same two shares of its votes under the same names.
   */
  @Test
  void measure_weighted70To30Board_reportsHeadShareAndWeightShare() {
    Dataset.Builder data =
        Dataset.builder()
            .add(initiative())
            .add(activity("b1", ActivityType.BOARD, LifecycleStage.DELIVERY, 1).build());
    var weighted =
        decision("v1", DecisionRule.WEIGHTED_VOTE, LifecycleStage.DELIVERY, 1).activity("b1");
    var majority =
        decision("v2", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DELIVERY, 1).activity("b1");
    var elsewhere = decision("v3", DecisionRule.SIMPLE_MAJORITY, LifecycleStage.DELIVERY, 2);
    var consensus =
        decision("v4", DecisionRule.CONSENSUS, LifecycleStage.DELIVERY, 1).activity("b1");
    for (int i = 1; i <= 5; i++) {
      data.add(person("L" + i, Perspective.LIVED_EXPERIENCE))
          .add(person("P" + i, Perspective.PROFESSIONAL));
      data.add(Attendance.attended("b1", "L" + i)).add(Attendance.attended("b1", "P" + i));
      weighted.vote("L" + i, 6).vote("P" + i, 14);
      majority.vote("L" + i, 1).vote("P" + i, i == 1 ? 0 : 1);
      elsewhere.vote("P" + i, 1);
      consensus.vote("P" + i, 1);
    }
    data.add(weighted.quota(51L).build())
        .add(majority.build())
        .add(elsewhere.build())
        .add(consensus.build());

    Measurement m = measure(metric, data.build());
    assertThat(m.value()).isEqualTo(0.5);
    assertThat(m.components()).containsEntry("headShare", 0.5);
    assertThat(m.components().get("weightShare")).isCloseTo(77.0 / 180, within(1e-15));
  }
}
