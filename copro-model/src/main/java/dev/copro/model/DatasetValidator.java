package dev.copro.model;

import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.RecordLocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules a dataset's records must keep together: unique ids, resolvable references, dates in a
 * possible order, no negative amounts, quotas within the total weight, answers on their scales.
 * One place for every rule, so that files and datasets built in code are checked alike; every
 * problem is collected, none stops the check.
 */
final class DatasetValidator {

  private final Dataset.Builder data;
  private final RecordLocator locator;
  private final List<Problem> problems = new ArrayList<>();

  private Ids<Initiative> initiatives = Ids.none();
  private Ids<Participant> participants = Ids.none();
  private Ids<Activity> activities = Ids.none();
  private Ids<Contribution> contributions = Ids.none();
  private Ids<Survey> surveys = Ids.none();

  DatasetValidator(Dataset.Builder data, RecordLocator locator) {
    this.data = data;
    this.locator = locator;
  }

  List<Problem> validate() {
    initiatives = index(RecordKind.INITIATIVE, data.initiatives, Initiative::id);
    participants = index(RecordKind.PARTICIPANT, data.participants, Participant::id);
    activities = index(RecordKind.ACTIVITY, data.activities, Activity::id);
    contributions = index(RecordKind.CONTRIBUTION, data.contributions, Contribution::id);
    surveys = index(RecordKind.SURVEY, data.surveys, Survey::id);
    index(RecordKind.DECISION, data.decisions, Decision::id);
    index(RecordKind.PAYMENT, data.payments, Payment::id);
    index(RecordKind.SURVEY_RESPONSE, data.surveyResponses, SurveyResponse::id);

    for (int i = 0; i < data.initiatives.size(); i++) {
      checkInitiative(i, data.initiatives.get(i));
    }
    for (int i = 0; i < data.participants.size(); i++) {
      checkParticipant(i, data.participants.get(i));
    }
    for (int i = 0; i < data.activities.size(); i++) {
      checkActivity(i, data.activities.get(i));
    }
    int[] activityAt = new int[data.attendance.size()];
    int[] participantAt = new int[data.attendance.size()];
    for (int i = 0; i < data.attendance.size(); i++) {
      activityAt[i] = activities.position(data.attendance.get(i).activity());
      participantAt[i] = participants.position(data.attendance.get(i).participant());
    }
    BitSet repeated = repeatedAttendance(activityAt, participantAt);
    for (int i = 0; i < data.attendance.size(); i++) {
      checkAttendance(i, data.attendance.get(i), activityAt[i] != StringIndex.ABSENT,
          participantAt[i] != StringIndex.ABSENT, repeated.get(i));
    }
    for (int i = 0; i < data.contributions.size(); i++) {
      checkContribution(i, data.contributions.get(i));
    }
    for (int i = 0; i < data.decisions.size(); i++) {
      checkDecision(i, data.decisions.get(i));
    }
    for (int i = 0; i < data.payments.size(); i++) {
      checkPayment(i, data.payments.get(i));
    }
    for (int i = 0; i < data.surveys.size(); i++) {
      checkSurvey(i, data.surveys.get(i));
    }
    for (int i = 0; i < data.surveyResponses.size(); i++) {
      checkSurveyResponse(i, data.surveyResponses.get(i));
    }
    return problems;
  }

  /** The records of a kind by id, reporting every id used again; an id stands for the first record that used it. */
  private <T> Ids<T> index(RecordKind kind, List<T> records, Function<T, String> id) {
    StringIndex positions = new StringIndex(records.size());
    for (int i = 0; i < records.size(); i++) {
      String key = id.apply(records.get(i));
      int first = positions.putIfAbsent(key, i);
      if (first != StringIndex.ABSENT) {
        report(Kind.DUPLICATE_ID, kind, i, "id", key,
            "The " + kind.code() + " id '" + key + "' is used again: ids must be unique (first used at "
                + locator.locate(kind, first, null) + ").");
      }
    }
    return new Ids<>(positions, records);
  }

  /** Records by id: each id's first record. */
  private static final class Ids<T> {
    private final StringIndex positions;
    private final List<T> records;

    Ids(StringIndex positions, List<T> records) {
      this.positions = positions;
      this.records = records;
    }

    static <T> Ids<T> none() {
      return new Ids<>(new StringIndex(0), List.of());
    }

    @Nullable T get(String id) {
      int i = positions.get(id);
      return i == StringIndex.ABSENT ? null : records.get(i);
    }

    boolean containsKey(String id) {
      return positions.get(id) != StringIndex.ABSENT;
    }

