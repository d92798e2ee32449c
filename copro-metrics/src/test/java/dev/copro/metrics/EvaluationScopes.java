package dev.copro.metrics;

import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scopes one evaluation of a generated dataset ({@code DatasetArbitraries}) measures, and more.
 */
public final class EvaluationScopes {

  private EvaluationScopes() {}

  /**
   * The whole dataset, each quarter and year the generated dates can fall in (2019–2024), each
   * initiative, and each initiative in the quarter it starts in.
   */
  public static List<Scope> of(Dataset d) {
    List<Scope> scopes = new ArrayList<>();
    scopes.add(Scope.ALL);
    List<Period> quarters = new ArrayList<>();
    for (int year = 2019; year <= 2024; year++) {
      LocalDate january = LocalDate.of(year, 1, 1);
      scopes.add(new Scope(null, new Period(january, january.plusYears(1), String.valueOf(year))));
      for (int q = 0; q < 4; q++) {
        LocalDate start = january.plusMonths(3L * q);
        quarters.add(new Period(start, start.plusMonths(3), year + "-Q" + (q + 1)));
      }
    }
    quarters.forEach(p -> scopes.add(new Scope(null, p)));
    for (Initiative i : d.initiatives()) {
      scopes.add(new Scope(i.id(), null));
      int quarter = (i.start().getYear() - 2019) * 4 + (i.start().getMonthValue() - 1) / 3;
      scopes.add(new Scope(i.id(), quarters.get(quarter)));
    }
    return scopes;
  }
}
