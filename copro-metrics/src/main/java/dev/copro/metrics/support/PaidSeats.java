package dev.copro.metrics.support;

import dev.copro.model.Attendance;
import dev.copro.model.Payment;
import dev.copro.spi.EvaluationContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether each participant's place at an activity was paid for, and in time: one reading of the
 * payments in scope that the payment metric and the "not paid" warning sign share, so that both
 * mean the same by "paid".
 *
 * <p>A payment is <em>late</em> when it was paid more than {@code lateDays} days after it was
 * claimed (or offered, where no claim was recorded), or is still unpaid that long after at the
 * reference date; an unpaid payment not yet that old is <em>not yet due</em> and counts as in time.
 * A place is <em>paid in time</em> when at least one payment was offered for it and none of its
 * payments is late: a fee paid promptly does not make up for expenses left unpaid for months.
 *
 * @since 0.2.0
 */
public final class PaidSeats {

  /** The place's state: offered and in time, or offered with a late payment. */
  private final Map<Seat, Boolean> inTime = new HashMap<>();

  private PaidSeats() {}

  /**
   * Reads the payments in scope that are for a single activity.
   *
   * @param context the evaluation context
   * @param lateDays days after the claim (or offer) beyond which a payment is late
   * @return the places paid for, with whether each was paid in time
   */
  public static PaidSeats of(EvaluationContext context, int lateDays) {
    PaidSeats seats = new PaidSeats();
    LocalDate asOf = context.referenceDate();
    for (Payment p : context.payments()) {
      if (p.activity() != null) {
        seats.inTime.merge(
            new Seat(p.activity(), p.participant()), !late(p, lateDays, asOf), Boolean::logicalAnd);
      }
    }
    return seats;
  }

  /**
   * Whether the payment was, or is, late: paid more than {@code lateDays} after its claim (or
   * offer), or still unpaid that long after at {@code asOf}.
   */
  public static boolean late(Payment p, int lateDays, LocalDate asOf) {
    LocalDate clock = p.claimed() != null ? p.claimed() : p.offered();
    LocalDate end = p.paid() != null ? p.paid() : asOf;
    return ChronoUnit.DAYS.between(clock, end) > lateDays;
  }

  /** Whether any payment was offered for the attendee's place at the activity. */
  public boolean offered(Attendance a) {
    return inTime.containsKey(new Seat(a.activity(), a.participant()));
  }

  /** Whether a payment was offered for the place and none of its payments is late. */
  public boolean paidInTime(Attendance a) {
    return inTime.getOrDefault(new Seat(a.activity(), a.participant()), false);
  }

  /** A participant's place at an activity; a record, so that ids containing '/' cannot collide. */
  private record Seat(String activity, String participant) {}
}
