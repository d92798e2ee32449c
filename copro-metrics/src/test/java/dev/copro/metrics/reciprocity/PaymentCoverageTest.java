package dev.copro.metrics.reciprocity;

import static dev.copro.metrics.reciprocity.Fixture.START;
import static dev.copro.metrics.reciprocity.Fixture.activity;
import static dev.copro.metrics.reciprocity.Fixture.initiative;
import static dev.copro.metrics.reciprocity.Fixture.measure;
import static dev.copro.metrics.reciprocity.Fixture.payment;
import static dev.copro.metrics.reciprocity.Fixture.threePeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PaymentCoverageTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final PaymentCoverage metric = new PaymentCoverage();

  /**
   * p1 (lived experience) attends a1, a2, a3; p2 (carer) attends a1 and a3 and is only invited to
   * a2; p3 (professional) attends a1.
   *
   * <ul>
   *   <li>pay1: p1 at a1, offered 1 Feb, claimed 3 Feb, paid 10 Feb: 9 days to pay, 7 after the
   *       claim;
   *   <li>pay2: p2 at a1, offered 1 Feb, no claim, paid 15 Mar: 28 + 14 = 42 days, late (> 30);
   *   <li>pay3: p1 at a3, offered 1 Apr, unpaid on 30 Jun: 30 + 31 + 29 = 90 days, overdue;
   *   <li>pay4: p3 (not in the bloc) at a1 — ignored;
   *   <li>pay5: p1 for no activity, offered 20 Jun, unpaid: 10 days, not yet due.
   * </ul>
   */
  private static Dataset scenario() {
    return threePeople()
        .add(activity("a1", LocalDate.of(2025, 2, 1)))
        .add(activity("a2", LocalDate.of(2025, 3, 1)))
        .add(activity("a3", LocalDate.of(2025, 4, 1)))
        .add(Attendance.attended("a1", "p1"))
        .add(Attendance.attended("a1", "p2"))
        .add(Attendance.attended("a1", "p3"))
        .add(Attendance.attended("a2", "p1"))
        .add(new Attendance("a2", "p2", true, false, null, null))
        .add(Attendance.attended("a3", "p1"))
        .add(Attendance.attended("a3", "p2"))
        .add(
            payment(
                "pay1",
                "p1",
                "a1",
                PaymentKind.EXPENSES,
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 2, 10)))
        .add(
            payment(
                "pay2",
                "p2",
                "a1",
                PaymentKind.FEE,
                LocalDate.of(2025, 2, 1),
                null,
                LocalDate.of(2025, 3, 15)))
        .add(payment("pay3", "p1", "a3", PaymentKind.FEE, LocalDate.of(2025, 4, 1), null, null))
        .add(
            payment(
                "pay4",
                "p3",
                "a1",
                PaymentKind.FEE,
                LocalDate.of(2025, 2, 1),
                null,
                LocalDate.of(2025, 2, 2)))
        .add(
            payment(
                "pay5", "p1", null, PaymentKind.EXPENSES, LocalDate.of(2025, 6, 20), null, null))
        .build();
  }

  @Test
  void measure_scenario_matchesHandComputedValues() {
    Measurement m = measure(metric, scenario(), AS_OF, Map.of());

    // Bloc attendances: a1/p1, a1/p2, a2/p1, a3/p1, a3/p2 = 5; offered for a1/p1, a1/p2, a3/p1 = 3;
    // paid in time only a1/p1 (pay1, 7 days after the claim): pay2 was late and pay3 is overdue.
    assertThat(m.value()).isCloseTo(1.0 / 5, within(1e-12));
    assertThat(m.components().get("offeredShare")).isCloseTo(3.0 / 5, within(1e-12));
    assertThat(m.n()).isEqualTo(5);
    // Paid bloc payments took 9 and 42 days: median (9 + 42) / 2.
    assertThat(m.components()).containsEntry("medianDaysToPay", 25.5);
    // Due: pay1 (on time), pay2 (late), pay3 (overdue); pay5 is not yet due.
    assertThat(m.components().get("latePaymentShare")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.findings())
        .extracting(Finding::code, Finding::severity, Finding::evidence)
        .containsExactly(
            tuple(
                "no-payment-offered",
                Severity.HIGH,
                List.of("attendance:a2/p1", "attendance:a3/p2")),
            tuple("late-payment", Severity.MEDIUM, List.of("payment:pay2")),
            tuple("overdue-payment", Severity.MEDIUM, List.of("payment:pay3")));
    assertThat(m.findings())
        .extracting(Finding::message)
        .containsExactly(
            "2 of the 5 attendances by people with lived experience and carers had no payment or expenses offered for "
                + "the activity.",
            "1 of the 3 payments due to people with lived experience and carers was paid more than 30 days after it was "
                + "claimed (or offered, where no claim was recorded).",
            "1 of the 3 payments due to people with lived experience and carers was still unpaid on "
                + AS_OF
                + ", more "
                + "than 30 days after it was claimed (or offered, where no claim was recorded).");
    assertThat(m.warnings())
        .containsExactlyInAnyOrder(
            "1 payment to people with lived experience and carers is unpaid but not yet more than 30 days past its claim "
                + "or offer: not yet due, it is left out of the share of payments made late.",
            "1 payment to people with lived experience and carers is not for a single activity: it counts towards how "
                + "promptly payments were made, but cannot show that a particular attendance was paid for.");
  }

  @Test
  void measure_scenario_breaksDownByPerspective() {
    Breakdown perspective = measure(metric, scenario(), AS_OF, Map.of()).breakdowns().get(0);

    // Carer p2: a1 paid late, a3 not offered = 0/2; lived experience p1: a1 in time, a2 not
    // offered,
    // a3 overdue = 1/3.
    assertThat(perspective.dimension()).isEqualTo("perspective");
    assertThat(perspective.groups())
        .containsExactly(Group.of("carer", 0.0, 1, 1), Group.of("lived-experience", 1.0 / 3, 1, 1));
  }

  @Test
  void measure_longerLateLimit_countsOnlyTheOverduePayment() {
    Measurement m = measure(metric, scenario(), AS_OF, Map.of("latePaymentDays", 50));

    // pay2's 42 days is within 50; pay3's 90 days unpaid is not.
    assertThat(m.components().get("latePaymentShare")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.findings())
        .extracting(Finding::code)
        .containsExactly("no-payment-offered", "overdue-payment");
  }

  @Test
  void measure_paymentExactlyAtTheLimit_isNotLate() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(activity("a1", START))
            .add(Attendance.attended("a1", "p1"))
            .add(
                payment(
                    "pay1",
                    "p1",
                    "a1",
                    PaymentKind.FEE,
                    START,
                    START.plusDays(5),
                    START.plusDays(35)))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components())
        .containsEntry("latePaymentShare", 0.0)
        .containsEntry("medianDaysToPay", 35.0);
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void measure_paymentForAnActivityNotAttended_countsForTimelinessOnlyWithAWarning() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.CARER))
            .add(activity("a1", START))
            .add(activity("a2", START.plusDays(7)))
            .add(Attendance.attended("a1", "p1"))
            .add(new Attendance("a2", "p1", true, false, null, null))
            .add(payment("pay1", "p1", "a2", PaymentKind.EXPENSES, START, null, START.plusDays(3)))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.value()).isZero();
    assertThat(m.components()).containsEntry("medianDaysToPay", 3.0);
    assertThat(m.warnings()).singleElement().asString().contains("not recorded as attending");
  }

  @Test
  void measure_emptyDataset_hasNoValue() {
    Measurement m = measure(metric, Dataset.empty(), AS_OF, Map.of());

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason()).contains("attended");
  }

  @Test
  void measure_onlyProfessionalsAttended_hasNoValue() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.PROFESSIONAL))
            .add(activity("a1", START))
            .add(Attendance.attended("a1", "p1"))
            .build();

    assertThat(measure(metric, data, AS_OF, Map.of()).value()).isNull();
  }

  @Test
  void measure_noPayments_isZeroWithoutTimelinessComponents() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(activity("a1", START))
            .add(Attendance.attended("a1", "p1"))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.value()).isZero();
    assertThat(m.components()).containsExactly(Map.entry("offeredShare", 0.0));
    assertThat(m.findings())
        .extracting(Finding::evidence)
        .containsExactly(List.of("attendance:a1/p1"));
  }

  /**
   * Unpaid attendances are cited in the order of their references as strings: "a-b/p1" before
   * "a/p1", since '-' comes before '/', although activity "a" comes before "a-b"; and "a/p1" before
   * "a/p1-x", a participant id that extends another.
   */
  @Test
  void measure_unpaidAttendances_areCitedInTheOrderOfTheirReferences() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p1-x", Perspective.CARER))
            .add(activity("a", START))
            .add(activity("a-b", START))
            .add(Attendance.attended("a", "p1-x"))
            .add(Attendance.attended("a-b", "p1"))
            .add(Attendance.attended("a", "p1"))
            .build();

    Measurement m = measure(metric, data, AS_OF, Map.of());

    assertThat(m.findings())
        .extracting(Finding::evidence)
        .containsExactly(List.of("attendance:a-b/p1", "attendance:a/p1", "attendance:a/p1-x"));
  }

  @Property
  void measure_anyData_staysInRangeAndIgnoresRecordOrder(
      @ForAll @Size(max = 16) List<@From("rows") Row> rows,
      @ForAll @Size(4) List<@From("perspectives") Perspective> perspectives) {
    Measurement m = measure(metric, build(rows, perspectives, false), AS_OF, Map.of());
    Measurement reversed = measure(metric, build(rows, perspectives, true), AS_OF, Map.of());

    assertThat(reversed).isEqualTo(m);
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.components().getOrDefault("latePaymentShare", 0.0)).isBetween(0.0, 1.0);
      assertThat(m.components().getOrDefault("medianDaysToPay", 0.0)).isGreaterThanOrEqualTo(0.0);
    }
  }

  @Test
  void measure_offeredInTime_countsAndLateDoesNot() {
    Dataset data =
        Dataset.builder()
            .add(initiative())
            .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
            .add(activity("a1", START))
            .add(Attendance.attended("a1", "p1"))
            .add(payment("pay1", "p1", "a1", PaymentKind.FEE, START, null, START.plusDays(31)))
            .build();
    // 31 days after the offer is one day over the 30-day limit: offered, but not paid in time.
    Measurement late = measure(metric, data, AS_OF, Map.of());
    assertThat(late.value()).isZero();
    assertThat(late.components()).containsEntry("offeredShare", 1.0);
    // With a 31-day limit it is in time.
    assertThat(measure(metric, data, AS_OF, Map.of("latePaymentDays", 31)).value()).isEqualTo(1.0);
  }

  @Property
  void measure_offeringAMissingPayment_neverLowersTheShare(
      @ForAll @Size(min = 1, max = 16) List<@From("rows") Row> rows,
      @ForAll @Size(4) List<@From("perspectives") Perspective> perspectives) {
    List<Row> more = new ArrayList<>(rows);
    Row first = rows.get(0);
    more.set(
        0,
        new Row(
            first.activity(),
            first.participant(),
            first.attended(),
            true,
            first.claimAfter(),
            first.payAfter()));

    Double before = measure(metric, build(rows, perspectives, false), AS_OF, Map.of()).value();
    Double after = measure(metric, build(more, perspectives, false), AS_OF, Map.of()).value();

    if (before != null) {
      assertThat(after).isGreaterThanOrEqualTo(before);
    }
  }

  /**
   * One attendance, and whether a payment was offered for it with its claim and payment delays in
   * days.
   */
  record Row(
      int activity,
      int participant,
      boolean attended,
      boolean offered,
      int claimAfter,
      int payAfter) {}

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(-1, 20),
            Arbitraries.integers().between(-1, 90))
        .as(Row::new);
  }

  @Provide
  Arbitrary<Perspective> perspectives() {
    return Arbitraries.of(
        Perspective.LIVED_EXPERIENCE, Perspective.CARER, Perspective.PROFESSIONAL);
  }

  /**
   * A dataset of four participants and four monthly activities from the rows (later rows for the
   * same attendance are ignored); a negative delay means "not claimed" or "not paid".
   */
  private static Dataset build(List<Row> rows, List<Perspective> perspectives, boolean reversed) {
    Map<String, Row> unique = new LinkedHashMap<>();
    for (Row r : rows) {
      unique.putIfAbsent("a" + r.activity() + "/p" + r.participant(), r);
    }
    List<Participant> participants = new ArrayList<>();
    for (int p = 0; p < perspectives.size(); p++) {
      participants.add(Participant.of("p" + p, perspectives.get(p)));
    }
    List<Activity> activities = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      activities.add(activity("a" + a, START.plusMonths(a)));
    }
    List<Attendance> attendance = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (Row r : unique.values()) {
      String activity = "a" + r.activity();
      String participant = "p" + r.participant();
      attendance.add(new Attendance(activity, participant, true, r.attended(), null, null));
      if (r.offered()) {
        LocalDate offered = START.plusMonths(r.activity());
        LocalDate claimed = r.claimAfter() < 0 ? null : offered.plusDays(r.claimAfter());
        LocalDate paid =
            r.payAfter() < 0 ? null : (claimed == null ? offered : claimed).plusDays(r.payAfter());
        payments.add(
            payment(
                "pay-" + activity + "-" + participant,
                participant,
                activity,
                PaymentKind.FEE,
                offered,
                claimed,
                paid));
      }
    }
    if (reversed) {
      Collections.reverse(participants);
      Collections.reverse(activities);
      Collections.reverse(attendance);
      Collections.reverse(payments);
    }
    return Dataset.builder()
        .add(initiative())
        .participants(participants)
        .activities(activities)
        .attendance(attendance)
        .payments(payments)
        .build();
  }
}