    /** The position of the id's first record, or {@link StringIndex#ABSENT}. */
    int position(String id) {
      return positions.get(id);
    }
  }

  private void checkInitiative(int i, Initiative r) {
    if (r.end() != null && r.end().isBefore(r.start())) {
      report(Kind.DATE_ORDER, RecordKind.INITIATIVE, i, "end", r.id(),
          "Initiative '" + r.id() + "' ends on " + r.end() + ", before it starts on " + r.start() + ".");
    }
  }

  private void checkParticipant(int i, Participant r) {
    if (r.joined() != null && r.left() != null && r.left().isBefore(r.joined())) {
      report(Kind.DATE_ORDER, RecordKind.PARTICIPANT, i, "left", r.id(),
          "Participant '" + r.id() + "' left on " + r.left() + ", before they joined on " + r.joined() + ".");
    }
  }

  private void checkActivity(int i, Activity r) {
    RecordKind k = RecordKind.ACTIVITY;
    Initiative initiative = initiatives.get(r.initiative());
    if (initiative == null) {
      unknown(k, i, "initiative", r.id(), "initiative", r.initiative());
    } else if (r.date().isBefore(initiative.start())) {
      report(Kind.DATE_ORDER, k, i, "date", r.id(), "Activity '" + r.id() + "' is dated " + r.date()
          + ", before its initiative '" + initiative.id() + "' started on " + initiative.start() + ".");
    }
    if (r.invitedOn() != null && r.invitedOn().isAfter(r.date())) {
      report(Kind.DATE_ORDER, k, i, "invitedOn", r.id(), "Activity '" + r.id() + "' sent invitations on "
          + r.invitedOn() + ", after it took place on " + r.date() + ".");
    }
    negative(k, i, "durationMinutes", r.id(), r.durationMinutes(), "duration in minutes");
    for (int c = 0; c < r.chairs().size(); c++) {
      String chair = r.chairs().get(c);
      if (!participants.containsKey(chair)) {
        unknown(k, i, "chairs/" + c, r.id(), "participant", chair);
      }
    }
  }

  /**
   * Which attendance records repeat the key ({@link Attendance#key()}) of an earlier one. When every
   * record names a known activity and participant and none of their ids holds a {@code /}, two keys
   * are equal exactly when the records name the same activity and participant: these are compared
   * by position, in a table with a part per activity, which stays in cache while that activity's
   * records are checked. Otherwise the keys are compared as text.
   *
   * @param activityAt each record's activity's position, or {@link StringIndex#ABSENT}
   * @param participantAt each record's participant's position, or {@link StringIndex#ABSENT}
   */
  private BitSet repeatedAttendance(int[] activityAt, int[] participantAt) {
    BitSet repeated = new BitSet(activityAt.length);
    boolean byPosition = noSlash(data.activities, Activity::id) && noSlash(data.participants, Participant::id);
    for (int i = 0; byPosition && i < activityAt.length; i++) {
      byPosition = activityAt[i] != StringIndex.ABSENT && participantAt[i] != StringIndex.ABSENT;
    }
    if (!byPosition) {
      AttendanceKeys keys = new AttendanceKeys(data.attendance);
      for (int i = 0; i < activityAt.length; i++) {
        if (!keys.add(i)) {
          repeated.set(i);
        }
      }
      return repeated;
    }
    // Each activity's part holds a power of two at least twice its records, for short probes.
    int[] start = new int[data.activities.size() + 1];
    for (int a : activityAt) {
      start[a + 1]++;
    }
    for (int a = 0; a < data.activities.size(); a++) {
      int records = start[a + 1];
      start[a + 1] = start[a] + (records == 0 ? 0 : Integer.highestOneBit(2 * records - 1) << 1);
    }
    int[] slots = new int[start[data.activities.size()]]; // participant position + 1; 0 for an empty slot
    for (int i = 0; i < activityAt.length; i++) {
      int from = start[activityAt[i]];
      int mask = start[activityAt[i] + 1] - from - 1;
      int participant = participantAt[i] + 1;
      int hash = participant * 0x9E3779B9;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (slots[from + slot] != 0 && slots[from + slot] != participant) {
        slot = (slot + 1) & mask;
      }
      if (slots[from + slot] == participant) {
        repeated.set(i);
      } else {
        slots[from + slot] = participant;
      }
    }
    return repeated;
  }

  private static <T> boolean noSlash(List<T> records, Function<T, String> id) {
    for (T record : records) {
      if (id.apply(record).indexOf('/') >= 0) {
        return false;
      }
    }
    return true;
  }

