package dev.copro.spi;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which part of a dataset is being evaluated: everything, one initiative, one period, or one
 * initiative in one period.
 *
 * <p>Records belong to a scope as follows: an activity by its initiative and date; attendance and
 * contributions by their activity; a decision by its initiative and date; a payment by its activity
 * if it has one, otherwise by the day it was offered (and only in scopes without an initiative); a
 * survey response by its initiative (responses about no initiative only in scopes without one) and
 * date; an initiative by its id and by overlapping the period. Participants are all participants
 * when the scope is everything, and otherwise those with an attendance, contribution, say in a
 * decision or payment in the scope.
 *
 * @param initiative the id of the initiative, or {@code null} for all
 * @param period the period, or {@code null} for all time
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Scope(@Nullable String initiative, @Nullable Period period) {

  /** Everything in the dataset. */
  public static final Scope ALL = new Scope(null, null);

  /** Whether this scope is the whole dataset. */
  public boolean isAll() {
    return initiative == null && period == null;
  }

  /** A label such as {@code all}, {@code init-1}, {@code 2025-Q1} or {@code init-1 2025-Q1}. */
  public String label() {
    if (initiative == null) {
      return period == null ? "all" : period.label();
    }
    return period == null ? initiative : initiative + " " + period.label();
  }
}
