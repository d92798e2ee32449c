package dev.copro.metrics.diversity;

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
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * <p>Streams: its state is the perspectives invited to and present at each activity in scope (a few
 * bits each), and the invitees of key groups who did not attend — candidates for the {@value
 * #ABSENT} evidence — unless someone from their group had already been seen present there.
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
   * Per activity (by its number in scope): whether it has attendance records, the perspectives
   * (bits by ordinal) invited and present, and the invitees of key groups who did not attend (by
   * participant position). An absent invitee whose group was already seen present at the activity
   * is not kept: it can be no evidence.
   */
  private static final class Presence implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final Set<Perspective> keys = EnumSet.noneOf(Perspective.class);
    private final List<String> problems = new ArrayList<>();
    private final int keyBits;
    private final boolean[] recorded;
    private final int[] invited;
    private final int[] present;
    private final @Nullable Absentees[] absentees;

    Presence(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
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
      recorded = new boolean[scope.activityCount()];
      invited = new int[recorded.length];
      present = new int[recorded.length];
      absentees = new Absentees[recorded.length];
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

    /**
     * Takes in an attendance whose activity and participant are at the given positions in the
     * dataset. The events are those of the scope, so every activity they refer to is numbered
     * there.
     */
    private void attendance(Attendance a, int activity, int p) {
      int n = scope.activity(activity);
      if (n < 0 || p < 0) {
        return;
      }
      recorded[n] = true;
      int bit = 1 << positions.participantAt(p).perspective().ordinal();
      invited[n] |= a.invited() ? bit : 0;
      present[n] |= a.attended() ? bit : 0;
      if (a.invited() && !a.attended() && (keyBits & bit) != 0 && (present[n] & bit) == 0) {
        Absentees at = absentees[n];
        if (at == null) {
          at = new Absentees();
          absentees[n] = at;
        }
        at.add(p);
      }
    }

    @Override
    public void merge(Accumulator other) {
      Presence o = (Presence) other;
      for (int n = 0; n < recorded.length; n++) {
        recorded[n] |= o.recorded[n];
        invited[n] |= o.invited[n];
        present[n] |= o.present[n];
        Absentees theirs = o.absentees[n];
        if (theirs != null) {
          Absentees at = absentees[n];
          if (at == null) {
            absentees[n] = theirs;
          } else {
            at.addAll(theirs);
          }
        }
      }
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
      int[] recordedInScope = recordedInIdOrder();
      if (recordedInScope.length == 0) {
        return Measurement.noValue(
            String.format(
                Locale.ROOT,
                "none of the %d activities in scope has attendance recorded",
                context.activities().size()));
      }
      List<Activity> activities = new ArrayList<>(recordedInScope.length);
      Set<Activity> allPresent = Collections.newSetFromMap(new IdentityHashMap<>());
      int allInvited = 0;
      for (int n : recordedInScope) {
        Activity activity = positions.activityAt(scope.activityAt(n));
        activities.add(activity);
        if ((present[n] & keyBits) == keyBits) {
          allPresent.add(activity);
        }
        if ((invited[n] & keyBits) == keyBits) {
          allInvited++;
        }
      }
      Measurement.Builder result =
          Measurement.of((double) allPresent.size() / activities.size(), activities.size())
              .component("invitedShare", (double) allInvited / activities.size())
              .breakdowns(Shares.byStageAndType(activities, allPresent::contains));
      addFindings(recordedInScope, result);
      int unrecorded = context.activities().size() - activities.size();
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

    /** The numbers of the activities with attendance recorded, in activity id order. */
    private int[] recordedInIdOrder() {
      int count = 0;
      for (boolean r : recorded) {
        count += r ? 1 : 0;
      }
      // Rank in the high half, number in the low half: sorting the longs sorts by activity id.
      long[] order = new long[count];
      int i = 0;
      for (int n = 0; n < recorded.length; n++) {
        if (recorded[n]) {
          order[i++] = (long) positions.activityRank(scope.activityAt(n)) << 32 | n;
        }
      }
      Arrays.sort(order);
      int[] numbers = new int[count];
      for (i = 0; i < count; i++) {
        numbers[i] = (int) order[i];
      }
      return numbers;
    }

    /**
     * Per activity with attendance recorded, in id order: key groups neither invited nor present,
     * then key groups invited who stayed away. The builder keeps only the first findings, and makes
     * only those.
     */
    private void addFindings(int[] recordedInScope, Measurement.Builder result) {
      for (int n : recordedInScope) {
        int unreached = keyBits & ~invited[n] & ~present[n];
        if (unreached != 0) {
          Activity activity = positions.activityAt(scope.activityAt(n));
          result.finding(
              () ->
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
        int stayedAway = keyBits & invited[n] & ~present[n];
        if (stayedAway != 0) {
          result.finding(() -> absence(n, stayedAway));
        }
      }
    }

    /**
     * The finding that key groups stayed away from the activity numbered {@code n}, with the absent
     * invitees of those groups, in participant id order, as evidence: the references a finding
     * lists are made, the others counted.
     */
    private Finding absence(int n, int groups) {
      Activity activity = positions.activityAt(scope.activityAt(n));
      List<String> evidence = new ArrayList<>();
      evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
      int omitted = 0;
      Absentees absent = absentees[n];
      if (absent != null) {
        for (int p : absent.inIdOrder(positions)) {
          Participant participant = positions.participantAt(p);
          if ((groups & 1 << participant.perspective().ordinal()) == 0) {
            continue;
          }
          if (evidence.size() < Finding.MAX_EVIDENCE) {
            evidence.add(
                Finding.ref(
                    RecordKind.ATTENDANCE,
                    Attendance.attended(activity.id(), participant.id()).key()));
          } else {
            omitted++;
          }
        }
      }
      int invitees = evidence.size() - 1 + omitted;
      return new Finding(
          ABSENT,
          Severity.LOW,
          "At activity "
              + activity.id()
              + ", no "
              + Words.people(perspectives(groups), "or")
              + " attended, though "
              + Plural.of(invitees, "was", "were")
              + " invited.",
          evidence,
          omitted);
    }
  }

  /**
   * The positions of the invitees of key groups who stayed away from one activity, as the events
   * brought them; each (activity, participant) pair has one attendance record, so none repeats. Not
   * thread-safe.
   */
  private static final class Absentees {
    private int[] participants = new int[4];
    private int size;

    void add(int participant) {
      if (size == participants.length) {
        participants = Arrays.copyOf(participants, size * 2);
      }
      participants[size++] = participant;
    }

    void addAll(Absentees other) {
      for (int i = 0; i < other.size; i++) {
        add(other.participants[i]);
      }
    }

    /** The positions in the order of the participants' ids. */
    int[] inIdOrder(Positions positions) {
      int[] ranks = new int[size];
      for (int i = 0; i < size; i++) {
        ranks[i] = positions.participantRank(participants[i]);
      }
      Arrays.sort(ranks);
      for (int i = 0; i < size; i++) {
        ranks[i] = positions.participantByRank(ranks[i]);
      }
      return ranks;
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
