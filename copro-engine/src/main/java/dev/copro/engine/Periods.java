package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The periods a dataset's time series runs over. */
final class Periods {

  private Periods() {}

  /**
   * The consecutive periods of {@code unit} from the one holding the earliest dated record to the
   * one holding the latest, empty periods between them included so a time series shows its gaps.
   * The dates are those {@link dev.copro.spi.Scope} places records by: activities', decisions',
   * payments' offer dates and survey responses'. Empty for {@link PeriodUnit#NONE} and for a
   * dataset with no such dates.
   */
  static List<Period> covering(Dataset dataset, PeriodUnit unit) {
    return covering(dataset, unit, null, null);
  }

  /**
   * As {@link #covering(Dataset, PeriodUnit)}, over the dates of {@code dataset} and the span from
   * {@code spanFirst} to {@code spanLast} of records held elsewhere (both null when there are
   * none).
   */
  static List<Period> covering(
      Dataset dataset,
      PeriodUnit unit,
      @Nullable LocalDate spanFirst,
      @Nullable LocalDate spanLast) {
    if (unit == PeriodUnit.NONE) {
      return List.of();
    }
    LocalDate first = spanFirst;
    LocalDate last = spanLast;
    Iterator<LocalDate> dates =
        Stream.of(
                dataset.activities().stream().map(Activity::date),
                dataset.decisions().stream().map(Decision::date),
                dataset.payments().stream().map(Payment::offered),
                dataset.surveyResponses().stream().map(SurveyResponse::date))
            .flatMap(s -> s)
            .iterator();
    while (dates.hasNext()) {
      LocalDate date = dates.next();
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
    if (first == null || last == null) {
      return List.of();
    }
    List<Period> periods = new ArrayList<>();
    for (Period p = unit.periodOf(first); !p.start().isAfter(last); p = unit.periodOf(p.end())) {
      periods.add(p);
    }
    return periods;
  }
}
