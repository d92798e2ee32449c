package dev.copro.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A span of days: a month, quarter or year being evaluated.
 *
 * @param start the first day
 * @param end the day after the last day; after {@code start}
 * @param label a stable label such as {@code 2025-03}, {@code 2025-Q1} or {@code 2025}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Period(LocalDate start, LocalDate end, String label) {

  /** Checks presence and order. */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(label, "label");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a period must end after it starts");
    }
  }

  /** Whether the day falls in this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end);
  }
}
