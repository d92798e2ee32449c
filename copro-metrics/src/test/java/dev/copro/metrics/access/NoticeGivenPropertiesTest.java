package dev.copro.metrics.access;

import static dev.copro.metrics.support.Fixtures.DAY;
import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import dev.copro.spi.Measurement;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NoticeGivenPropertiesTest {

  private final NoticeGiven metric = new NoticeGiven();

  private static Dataset build(List<@IntRange(min = 0, max = 90) Integer> notice) {
    Dataset.Builder data = dataset();
    for (int i = 0; i < notice.size(); i++) {
      data.add(meeting("a-" + i).invitedOn(DAY.minusDays(notice.get(i))).build());
    }
    return data.build();
  }

  @Property
  void measure_shareInUnitInterval_medianWithinTheDays(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 90) Integer> notice) {
    Measurement m = measure(metric, build(notice));

    assertThat(m.value()).isBetween(0.0, 1.0);
    int min = notice.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = notice.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(m.components().get("medianDays")).isBetween((double) min, (double) max);
    assertThat(m.findings()).hasSize((int) notice.stream().filter(d -> d < 14).count());
  }

  @Property
  void measure_higherMinimum_neverRaisesTheShare(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 90) Integer> notice,
      @ForAll @IntRange(min = 0, max = 60) int minimum,
      @ForAll @IntRange(min = 0, max = 30) int more) {
    Dataset data = build(notice);

    double lower = measure(metric, data, Map.of(NoticeGiven.MINIMUM_DAYS, minimum)).value();
    double higher = measure(metric, data, Map.of(NoticeGiven.MINIMUM_DAYS, minimum + more)).value();

    assertThat(higher).isLessThanOrEqualTo(lower);
  }
}
