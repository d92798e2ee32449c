package dev.copro.metrics.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link DayCounts} counts as a list of the same days would: its median is {@link Days#median}'s,
 * to the bit.
 */
class DayCountsPropertiesTest {

  @Property(tries = 500)
  void median_isTheMedianOfTheDaysOneByOne(
      @ForAll @Size(min = 1, max = 60) List<@LongRange(min = -40, max = 40) Long> days) {
    DayCounts first = new DayCounts();
    DayCounts second = new DayCounts();
    for (int i = 0; i < days.size(); i++) {
      (i % 3 == 0 ? first : second).add(days.get(i));
    }
    first.addAll(second);

    assertThat(first.total()).isEqualTo(days.size());
    assertThat(Double.doubleToLongBits(first.median()))
        .isEqualTo(Double.doubleToLongBits(Days.median(days)));
  }

  @Property(tries = 200)
  void before_countsTheDaysBefore(
      @ForAll @Size(max = 60) List<@LongRange(min = -40, max = 40) Long> days,
      @ForAll @IntRange(min = -50, max = 50) int day) {
    DayCounts counts = new DayCounts();
    days.forEach(counts::add);

    assertThat(counts.before(day)).isEqualTo(days.stream().filter(d -> d < day).count());
  }
}
