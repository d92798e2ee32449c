package dev.copro.examples.plugin;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.Configuration;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Measurement;
import dev.copro.testkit.MetricHarness;
import dev.copro.testkit.PluginHarness;
import dev.copro.testkit.TestDatasets;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values on one week of {@link #WEEK}: six activities, of which five have a start
 * time — a-1 Monday 10:00 (office hours), a-2 Tuesday 18:00 (evening), a-3 Wednesday 08:00 (early),
 * a-4 Saturday 11:00 (weekend), a-6 Friday 17:00 (evening: at the default latest start) — so 4 of 5
 * are out of hours by default.
 */
class OutOfHoursMeetingsTest {

  /** 6 January 2025 is a Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  static final Dataset WEEK =
      TestDatasets.builder()
          .participant("p-1", Perspective.CARER)
          .participant("p-2", Perspective.PROFESSIONAL)
          .participant("p-3", Perspective.LIVED_EXPERIENCE)
          .activity("a-1", a -> a.on(MONDAY).startTime(LocalTime.of(10, 0)).attended("p-2", "p-3"))
          .activity(
              "a-2",
              a -> a.on(MONDAY.plusDays(1)).startTime(LocalTime.of(18, 0)).attended("p-1", "p-3"))
          .activity(
              "a-3", a -> a.on(MONDAY.plusDays(2)).startTime(LocalTime.of(8, 0)).attended("p-2"))
          .activity("a-5", a -> a.on(MONDAY.plusDays(3)).startTime(null).attended("p-1"))
          .activity(
              "a-6", a -> a.on(MONDAY.plusDays(4)).startTime(LocalTime.of(17, 0)).attended("p-2"))
          .activity(
              "a-4", a -> a.on(MONDAY.plusDays(5)).startTime(LocalTime.of(11, 0)).attended("p-1"))
          .build();

  private final MetricHarness harness = PluginHarness.forMetric(new OutOfHoursMeetings());

  @Test
  void measure_defaults_countsEarlyEveningAndWeekend() {
    assertThat(harness.measure(WEEK))
        .hasValueCloseTo(4.0 / 5, within(1e-12))
        .hasN(5)
        .hasComponentCloseTo("early", 1.0 / 5, within(1e-12))
        .hasComponentCloseTo("evening", 2.0 / 5, within(1e-12))
        .hasComponentCloseTo("weekend", 1.0 / 5, within(1e-12))
        .hasWarningContaining("1 of 6 activities have no start time recorded and are left out");
  }

  @Test
  void measure_breaksDownByPerspective_theShareOfEachGroupsAttendance() {
    // Carer p-1 came to a-2 (evening) and a-4 (weekend), and to a-5, which has no start time;
    // professional p-2 to a-1 (office), a-3 (early), a-6 (evening); lived experience p-3 to a-1,
    // a-2.
    assertThat(harness.measure(WEEK))
        .breakdown("perspective")
        .hasGroups("carer", "lived-experience", "professional");
    assertThat(harness.measure(WEEK)).breakdown("perspective").group("carer").hasValue(1.0).hasN(1);
    assertThat(harness.measure(WEEK))
        .breakdown("perspective")
        .group("professional")
        .hasValueCloseTo(2.0 / 3, within(1e-12));
    assertThat(harness.measure(WEEK))
        .breakdown("perspective")
        .group("lived-experience")
        .hasValue(0.5);
  }

  @Test
  void evaluate_throughTheEngine_suppressesGroupsOfFewerThanFive() {
    assertThat(harness.evaluate(WEEK))
        .isOk()
        .isNotRated()
        .hasValueCloseTo(0.8, within(1e-12))
        .breakdown("perspective")
        .group("carer")
        .isSuppressed();
    assertThat(
            harness
                .withConfiguration(Configuration.builder().suppressionMinimum(1).build())
                .evaluate(WEEK))
        .breakdown("perspective")
        .group("carer")
        .isNotSuppressed()
        .hasValue(1.0);
  }

  @Test
  void weekendsCount_false_judgesWeekendsByTheirStartTime() {
    // a-4 starts at 11:00, in office hours: 3 of 5.
    assertThat(harness.withParameter("weekendsCount", false).measure(WEEK))
        .hasValueCloseTo(3.0 / 5, within(1e-12))
        .hasComponent("weekend", 0);
  }

  @Test
  void latestStart_later_movesAFiveOClockStartIntoOfficeHours() {
    assertThat(harness.withParameter("latestStart", "17:30").measure(WEEK))
        .hasValueCloseTo(3.0 / 5, within(1e-12))
        .hasComponentCloseTo("evening", 1.0 / 5, within(1e-12));
  }

  @Test
  void earliestStart_earlier_movesAnEightOClockStartIntoOfficeHours() {
    assertThat(harness.withParameter("earliestStart", "07:30").measure(WEEK))
        .hasValueCloseTo(3.0 / 5, within(1e-12))
        .hasComponent("early", 0);
  }

  @Test
  void minimumMeetings_notReached_noValue_keepingTheWarning() {
    assertThat(harness.withParameter("minimumMeetings", 6).measure(WEEK))
        .hasNoValueWithReasonContaining("fewer than 6 activities with a start time in scope")
        .hasWarningContaining("1 of 6 activities");
  }

  @Test
  void times_thatAreNotTimes_noValueSayingWhatIsExpected() {
    assertThat(harness.withParameter("latestStart", "5pm").measure(WEEK))
        .hasNoValueWithReasonContaining("must be times such as 09:00 and 17:00");
    assertThat(harness.withParameter("earliestStart", "18:00").measure(WEEK))
        .hasNoValueWithReasonContaining("earliestStart must be before latestStart");
  }

  @Test
  void emptyDataset_noValue() {
    assertThat(harness.evaluate(TestDatasets.empty()))
        .hasNoValue()
        .hasNoValueWithReasonContaining("fewer than 1 activities with a start time");
  }

  @Test
  void northfieldSample_oneEveningSessionAmongDaytimeOnes() {
    // Every activity of the sample starts between 09:30 and 14:00 on a weekday but one, at 18:00.
    Measurement measurement = harness.measure(SampleDatasets.northfield());

    assertThat(measurement).hasComponent("early", 0).hasComponent("weekend", 0);
    assertThat(measurement.value()).isEqualTo(1.0 / measurement.n());
  }

  @Property
  void value_isTheSumOfItsComponents_andWeekendsOnlyAdd(@ForAll("weeks") Dataset week) {
    Measurement withWeekends = harness.measure(week);
    Measurement withoutWeekends = harness.withParameter("weekendsCount", false).measure(week);

    assertThat(withWeekends.value())
        .isNotNull()
        .isBetween(0.0, 1.0)
        .isCloseTo(
            withWeekends.components().values().stream().mapToDouble(Double::doubleValue).sum(),
            within(1e-12));
    assertThat(withoutWeekends.value()).isLessThanOrEqualTo(withWeekends.value());
  }

  /** One to ten activities on any day of a fortnight, starting at any quarter-hour. */
  @Provide
  Arbitrary<Dataset> weeks() {
    Arbitrary<int[]> activity =
        Combinators.combine(
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 95))
            .as((day, quarter) -> new int[] {day, quarter});
    return activity
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(
            activities -> {
              TestDatasets.Builder b = TestDatasets.builder().participant("p-1", Perspective.CARER);
              for (int i = 0; i < activities.size(); i++) {
                int[] a = activities.get(i);
                b.activity(
                    "a-" + i,
                    s ->
                        s.on(MONDAY.plusDays(a[0]))
                            .startTime(LocalTime.of(a[1] / 4, a[1] % 4 * 15))
                            .attended("p-1"));
              }
              return b.build();
            });
  }
}