  private void checkAttendance(int i, Attendance r, boolean knownActivity, boolean knownParticipant,
      boolean repeated) {
    RecordKind k = RecordKind.ATTENDANCE;
    // The record's id (its key) is built only for a problem: a million records have none.
    if (!knownActivity) {
      unknown(k, i, "activity", r.key(), "activity", r.activity());
    }
    if (!knownParticipant) {
      unknown(k, i, "participant", r.key(), "participant", r.participant());
    }
    if (repeated) {
      report(Kind.DUPLICATE_ID, k, i, null, r.key(), "Participant '" + r.participant()
          + "' has more than one attendance record for activity '" + r.activity() + "': keep one.");
    }
    if (isNegative(r.speakingSeconds())) {
      negative(k, i, "speakingSeconds", r.key(), r.speakingSeconds(), "speaking time in seconds");
    }
    if (isNegative(r.speakingTurns())) {
      negative(k, i, "speakingTurns", r.key(), r.speakingTurns(), "number of speaking turns");
    }
    boolean spoke = (r.speakingSeconds() != null && r.speakingSeconds() > 0)
        || (r.speakingTurns() != null && r.speakingTurns() > 0);
    if (!r.attended() && spoke) {
      report(Kind.INCONSISTENT, k, i, "attended", r.key(), "Participant '" + r.participant()
          + "' is recorded as speaking at activity '" + r.activity() + "' but as not attending.");
    }
  }

  private static boolean isNegative(@Nullable Integer value) {
    return value != null && value < 0;
  }

  private void checkContribution(int i, Contribution r) {
    RecordKind k = RecordKind.CONTRIBUTION;
    Activity activity = activities.get(r.activity());
    if (activity == null) {
      unknown(k, i, "activity", r.id(), "activity", r.activity());
    }
    if (!participants.containsKey(r.participant())) {
      unknown(k, i, "participant", r.id(), "participant", r.participant());
    }
    LocalDate raised = r.date() != null ? r.date() : activity == null ? null : activity.date();
    if (r.date() != null && activity != null && r.date().isBefore(activity.date())) {
      report(Kind.DATE_ORDER, k, i, "date", r.id(), "Contribution '" + r.id() + "' is dated " + r.date()
          + ", before its activity '" + activity.id() + "' on " + activity.date() + ".");
    }
    if (r.response() != null && raised != null && r.response().date().isBefore(raised)) {
      report(Kind.DATE_ORDER, k, i, "response/date", r.id(), "The response to contribution '" + r.id()
          + "' is dated " + r.response().date() + ", before the contribution was made on " + raised + ".");
    }
  }

  private void checkDecision(int i, Decision r) {
    RecordKind k = RecordKind.DECISION;
    if (!initiatives.containsKey(r.initiative())) {
      unknown(k, i, "initiative", r.id(), "initiative", r.initiative());
    }
    if (r.activity() != null) {
      Activity activity = activities.get(r.activity());
      if (activity == null) {
        unknown(k, i, "activity", r.id(), "activity", r.activity());
      } else if (!activity.initiative().equals(r.initiative())) {
        report(Kind.INCONSISTENT, k, i, "activity", r.id(), "Decision '" + r.id() + "' belongs to initiative '"
            + r.initiative() + "' but its activity '" + activity.id() + "' belongs to '" + activity.initiative() + "'.");
      }
    } else if (r.stage() == null) {
      report(Kind.MISSING_FIELD, k, i, "stage", r.id(), "Decision '" + r.id()
          + "' was taken outside an activity, so it needs a 'stage' (commissioning, design, delivery or evaluation).");
    }
    Set<String> voters = new HashSet<>();
    for (int v = 0; v < r.votes().size(); v++) {
      Vote vote = r.votes().get(v);
      if (!participants.containsKey(vote.participant())) {
        unknown(k, i, "votes/" + v + "/participant", r.id(), "participant", vote.participant());
      }
      if (!voters.add(vote.participant())) {
        report(Kind.DUPLICATE_ID, k, i, "votes/" + v + "/participant", r.id(), "Decision '" + r.id()
            + "' lists participant '" + vote.participant() + "' more than once among its votes.");
      }
      if (vote.weight() < 0) {
        report(Kind.NEGATIVE_VALUE, k, i, "votes/" + v + "/weight", r.id(), "Decision '" + r.id()
            + "' gives participant '" + vote.participant() + "' a negative vote weight (" + vote.weight() + ").");
      }
    }
    checkQuota(i, r);
    for (int a = 0; a < r.adopts().size(); a++) {
      String adopted = r.adopts().get(a);
      if (!contributions.containsKey(adopted)) {
        unknown(k, i, "adopts/" + a, r.id(), "contribution", adopted);
      }
    }
    for (int c = 0; c < r.consultations().size(); c++) {
      String consulted = r.consultations().get(c);
      if (!activities.containsKey(consulted)) {
        unknown(k, i, "consultations/" + c, r.id(), "activity", consulted);
      }
    }
  }

