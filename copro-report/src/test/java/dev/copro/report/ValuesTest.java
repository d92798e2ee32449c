package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void format_eachUnit_oneConventionPerUnit() {
    assertThat(Values.format(Unit.SHARE, 0.725)).isEqualTo("72.5%");
    assertThat(Values.format(Unit.SHARE, 1)).isEqualTo("100.0%");
    assertThat(Values.format(Unit.DAYS, 12)).isEqualTo("12 days");
    assertThat(Values.format(Unit.DAYS, 1)).isEqualTo("1 day");
    assertThat(Values.format(Unit.DAYS, 12.25)).isEqualTo("12.3 days");
    assertThat(Values.format(Unit.COUNT, 3)).isEqualTo("3");
    assertThat(Values.format(Unit.COUNT, 2.5)).isEqualTo("2.50");
    assertThat(Values.format(Unit.LEVEL, 5)).isEqualTo("5");
    assertThat(Values.format(Unit.RATIO, 0.856)).isEqualTo("0.86");
    assertThat(Values.format(Unit.INDEX, 3.8149)).isEqualTo("3.81");
    assertThat(Values.format(Unit.SCORE, 0.4)).isEqualTo("0.40");
  }

  @Test
  void withScale_saysWhatRatiosIndicesScoresAndLevelsAreOn() {
    assertThat(Values.withScale(Unit.INDEX, 3.81, ValueRange.of(1, 5)))
        .isEqualTo("3.81 (index, 1 to 5)");
    assertThat(Values.withScale(Unit.INDEX, 3.81, ValueRange.NON_NEGATIVE))
        .isEqualTo("3.81 (index)");
    assertThat(Values.withScale(Unit.SCORE, 0.63, ValueRange.UNIT_INTERVAL))
        .isEqualTo("0.63 (score, 0 to 1)");
    assertThat(Values.withScale(Unit.RATIO, 0.9, null)).isEqualTo("0.90 (ratio, 1 = parity)");
    assertThat(Values.withScale(Unit.LEVEL, 4, ValueRange.of(1, 7))).isEqualTo("4 of 7");
    assertThat(Values.withScale(Unit.LEVEL, 4, null)).isEqualTo("level 4");
    assertThat(Values.withScale(Unit.SHARE, 0.5, ValueRange.UNIT_INTERVAL)).isEqualTo("50.0%");
  }

  @Test
  void count_pluralsRight_andThousandsSeparated() {
    assertThat(Values.count(1, "record")).isEqualTo("1 record");
    assertThat(Values.count(0, "record")).isEqualTo("0 records");
    assertThat(Values.count(2755, "record")).isEqualTo("2,755 records");
    assertThat(Values.count(1, "person", "people")).isEqualTo("1 person");
    assertThat(Values.count(5, "person", "people")).isEqualTo("5 people");
    assertThat(Values.n(1234)).isEqualTo("n = 1,234");
  }

  @Test
  void measured_withConfidenceInterval() {
    Measurement m = Measurement.of(0.7, 25).confidence(new Interval(0.61, 0.77, 0.95)).build();

    assertThat(Values.measured(Unit.SCORE, m, null)).isEqualTo("0.70 (95% CI 0.61 to 0.77)");
    assertThat(Values.measured(Unit.SCORE, m, ValueRange.UNIT_INTERVAL))
        .isEqualTo("0.70 (score, 0 to 1) (95% CI 0.61 to 0.77)");
    assertThat(Values.measured(Unit.SCORE, Measurement.noValue("none"), null))
        .isEqualTo("no value");
  }

  @Test
  void group_suppressedIsAWord() {
    assertThat(Values.group(Unit.SHARE, new Group("carer", null, null, true)))
        .isEqualTo("suppressed");
    assertThat(Values.groupN(new Group("carer", null, null, true))).isEmpty();
    assertThat(Values.group(Unit.SHARE, Group.noValue("x", 3))).isEqualTo("no value");
    assertThat(Values.groupN(Group.noValue("x", 3))).isEqualTo("3");
  }

  @Test
  void rating_inCapitalsOrDash() {
    assertThat(Values.rating(Rating.AMBER)).isEqualTo("AMBER");
    assertThat(Values.rating(null)).isEqualTo("-");
  }

  @Test
  void title_ofACode() {
    assertThat(Values.title("already-decided")).isEqualTo("Already decided");
    assertThat(Values.title("acme.markup")).isEqualTo("Markup");
    assertThat(Values.title("-")).isEqualTo("-");
  }
}
