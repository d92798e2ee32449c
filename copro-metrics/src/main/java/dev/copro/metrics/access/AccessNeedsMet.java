package dev.copro.metrics.access;

import dev.copro.metrics.support.AccessMatch;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Participant;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code copro.access.needs-met}: the share of attendances in scope — people who attended and had
 * declared access needs — at which every declared need was met, that is, the activity offered a
 * provision equal to it ({@link AccessProvision} equality: same kind, and for "other" the same
 * label ignoring case).
 *
 * <p>Component {@code absentUnmetShare}: among people invited who did not attend and had declared
 * needs, the share whose needs the activity did not meet — set beside the headline, it shows
 * whether unmet needs go with staying away. Omitted when there are no such invitations.
 *
 * <p>Findings per activity: {@value #UNMET} (high) for attendees whose needs were not met, {@value
 * #UNMET_ABSENT} (medium) for absent invitees whose needs were not met, each with the attendance
 * records as evidence and the kinds of need by code (a label of "other" is free text and never
 * shown). Breakdowns: every participant dimension, and {@value #NEED}: for each kind of need, the
 * share of attendances declaring it at which it was met.
 *
 * <p>Streams: its state is counts per participant, kind of need and activity, and the unmet
 * attendances and invitations that its findings list as evidence.
 */
public final class AccessNeedsMet implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.access.needs-met";

  /** The code of the finding that attendees' declared needs were not met. */
  public static final String UNMET = "unmet-access-needs";

  /** The code of the finding that absent invitees' declared needs were not met. */
  public static final String UNMET_ABSENT = "unmet-access-needs-absent";

  /** The name of the breakdown by kind of need. */
  public static final String NEED = "need";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Access needs met")
          .description(
              "The share of attendances by people who declared access needs (step-free access, a hearing"
                  + " loop, a BSL interpreter, easy-read papers…) at which the activity provided for every one of them."
                  + " Accessibility means everyone can take part in ways that meet their needs; a venue that ignores"
                  + " physical access or sensory needs is a warning sign of tokenism. Component: the same failure among"
                  + " people invited who did not come.")
          .summary(
              "The share of attendances by people who declared access needs at which the activity "
                  + "provided for every need they declared, from 0% to 100%.")
          .goodLooksLike(
              "Nearly every attendance, so that everyone who said what they need to take part found it "
                  + "there.")
          .principles(Principle.ACCESSIBILITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .thresholds(Thresholds.higherIsBetter(0.95, 0.8))
          .references(
              References.SCIE_GUIDE_51,
              References.INVOLVE_BRIEFING_NOTES,
              References.UK_STANDARDS,
              "Equality Act 2010, section 20: duty to make reasonable adjustments.",
              References.warningSigns(
                  "warning sign 8: the venue did not consider physical access or sensory requirements"))
          .build();

  /** Creates the metric; it holds no state. */
  public AccessNeedsMet() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the attendances of people who declared access needs, counted by
   * participant and kind.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Needs(context);
  }

  private static final int KINDS = AccessKind.values().length;

  /** In the evidence map: an attendee whose needs were not met. */
  private static final int PRESENT = 1;

  /** In the evidence map: an invitee who did not attend and whose needs were not met. */
  private static final int ABSENT = 2;

  /**
   * The attendances and invitations of people who declared access needs: counts by participant and
   * by activity in scope, by kind of need and in total, and the unmet ones as evidence, keyed by
   * the activity's and the participant's ranks in id order.
   */
  private static final class Needs implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final AccessMatch access;

    /** By participant in scope: attendances with declared needs. */
    private final int[] declaring;

    /** By participant in scope: attendances at which every declared need was met. */
    private final int[] met;

    /** By kind: attendances at which a declared need of that kind was met. */
    private final long[] metByKind = new long[KINDS];

    /** By activity in scope: attendances with declared needs. */
    private final int[] declaringAt;

    private final LongIntMap unmet = new LongIntMap();
    private long records;
    private int attendedWithoutNeeds;
    private int absentees;
    private int absenteesMet;

    Needs(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      this.access = AccessMatch.of(context);
      declaring = new int[scope.participantCount()];
      met = new int[scope.participantCount()];
      declaringAt = new int[scope.activityCount()];
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        attendance(
            batch.attendance(i), batch.attendanceActivity(i), batch.attendanceParticipant(i));
      }
    }

    @Override
    public void attendance(Attendance a) {
      attendance(a, positions.activity(a.activity()), positions.participant(a.participant()));
    }

    /** Takes in an attendance whose activity and participant are at the given dataset positions. */
    private void attendance(Attendance a, int activity, int p) {
      records++;
      int declared = p < 0 ? 0 : access.declaredKinds(p);
      if (a.attended() && declared == 0) {
        attendedWithoutNeeds++;
      }
      if (declared == 0 || !(a.attended() || a.invited())) {
        return;
      }
      int unmetKinds = access.unmetKinds(p, activity);
      if (a.attended()) {
        int person = scope.participant(p);
        declaring[person]++;
        declaringAt[scope.activity(activity)]++;
        met[person] += unmetKinds == 0 ? 1 : 0;
        for (int kinds = declared & ~unmetKinds; kinds != 0; kinds &= kinds - 1) {
          metByKind[Integer.numberOfTrailingZeros(kinds)]++;
        }
      } else {
        absentees++;
        absenteesMet += unmetKinds == 0 ? 1 : 0;
      }
      if (unmetKinds != 0) {
        unmet.add(key(activity, p), a.attended() ? PRESENT : ABSENT);
      }
    }

    private long key(int activity, int participant) {
      return (long) positions.activityRank(activity) * positions.participants()
          + positions.participantRank(participant);
    }

    @Override
    public void merge(Accumulator other) {
      Needs o = (Needs) other;
      add(declaring, o.declaring);
      add(met, o.met);
      for (int kind = 0; kind < KINDS; kind++) {
        metByKind[kind] += o.metByKind[kind];
      }
      add(declaringAt, o.declaringAt);
      unmet.addAll(o.unmet);
      records += o.records;
      attendedWithoutNeeds += o.attendedWithoutNeeds;
      absentees += o.absentees;
      absenteesMet += o.absenteesMet;
    }

    @Override
    public Measurement result() {
      if (records == 0) {
        return Measurement.noValue("no attendance in scope");
      }
      List<Attendee> attendees = new ArrayList<>();
      int declaringTotal = 0;
      int metTotal = 0;
      for (int p = 0; p < declaring.length; p++) {
        if (declaring[p] > 0) {
          attendees.add(
              new Attendee(positions.participantAt(scope.participantAt(p)), declaring[p], met[p]));
          declaringTotal += declaring[p];
          metTotal += met[p];
        }
      }
      if (declaringTotal == 0) {
        return Measurement.noValue(
            String.format(
                Locale.ROOT,
                "none of the %d attendances in scope is by someone who declared access needs",
                records));
      }
      Measurement.Builder result =
          Measurement.of((double) metTotal / declaringTotal, declaringTotal);
      if (absentees > 0) {
        result.component("absentUnmetShare", 1 - (double) absenteesMet / absentees);
      }
      result.breakdowns(context.breakdowns(attendees, Attendee::id, AccessNeedsMet::metShare));
      result.breakdown(byNeed(attendees, metByKind));
      addFindings(result);
      if (attendedWithoutNeeds > 0) {
        result.warning(
            Plural.of(attendedWithoutNeeds, "attendance", "attendances")
                + " by people who declared no "
                + "access needs, or were never asked, "
                + Plural.word(attendedWithoutNeeds, "is", "are")
                + " not counted.");
      }
      return result.build();
    }

    /**
     * Per activity in id order: the attendees, then the absent invitees, whose needs were not met.
     * Each finding goes straight to the builder, which makes only those it lists.
     */
    private void addFindings(Measurement.Builder result) {
      long[] keys = unmet.sortedKeys();
      int participants = positions.participants();
      int from = 0;
      while (from < keys.length) {
        long rank = keys[from] / participants;
        int to = from;
        int attendees = 0;
        while (to < keys.length && keys[to] / participants == rank) {
          attendees += unmet.get(keys[to], 0) == PRESENT ? 1 : 0;
          to++;
        }
        int present = attendees;
        int absent = to - from - present;
        int activity = positions.activityByRank((int) rank);
        Activity a = positions.activityAt(activity);
        int first = from;
        int last = to;
        if (present > 0) {
          int declaringThere = declaringAt[scope.activity(activity)];
          result.finding(
              () ->
                  finding(
                      UNMET,
                      Severity.HIGH,
                      a,
                      unmetAt(keys, first, last, true),
                      "At activity "
                          + a.id()
                          + ", "
                          + Plural.ofAll(present, declaringThere, "person", "people")
                          + " who attended with "
                          + "declared access needs had a need the activity did not provide for"));
        }
        if (absent > 0) {
          result.finding(
              () ->
                  finding(
                      UNMET_ABSENT,
                      Severity.MEDIUM,
                      a,
                      unmetAt(keys, first, last, false),
                      "At activity "
                          + a.id()
                          + ", "
                          + Plural.of(absent, "person who was", "people who were")
                          + " invited but did not come had "
                          + "declared a need the activity did not provide for"));
        }
        from = to;
      }
    }

    /**
     * The participants of the keys from {@code from} to {@code to} (one activity's) who attended,
     * or who were absent, in id order.
     */
    private List<Participant> unmetAt(long[] keys, int from, int to, boolean present) {
      List<Participant> unmetThere = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if ((unmet.get(keys[i], 0) == PRESENT) == present) {
          int rank = (int) (keys[i] % positions.participants());
          unmetThere.add(positions.participantAt(positions.participantByRank(rank)));
        }
      }
      return unmetThere;
    }
  }

  /**
   * A participant who attended with declared needs: at how many attendances, and how many met them.
   */
  private record Attendee(Participant participant, int declaring, int met) {
    String id() {
      return participant.id();
    }
  }

  private static double metShare(List<Attendee> attendees) {
    long declaring = 0;
    long met = 0;
    for (Attendee a : attendees) {
      declaring += a.declaring();
      met += a.met();
    }
    return (double) met / declaring;
  }

  private static void add(int[] into, int[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /**
   * The finding that the given participants' needs were not met at an activity: the kinds of need
   * unmet, and the activity and the participants' attendance records as evidence, of which only the
   * first {@link Finding#MAX_EVIDENCE} references are made.
   */
  private static Finding finding(
      String code, Severity severity, Activity activity, List<Participant> unmet, String what) {
    Set<AccessKind> kinds = EnumSet.noneOf(AccessKind.class);
    List<String> evidence = new ArrayList<>();
    evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
    for (Participant p : unmet) {
      for (AccessProvision need : p.accessNeeds()) {
        if (!activity.provisions().contains(need)) {
          kinds.add(need.kind());
        }
      }
      if (evidence.size() < Finding.MAX_EVIDENCE) {
        evidence.add(Finding.ref(RecordKind.ATTENDANCE, activity.id() + "/" + p.id()));
      }
    }
    List<String> needs = new ArrayList<>();
    for (AccessKind kind : kinds) {
      needs.add(Words.accessNeed(kind));
    }
    return new Finding(
        code,
        severity,
        what + ": " + Words.list(needs, "and") + ".",
        evidence,
        1 + unmet.size() - evidence.size());
  }

  /**
   * For each kind of need, the share of the attendances declaring it at which it was met in full,
   * given by kind the attendances at which it was met.
   */
  private static Breakdown byNeed(List<Attendee> attendees, long[] metByKind) {
    // The kinds each attendee declared, as bits by kind: found once, not once per kind.
    int[] declared = new int[attendees.size()];
    for (int i = 0; i < declared.length; i++) {
      for (var need : attendees.get(i).participant().accessNeeds()) {
        declared[i] |= 1 << need.kind().ordinal();
      }
    }
    List<Group> groups = new ArrayList<>();
    for (AccessKind kind : AccessKind.values()) {
      long declaring = 0;
      int people = 0;
      for (int i = 0; i < declared.length; i++) {
        if ((declared[i] & 1 << kind.ordinal()) != 0) {
          declaring += attendees.get(i).declaring();
          people++;
        }
      }
      if (declaring > 0) {
        groups.add(
            Group.of(kind.code(), (double) metByKind[kind.ordinal()] / declaring, people, people));
      }
    }
    return new Breakdown(NEED, groups);
  }
}
