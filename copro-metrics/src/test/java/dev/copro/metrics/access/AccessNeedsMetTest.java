package dev.copro.metrics.access;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.group;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessNeedsMetTest {

  private final AccessNeedsMet metric = new AccessNeedsMet();

  private static Participant needing(String id, Perspective perspective, AccessProvision... needs) {
    return new Participant(id, perspective, null, null, null, Set.of(needs), Map.of(), null);
  }

  /**
   * p-1 (lived experience) needs step-free access and a BSL interpreter; p-2 (carer) a hearing
   * loop; p-3 declared nothing; p-4 (lived experience) needs "Makaton signing". a-1 offers
   * step-free, BSL and a loop: p-1, p-2 and p-3 attend. a-2 offers step-free and "makaton SIGNING":
   * p-1 and p-4 attend, p-2 was invited and stayed away. a-3 offers nothing: p-2 attends.
   */
  private static Dataset threeMeetings() {
    return dataset()
        .add(
            needing(
                "p-1",
                Perspective.LIVED_EXPERIENCE,
                AccessProvision.of(AccessKind.STEP_FREE),
                AccessProvision.of(AccessKind.BSL_INTERPRETER)))
        .add(needing("p-2", Perspective.CARER, AccessProvision.of(AccessKind.HEARING_LOOP)))
        .add(Participant.of("p-3", Perspective.PROFESSIONAL))
        .add(needing("p-4", Perspective.LIVED_EXPERIENCE, AccessProvision.other("Makaton signing")))
        .add(
            meeting("a-1")
                .provisions(
                    AccessKind.STEP_FREE, AccessKind.BSL_INTERPRETER, AccessKind.HEARING_LOOP)
                .build())
        .add(
            meeting("a-2")
                .provisions(AccessKind.STEP_FREE)
                .provisions(List.of(AccessProvision.other("makaton SIGNING")))
                .build())
        .add(meeting("a-3").build())
        .add(Attendance.attended("a-1", "p-1"))
        .add(Attendance.attended("a-1", "p-2"))
        .add(Attendance.attended("a-1", "p-3"))
        .add(Attendance.attended("a-2", "p-1"))
        .add(Attendance.attended("a-2", "p-4"))
        .add(new Attendance("a-2", "p-2", true, false, null, null))
        .add(Attendance.attended("a-3", "p-2"))
        .build();
  }

  @Test
  void measure_threeMeetings_matchesHandCount() {
    Measurement m = measure(metric, threeMeetings());

    // attendances with needs: a-1/p-1 met, a-1/p-2 met, a-2/p-1 not (BSL), a-2/p-4 met (label
    // ignores case),
    // a-3/p-2 not (loop): 3 of 5
    assertThat(m.value()).isCloseTo(0.6, within(1e-12));
    assertThat(m.n()).isEqualTo(5);
    // the one absent invitee with needs (a-2/p-2) had them unmet
    assertThat(m.components()).containsExactly(Map.entry("absentUnmetShare", 1.0));
    assertThat(m.warnings())
        .containsExactly(
            "1 attendance by people who declared no access needs, or were never asked, is not counted.");
  }

  @Test
  void measure_threeMeetings_findsUnmetNeedsWithAttendanceEvidence() {
    Measurement m = measure(metric, threeMeetings());

    assertThat(m.findings())
        .extracting(Finding::code, Finding::severity, Finding::evidence)
        .containsExactly(
            tuple(
                AccessNeedsMet.UNMET, Severity.HIGH, List.of("activity:a-2", "attendance:a-2/p-1")),
            tuple(
                AccessNeedsMet.UNMET_ABSENT,
                Severity.MEDIUM,
                List.of("activity:a-2", "attendance:a-2/p-2")),
            tuple(
                AccessNeedsMet.UNMET,
                Severity.HIGH,
                List.of("activity:a-3", "attendance:a-3/p-2")));
    assertThat(m.findings())
        .extracting(Finding::message)
        .containsExactly(
            "At activity a-2, 1 of the 2 people who attended with declared access needs had a need the activity did not"
                + " provide for: a BSL interpreter.",
            "At activity a-2, 1 person who was invited but did not come had declared a need the activity did not provide"
                + " for: a hearing loop.",
            "At activity a-3, the one person who attended with declared access needs had a need the activity did not"
                + " provide for: a hearing loop.");
  }

  @Test
  void measure_threeMeetings_breaksDownByPerspectiveAndNeed() {
    Measurement m = measure(metric, threeMeetings());

    // lived experience: a-1/p-1 yes, a-2/p-1 no, a-2/p-4 yes → 2/3 over 2 people; carer: a-1 yes,
    // a-3 no
    assertThat(group(m, "perspective", "lived-experience").value())
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(group(m, "perspective", "lived-experience").n()).isEqualTo(2);
    assertThat(group(m, "perspective", "carer")).isEqualTo(Group.of("carer", 0.5, 1, 1));
    assertThat(m.breakdowns().get(1).dimension()).isEqualTo(AccessNeedsMet.NEED);
    assertThat(m.breakdowns().get(1).groups())
        .containsExactly(
            Group.of("bsl-interpreter", 0.5, 1, 1),
            Group.of("hearing-loop", 0.5, 1, 1),
            Group.of("other", 1.0, 1, 1),
            Group.of("step-free", 1.0, 1, 1));
  }

  @Test
  void measure_unmetOtherNeed_neverShowsItsLabel() {
    Dataset data =
        dataset()
            .add(needing("p-1", Perspective.CARER, AccessProvision.other("guide dog water bowl")))
            .add(meeting("a-1").build())
            .add(Attendance.attended("a-1", "p-1"))
            .build();

    Measurement m = measure(metric, data);

    assertThat(m.value()).isEqualTo(0.0);
    assertThat(m.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith(": another need.")
        .doesNotContain("guide dog");
    assertThat(m.components()).isEmpty();
  }

  @Test
  void measure_nobodyDeclaredNeeds_hasNoValue() {
    Dataset data =
        dataset()
            .add(Participant.of("p-1", Perspective.CARER))
            .add(meeting("a-1").build())
            .add(Attendance.attended("a-1", "p-1"))
            .build();

    assertThat(measure(metric, data).noValueReason())
        .isEqualTo("none of the 1 attendances in scope is by someone who declared access needs");
    assertThat(measure(metric, Dataset.empty()).noValueReason())
        .isEqualTo("no attendance in scope");
  }

  /**
   * 1,800 meetings, {@code a-0000} to {@code a-1799}, all attended by p-1, who needs a BSL
   * interpreter; every third one, from a-0000, provides one.
   */
  private static Dataset manyMeetings() {
    Dataset.Builder data =
        dataset()
            .add(
                needing(
                    "p-1",
                    Perspective.LIVED_EXPERIENCE,
                    AccessProvision.of(AccessKind.BSL_INTERPRETER)));
    for (int i = 0; i < 1800; i++) {
      String id = String.format(Locale.ROOT, "a-%04d", i);
      data.add(
          i % 3 == 0
              ? meeting(id).provisions(AccessKind.BSL_INTERPRETER).build()
              : meeting(id).build());
      data.add(Attendance.attended(id, "p-1"));
    }
    return data.build();
  }

  @Test
  void measure_moreUnmetActivitiesThanTheMaximum_listsTheFirstAndCountsTheRest() {
    List<String> unmet = new ArrayList<>();
    for (int i = 0; i < 1800; i++) {
      if (i % 3 != 0) {
        unmet.add(String.format(Locale.ROOT, "activity:a-%04d", i));
      }
    }

    Measurement m = measure(metric, manyMeetings());

    // 1,200 activities without BSL, one finding each: the first 1,000 in id order are listed
    assertThat(unmet).hasSize(1200);
    assertThat(m.findings())
        .hasSize(Measurement.MAX_FINDINGS)
        .extracting(f -> f.evidence().get(0))
        .containsExactlyElementsOf(unmet.subList(0, 1000));
    assertThat(m.findings()).extracting(Finding::code).containsOnly(AccessNeedsMet.UNMET);
    assertThat(m.warnings())
        .containsExactly("200 more findings not listed: a result lists at most 1,000.");
    assertThat(m.value()).isCloseTo(600.0 / 1800, within(1e-12));
    assertThat(measure(metric, manyMeetings())).isEqualTo(m);
  }
}
