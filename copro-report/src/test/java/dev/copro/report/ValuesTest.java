package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void format_eachUnit() {
    assertThat(Values.format(Unit.SHARE, 0.725)).isEqualTo("72.5%");
    assertThat(Values.format(Unit.SHARE, 1)).isEqualTo("100.0%");
    assertThat(Values.format(Unit.DAYS, 12)).isEqualTo("12.0 days");
    assertThat(Values.format(Unit.COUNT, 3)).isEqualTo("3");
    assertThat(Values.format(Unit.COUNT, 2.5)).isEqualTo("2.50");
    assertThat(Values.format(Unit.LEVEL, 5)).isEqualTo("5");
    assertThat(Values.format(Unit.RATIO, 0.856)).isEqualTo("0.86");
    assertThat(Values.format(Unit.INDEX, 3.8149)).isEqualTo("3.81");
    assertThat(Values.format(Unit.SCORE, 0.4)).isEqualTo("0.40");
  }

  @Test
  void measured_withConfidenceInterval() {
    Measurement m = Measurement.of(0.7, 25).confidence(new Interval(0.61, 0.77, 0.95)).build();

    assertThat(Values.measured(Unit.SCORE, m)).isEqualTo("0.70 (95% CI 0.61-0.77)");
    assertThat(Values.measured(Unit.SCORE, Measurement.noValue("none"))).isEqualTo("no value");
  }

  @Test
  void group_suppressedIsAWord() {
    assertThat(Values.group(Unit.SHARE, new Group("carer", null, null, true))).isEqualTo("suppressed");
    assertThat(Values.groupN(new Group("carer", null, null, true))).isEmpty();
    assertThat(Values.group(Unit.SHARE, Group.noValue("x", 3))).isEqualTo("no value");
    assertThat(Values.groupN(Group.noValue("x", 3))).isEqualTo("3");
  }

  @Test
  void rating_inCapitalsOrDash() {
    assertThat(Values.rating(Rating.AMBER)).isEqualTo("AMBER");
    assertThat(Values.rating(null)).isEqualTo("-");
  }
}