  private void checkQuota(int i, Decision r) {
    RecordKind k = RecordKind.DECISION;
    if (r.rule() != DecisionRule.WEIGHTED_VOTE) {
      if (r.quota() != null) {
        report(Kind.INCONSISTENT, k, i, "quota", r.id(), "Decision '" + r.id() + "' has a quota but its rule is '"
            + r.rule().code() + "': a quota belongs only to a weighted vote.");
      }
      return;
    }
    if (r.quota() == null) {
      report(Kind.MISSING_FIELD, k, i, "quota", r.id(), "Decision '" + r.id()
          + "' is a weighted vote, so it needs a 'quota': the weight in favour needed to carry it.");
      return;
    }
    long total = 0;
    for (Vote vote : r.votes()) {
      total += Math.max(0, vote.weight());
    }
    if (r.quota() <= 0 || r.quota() > total) {
      report(Kind.OUT_OF_RANGE, k, i, "quota", r.id(), "Decision '" + r.id() + "' has quota " + r.quota()
          + ", which must be more than 0 and at most the total vote weight (" + total + ").");
    }
  }

  private void checkPayment(int i, Payment r) {
    RecordKind k = RecordKind.PAYMENT;
    if (!participants.containsKey(r.participant())) {
      unknown(k, i, "participant", r.id(), "participant", r.participant());
    }
    if (r.activity() != null && !activities.containsKey(r.activity())) {
      unknown(k, i, "activity", r.id(), "activity", r.activity());
    }
    if (r.amount().compareTo(BigDecimal.ZERO) < 0) {
      report(Kind.NEGATIVE_VALUE, k, i, "amount", r.id(), "Payment '" + r.id() + "' has a negative amount ("
          + r.amount().toPlainString() + ").");
    }
    if (r.claimed() != null && r.claimed().isBefore(r.offered())) {
      report(Kind.DATE_ORDER, k, i, "claimed", r.id(), "Payment '" + r.id() + "' was claimed on " + r.claimed()
          + ", before it was offered on " + r.offered() + ".");
    }
    if (r.paid() != null && r.paid().isBefore(r.offered())) {
      report(Kind.DATE_ORDER, k, i, "paid", r.id(), "Payment '" + r.id() + "' was paid on " + r.paid()
          + ", before it was offered on " + r.offered() + ".");
    } else if (r.paid() != null && r.claimed() != null && r.paid().isBefore(r.claimed())) {
      report(Kind.DATE_ORDER, k, i, "paid", r.id(), "Payment '" + r.id() + "' was paid on " + r.paid()
          + ", before it was claimed on " + r.claimed() + ".");
    }
  }

  private void checkSurvey(int i, Survey r) {
    RecordKind k = RecordKind.SURVEY;
    if (r.items().isEmpty()) {
      report(Kind.MISSING_FIELD, k, i, "items", r.id(), "Survey '" + r.id() + "' has no items.");
    }
    Set<String> ids = new HashSet<>();
    for (int t = 0; t < r.items().size(); t++) {
      SurveyItem item = r.items().get(t);
      if (!ids.add(item.id())) {
        report(Kind.DUPLICATE_ID, k, i, "items/" + t + "/id", r.id(), "Survey '" + r.id()
            + "' has more than one item with id '" + item.id() + "'.");
      }
      if (item.scaleMax() <= item.scaleMin()) {
        report(Kind.OUT_OF_RANGE, k, i, "items/" + t + "/scaleMax", r.id(), "Item '" + item.id() + "' of survey '"
            + r.id() + "' has scale " + item.scaleMin() + " to " + item.scaleMax()
            + ": the top of the scale must be above the bottom.");
      }
    }
  }

