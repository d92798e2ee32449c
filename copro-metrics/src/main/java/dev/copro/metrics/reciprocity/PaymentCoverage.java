package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.Words;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.PaidSeats;
import dev.copro.model.Attendance;
import dev.copro.model.Payment;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code copro.reciprocity.payment}: the share of the lived-experience bloc's attendances that were
 * paid for in time — a payment of any kind (a fee, expenses, carer cover, a voucher) offered for
 * that activity and none of its payments late — with the share offered and how promptly bloc
 * members were paid.
 *
 * <p>NIHR payment guidance asks that people are never out of pocket for being involved (expenses,
 * always) and that their time and expertise are paid for; "no travel expenses, let alone an
 * attendance fee" is one of the warning signs of tokenism; money that arrives months late still
 * leaves people out of pocket, so an offer alone is not enough. The value is paid in time ÷
 * attended, over the bloc's attendances in scope (attended, not merely invited), where an
 * attendance is paid in time when a payment was offered for it and none of its payments is late
 * (see {@link dev.copro.metrics.support.PaidSeats}: paid more than {@code latePaymentDays} after
 * the claim or offer, or still unpaid that long after). Components:
 *
 * <ul>
 *   <li>{@code offeredShare}: offered ÷ attended, whether or not the money arrived in time (the
 *       value before version 0.2.0);
 *   <li>{@code medianDaysToPay}: median days from offer to payment, over the bloc's paid payments;
 *   <li>{@code latePaymentShare}: of the bloc's payments that are due, the share paid more than
 *       {@code latePaymentDays} after they were claimed (or offered, where no claim was recorded),
 *       counting unpaid ones older than that at the reference date as late; unpaid payments not yet
 *       that old are not yet due and are left out (and counted in a warning).
 * </ul>
 *
 * <p>Timeliness covers every bloc payment in scope, including those not tied to one activity.
 * Findings list the attendances with no payment offered and the late and overdue payments, by id.
 *
 * <p>Does not stream: matching each payment to the attendance it pays for joins two kinds of event,
 * and its findings list the unpaid attendances and the late and overdue payments by id, so it would
 * have to keep those events.
 *
 * @since 0.1.0
 */
