package dev.copro.metrics.support;

import dev.copro.model.Payment;
import java.time.LocalDate;

/**
 * When a payment is late: the one rule that the payment metric and the "not paid" warning sign
 * share, so that both mean the same by "paid in time".
 *
 * <p>A payment's clock starts when it was claimed, or when it was offered where no claim was
 * recorded. It is <em>late</em> when it was paid more than {@code lateDays} days after that, or is
 * still unpaid that long after at the reference date; an unpaid payment not yet that old is <em>not
 * yet due</em> and counts as in time. A place is <em>paid in time</em> when at least one payment
 * was offered for it and none of its payments is late: a fee paid promptly does not make up for
 * expenses left unpaid for months.
 *
 * @since 0.2.0
 */
public final class PaymentClock {

  private PaymentClock() {}

  /** The day the payment's clock starts: its claim, or else its offer. */
  public static LocalDate start(Payment p) {
    return p.claimed() != null ? p.claimed() : p.offered();
  }

  /**
   * Whether the payment was, or is, late: paid more than {@code lateDays} after its claim (or
   * offer), or still unpaid that long after at {@code asOf}.
   */
  public static boolean late(Payment p, int lateDays, LocalDate asOf) {
    LocalDate end = p.paid() != null ? p.paid() : asOf;
    return late(start(p).toEpochDay(), end.toEpochDay(), lateDays);
  }

  /**
   * Whether a payment whose clock started on day {@code start} is late if it was paid, or is still
   * unpaid, on day {@code end} (both day counts from 1970-01-01): the rule of {@link #late(Payment,
   * int, LocalDate)}, for a metric that reads each payment's days once.
   */
  public static boolean late(long start, long end, int lateDays) {
    return end - start > lateDays;
  }

  /**
   * The first reference date, as a day count from 1970-01-01, at which the payment counts as late
   * if it is still unpaid: {@link #late} at any later {@code asOf} too.
   */
  public static long lateFrom(Payment p, int lateDays) {
    return start(p).toEpochDay() + lateDays + 1;
  }
}
