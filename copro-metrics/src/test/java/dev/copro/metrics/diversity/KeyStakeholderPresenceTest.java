package dev.copro.metrics.diversity;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.group;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.metrics.support.Fixtures;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyStakeholderPresenceTest {

  private final KeyStakeholderPresence metric = new KeyStakeholderPresence();

  private static Attendance invitedOnly(String activity, String participant) {
    return new Attendance(activity, participant, true, false, null, null);
  }

  private static Attendance walkIn(String activity, String participant) {
    return new Attendance(activity, participant, false, true, null, null);
  }

  /**
   * p-1 lived experience, p-2 carer, p-3 professional, p-4 commissioner. a-1: all three key groups
   * invited and present. a-2: the carer invited but absent. a-3 (commissioning): only the
   * professional. a-4: no attendance recorded. a-5: the lived-experience member walked in
   * uninvited; carer and professional invited and present.
   */
  private static Dataset fiveActivities() {
    Activity commissioning =
        Activity.builder(
                "a-3",
                Fixtures.INITIATIVE,
                ActivityType.BOARD,
                LifecycleStage.COMMISSIONING,
                Fixtures.DAY)
            .build();
    return dataset()
        .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("p-2", Perspective.CARER))
        .add(Participant.of("p-3", Perspective.PROFESSIONAL))
        .add(Participant.of("p-4", Perspective.COMMISSIONER))
        .add(meeting("a-1").build())
        .add(meeting("a-2").build())
        .add(commissioning)
        .add(meeting("a-4").build())
        .add(meeting("a-5").build())
        .add(Attendance.attended("a-1", "p-1"))
        .add(Attendance.attended("a-1", "p-2"))
        .add(Attendance.attended("a-1", "p-3"))
        .add(Attendance.attended("a-2", "p-1"))
        .add(invitedOnly("a-2", "p-2"))
        .add(Attendance.attended("a-2", "p-3"))
        .add(Attendance.attended("a-3", "p-3"))
        .add(Attendance.attended("a-3", "p-4"))
        .add(walkIn("a-5", "p-1"))
        .add(Attendance.attended("a-5", "p-2"))
        .add(Attendance.attended("a-5", "p-3"))
        .build();
  }

  @Test
  void measure_fiveActivities_matchesHandCount() {
    Measurement m = measure(metric, fiveActivities());

    // of the 4 activities with attendance: all present at a-1 and a-5 (2/4); all invited at a-1 and
    // a-2 (2/4)
    assertThat(m.value()).isCloseTo(0.5, within(1e-12));
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.components()).containsExactly(Map.entry("invitedShare", 0.5));
    assertThat(m.warnings())
        .containsExactly(
            "1 of the 5 activities in scope has no attendance recorded, so it is left out.");
  }

  @Test
  void measure_fiveActivities_findsUninvitedAndAbsentGroupsWithEvidence() {
    Measurement m = measure(metric, fiveActivities());

    assertThat(m.findings())
        .extracting(Finding::code, Finding::severity, Finding::evidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                KeyStakeholderPresence.ABSENT,
                Severity.LOW,
                List.of("activity:a-2", "attendance:a-2/p-2")),
            org.assertj.core.groups.Tuple.tuple(
                KeyStakeholderPresence.NOT_INVITED, Severity.HIGH, List.of("activity:a-3")));
    assertThat(m.findings().get(0).message())
        .isEqualTo("At activity a-2, no carers attended, though 1 was invited.");
    assertThat(m.findings().get(1).message())
        .isEqualTo(
            "At activity a-3, no people with lived experience or carers"
                + " were invited or present.");
  }

  @Test
  void measure_fiveActivities_breaksDownByStageAndType() {
    Measurement m = measure(metric, fiveActivities());

    assertThat(group(m, "stage", "commissioning")).isEqualTo(Group.of("commissioning", 0.0, 1));
    assertThat(group(m, "stage", "design").value()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(group(m, "activity-type", "board")).isEqualTo(Group.of("board", 0.0, 1));
  }

  @Test
  void measure_configuredGroups_replaceTheDefaults() {
    Measurement m =
        measure(
            metric,
            fiveActivities(),
            Map.of(
                KeyStakeholderPresence.GROUPS,
                List.of("professional", " commissioner ", "professional")));

    // professional and commissioner both present only at a-3
    assertThat(m.value()).isCloseTo(0.25, within(1e-12));
    assertThat(m.findings())
        .filteredOn(f -> f.code().equals(KeyStakeholderPresence.NOT_INVITED))
        .hasSize(3);
  }

  @Test
  void measure_unknownGroup_hasNoValueNamingTheEntry() {
    Measurement m =
        measure(
            metric,
            fiveActivities(),
            Map.of(KeyStakeholderPresence.GROUPS, List.of("carer", "service-user")));

    assertThat(m.noValueReason())
        .isEqualTo(
            "the parameter 'groups' is invalid: entry 2 (\"service-user\") names no"
                + " perspective; use perspective codes: lived-experience, carer, professional, commissioner, other");
  }

  @Test
  void measure_noGroupsOrNoActivitiesOrNoAttendance_hasNoValue() {
    assertThat(
            measure(metric, fiveActivities(), Map.of(KeyStakeholderPresence.GROUPS, List.of()))
                .noValueReason())
        .startsWith("the parameter 'groups' lists no key group");
    assertThat(measure(metric, Dataset.empty()).noValueReason())
        .isEqualTo("no activities in scope");
    assertThat(measure(metric, dataset().add(meeting("a-1").build()).build()).noValueReason())
        .isEqualTo("none of the 1 activities in scope has attendance recorded");
  }

  @Test
  void measure_moreActivitiesMissingKeyGroupsThanTheMaximum_listsTheFirstAndCountsTheRest() {
    // the professional attends all 1,500 meetings, the lived-experience member every second, the
    // carer every third
    Dataset.Builder data =
        dataset()
            .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p-2", Perspective.CARER))
            .add(Participant.of("p-3", Perspective.PROFESSIONAL));
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String id = String.format(Locale.ROOT, "a-%04d", i);
      data.add(meeting(id).build()).add(Attendance.attended(id, "p-3"));
      if (i % 2 == 0) {
        data.add(Attendance.attended(id, "p-1"));
      }
      if (i % 3 == 0) {
        data.add(Attendance.attended(id, "p-2"));
      }
      if (i % 2 != 0 || i % 3 != 0) {
        missing.add("activity:" + id);
      }
    }

    Measurement m = measure(metric, data.build());

    // all three key groups at every sixth meeting only: 1,500 − 250 = 1,250 findings
    assertThat(missing).hasSize(1250);
    assertThat(m.findings())
        .flatExtracting(Finding::evidence)
        .containsExactlyElementsOf(missing.subList(0, 1000));
    assertThat(m.warnings())
        .containsExactly("250 more findings not listed: a result lists at most 1,000.");
    assertThat(m.value()).isCloseTo(250.0 / 1500, within(1e-12));
  }

  @Test
  void measure_moreAbsentInviteesThanAFindingLists_citesTheFirstAndCountsTheRest() {
    // 150 carers invited to a-1, p-c000 to p-c149, none of whom came
    Dataset.Builder data =
        dataset()
            .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p-3", Perspective.PROFESSIONAL))
            .add(meeting("a-1").build())
            .add(Attendance.attended("a-1", "p-1"))
            .add(Attendance.attended("a-1", "p-3"));
    List<String> cited = new ArrayList<>(List.of("activity:a-1"));
    for (int i = 149; i >= 0; i--) {
      String id = String.format(Locale.ROOT, "p-c%03d", i);
      data.add(Participant.of(id, Perspective.CARER)).add(invitedOnly("a-1", id));
    }
    for (int i = 0; i < 99; i++) {
      cited.add(String.format(Locale.ROOT, "attendance:a-1/p-c%03d", i));
    }

    Finding absent = measure(metric, data.build()).findings().get(0);

    assertThat(absent.message())
        .isEqualTo("At activity a-1, no carers attended, though 150 were invited.");
    assertThat(absent.evidence()).containsExactlyElementsOf(cited);
    assertThat(absent.evidenceOmitted()).isEqualTo(51);
  }
}