public final class PaymentCoverage implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.reciprocity.payment";

  private static final String LATE_DAYS = "latePaymentDays";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Payment for involvement")
      .description("Share of the lived-experience bloc's attendances that were paid for in time: a payment of any "
          + "kind - expenses, a fee for their time, carer cover - offered for that activity and none of it paid "
          + "late; with the share offered, the median days from offer to payment and the share of payments made "
          + "late. NIHR payment guidance: nobody should "
          + "be out of pocket for being involved, and people's time and expertise should be paid for.")
      .summary("The share of attendances by people with lived experience and carers that were paid for "
          + "in time (expenses, a fee or carer cover offered, and none of it paid late), from 0% to "
          + "100%.")
      .goodLooksLike("Nearly every attendance is paid for, promptly, so that nobody is out of pocket for "
          + "taking part.")
      .principles(Principle.RECIPROCITY)
      .unit(Unit.SHARE)
      .range(ValueRange.UNIT_INTERVAL)
      .parameters(ParameterSpec.integer(LATE_DAYS, 30, 0, 365,
          "Days after a claim (or, where no claim was recorded, after the offer) beyond which a payment is late."))
      .thresholds(Thresholds.higherIsBetter(0.95, 0.80))
      .references(
          "NIHR (2022) Payment guidance for researchers and professionals. National Institute for Health and "
              + "Care Research.",
          "INVOLVE (2010) Payment for involvement: a guide for making payments to members of the public actively "
              + "involved in NHS, public health and social care research. Eastleigh: INVOLVE.",
          "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
          "NIHR et al. (2019) UK Standards for Public Involvement: support and learning.")
      .build();

  /** Creates the metric; it keeps no state. */
  public PaymentCoverage() {}

  /** The constant descriptor of {@code copro.reciprocity.payment}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Measures payment coverage of the bloc's attendances in scope and the timeliness of the bloc's
   * payments; no value when no bloc member attended an activity in scope.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    List<Attendance> attended = new ArrayList<>();
    for (Attendance a : context.attendance()) {
      if (a.attended() && context.isBloc(a.participant())) {
        attended.add(a);
      }
    }
    List<Payment> payments = new ArrayList<>();
    for (Payment p : context.payments()) {
      if (context.isBloc(p.participant())) {
        payments.add(p);
      }
    }
    String who = Words.bloc(context.bloc());
    if (attended.isEmpty()) {
      return Measurement.noValue("none of the " + who + " attended an activity in scope");
    }

    int lateDays = context.parameters().integer(LATE_DAYS);
    PaidSeats seats = PaidSeats.of(context, lateDays);
    Set<String> unpaidAttendances = new TreeSet<>();
    int inTime = 0;
    for (Attendance a : attended) {
      if (!seats.offered(a)) {
        unpaidAttendances.add(Finding.ref(RecordKind.ATTENDANCE, a.key()));
      }
      inTime += seats.paidInTime(a) ? 1 : 0;
    }
    int offered = attended.size() - unpaidAttendances.size();
    Measurement.Builder result = Measurement.of((double) inTime / attended.size(), attended.size())
        .component("offeredShare", (double) offered / attended.size());

    Timeliness timeliness = Timeliness.of(payments, lateDays, context.referenceDate(), who);
    timeliness.addComponents(result);

    result.breakdowns(context.breakdowns(attended, Attendance::participant, group -> paidInTimeShare(group, seats)));

    if (!unpaidAttendances.isEmpty()) {
      result.finding(Finding.of("no-payment-offered", Severity.HIGH, Words.capitalised(Plural.ofAll(
          unpaidAttendances.size(), attended.size(), "attendance", "attendances")) + " by " + who
          + " had no payment or expenses "
          + "offered for the activity.", unpaidAttendances));
    }
    timeliness.addFindings(result, context.referenceDate());
    warnUnmatched(result, payments, attended, who);
    return result.build();
  }

  private static double paidInTimeShare(List<Attendance> group, PaidSeats seats) {
    long paid = group.stream().filter(seats::paidInTime).count();
    return (double) paid / group.size();
  }

  private static void warnUnmatched(Measurement.Builder result, List<Payment> payments, List<Attendance> attended,
      String who) {
    Set<Seat> seats = new HashSet<>();
    for (Attendance a : attended) {
      seats.add(Seat.of(a));
    }
    int noActivity = 0;
    int notAttended = 0;
    for (Payment p : payments) {
      if (p.activity() == null) {
        noActivity++;
      } else if (!seats.contains(new Seat(p.activity(), p.participant()))) {
        notAttended++;
      }
    }
    if (noActivity > 0) {
      result.warning(Plural.of(noActivity, "payment", "payments") + " to " + who + " "
          + Plural.word(noActivity, "is", "are") + " not for a single activity: " + Plural.word(noActivity, "it counts",
          "they count") + " towards how promptly payments were made, but cannot show that a particular attendance "
          + "was paid for.");
    }
    if (notAttended > 0) {
      result.warning(Plural.of(notAttended, "payment", "payments") + " to " + who + " "
          + Plural.word(notAttended, "is", "are") + " for activities the person is not recorded as attending: "
          + Plural.word(notAttended, "it counts", "they count") + " only towards how promptly payments were made.");
    }
  }

  /** A participant's place at an activity, matching payments to attendances. */
  private record Seat(String activity, String participant) {
    static Seat of(Attendance a) {
      return new Seat(a.activity(), a.participant());
    }
  }

  /** How promptly the bloc's payments were made, with the evidence for late and overdue ones. */
  private record Timeliness(
      List<Long> daysToPay, int due, Set<String> late, Set<String> overdue, int pending, int lateDays, String who) {

    static Timeliness of(List<Payment> payments, int lateDays, LocalDate asOf, String who) {
      List<Long> daysToPay = new ArrayList<>();
      Set<String> late = new TreeSet<>();
      Set<String> overdue = new TreeSet<>();
      int due = 0;
      int pending = 0;
      for (Payment p : payments) {
        // The clock starts when the person asked to be paid; with no claim recorded, at the offer.
        LocalDate clock = p.claimed() != null ? p.claimed() : p.offered();
        if (p.paid() != null) {
          daysToPay.add(Days.between(p.offered(), p.paid()));
          due++;
          if (Days.between(clock, p.paid()) > lateDays) {
            late.add(Finding.ref(RecordKind.PAYMENT, p.id()));
          }
        } else if (PaidSeats.late(p, lateDays, asOf)) {
          due++;
          overdue.add(Finding.ref(RecordKind.PAYMENT, p.id()));
        } else {
          pending++;
        }
      }
      return new Timeliness(daysToPay, due, late, overdue, pending, lateDays, who);
    }

    void addComponents(Measurement.Builder result) {
      if (!daysToPay.isEmpty()) {
        result.component("medianDaysToPay", Days.median(daysToPay));
      }
      if (due > 0) {
        result.component("latePaymentShare", (double) (late.size() + overdue.size()) / due);
      }
      if (pending > 0) {
        result.warning(Plural.of(pending, "payment", "payments") + " to " + who + " "
            + Plural.word(pending, "is", "are") + " unpaid but not yet more than " + lateDays + " days past "
            + Plural.word(pending, "its", "their") + " claim or offer: not yet due, " + Plural.word(pending, "it is",
            "they are") + " left out of the share of payments made late.");
      }
    }

    void addFindings(Measurement.Builder result, LocalDate asOf) {
      if (!late.isEmpty()) {
        result.finding(Finding.of("late-payment", Severity.MEDIUM, Words.capitalised(Plural.ofAll(late.size(),
            due, "payment", "payments")) + " due to " + who + " " + Plural.word(late.size(), "was", "were")
            + " paid more than " + lateDays + " days after " + Plural.word(late.size(), "it was", "they were")
            + " claimed (or offered, where no claim was recorded).", late));
      }
      if (!overdue.isEmpty()) {
        result.finding(Finding.of("overdue-payment", Severity.MEDIUM, Words.capitalised(Plural.ofAll(
            overdue.size(), due, "payment", "payments")) + " due to " + who + " " + Plural.word(overdue.size(), "was",
            "were") + " still unpaid on " + asOf + ", more than " + lateDays + " days after "
            + Plural.word(overdue.size(), "it was", "they were") + " claimed (or offered, where no claim was "
            + "recorded).", overdue));
      }
    }
  }
}