  private void checkSurveyResponse(int i, SurveyResponse r) {
    RecordKind k = RecordKind.SURVEY_RESPONSE;
    if (!participants.containsKey(r.participant())) {
      unknown(k, i, "participant", r.id(), "participant", r.participant());
    }
    if (r.initiative() != null && !initiatives.containsKey(r.initiative())) {
      unknown(k, i, "initiative", r.id(), "initiative", r.initiative());
    }
    Survey survey = surveys.get(r.survey());
    if (survey == null) {
      unknown(k, i, "survey", r.id(), "survey", r.survey());
      return;
    }
    SurveyItem item = survey.item(r.item()).orElse(null);
    if (item == null) {
      report(Kind.UNKNOWN_REFERENCE, k, i, "item", r.id(), "Survey response '" + r.id() + "' answers item '"
          + r.item() + "', which survey '" + survey.id() + "' does not have.");
    } else if (r.value() < item.scaleMin() || r.value() > item.scaleMax()) {
      report(Kind.OUT_OF_RANGE, k, i, "value", r.id(), "Survey response '" + r.id() + "' has the answer "
          + r.value() + ", off the item's scale of " + item.scaleMin() + " to " + item.scaleMax() + ".");
    }
  }

  private void negative(RecordKind kind, int i, String field, String id, @Nullable Integer value, String what) {
    if (value != null && value < 0) {
      report(Kind.NEGATIVE_VALUE, kind, i, field, id, "The " + kind.code() + " '" + id + "' has a negative "
          + what + " (" + value + ").");
    }
  }

  private void unknown(RecordKind kind, int i, String field, String id, String targetKind, String target) {
    report(Kind.UNKNOWN_REFERENCE, kind, i, field, id, "The " + kind.code() + " '" + id + "' refers to "
        + targetKind + " '" + target + "', which is not in the dataset.");
  }

  /**
   * The attendance keys seen ({@link Attendance#key()}, {@code ACTIVITY/PARTICIPANT}), held as
   * pairs without building the key of each record, for records that {@link #repeatedAttendance}
   * cannot compare by position. Two records count as the same when their keys are equal, as
   * strings: ids may hold a {@code /}, so {@code a/b} + {@code c} is the same key as {@code a} +
   * {@code b/c}.
   */
  private static final class AttendanceKeys {
    /** Powers of 31, for the ids of usual length. */
    private static final int[] POWERS_OF_31 = new int[64];

    static {
      POWERS_OF_31[0] = 1;
      for (int n = 1; n < POWERS_OF_31.length; n++) {
        POWERS_OF_31[n] = 31 * POWERS_OF_31[n - 1];
      }
    }

    private final List<Attendance> records;
    /** Per slot: the key hash in the high half, the record's position + 1 in the low half; 0 for an empty slot. */
    private long[] table;
    private int size;

    AttendanceKeys(List<Attendance> records) {
      this.records = records;
      table = new long[Integer.highestOneBit(Math.max(8, records.size()) * 2 - 1) << 1];
    }

    /** Adds the key of the record at {@code position}; returns false if an earlier record had the same. */
    boolean add(int position) {
      Attendance r = records.get(position);
      int hash = keyHash(r);
      int mask = table.length - 1;
      int slot = spread(hash) & mask;
      for (long entry; (entry = table[slot]) != 0; slot = (slot + 1) & mask) {
        if ((int) (entry >>> 32) == hash && sameKey(records.get((int) entry - 1), r)) {
          return false;
        }
      }
      table[slot] = (long) hash << 32 | (position + 1);
      if (++size * 2 > table.length) {
        grow();
      }
      return true;
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long entry : old) {
        if (entry != 0) {
          int slot = spread((int) (entry >>> 32)) & mask;
          while (table[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          table[slot] = entry;
        }
      }
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /** {@code r.key().hashCode()}, computed from the hash codes of its parts (String's hash is a polynomial in 31). */
    private static int keyHash(Attendance r) {
      return (r.activity().hashCode() * 31 + '/') * pow31(r.participant().length()) + r.participant().hashCode();
    }

    /** 31 to the power {@code n}, wrapping as int arithmetic does. */
    private static int pow31(int n) {
      if (n < POWERS_OF_31.length) {
        return POWERS_OF_31[n];
      }
      int power = 1;
      for (int base = 31, e = n; e > 0; e >>= 1, base *= base) {
        if ((e & 1) != 0) {
          power *= base;
        }
      }
      return power;
    }

    private static boolean sameKey(Attendance a, Attendance b) {
      if (a.activity().length() == b.activity().length()) {
        return a.activity().equals(b.activity()) && a.participant().equals(b.participant());
      }
      return a.activity().length() + a.participant().length() == b.activity().length() + b.participant().length()
          && a.key().equals(b.key());
    }
  }

  private void report(Kind problemKind, RecordKind kind, int index, @Nullable String field, @Nullable String id,
      String message) {
    problems.add(new Problem(problemKind, locator.locate(kind, index, field), id, message));
  }
}
