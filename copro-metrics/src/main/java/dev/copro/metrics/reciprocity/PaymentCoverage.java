package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.FirstEvidence;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.PaymentClock;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.Words;
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
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** In {@link Coverage#flags}: a payment was offered for the seat. */
  private static final int OFFERED = 1;

  /** In {@link Coverage#flags}: a payment for the seat was paid late. */
  private static final int PAID_LATE = 2;

  /**
   * An unpaid payment that may be cited as overdue: the day its clock started, and its id. Ordered
   * by day, then by id, which orders their references ({@link Finding#ref}) as the ids.
   */
  private record Unpaid(long clock, String id) implements Comparable<Unpaid> {
    /**
     * Oldest first, then by id: a record's own order rather than a comparator, so that an
     * accumulator holding them can be moved between machines (copro-spark), where a lambda cannot.
     */
    @Override
    public int compareTo(Unpaid other) {
      int by = Long.compare(clock, other.clock);
      return by != 0 ? by : id.compareTo(other.id);
    }
  }

  /**
   * An attendance that may be cited as unpaid, by its activity's and participant's ids, in the
   * order of its reference ({@link Attendance#key}: activity, "/", participant) without making it.
   */
  private record AttendanceKey(String activity, String participant) {
    String ref() {
      return Finding.ref(RecordKind.ATTENDANCE, activity + "/" + participant);
    }
  }

  private static final Comparator<AttendanceKey> AS_KEYS = PaymentCoverage::compareKeys;

  /**
   * The bloc's attendances and payments in scope. Per seat (a bloc participant's place at an
   * activity, numbered from 0 in the order seats first came): how many times it was attended, how
   * many payments were for it, whether one was offered and one paid late, and the earliest day the
   * clock started of its unpaid payments — whether those are late is decided in {@link #result()},
   * at the reference date. For timeliness: the paid payments' days to pay as counts, the unpaid
   * ones by the day their clock started, and as candidate evidence the first {@link
   * Finding#MAX_EVIDENCE} payments paid late in id order and the oldest unpaid ones.
   */
  private static final class Coverage implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final int lateDays;

    /**
     * Each seat's number, keyed by its activity's and participant's numbers in scope ({@link
     * #seatKey}).
     */
    private LongIntMap seats = new LongIntMap();

    /** Each seat's key, by seat number. */
    private long[] keys = new long[0];

    private int[] attended = new int[0];
    private int[] payments = new int[0];

    /** By seat: {@link #OFFERED} and {@link #PAID_LATE}. */
    private int[] flags = new int[0];

    /** By seat: the earliest day an unpaid payment's clock started, or {@code MAX_VALUE}. */
    private int[] earliestUnpaid = new int[0];

    private final DayCounts daysToPay = new DayCounts();
    private final DayCounts unpaidClocks = new DayCounts();

    /** The ids of payments paid late: their references are in the same order. */
    private final FirstEvidence<String> late = new FirstEvidence<>(Comparator.naturalOrder());

    private final FirstEvidence<Unpaid> oldestUnpaid =
        new FirstEvidence<>(Comparator.naturalOrder());
    private int lateCount;
    private int noActivity;

    Coverage(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      this.lateDays = context.parameters().integer(LATE_DAYS);
    }

    @Override
    public void accept(EventBatch batch) {
      if (seats.size() == 0) {
        // A seat is attended about once: room for a seat per bloc attendance, so that the table
        // does not grow.
        int blocAttended = 0;
        for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
          blocAttended += isBlocAttendance(batch, i) ? 1 : 0;
        }
        seats = new LongIntMap(blocAttended);
      }
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        if (isBlocAttendance(batch, i)) {
          attend(seat(batch.attendanceActivity(i), batch.attendanceParticipant(i)));
        }
      }
      for (int i = 0, n = batch.paymentCount(); i < n; i++) {
        payment(batch.payment(i), batch.paymentActivity(i), batch.paymentParticipant(i));
      }
    }

    private boolean isBlocAttendance(EventBatch batch, int row) {
      int p = batch.attendanceParticipant(row);
      return p >= 0 && positions.isBloc(p) && batch.attendance(row).attended();
    }

    @Override
    public void attendance(Attendance a) {
      int p = positions.participant(a.participant());
      if (a.attended() && p >= 0 && positions.isBloc(p)) {
        attend(seat(positions.activity(a.activity()), p));
      }
    }

    /**
     * Counts an attendance of a seat. (Not {@code attended[seat(...)]++}, which would count it in
     * the array from before a new seat made it larger.)
     */
    private void attend(int seat) {
      attended[seat]++;
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
     * positions. Its dates are read as day counts, once each.
     */
    private void payment(Payment payment, int activity, int p) {
      if (p < 0 || !positions.isBloc(p)) {
        return;
      }
      long offered = payment.offered().toEpochDay();
      long clock = payment.claimed() != null ? payment.claimed().toEpochDay() : offered;
      boolean paidLate = false;
      if (payment.paid() != null) {
        long paidOn = payment.paid().toEpochDay();
        daysToPay.add(paidOn - offered);
        paidLate = PaymentClock.late(clock, paidOn, lateDays);
        if (paidLate) {
          lateCount++;
          late.offer(payment.id());
        }
      } else {
        unpaidClocks.add(clock);
        oldestUnpaid.offer(new Unpaid(clock, payment.id()));
      }
      if (payment.activity() == null) {
        noActivity++;
        return;
      }
      int seat = seat(activity, p);
      payments[seat]++;
      flags[seat] |= paidLate ? OFFERED | PAID_LATE : OFFERED;
      if (payment.paid() == null) {
        earliestUnpaid[seat] = Math.min(earliestUnpaid[seat], Math.toIntExact(clock));
      }
    }

    /**
     * The number of the seat of the participant at the activity, given at dataset positions; a new
     * seat if it had none.
     */
    private int seat(int activity, int participant) {
      return seat(seatKey(scope.activity(activity), scope.participant(participant)));
    }

    /** The key of a seat, from its activity's and participant's numbers in scope. */
    private long seatKey(int activity, int participant) {
      return (long) activity * scope.participantCount() + participant;
    }

    /** The number of the seat with a key; a new seat if it had none. */
    private int seat(long key) {
      int seat = seats.putIfAbsent(key, seats.size());
      if (seat == keys.length) {
        int length = Math.max(seats.size(), 2 * keys.length);
        keys = Arrays.copyOf(keys, length);
        attended = Arrays.copyOf(attended, length);
        payments = Arrays.copyOf(payments, length);
        flags = Arrays.copyOf(flags, length);
        earliestUnpaid = Arrays.copyOf(earliestUnpaid, length);
        Arrays.fill(earliestUnpaid, seat, length, Integer.MAX_VALUE);
      }
      keys[seat] = key;
      return seat;
    }

    @Override
    public void merge(Accumulator other) {
      Coverage o = (Coverage) other;
      for (int i = 0, n = o.seats.size(); i < n; i++) {
        int seat = seat(o.keys[i]);
        attended[seat] += o.attended[i];
        payments[seat] += o.payments[i];
        flags[seat] |= o.flags[i];
        earliestUnpaid[seat] = Math.min(earliestUnpaid[seat], o.earliestUnpaid[i]);
      }
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
      LocalDate asOf = context.referenceDate();
      // An unpaid payment whose clock started before this day is late (overdue) at the reference
      // date: PaymentClock.late.
      long lateBefore = asOf.toEpochDay() - lateDays;
      int participants = scope.participantCount();
      int[] attendedBy = new int[participants];
      int[] inTimeBy = new int[participants];
      FirstEvidence<AttendanceKey> unpaidAttendances = new FirstEvidence<>(AS_KEYS);
      int attendedAll = 0;
      int unpaid = 0;
      int inTime = 0;
      int notAttended = 0;
      for (int seat = 0, n = seats.size(); seat < n; seat++) {
        int count = attended[seat];
        if (count == 0) {
          notAttended += payments[seat];
          continue;
        }
        int p = (int) (keys[seat] % participants);
        attendedAll += count;
        attendedBy[p] += count;
        if ((flags[seat] & OFFERED) == 0) {
          unpaid += count;
          int activity = scope.activityAt((int) (keys[seat] / participants));
          unpaidAttendances.offer(
              new AttendanceKey(
                  positions.activityAt(activity).id(),
                  positions.participantAt(scope.participantAt(p)).id()));
        } else if ((flags[seat] & PAID_LATE) == 0 && earliestUnpaid[seat] >= lateBefore) {
          inTime += count;
          inTimeBy[p] += count;
        }
      }
      if (attendedAll == 0) {
        return Measurement.noValue("none of the " + who + " attended an activity in scope");
      }
      int offered = attendedAll - unpaid;
      Measurement.Builder result =
          Measurement.of((double) inTime / attendedAll, attendedAll)
              .component("offeredShare", (double) offered / attendedAll);

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
          units.add(
              new Seats(
                  positions.participantAt(scope.participantAt(p)).id(),
                  attendedBy[p],
                  inTimeBy[p]));
        }
      }
      result.breakdowns(
          context.breakdowns(units, Seats::participant, PaymentCoverage::paidInTimeShare));

      if (unpaid > 0) {
        String message =
            Words.capitalised(Plural.ofAll(unpaid, attendedAll, "attendance", "attendances"))
                + " by "
                + who
                + " had no payment or expenses offered for the activity.";
        List<String> evidence = unpaidAttendances.first().stream().map(AttendanceKey::ref).toList();
        result.finding(finding("no-payment-offered", Severity.HIGH, message, evidence, unpaid));
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
                late.first().stream().map(id -> Finding.ref(RecordKind.PAYMENT, id)).toList(),
                lateCount));
      }
      if (overdue > 0) {
        List<String> evidence =
            oldestUnpaid.leading(u -> u.clock() < lateBefore).stream()
                .map(u -> Finding.ref(RecordKind.PAYMENT, u.id()))
                .toList();
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
      warnUnmatched(result, who, notAttended);
      return result.build();
    }

    /**
     * Warns of the payments not for one activity, and of the {@code notAttended} payments for
     * activities their payee is not recorded as attending.
     */
    private void warnUnmatched(Measurement.Builder result, String who, int notAttended) {
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

  /**
   * Compares two attendances as their keys ({@link Attendance#key}), activity + "/" + participant,
   * compare as strings, without making the keys.
   */
  private static int compareKeys(AttendanceKey x, AttendanceKey y) {
    int xLength = x.activity().length() + 1 + x.participant().length();
    int yLength = y.activity().length() + 1 + y.participant().length();
    for (int i = 0, n = Math.min(xLength, yLength); i < n; i++) {
      char a = keyChar(x, i);
      char b = keyChar(y, i);
      if (a != b) {
        return a - b;
      }
    }
    return xLength - yLength;
  }

  /** The character at {@code index} of an attendance's key. */
  private static char keyChar(AttendanceKey key, int index) {
    int length = key.activity().length();
    return index < length
        ? key.activity().charAt(index)
        : index == length ? '/' : key.participant().charAt(index - length - 1);
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
