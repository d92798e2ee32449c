package dev.copro.examples.plugin;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Principle;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.Unit;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code acme.meetings.out-of-hours}: the share of activities held outside office hours — starting
 * before {@code earliestStart} or at or after {@code latestStart}, or (if {@code weekendsCount}) on
 * a Saturday or Sunday — among the activities in scope whose start time is recorded.
 *
 * <p>Why it matters: people in paid work, and carers who can only get cover in the evening, can
 * often come only out of hours; others — parents after school, people whose support workers or
 * transport run in the daytime — can come only in office hours. Which way is better depends on who
 * an initiative needs to reach, so the metric is not rated by default; its breakdown by perspective
 * shows who comes to the out-of-hours activities. Components split the value into {@code early},
 * {@code evening} and {@code weekend}.
 */
public final class OutOfHoursMeetings implements Metric {

  /** The metric's id. */
  public static final String ID = "acme.meetings.out-of-hours";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Out-of-hours meetings")
          .description(
              "Share of activities held outside office hours (early mornings, evenings, weekends). People in "
                  + "work, and carers who can only get cover in the evening, may only be able to come then; others only in "
                  + "the daytime. Read it with the breakdown by perspective.")
          .summary(
              "The share of activities held outside office hours (early mornings, evenings or weekends), from 0% to "
                  + "100%.")
          .goodLooksLike(
              "A share that fits when the people involved can come: read it with the breakdown by "
                  + "perspective.")
          .principles(Principle.ACCESSIBILITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .parameters(
              ParameterSpec.string(
                  "earliestStart",
                  "09:00",
                  "Office hours start: earlier starts are out of hours (HH:MM)"),
              ParameterSpec.string(
                  "latestStart", "17:00", "Starts at or after this time are out of hours (HH:MM)"),
              ParameterSpec.bool(
                  "weekendsCount",
                  true,
                  "Whether Saturdays and Sundays are out of hours at any time"),
              ParameterSpec.integer(
                  "minimumMeetings",
                  1,
                  1,
                  1000,
                  "Fewest activities with a start time the share may rest on"))
          .references(
              "SCIE (2015) Co-production in social care: what it is and how to do it, SCIE Guide 51")
          .build();

  /** Creates the metric; the engine calls this through {@link java.util.ServiceLoader}. */
  public OutOfHoursMeetings() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    Parameters p = context.parameters();
    LocalTime earliest;
    LocalTime latest;
    try {
      earliest = LocalTime.parse(p.string("earliestStart"));
      latest = LocalTime.parse(p.string("latestStart"));
    } catch (DateTimeParseException e) {
      return Measurement.noValue(
          "earliestStart and latestStart must be times such as 09:00 and 17:00");
    }
    if (!earliest.isBefore(latest)) {
      return Measurement.noValue("earliestStart must be before latestStart");
    }

    Map<String, Slot> slots = new HashMap<>();
    int[] counts = new int[Slot.values().length];
    int unrecorded = 0;
    for (Activity activity : context.activities()) {
      LocalTime start = activity.startTime();
      if (start == null) {
        unrecorded++;
        continue;
      }
      boolean weekend =
          activity.date().getDayOfWeek() == DayOfWeek.SATURDAY
              || activity.date().getDayOfWeek() == DayOfWeek.SUNDAY;
      Slot slot =
          weekend && p.bool("weekendsCount")
              ? Slot.WEEKEND
              : start.isBefore(earliest)
                  ? Slot.EARLY
                  : start.isBefore(latest) ? Slot.OFFICE : Slot.EVENING;
      slots.put(activity.id(), slot);
      counts[slot.ordinal()]++;
    }

    int measured = slots.size();
    List<String> warnings = new ArrayList<>();
    if (unrecorded > 0) {
      warnings.add(
          unrecorded
              + " of "
              + context.activities().size()
              + " activities have no start time recorded and are left out");
    }
    if (measured < p.integer("minimumMeetings")) {
      Measurement.Builder none =
          Measurement.builderWithoutValue(
              "fewer than "
                  + p.integer("minimumMeetings")
                  + " activities with a start time in scope");
      warnings.forEach(none::warning);
      return none.build();
    }

    Measurement.Builder result =
        Measurement.of((double) (measured - counts[Slot.OFFICE.ordinal()]) / measured, measured)
            .component("early", (double) counts[Slot.EARLY.ordinal()] / measured)
            .component("evening", (double) counts[Slot.EVENING.ordinal()] / measured)
            .component("weekend", (double) counts[Slot.WEEKEND.ordinal()] / measured);
    // By perspective (and any configured attribute): the share of each group's attendances that
    // were
    // at out-of-hours activities.
    List<Attendance> attended =
        context.attendance().stream()
            .filter(a -> a.attended() && slots.containsKey(a.activity()))
            .toList();
    result.breakdowns(
        context.breakdowns(
            attended,
            Attendance::participant,
            group ->
                group.isEmpty()
                    ? Double.NaN
                    : group.stream().filter(a -> slots.get(a.activity()) != Slot.OFFICE).count()
                        / (double) group.size()));
    warnings.forEach(result::warning);
    return result.build();
  }

  /** When an activity was held. */
  private enum Slot {
    OFFICE,
    EARLY,
    EVENING,
    WEEKEND
  }
}
