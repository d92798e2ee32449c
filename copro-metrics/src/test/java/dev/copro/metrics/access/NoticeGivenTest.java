package dev.copro.metrics.access;

import static dev.copro.metrics.support.Fixtures.DAY;
import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.group;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copro.model.Dataset;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeGivenTest {

  private final NoticeGiven metric = new NoticeGiven();

  /** Notice of 21, 14, 10 and 2 days, and one activity with no invitation date. */
  private static Dataset fiveMeetings() {
    return dataset()
        .add(meeting("a-1").invitedOn(DAY.minusDays(21)).build())
        .add(meeting("a-2").invitedOn(DAY.minusDays(14)).build())
        .add(meeting("a-3").invitedOn(DAY.minusDays(10)).build())
        .add(meeting("a-4").invitedOn(DAY.minusDays(2)).build())
        .add(meeting("a-5").build())
        .build();
  }

  @Test
  void measure_fiveMeetings_matchesHandComputation() {
    Measurement m = measure(metric, fiveMeetings());

    // 21 and 14 reach the minimum of 14: 2 of the 4 dated activities
    assertThat(m.value()).isCloseTo(0.5, within(1e-12));
    assertThat(m.n()).isEqualTo(4);
    // median of 2, 10, 14, 21 = (10 + 14) / 2
    assertThat(m.components()).containsExactly(Map.entry("medianDays", 12.0));
    assertThat(m.warnings())
        .containsExactly(
            "1 of the 5 activities in scope has no invitation date, so it is left out.");
  }

  @Test
  void measure_fiveMeetings_findsShortNoticeWithSeverityByDays() {
    Measurement m = measure(metric, fiveMeetings());

    assertThat(m.findings())
        .extracting(Finding::code, Finding::severity, Finding::evidence)
        .containsExactly(
            tuple(NoticeGiven.SHORT_NOTICE, Severity.MEDIUM, List.of("activity:a-3")),
            tuple(NoticeGiven.SHORT_NOTICE, Severity.HIGH, List.of("activity:a-4")));
    assertThat(m.findings())
        .extracting(Finding::message)
        .containsExactly(
            "Activity a-3 gave 10 days' notice, less than the minimum of 14.",
            "Activity a-4 gave 2 days' notice, less than the minimum of 14.");
  }

  @Test
  void measure_configuredMinimum_changesTheShare() {
    // 21, 14 and 10 reach 7
    assertThat(measure(metric, fiveMeetings(), Map.of(NoticeGiven.MINIMUM_DAYS, 7)).value())
        .isCloseTo(0.75, within(1e-12));
    assertThat(measure(metric, fiveMeetings(), Map.of(NoticeGiven.MINIMUM_DAYS, 0)).value())
        .isEqualTo(1.0);
  }

  @Test
  void measure_oneDay_isSingular() {
    Measurement m =
        measure(metric, dataset().add(meeting("a-1").invitedOn(DAY.minusDays(1)).build()).build());

    assertThat(m.findings())
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("Activity a-1 gave 1 day's notice, less than the minimum of 14.");
    assertThat(m.components().get("medianDays")).isEqualTo(1.0);
  }

  @Test
  void measure_breaksDownByStageAndType() {
    Measurement m = measure(metric, fiveMeetings());

    assertThat(group(m, "stage", "design").value()).isCloseTo(0.5, within(1e-12));
    assertThat(group(m, "activity-type", "meeting").n()).isEqualTo(4);
  }

  @Test
  void measure_noInvitationDates_hasNoValue() {
    Measurement m =
        measure(metric, dataset().add(meeting("a-1").build()).add(meeting("a-2").build()).build());

    assertThat(m.noValueReason())
        .isEqualTo("none of the 2 activities in scope has an invitation date (invitedOn)");
    assertThat(measure(metric, Dataset.empty()).noValueReason())
        .isEqualTo("no activities in scope");
  }

  @Test
  void measure_moreShortNoticesThanTheMaximum_listsTheFirstAndCountsTheRest() {
    Dataset.Builder data = dataset();
    List<String> shortNotice = new ArrayList<>();
    for (int i = 0; i < 2400; i++) {
      String id = String.format(Locale.ROOT, "a-%04d", i);
      int days = i % 30;
      data.add(meeting(id).invitedOn(DAY.minusDays(days)).build());
      if (days < 14) {
        shortNotice.add("activity:" + id);
      }
    }

    Measurement m = measure(metric, data.build());

    // 14 of every 30 activities give less than 14 days: 80 × 14 = 1,120 findings
    assertThat(shortNotice).hasSize(1120);
    assertThat(m.findings())
        .flatExtracting(Finding::evidence)
        .containsExactlyElementsOf(shortNotice.subList(0, 1000));
    assertThat(m.warnings())
        .containsExactly("120 more findings not listed: a result lists at most 1,000.");
  }
}
