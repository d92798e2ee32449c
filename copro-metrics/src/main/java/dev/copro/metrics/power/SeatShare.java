package dev.copro.metrics.power;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.References;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code copro.power.seat-share}: the lived-experience bloc's share of the seats — the members
 * invited — at board and panel meetings, averaged over those meetings, against a target share
 * (parity by default).
 *
 * <p>Each meeting counts once, however many seats it has, so the value is what a typical meeting
 * looked like. Meetings that record no invitations are left out with a warning. Meetings with
 * fewer bloc seats than the configured minimum (NICE's two lay members by default) are evidence in
 * a finding. Breakdowns by participant dimension give each group's seat share, averaged the same
 * way.
 *
 * @since 0.1.0
 */
public final class SeatShare implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.power.seat-share";

  static final String TARGET = "target";
  static final String MINIMUM_SEATS = "minimumBlocSeats";
  static final String ACTIVITY_TYPES = "activityTypes";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Seat share")
      .description("Share of the seats at board and panel meetings held by people with lived experience or carers, "
          + "against a target (parity by default): whether they sit at the table as equals or as a token presence.")
      .principles(Principle.EQUALITY)
      .unit(Unit.SHARE)
      .range(0, 1)
      .parameters(
          ParameterSpec.decimal(TARGET, 0.5, 0.01, 1, "The bloc's target share of seats; 0.5 is parity with "
              + "everyone else."),
          ParameterSpec.integer(MINIMUM_SEATS, 2, 0, 1000, "Meetings with fewer bloc seats than this are flagged "
              + "(NICE asks for at least two lay members on a committee); 0 flags none."),
          ParameterSpec.strings(ACTIVITY_TYPES, List.of(ActivityType.BOARD.code(), ActivityType.PANEL.code()),
              "The types of activity whose invited members hold seats."))
      .thresholds(Thresholds.higherIsBetter(0.4, 0.15))
      .references(References.SCIE_GUIDE_51, PowerSupport.NICE_LAY_MEMBERS, References.TLAP_LADDER,
          "NIHR (2019) UK Standards for Public Involvement: governance")
      .build();

  /** Creates the metric. */
  public SeatShare() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    List<String> warnings = new ArrayList<>();
    Set<ActivityType> types = Codes.parse(ActivityType.class, context.parameters().strings(ACTIVITY_TYPES),
        ACTIVITY_TYPES, warnings);
    double target = context.parameters().decimal(TARGET);
    int minimum = context.parameters().integer(MINIMUM_SEATS);

    Map<String, Integer> seatsAt = new HashMap<>();
    List<Attendance> seats = new ArrayList<>();
    List<String> belowMinimum = new ArrayList<>();
    int withoutBloc = 0;
    int noInvitations = 0;
    double shares = 0;
    for (Activity activity : InIdOrder.activities(context)) {
      if (!types.contains(activity.type())) {
        continue;
      }
      int invited = 0;
      int bloc = 0;
      for (Attendance attendance : InIdOrder.byParticipant(context.dataset().attendanceAt(activity.id()))) {
        if (attendance.invited()) {
          invited++;
          bloc += context.isBloc(attendance.participant()) ? 1 : 0;
          seats.add(attendance);
        }
      }
      if (invited == 0) {
        noInvitations++;
        continue;
      }
      seatsAt.put(activity.id(), invited);
      shares += (double) bloc / invited;
      if (bloc < minimum) {
        belowMinimum.add(activity.id());
        withoutBloc += bloc == 0 ? 1 : 0;
      }
    }
    if (noInvitations > 0) {
      warnings.add(noInvitations + " meeting(s) of the seat-holding types record no invited members and are left out.");
    }
    int meetings = seatsAt.size();
    if (meetings == 0) {
      return PowerSupport.noValue("no meetings of the seat-holding types (" + ACTIVITY_TYPES
          + ") in scope with invited members recorded", warnings);
    }
    double value = Math.min(1, shares / meetings);
    Measurement.Builder result = Measurement.of(value, meetings)
        .component("target", target)
        .component("ratioToTarget", value / target);
    result.breakdowns(context.breakdowns(seats, Attendance::participant, group -> {
      double sum = 0;
      for (Attendance seat : group) {
        sum += 1.0 / seatsAt.get(seat.activity());
      }
      return Math.min(1, sum / meetings);
    }));
    if (!belowMinimum.isEmpty()) {
      result.finding(Finding.of("below-minimum-bloc-seats", withoutBloc > 0 ? Severity.HIGH : Severity.MEDIUM,
          belowMinimum.size() + " of " + meetings + " meetings of the seat-holding types had fewer than " + minimum
              + " seats for the lived-experience bloc; " + withoutBloc + " had none.",
          PowerSupport.refs(RecordKind.ACTIVITY, belowMinimum)));
    }
    warnings.forEach(result::warning);
    return result.build();
  }
}
