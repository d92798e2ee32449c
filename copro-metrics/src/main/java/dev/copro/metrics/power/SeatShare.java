package dev.copro.metrics.power;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.ParticipantGroups;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Decision;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code copro.power.seat-share}: the lived-experience bloc's share of the seats — the members
 * invited — at board and panel meetings, averaged over those meetings, against a target share
 * (parity by default).
 *
 * <p>Each meeting counts once, however many seats it has, so the value is what a typical meeting
 * looked like. Meetings that record no invitations are left out with a warning. Meetings with fewer
 * bloc seats than the configured minimum (NICE's two lay members by default) are evidence in a
 * finding. Breakdowns by participant dimension give each group's seat share, averaged the same way.
 *
 * <p>Seat share is defined once for the power metrics, as two shares with their own names: the
 * {@code headShare} component counts people (here the value itself: bloc seats ÷ seats), the {@code
 * weightShare} component counts vote weight (the bloc's share of the weight in the weighted and
 * simple-majority votes taken at those meetings, averaged over those votes; absent when none were
 * recorded). {@link VotingPower} reports the same two shares of its votes. On a board where half
 * the members have lived experience but 30% of the votes, they are 0.5 and 0.3.
 *
 * <p>Streams: its state is the members and bloc members invited to each meeting, the members
 * invited per meeting and participant group, and who held a seat; the weight share reads the
 * decisions, which are reference records.
 *
 * @since 0.1.0
 */
public final class SeatShare implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.seat-share";

  static final String TARGET = "target";
  static final String MINIMUM_SEATS = "minimumBlocSeats";
  static final String ACTIVITY_TYPES = "activityTypes";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Seat share")
          .description(
              "Share of the seats at board and panel meetings held by people with lived experience or carers, "
                  + "against a target (parity by default): whether they sit at the table as equals or as a token presence. "
                  + "Reports the share of heads and, where votes were taken at those meetings, the share of vote weight.")
          .summary(
              "The share of the seats at board and panel meetings held by people with lived experience "
                  + "and carers, from 0% to 100%, set against a target that is parity (50%) unless "
                  + "configured.")
          .goodLooksLike(
              "Close to the target, with at least two people with lived experience or carers at every "
                  + "meeting.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .parameters(
              ParameterSpec.decimal(
                  TARGET,
                  0.5,
                  0.01,
                  1,
                  "The bloc's target share of seats; 0.5 is parity with " + "everyone else."),
              ParameterSpec.integer(
                  MINIMUM_SEATS,
                  2,
                  0,
                  1000,
                  "Meetings with fewer bloc seats than this are flagged "
                      + "(NICE asks for at least two lay members on a committee); 0 flags none."),
              ParameterSpec.strings(
                  ACTIVITY_TYPES,
                  List.of(ActivityType.BOARD.code(), ActivityType.PANEL.code()),
                  "The types of activity whose invited members hold seats."))
          .thresholds(Thresholds.higherIsBetter(0.4, 0.15))
          .references(
              References.SCIE_GUIDE_51,
              PowerSupport.NICE_LAY_MEMBERS,
              References.TLAP_LADDER,
              "NIHR (2019) UK Standards for Public Involvement: governance")
          .build();

  /** Creates the metric. */
  public SeatShare() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the invited members of each meeting of the seat-holding types in scope.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Seats(context);
  }

  /**
   * The seats at each meeting of the seat-holding types in scope, numbered densely in the order of
   * their numbers in scope: invited members and bloc members by meeting, invited members by meeting
   * and participant group for every dimension, and who held a seat (by participant number in
   * scope).
   */
  private static final class Seats implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final List<String> warnings = new ArrayList<>();
    private final Set<ActivityType> types;

    /** The codes of the seat-holding activity types, for messages. */
    private final List<String> kinds;

    /** By activity number in scope: its meeting's number, or -1 if it holds no seats. */
    private final int[] meetingOf;

    /** By meeting number: its activity's position in the dataset. */
    private final int[] meetingActivity;

    private final int[] invited;
    private final int[] bloc;
    private final boolean[] seated;
    private final List<ParticipantGroups> dimensions = new ArrayList<>();

    /** For each dimension, by meeting number × groups + group: the members invited. */
    private final List<int[]> byGroup = new ArrayList<>();

    Seats(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      types =
          Codes.parse(
              ActivityType.class,
              context.parameters().strings(ACTIVITY_TYPES),
              ACTIVITY_TYPES,
              warnings);
      kinds = types.stream().map(ActivityType::code).toList();
      // The activities numbered in scope are those of its events, all of them in scope.
      meetingOf = new int[scope.activityCount()];
      int meetings = 0;
      for (int n = 0; n < meetingOf.length; n++) {
        boolean seats = types.contains(positions.activityAt(scope.activityAt(n)).type());
        meetingOf[n] = seats ? meetings++ : -1;
      }
      meetingActivity = new int[meetings];
      for (int n = 0; n < meetingOf.length; n++) {
        if (meetingOf[n] >= 0) {
          meetingActivity[meetingOf[n]] = scope.activityAt(n);
        }
      }
      invited = new int[meetings];
      bloc = new int[meetings];
      seated = new boolean[scope.participantCount()];
      for (Dimension dimension : context.dimensions()) {
        ParticipantGroups groups = ParticipantGroups.of(context, dimension);
        dimensions.add(groups);
        byGroup.add(new int[meetings * groups.count()]);
      }
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        if (batch.attendance(i).invited()) {
          invited(batch.attendanceActivity(i), batch.attendanceParticipant(i));
        }
      }
    }

    @Override
    public void attendance(Attendance a) {
      if (a.invited()) {
        invited(positions.activity(a.activity()), positions.participant(a.participant()));
      }
    }

    /**
     * Takes in an invitation of the participant at the given position in the dataset to the
     * activity at the given position. The events are those of the scope, so every activity and
     * participant they refer to is numbered there.
     */
    private void invited(int activity, int p) {
      int n = scope.activity(activity);
      int meeting = n < 0 ? -1 : meetingOf[n];
      if (meeting < 0 || p < 0) {
        return;
      }
      invited[meeting]++;
      bloc[meeting] += positions.isBloc(p) ? 1 : 0;
      seated[scope.participant(p)] = true;
      for (int d = 0; d < dimensions.size(); d++) {
        ParticipantGroups groups = dimensions.get(d);
        byGroup.get(d)[meeting * groups.count() + groups.groupOf(p)]++;
      }
    }

    @Override
    public void merge(Accumulator other) {
      Seats o = (Seats) other;
      for (int m = 0; m < invited.length; m++) {
        invited[m] += o.invited[m];
        bloc[m] += o.bloc[m];
      }
      for (int p = 0; p < seated.length; p++) {
        seated[p] |= o.seated[p];
      }
      for (int d = 0; d < byGroup.size(); d++) {
        int[] mine = byGroup.get(d);
        int[] theirs = o.byGroup.get(d);
        for (int k = 0; k < mine.length; k++) {
          mine[k] += theirs[k];
        }
      }
    }

    @Override
    public Measurement result() {
      double target = context.parameters().decimal(TARGET);
      int minimum = context.parameters().integer(MINIMUM_SEATS);
      List<String> belowMinimum = new ArrayList<>();
      int withoutBloc = 0;
      int meetings = 0;
      double shares = 0;
      int[] inIdOrder = meetingsInIdOrder();
      for (int m : inIdOrder) {
        if (invited[m] == 0) {
          continue;
        }
        meetings++;
        shares += (double) bloc[m] / invited[m];
        if (bloc[m] < minimum) {
          belowMinimum.add(positions.activityAt(meetingActivity[m]).id());
          withoutBloc += bloc[m] == 0 ? 1 : 0;
        }
      }
      // Seat-holding meetings in scope with no event in it record no invitations either.
      int seatHolding = 0;
      for (Activity activity : context.activities()) {
        seatHolding += types.contains(activity.type()) ? 1 : 0;
      }
      int noInvitations = seatHolding - meetings;
      String seatHoldingMeeting =
          (kinds.isEmpty() ? "seat-holding" : Words.list(kinds, "or")) + " meeting";
      if (noInvitations > 0) {
        warnings.add(
            Plural.of(
                    noInvitations, seatHoldingMeeting + " records", seatHoldingMeeting + "s record")
                + " no invited members, so "
                + Plural.word(noInvitations, "it is", "they are")
                + " left out.");
      }
      if (meetings == 0) {
        return PowerSupport.noValue(
            "no "
                + seatHoldingMeeting
                + " in scope records its invited members (the "
                + "parameter "
                + ACTIVITY_TYPES
                + " says which types of activity hold seats)",
            warnings);
      }
      double value = Math.min(1, shares / meetings);
      Measurement.Builder result =
          Measurement.of(value, meetings)
              .component("target", target)
              .component("ratioToTarget", value / target)
              .component("headShare", value);
      weightShare().ifPresent(share -> result.component("weightShare", share));
      for (int d = 0; d < dimensions.size(); d++) {
        result.breakdown(breakdown(dimensions.get(d), byGroup.get(d), inIdOrder, meetings));
      }
      if (!belowMinimum.isEmpty()) {
        int below = belowMinimum.size();
        String none =
            withoutBloc == 0
                ? ""
                : withoutBloc == below
                    ? Plural.word(below, ", and it had none", ", and none of them had any")
                    : ", and " + withoutBloc + " of them had none";
        result.finding(
            Finding.of(
                "below-minimum-bloc-seats",
                withoutBloc > 0 ? Severity.HIGH : Severity.MEDIUM,
                Words.capitalised(
                        Plural.ofAll(below, meetings, seatHoldingMeeting, seatHoldingMeeting + "s"))
                    + " had "
                    + "fewer than "
                    + minimum
                    + " seats for "
                    + Words.bloc(context.bloc())
                    + none
                    + ".",
                PowerSupport.refs(RecordKind.ACTIVITY, belowMinimum)));
      }
      warnings.forEach(result::warning);
      return result.build();
    }

    /** The meeting numbers in the order of their activities' ids. */
    private int[] meetingsInIdOrder() {
      // Rank in the high half, meeting in the low half: sorting the longs sorts by activity id.
      long[] order = new long[meetingActivity.length];
      for (int m = 0; m < order.length; m++) {
        order[m] = (long) positions.activityRank(meetingActivity[m]) << 32 | m;
      }
      Arrays.sort(order);
      int[] meetings = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        meetings[i] = (int) order[i];
      }
      return meetings;
    }

    /**
     * The bloc's share of the vote weight in the weighted-vote and simple-majority decisions taken
     * at the meetings measured (seat-holding, with invitations recorded), averaged over those
     * decisions in id order; empty when there are none. The same share, per decision, as {@link
     * VotingPower}'s {@code weightShare}.
     */
    private OptionalDouble weightShare() {
      double sum = 0;
      int votes = 0;
      for (Decision decision : InIdOrder.decisions(context)) {
        String at = decision.activity();
        // An activity not numbered in scope has no events there, so no invitations.
        int n = at == null ? -1 : scope.activity(positions.activity(at));
        int meeting = n < 0 ? -1 : meetingOf[n];
        VoteGame game = VoteGame.of(decision);
        if (meeting >= 0 && invited[meeting] > 0 && game != null) {
          sum += game.weightShare(decision.votes(), context::isBloc);
          votes++;
        }
      }
      return votes == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, sum / votes));
    }

    /**
     * Each group's seat share averaged over the meetings: the sum over its seats of one over the
     * seats at their meeting, meetings in id order, ÷ the meetings. n is the group's members with a
     * seat; groups with none are left out.
     */
    private Breakdown breakdown(
        ParticipantGroups groups, int[] seats, int[] inIdOrder, int meetings) {
      int[] people = new int[groups.count()];
      for (int n = 0; n < seated.length; n++) {
        if (seated[n]) {
          people[groups.groupOf(scope.participantAt(n))]++;
        }
      }
      double[] sums = new double[groups.count()];
      for (int m : inIdOrder) {
        for (int g = 0; g < sums.length; g++) {
          // Seat by seat, as a share of its meeting, so that the sum is the same whichever way the
          // seats were counted.
          for (int seat = seats[m * groups.count() + g]; seat > 0; seat--) {
            sums[g] += 1.0 / invited[m];
          }
        }
      }
      List<Group> result = new ArrayList<>();
      for (int g = 0; g < people.length; g++) {
        if (people[g] > 0) {
          result.add(Group.of(groups.key(g), Math.min(1, sums[g] / meetings), people[g]));
        }
      }
      return new Breakdown(groups.dimension().name(), result);
    }
  }
}
