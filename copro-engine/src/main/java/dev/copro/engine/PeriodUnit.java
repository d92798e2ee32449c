package dev.copro.engine;

import dev.copro.model.Coded;
import dev.copro.spi.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apiguardian.api.API;

/**
 * The length of the periods a dataset is sliced into for time series: sliceable metrics are also
 * evaluated per period, and the results become their {@code period} breakdown.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PeriodUnit implements Coded {
  /** Calendar months, labelled like {@code 2025-03}. */
  MONTH("month"),
  /** Calendar quarters (January–March is Q1), labelled like {@code 2025-Q1}. */
  QUARTER("quarter"),
  /** Calendar years, labelled like {@code 2025}. */
  YEAR("year"),
  /** No time series: metrics are not evaluated per period. */
  NONE("none");

  private final String code;

  PeriodUnit(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The period of this unit that contains a day.
   *
   * @throws IllegalStateException for {@link #NONE}
   */
  public Period periodOf(LocalDate day) {
    switch (this) {
      case MONTH:
        {
          LocalDate start = day.withDayOfMonth(1);
          return new Period(start, start.plusMonths(1), YearMonth.from(day).toString());
        }
      case QUARTER:
        {
          int quarter = (day.getMonthValue() - 1) / 3;
          LocalDate start = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
          return new Period(start, start.plusMonths(3), day.getYear() + "-Q" + (quarter + 1));
        }
      case YEAR:
        {
          LocalDate start = LocalDate.of(day.getYear(), 1, 1);
          return new Period(start, start.plusYears(1), Integer.toString(day.getYear()));
        }
      default:
        throw new IllegalStateException("the unit 'none' has no periods");
    }
  }
}
