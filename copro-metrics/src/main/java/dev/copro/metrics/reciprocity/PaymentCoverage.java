package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.FirstEvidence;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.PaymentClock;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Payment;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * (see {@link dev.copro.metrics.support.PaymentClock}: paid more than {@code latePaymentDays} after
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
 * Findings list the attendances with no payment offered and the payments paid late, by id, and the
 * overdue payments, the oldest first (by the day their clock started, then by id).
 *
 * <p>Streams: payments are matched to attendances by seat (a participant's place at an activity),
 * so it keeps per bloc seat the attendances, payments, whether one was offered and one paid late,
 * and the earliest start of the clock of its unpaid payments; days to pay as counts, unpaid
 * payments by the day their clock started, and the first {@link Finding#MAX_EVIDENCE} late and
 * oldest unpaid payments, which are all its findings can list.
 *
 * @since 0.1.0
 */
public final class PaymentCoverage implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.reciprocity.payment";

  private static final String LATE_DAYS = "latePaymentDays";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Payment for involvement")
          .description(
              "Share of the lived-experience bloc's attendances that were paid for in time: a payment of any "
                  + "kind - expenses, a fee for their time, carer cover - offered for that activity and none of it paid "
                  + "late; with the share offered, the median days from offer to payment and the share of payments made "
                  + "late. NIHR payment guidance: nobody should "
                  + "be out of pocket for being involved, and people's time and expertise should be paid for.")
          .summary(
              "The share of attendances by people with lived experience and carers that were paid for "
                  + "in time (expenses, a fee or carer cover offered, and none of it paid late), from 0% to "
                  + "100%.")
          .goodLooksLike(
              "Nearly every attendance is paid for, promptly, so that nobody is out of pocket for "
                  + "taking part.")
          .principles(Principle.RECIPROCITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.integer(
                  LATE_DAYS,
                  30,
                  0,
                  365,
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

  /** A new accumulator of the bloc's attendances and payments, matched by seat. */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Coverage(context);
  }

  /** In {@link Coverage#paid}: a payment was offered for the seat. */
  private static final int OFFERED = 1;

  /** In {@link Coverage#paid}: a payment for the seat was paid late. */
  private static final int PAID_LATE = 2;

  /**
   * An unpaid payment that may be cited as overdue: the day its clock started, and its reference.
   */
  /**
   * Ordered oldest first, then by reference: a record's own order rather than a comparator, so that
   * an accumulator holding them can be moved between machines (copro-spark), where a lambda cannot.
   */
  private record Unpaid(long clock, String ref) implements Comparable<Unpaid> {
    @Override
    public int compareTo(Unpaid other) {
      int by = Long.compare(clock, other.clock);
      return by != 0 ? by : ref.compareTo(other.ref);
    }
  }

  /**
   * The bloc's attendances and payments in scope. Per seat (a bloc participant's place at an
   * activity, keyed by the activity's and the participant's ranks in id order): how many times it
   * was attended, how many payments were for it, whether one was offered and one paid late, and the
   * earliest day the clock started of its unpaid payments — whether those are late is decided in
   * {@link #result()}, at the reference date. For timeliness: the paid payments' days to pay as
   * counts, the unpaid ones by the day their clock started, and as candidate evidence the first
   * {@link Finding#MAX_EVIDENCE} payments paid late in id order and the oldest unpaid ones.
   */
  private static final class Coverage implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final int lateDays;
    private final LongIntMap attendedAt = new LongIntMap();
    private final LongIntMap paymentsAt = new LongIntMap();
    private final LongIntMap paid = new LongIntMap();
    private final LongIntMap earliestUnpaid = new LongIntMap();
    private final DayCounts daysToPay = new DayCounts();
    private final DayCounts unpaidClocks = new DayCounts();
    private final FirstEvidence<String> late = new FirstEvidence<>(Comparator.naturalOrder());
    private final FirstEvidence<Unpaid> oldestUnpaid =
        new FirstEvidence<>(Comparator.naturalOrder());
    private int lateCount;
    private int noActivity;

    Coverage(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.lateDays = context.parameters().integer(LATE_DAYS);
    }

    private long seat(int activity, int participant) {
      return (long) positions.activityRank(activity) * positions.participants()
          + positions.participantRank(participant);
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        int p = batch.attendanceParticipant(i);
        if (batch.attendance(i).attended() && p >= 0 && positions.isBloc(p)) {
          attendedAt.add(seat(batch.attendanceActivity(i), p), 1);
        }
      }
      for (int i = 0, n = batch.paymentCount(); i < n; i++) {
        payment(batch.payment(i), batch.paymentActivity(i), batch.paymentParticipant(i));
      }
    }

    @Override
    public void attendance(Attendance a) {
      int p = positions.participant(a.participant());
      if (a.attended() && p >= 0 && positions.isBloc(p)) {
        attendedAt.add(seat(positions.activity(a.activity()), p), 1);
      }
    }

    @Override
    public void payment(Payment payment) {
      // A built Dataset has resolved every payment's activity, so the lookup cannot miss.
      int activity =
          payment.activity() == null ? EventBatch.ABSENT : positions.activity(payment.activity());
      payment(payment, activity, positions.participant(payment.participant()));
    }

    /**
     * Takes in a payment whose activity (absent for none) and participant are at the given
     * positions.
     */
    private void payment(Payment payment, int activity, int p) {
      if (p < 0 || !positions.isBloc(p)) {
        return;
      }
      LocalDate clock = PaymentClock.start(payment);
      boolean paidLate = false;
      if (payment.paid() != null) {
        daysToPay.add(Days.between(payment.offered(), payment.paid()));
        paidLate = PaymentClock.late(payment, lateDays, payment.paid());
        if (paidLate) {
          lateCount++;
          late.offer(Finding.ref(RecordKind.PAYMENT, payment.id()));
        }
      } else {
        unpaidClocks.add(clock.toEpochDay());
        oldestUnpaid.offer(
            new Unpaid(clock.toEpochDay(), Finding.ref(RecordKind.PAYMENT, payment.id())));
      }
      if (payment.activity() == null) {
        noActivity++;
        return;
      }
      long seat = seat(activity, p);
      paymentsAt.add(seat, 1);
      paid.or(seat, paidLate ? OFFERED | PAID_LATE : OFFERED);
      if (payment.paid() == null) {
        earliestUnpaid.min(seat, Math.toIntExact(clock.toEpochDay()));
      }
    }

    @Override
    public void merge(Accumulator other) {
      Coverage o = (Coverage) other;
      attendedAt.addAll(o.attendedAt);
      paymentsAt.addAll(o.paymentsAt);
      paid.orAll(o.paid);
      earliestUnpaid.minAll(o.earliestUnpaid);
      daysToPay.addAll(o.daysToPay);
      unpaidClocks.addAll(o.unpaidClocks);
      late.offerAll(o.late);
      oldestUnpaid.offerAll(o.oldestUnpaid);
      lateCount += o.lateCount;
      noActivity += o.noActivity;
    }

    @Override
    public Measurement result() {
      String who = Words.bloc(context.bloc());
      if (attendedAt.size() == 0) {
        return Measurement.noValue("none of the " + who + " attended an activity in scope");
      }
      LocalDate asOf = context.referenceDate();
      // An unpaid payment whose clock started before this day is late (overdue) at the reference
      // date: PaymentClock.late.
      long lateBefore = asOf.toEpochDay() - lateDays;
      int participants = positions.participants();
      int[] attendedBy = new int[participants];
      int[] inTimeBy = new int[participants];
      FirstEvidence<String> unpaidAttendances = new FirstEvidence<>(Comparator.naturalOrder());
      int attended = 0;
      int unpaid = 0;
      int inTime = 0;
      for (long seat : attendedAt.sortedKeys()) {
        int count = attendedAt.get(seat, 0);
        int flags = paid.get(seat, 0);
        int p = positions.participantByRank((int) (seat % participants));
        attended += count;
        attendedBy[p] += count;
        if ((flags & OFFERED) == 0) {
          unpaid += count;
          Activity activity =
              positions.activityAt(positions.activityByRank((int) (seat / participants)));
          unpaidAttendances.offer(
              Finding.ref(
                  RecordKind.ATTENDANCE,
                  Attendance.attended(activity.id(), positions.participantAt(p).id()).key()));
        } else if ((flags & PAID_LATE) == 0
            && earliestUnpaid.get(seat, Integer.MAX_VALUE) >= lateBefore) {
          inTime += count;
          inTimeBy[p] += count;
        }
      }
      int offered = attended - unpaid;
      Measurement.Builder result =
          Measurement.of((double) inTime / attended, attended)
              .component("offeredShare", (double) offered / attended);

      long overdue = unpaidClocks.before(lateBefore);
      long pending = unpaidClocks.total() - overdue;
      long due = daysToPay.total() + overdue;
      if (daysToPay.total() > 0) {
        result.component("medianDaysToPay", daysToPay.median());
      }
      if (due > 0) {
        result.component("latePaymentShare", (double) (lateCount + overdue) / due);
      }
      if (pending > 0) {
        result.warning(
            Plural.of(pending, "payment", "payments")
                + " to "
                + who
                + " "
                + Plural.word(pending, "is", "are")
                + " unpaid but not yet more than "
                + lateDays
                + " days past "
                + Plural.word(pending, "its", "their")
                + " claim or offer: not yet due, "
                + Plural.word(pending, "it is", "they are")
                + " left out of the share of payments made late.");
      }

      List<Seats> units = new ArrayList<>();
      for (int p = 0; p < participants; p++) {
        if (attendedBy[p] > 0) {
          units.add(new Seats(positions.participantAt(p).id(), attendedBy[p], inTimeBy[p]));
        }
      }
      result.breakdowns(
          context.breakdowns(units, Seats::participant, PaymentCoverage::paidInTimeShare));

      if (unpaid > 0) {
        result.finding(
            finding(
                "no-payment-offered",
                Severity.HIGH,
                Words.capitalised(Plural.ofAll(unpaid, attended, "attendance", "attendances"))
                    + " by "
                    + who
                    + " had no payment or expenses offered for the activity.",
                unpaidAttendances.first(),
                unpaid));
      }
      if (lateCount > 0) {
        result.finding(
            finding(
                "late-payment",
                Severity.MEDIUM,
                Words.capitalised(Plural.ofAll(lateCount, due, "payment", "payments"))
                    + " due to "
                    + who
                    + " "
                    + Plural.word(lateCount, "was", "were")
                    + " paid more than "
                    + lateDays
                    + " days after "
                    + Plural.word(lateCount, "it was", "they were")
                    + " claimed (or offered, where no claim was recorded).",
                late.first(),
                lateCount));
      }
      if (overdue > 0) {
        List<String> evidence =
            oldestUnpaid.leading(u -> u.clock() < lateBefore).stream().map(Unpaid::ref).toList();
        result.finding(
            finding(
                "overdue-payment",
                Severity.MEDIUM,
                Words.capitalised(Plural.ofAll(overdue, due, "payment", "payments"))
                    + " due to "
                    + who
                    + " "
                    + Plural.word(overdue, "was", "were")
                    + " still unpaid on "
                    + asOf
                    + ", more than "
                    + lateDays
                    + " days after "
                    + Plural.word(overdue, "it was", "they were")
                    + " claimed (or offered, where no claim was "
                    + "recorded).",
                evidence,
                overdue));
      }
      warnUnmatched(result, who);
      return result.build();
    }

    private void warnUnmatched(Measurement.Builder result, String who) {
      int notAttended = 0;
      for (long seat : paymentsAt.sortedKeys()) {
        if (attendedAt.get(seat, 0) == 0) {
          notAttended += paymentsAt.get(seat, 0);
        }
      }
      if (noActivity > 0) {
        result.warning(
            Plural.of(noActivity, "payment", "payments")
                + " to "
                + who
                + " "
                + Plural.word(noActivity, "is", "are")
                + " not for a single activity: "
                + Plural.word(noActivity, "it counts", "they count")
                + " towards how promptly payments were made, but cannot show that a "
                + "particular attendance was paid for.");
      }
      if (notAttended > 0) {
        result.warning(
            Plural.of(notAttended, "payment", "payments")
                + " to "
                + who
                + " "
                + Plural.word(notAttended, "is", "are")
                + " for activities the person is not recorded as attending: "
                + Plural.word(notAttended, "it counts", "they count")
                + " only towards how promptly payments were made.");
      }
    }
  }

  /** A finding listing the first of its records and counting the others. */
  private static Finding finding(
      String code, Severity severity, String message, List<String> evidence, long all) {
    return new Finding(code, severity, message, evidence, all - evidence.size());
  }

  /** A bloc participant's attendances and how many were paid in time: a unit of the breakdowns. */
  private record Seats(String participant, int attended, int inTime) {}

  private static double paidInTimeShare(List<Seats> seats) {
    long attended = 0;
    long inTime = 0;
    for (Seats s : seats) {
      attended += s.attended();
      inTime += s.inTime();
    }
    return (double) inTime / attended;
  }
}
