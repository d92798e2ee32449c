package dev.copro.model;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The response given back to the person who made a contribution: closing the feedback loop.
 *
 * @param date the day the response was given; not before the contribution
 * @param outcome what became of the contribution
 * @param reason why it was declined, or {@code null}; only with {@link ResponseOutcome#DECLINED}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Response(LocalDate date, ResponseOutcome outcome, @Nullable DeclineReason reason) {

  /** Checks presence and that a reason comes only with a decline. */
  public Response {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outcome, "outcome");
    if (reason != null && outcome != ResponseOutcome.DECLINED) {
      throw new IllegalArgumentException("a reason is allowed only when the outcome is 'declined'");
    }
  }
}
