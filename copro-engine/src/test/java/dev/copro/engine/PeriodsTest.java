package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Dataset;
import dev.copro.spi.Period;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void periodOf_labelsAndBounds() {
    LocalDate day = LocalDate.of(2025, 11, 15);

    assertThat(PeriodUnit.MONTH.periodOf(day))
        .isEqualTo(new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), "2025-11"));
    assertThat(PeriodUnit.QUARTER.periodOf(day))
        .isEqualTo(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1), "2025-Q4"));
    assertThat(PeriodUnit.QUARTER.periodOf(LocalDate.of(2025, 3, 31)).label()).isEqualTo("2025-Q1");
    assertThat(PeriodUnit.QUARTER.periodOf(LocalDate.of(2025, 4, 1)).label()).isEqualTo("2025-Q2");
    assertThat(PeriodUnit.YEAR.periodOf(day))
        .isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "2025"));
    assertThatThrownBy(() -> PeriodUnit.NONE.periodOf(day))
        .isInstanceOf(IllegalStateException.class);
  }

  @Property
  void periodOf_containsTheDay(
      @ForAll @DateRange(min = "1900-01-01", max = "2999-12-31") LocalDate day,
      @ForAll("units") PeriodUnit unit) {
    Period period = unit.periodOf(day);

    assertThat(period.contains(day)).isTrue();
    assertThat(unit.periodOf(period.end()).start()).isEqualTo(period.end());
  }

  @Provide
  Arbitrary<PeriodUnit> units() {
    return Arbitraries.of(PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.YEAR);
  }

  @Test
  void covering_fromFirstToLastDatedRecord_gapsIncluded() {
    Dataset data = Fixtures.dataset();

    assertThat(Periods.covering(data, PeriodUnit.QUARTER))
        .extracting(Period::label)
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
    assertThat(Periods.covering(data, PeriodUnit.MONTH))
        .extracting(Period::label)
        .containsExactly(
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08");
    assertThat(Periods.covering(data, PeriodUnit.YEAR))
        .extracting(Period::label)
        .containsExactly("2025");
    assertThat(Periods.covering(data, PeriodUnit.NONE)).isEmpty();
    assertThat(Periods.covering(Dataset.empty(), PeriodUnit.MONTH)).isEmpty();
  }
}
