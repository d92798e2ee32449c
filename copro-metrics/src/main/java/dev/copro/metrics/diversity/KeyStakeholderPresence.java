package dev.copro.metrics.diversity;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Shares;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code copro.diversity.key-stakeholders}: the share of activities in scope at which every
 * configured key group (perspective codes; by default lived experience, carers and professionals)
 * had at least one person present. Component {@code invitedShare}: the share at which every key
 * group had at least one person invited.
 *
 * <p>Activities with no attendance record at all are left out with a warning: whether anyone came
 * is unknown, not "nobody". Findings, per activity: {@value #NOT_INVITED} (high) for key groups
 * with nobody invited and nobody present — the warning sign "key stakeholders not present or not
 * even invited"; {@value #ABSENT} (low) for key groups whose invitees all stayed away, with their
 * attendance records as evidence. A group present without an invitation (a walk-in at an open
 * event) is not reported as uninvited. Breakdowns: by lifecycle stage and by activity type.
 *
 * <p>Streams: its state is the perspectives invited to and present at each activity (a few bits
 * each), and the invitees of key groups who did not attend — candidates for the {@value #ABSENT}
 * evidence — unless someone from their group had already been seen present there.
 */
public final class KeyStakeholderPresence implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.diversity.key-stakeholders";

  /** The parameter listing the key groups as perspective codes. */
  public static final String GROUPS = "groups";

  /** The code of the finding that a key group was neither invited nor present. */
  public static final String NOT_INVITED = "key-group-not-invited";

  /** The code of the finding that a key group was invited but nobody from it attended. */
  public static final String ABSENT = "key-group-absent";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Key stakeholders present")
          .description(
              "The share of activities at which every key stakeholder group (by default people with lived"
                  + " experience, carers and professionals) had at least one person present. \"Nothing about us without"
                  + " us\": key stakeholders not present, or not even invited, is a warning sign of tokenism. Component:"
                  + " the share of activities to which every key group was invited.")
          .summary(
              "The share of activities at which every key stakeholder group (by default people with "
                  + "lived experience, carers and professionals) had at least one person present, from 0% to "
                  + "100%.")
          .goodLooksLike(
              "Nearly every activity has someone from every key group in the room, and every group is "
                  + "invited.")
          .principles(Principle.DIVERSITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.strings(
                  GROUPS,
                  List.of(
                      Perspective.LIVED_EXPERIENCE.code(),
                      Perspective.CARER.code(),
                      Perspective.PROFESSIONAL.code()),
                  "The key stakeholder groups, as perspective codes (lived-experience, carer, professional, commissioner,"
                      + " other); every one should be present at every activity."))
          .thresholds(Thresholds.higherIsBetter(0.9, 0.7))
          .references(
              References.SCIE_GUIDE_51,
              References.warningSigns(
                  "warning sign 9: key stakeholders not present or even invited"))
          .build();

  /** Creates the metric; it holds no state. */
  public KeyStakeholderPresence() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the perspectives invited to and present at each activity in scope, with
   * the invitees of key groups who stayed away (candidates for the {@value #ABSENT} evidence).
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Presence(context);
  }

  /**
   * Per activity (by position): whether it has attendance records, and the perspectives (bits by
   * ordinal) invited and present; and the invitees of key groups who did not attend, keyed by the
   * activity's and the participant's ranks in id order. An absent invitee whose group was already
   * seen present at the activity is not kept: it can be no evidence.
   */
  private static final class Presence implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final Set<Perspective> keys = EnumSet.noneOf(Perspective.class);
    private final List<String> problems = new ArrayList<>();
    private final int keyBits;
    private final boolean[] recorded;
    private final int[] invited;
    private final int[] present;
    private final LongIntMap absentees = new LongIntMap();

    Presence(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      List<String> entries = context.parameters().strings(GROUPS);
      for (int i = 0; i < entries.size(); i++) {
        Optional<Perspective> p = PerspectiveCodes.parse(entries.get(i));
        if (p.isPresent()) {
          keys.add(p.get());
        } else {
          problems.add("entry " + (i + 1) + " (\"" + entries.get(i) + "\") names no perspective");
        }
      }
      keyBits = bits(keys);
      recorded = new boolean[positions.activities()];
      invited = new int[recorded.length];
      present = new int[recorded.length];
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

    /** Takes in an attendance whose activity and participant are at the given positions. */
    private void attendance(Attendance a, int activity, int p) {
      if (activity < 0 || p < 0) {
        return;
      }
      recorded[activity] = true;
      int bit = 1 << positions.participantAt(p).perspective().ordinal();
      invited[activity] |= a.invited() ? bit : 0;
      present[activity] |= a.attended() ? bit : 0;
      if (a.invited() && !a.attended() && (keyBits & bit) != 0 && (present[activity] & bit) == 0) {
        absentees.add(
            (long) positions.activityRank(activity) * positions.participants()
                + positions.participantRank(p),
            1);
      }
    }

    @Override
    public void merge(Accumulator other) {
      Presence o = (Presence) other;
      for (int a = 0; a < recorded.length; a++) {
        recorded[a] |= o.recorded[a];
        invited[a] |= o.invited[a];
        present[a] |= o.present[a];
      }
      absentees.addAll(o.absentees);
    }

    @Override
    public Measurement result() {
      if (!problems.isEmpty()) {
        return Measurement.noValue(
            "the parameter '"
                + GROUPS
                + "' is invalid: "
                + String.join("; ", problems)
                + "; use perspective codes: "
                + PerspectiveCodes.known());
      }
      if (keys.isEmpty()) {
        return Measurement.noValue(
            "the parameter '"
                + GROUPS
                + "' lists no key group: give perspective codes such as "
                + PerspectiveCodes.known());
      }
      if (context.activities().isEmpty()) {
        return Measurement.noValue("no activities in scope");
      }
      List<Activity> recordedInScope = new ArrayList<>();
      Set<String> allPresent = new HashSet<>();
      int allInvited = 0;
      for (Activity activity : InIdOrder.activities(context)) {
        int a = positions.activity(activity.id());
        if (!recorded[a]) {
          continue;
        }
        recordedInScope.add(activity);
        if ((present[a] & keyBits) == keyBits) {
          allPresent.add(activity.id());
        }
        if ((invited[a] & keyBits) == keyBits) {
          allInvited++;
        }
      }
      if (recordedInScope.isEmpty()) {
        return Measurement.noValue(
            String.format(
                Locale.ROOT,
                "none of the %d activities in scope has attendance recorded",
                context.activities().size()));
      }
      Measurement.Builder result =
          Measurement.of(
                  (double) allPresent.size() / recordedInScope.size(), recordedInScope.size())
              .component("invitedShare", (double) allInvited / recordedInScope.size())
              .breakdowns(Shares.byStageAndType(recordedInScope, a -> allPresent.contains(a.id())));
      addFindings(recordedInScope, result);
      int unrecorded = context.activities().size() - recordedInScope.size();
      if (unrecorded > 0) {
        result.warning(
            Words.capitalised(
                    Plural.ofAll(unrecorded, context.activities().size(), "activity", "activities"))
                + " in scope "
                + Plural.word(unrecorded, "has", "have")
                + " no attendance recorded, so "
                + Plural.word(unrecorded, "it is", "they are")
                + " left out.");
      }
      return result.build();
    }

    /**
     * Per activity with attendance recorded, in id order: key groups neither invited nor present,
     * then key groups invited who stayed away. Each finding goes straight to the builder, which
     * keeps only the first ones.
     */
    private void addFindings(List<Activity> recordedInScope, Measurement.Builder result) {
      long[] absent = absentees.sortedKeys();
      int next = 0;
      for (Activity activity : recordedInScope) {
        int a = positions.activity(activity.id());
        int rank = positions.activityRank(a);
        while (next < absent.length && absent[next] / positions.participants() < rank) {
          next++;
        }
        int from = next;
        while (next < absent.length && absent[next] / positions.participants() == rank) {
          next++;
        }
        int unreached = keyBits & ~invited[a] & ~present[a];
        if (unreached != 0) {
          result.finding(
              Finding.of(
                  NOT_INVITED,
                  Severity.HIGH,
                  "At activity "
                      + activity.id()
                      + ", no "
                      + Words.people(perspectives(unreached), "or")
                      + " were invited or present.",
                  List.of(Finding.ref(RecordKind.ACTIVITY, activity.id()))));
        }
        int stayedAway = keyBits & invited[a] & ~present[a];
        if (stayedAway != 0) {
          result.finding(absence(activity, Arrays.copyOfRange(absent, from, next), stayedAway));
        }
      }
    }

    /**
     * The finding that key groups stayed away, with the absent invitees of those groups as
     * evidence.
     */
    private Finding absence(Activity activity, long[] absent, int groups) {
      List<String> evidence = new ArrayList<>();
      evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
      for (long key : absent) {
        Participant p =
            positions.participantAt(
                positions.participantByRank((int) (key % positions.participants())));
        if ((groups & 1 << p.perspective().ordinal()) != 0) {
          evidence.add(
              Finding.ref(RecordKind.ATTENDANCE, Attendance.attended(activity.id(), p.id()).key()));
        }
      }
      int invitees = evidence.size() - 1;
      return Finding.of(
          ABSENT,
          Severity.LOW,
          "At activity "
              + activity.id()
              + ", no "
              + Words.people(perspectives(groups), "or")
              + " attended, though "
              + Plural.of(invitees, "was", "were")
              + " invited.",
          evidence);
    }
  }

  private static int bits(Set<Perspective> perspectives) {
    int bits = 0;
    for (Perspective p : perspectives) {
      bits |= 1 << p.ordinal();
    }
    return bits;
  }

  private static Set<Perspective> perspectives(int bits) {
    Set<Perspective> set = EnumSet.noneOf(Perspective.class);
    for (Perspective p : Perspective.values()) {
      if ((bits & 1 << p.ordinal()) != 0) {
        set.add(p);
      }
    }
    return set;
  }
}
