package dev.copro.model;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.RecordLocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The rules a dataset's records must keep together: unique ids, resolvable references, dates in a
 * possible order, no negative amounts, quotas within the total weight, answers on their scales. One
 * place for every rule, so that files, datasets built in code and datasets streamed from files too
 * large to hold are checked alike; every problem is collected, none stops the check.
 *
 * <p>The check runs in steps so that event records (attendance, contributions, payments, survey
 * responses) can be checked one at a time without being held: {@link #checkReferences()} indexes
 * and checks the reference records; {@link #checkAttendance}, {@link #checkContribution}, {@link
 * #checkPayment} and {@link #checkSurveyResponse} take one event each, in order; {@link #confirm}
 * and {@link #finish()} settle what needs every event seen (repeated ids, the contributions that
 * decisions adopt). {@link #validate()} runs the steps over a builder's records; {@link
 * EventValidator} offers them to readers that stream.
 *
 * <p>Repeats among events are found without keeping the events. An attendance record's activity and
 * participant are numbered (their index among the reference records, or a number past those for ids
 * that refer to nothing) and the pair is kept as one long: equal pairs are repeats. An id is kept
 * as its 64-bit hash: equal hashes are only suspected repeats, kept with their id and location, and
 * settled exactly by a second look at the records of their kind ({@link #confirm}) that finds the
 * first record with each suspected id. No repeat is missed and none is invented.
 */
final class DatasetValidator {

  private final Dataset.Builder data;
  private final RecordLocator locator;
  private final ToLongFunction<String> idHash;
  private final List<Problem> problems = new ArrayList<>();

  private final Map<String, Initiative> initiatives = new HashMap<>();
  private final Map<String, Survey> surveys = new HashMap<>();

  /**
   * The index of the first participant and activity with each id: their lookup, and their numbers
   * in pairs.
   */
  private StringIndex participants = new StringIndex(0);

  private StringIndex activities = new StringIndex(0);
  private final Map<String, Integer> unknownParticipants = new HashMap<>();
  private final Map<String, Integer> unknownActivities = new HashMap<>();

  private LongHashSet attendancePairs = new LongHashSet();
  private boolean eventsChecked;
  private final Map<RecordKind, LongHashSet> idHashes = new EnumMap<>(RecordKind.class);
  private final List<Suspect> suspects = new ArrayList<>();
  private final Map<RecordKind, Set<String>> suspectedIds = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Map<String, FirstUse>> firstUses = new EnumMap<>(RecordKind.class);
  private final Set<String> adopted = new HashSet<>();
  private final Set<String> adoptedFound = new HashSet<>();

  /**
   * A validator of the records in {@code data}, locating problems with {@code locator}. {@link
   * #validate()} checks them all; a streaming reader passes only reference records and checks
   * events one by one.
   */
  DatasetValidator(Dataset.Builder data, RecordLocator locator) {
    this(data, locator, DatasetValidator::idHash);
  }

  /** A validator with another hash of event ids: tests make every id a suspect with a constant. */
  DatasetValidator(Dataset.Builder data, RecordLocator locator, ToLongFunction<String> idHash) {
    this.data = data;
    this.locator = locator;
    this.idHash = idHash;
  }

  /** Checks every record of the builder; returns every problem. */
  List<Problem> validate() {
    checkReferences();
    expect(RecordKind.ATTENDANCE, data.attendance.size());
    expect(RecordKind.CONTRIBUTION, data.contributions.size());
    expect(RecordKind.PAYMENT, data.payments.size());
    expect(RecordKind.SURVEY_RESPONSE, data.surveyResponses.size());
    for (int i = 0; i < data.attendance.size(); i++) {
      checkAttendance(i, data.attendance.get(i));
    }
    for (int i = 0; i < data.contributions.size(); i++) {
      checkContribution(i, data.contributions.get(i));
    }
    for (int i = 0; i < data.payments.size(); i++) {
      checkPayment(i, data.payments.get(i));
    }
    for (int i = 0; i < data.surveyResponses.size(); i++) {
      checkSurveyResponse(i, data.surveyResponses.get(i));
    }
    for (RecordKind kind : toConfirm()) {
      switch (kind) {
        case CONTRIBUTION -> confirmAll(kind, data.contributions, Contribution::id);
        case PAYMENT -> confirmAll(kind, data.payments, Payment::id);
        default -> confirmAll(kind, data.surveyResponses, SurveyResponse::id);
      }
    }
    finish();
    return problems;
  }

  private <T> void confirmAll(RecordKind kind, List<T> records, Function<T, String> id) {
    for (int i = 0; i < records.size(); i++) {
      confirm(kind, i, id.apply(records.get(i)));
    }
  }

  /** The problems found so far. */
  List<Problem> problems() {
    return problems;
  }

  /**
   * Indexes the reference records (initiatives, participants, activities, decisions, surveys) and
   * checks them: every rule but that a decision's {@code adopts} resolve, which {@link #finish()}
   * checks once the contributions have been seen.
   */
  void checkReferences() {
    index(RecordKind.INITIATIVE, data.initiatives, Initiative::id, initiatives);
    participants = index(RecordKind.PARTICIPANT, data.participants, Participant::id, null);
    activities = index(RecordKind.ACTIVITY, data.activities, Activity::id, null);
    index(RecordKind.SURVEY, data.surveys, Survey::id, surveys);
    index(RecordKind.DECISION, data.decisions, Decision::id, null);

    for (int i = 0; i < data.initiatives.size(); i++) {
      checkInitiative(i, data.initiatives.get(i));
    }
    for (int i = 0; i < data.participants.size(); i++) {
      checkParticipant(i, data.participants.get(i));
    }
    for (int i = 0; i < data.activities.size(); i++) {
      checkActivity(i, data.activities.get(i));
    }
    for (int i = 0; i < data.decisions.size(); i++) {
      checkDecision(i, data.decisions.get(i));
      adopted.addAll(data.decisions.get(i).adopts());
    }
    for (int i = 0; i < data.surveys.size(); i++) {
      checkSurvey(i, data.surveys.get(i));
    }
  }

  /**
   * Indexes records by id, reporting repeated ids; returns the index of the first record with each
   * id, and puts the record into {@code into} unless it is {@code null}.
   */
  private <T> StringIndex index(
      RecordKind kind, List<T> records, Function<T, String> id, @Nullable Map<String, T> into) {
    StringIndex firstAt = new StringIndex(records.size());
    for (int i = 0; i < records.size(); i++) {
      String key = id.apply(records.get(i));
      int first = firstAt.putIfAbsent(key, i);
      if (first != StringIndex.ABSENT) {
        duplicateId(kind, locator.locate(kind, i, "id"), key, locator.locate(kind, first, null));
      } else if (into != null) {
        into.put(key, records.get(i));
      }
    }
    return firstAt;
  }

  private void duplicateId(RecordKind kind, Location at, String id, Location first) {
    String key = q(id);
    problems.add(
        new Problem(
            Kind.DUPLICATE_ID,
            at,
            key,
            "The "
                + kind.code()
                + " id '"
                + key
                + "' is used again: ids must be unique (first used at "
                + first
                + ")."));
  }

  /**
   * Sizes the set that finds repeats among the events of {@code kind} for {@code count} of them, so
   * that it need not grow: less memory, and no old and new table held at once while growing.
   *
   * @throws IllegalArgumentException if {@code kind} is not a kind of event
   * @throws IllegalStateException if an event was checked already
   */
  void expect(RecordKind kind, long count) {
    if (eventsChecked) {
      throw new IllegalStateException("expect event counts before checking events");
    }
    switch (kind) {
      case ATTENDANCE -> attendancePairs = new LongHashSet(count);
      case CONTRIBUTION, PAYMENT, SURVEY_RESPONSE -> idHashes.put(kind, new LongHashSet(count));
      default -> throw new IllegalArgumentException("not a kind of event: " + kind);
    }
  }

  /**
   * Remembers an event's id by its hash; an id whose hash was seen before is a suspected repeat.
   */
  private void checkEventId(RecordKind kind, int i, String id) {
    eventsChecked = true;
    if (!idHashes.computeIfAbsent(kind, k -> new LongHashSet()).add(idHash.applyAsLong(id))) {
      suspects.add(new Suspect(kind, i, id, locator.locate(kind, i, "id")));
    }
  }

  /**
   * The kinds of event whose records must all be passed to {@link #confirm} before {@link
   * #finish()}, because some of their ids are suspected repeats. Empty for most datasets.
   */
  Set<RecordKind> toConfirm() {
    Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
    suspects.forEach(s -> kinds.add(s.kind()));
    return kinds;
  }

  /**
   * Takes the {@code index}-th checked record of {@code kind} again, in the same order as it was
   * checked: remembers where each suspected id was first used.
   */
  void confirm(RecordKind kind, int index, String id) {
    Set<String> suspected =
        suspectedIds.computeIfAbsent(
            kind,
            k -> {
              Set<String> ids = new HashSet<>();
              suspects.stream().filter(s -> s.kind() == k).forEach(s -> ids.add(s.id()));
              return ids;
            });
    if (suspected.contains(id)) {
      firstUses
          .computeIfAbsent(kind, k -> new HashMap<>())
          .putIfAbsent(id, new FirstUse(index, locator.locate(kind, index, null)));
    }
  }

  /**
   * Reports what needed every event seen: repeated event ids (from the suspects and their
   * confirmation) and decisions adopting contributions that are not in the dataset.
   *
   * @throws IllegalStateException if a kind of {@link #toConfirm()} was not confirmed
   */
  void finish() {
    for (Suspect s : suspects) {
      FirstUse first = firstUses.getOrDefault(s.kind(), Map.of()).get(s.id());
      if (first == null) {
        throw new IllegalStateException(
            "the " + s.kind().collection() + " were not all confirmed before finishing");
      }
      if (first.index() < s.index()) {
        duplicateId(s.kind(), s.location(), s.id(), first.location());
      }
    }
    for (int i = 0; i < data.decisions.size(); i++) {
      Decision r = data.decisions.get(i);
      for (int a = 0; a < r.adopts().size(); a++) {
        String id = r.adopts().get(a);
        if (!adoptedFound.contains(id)) {
          unknown(RecordKind.DECISION, i, "adopts/" + a, q(r.id()), "contribution", id);
        }
      }
    }
  }

  /**
   * An event whose id hash was seen before: where it is, to report it if its id really was used
   * before.
   */
  private record Suspect(RecordKind kind, int index, String id, Location location) {}

  /** The first record with a suspected id: its index and location. */
  private record FirstUse(int index, Location location) {}

  /** The first activity with the given id, or {@code null}. */
  private @Nullable Activity activity(String id) {
    int index = activities.get(id);
    return index == StringIndex.ABSENT ? null : data.activities.get(index);
  }

  private static boolean known(StringIndex ids, String id) {
    return ids.get(id) != StringIndex.ABSENT;
  }

  /**
   * The number of an id for attendance pairs: its index among the known ids, or a number past them.
   */
  private static int number(String id, StringIndex known, Map<String, Integer> unknown) {
    int n = known.get(id);
    return n != StringIndex.ABSENT
        ? n
        : known.size() + unknown.computeIfAbsent(id, k -> unknown.size());
  }

  private void checkInitiative(int i, Initiative r) {
    if (r.end() != null && r.end().isBefore(r.start())) {
      report(
          Kind.DATE_ORDER,
          RecordKind.INITIATIVE,
          i,
          "end",
          q(r.id()),
          "Initiative '"
              + q(r.id())
              + "' ends on "
              + r.end()
              + ", before it starts on "
              + r.start()
              + ".");
    }
  }

  private void checkParticipant(int i, Participant r) {
    if (r.joined() != null && r.left() != null && r.left().isBefore(r.joined())) {
      report(
          Kind.DATE_ORDER,
          RecordKind.PARTICIPANT,
          i,
          "left",
          q(r.id()),
          "Participant '"
              + q(r.id())
              + "' left on "
              + r.left()
              + ", before they joined on "
              + r.joined()
              + ".");
    }
  }

  private void checkActivity(int i, Activity r) {
    RecordKind k = RecordKind.ACTIVITY;
    Initiative initiative = initiatives.get(r.initiative());
    if (initiative == null) {
      unknown(k, i, "initiative", q(r.id()), "initiative", r.initiative());
    } else if (r.date().isBefore(initiative.start())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "date",
          q(r.id()),
          "Activity '"
              + q(r.id())
              + "' is dated "
              + r.date()
              + ", before its initiative '"
              + q(initiative.id())
              + "' started on "
              + initiative.start()
              + ".");
    }
    if (r.invitedOn() != null && r.invitedOn().isAfter(r.date())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "invitedOn",
          q(r.id()),
          "Activity '"
              + q(r.id())
              + "' sent invitations on "
              + r.invitedOn()
              + ", after it took place on "
              + r.date()
              + ".");
    }
    negative(k, i, "durationMinutes", q(r.id()), r.durationMinutes(), "duration in minutes");
    for (int c = 0; c < r.chairs().size(); c++) {
      String chair = r.chairs().get(c);
      if (!known(participants, chair)) {
        unknown(k, i, "chairs/" + c, q(r.id()), "participant", chair);
      }
    }
  }

  /** Checks the {@code i}-th attendance record. */
  void checkAttendance(int i, Attendance r) {
    RecordKind k = RecordKind.ATTENDANCE;
    // The record's id (its key) is built only for a problem: a million records have none.
    if (!known(activities, r.activity())) {
      unknown(k, i, "activity", key(r), "activity", r.activity());
    }
    if (!known(participants, r.participant())) {
      unknown(k, i, "participant", key(r), "participant", r.participant());
    }
    eventsChecked = true;
    long pair =
        (long) number(r.participant(), participants, unknownParticipants) << 32
            | (number(r.activity(), activities, unknownActivities) & 0xffffffffL);
    if (!attendancePairs.add(pair)) {
      report(
          Kind.DUPLICATE_ID,
          k,
          i,
          null,
          key(r),
          "Participant '"
              + q(r.participant())
              + "' has more than one attendance record for activity '"
              + q(r.activity())
              + "': keep one.");
    }
    if (isNegative(r.speakingSeconds())) {
      negative(k, i, "speakingSeconds", key(r), r.speakingSeconds(), "speaking time in seconds");
    }
    if (isNegative(r.speakingTurns())) {
      negative(k, i, "speakingTurns", key(r), r.speakingTurns(), "number of speaking turns");
    }
    boolean spoke =
        (r.speakingSeconds() != null && r.speakingSeconds() > 0)
            || (r.speakingTurns() != null && r.speakingTurns() > 0);
    if (!r.attended() && spoke) {
      report(
          Kind.INCONSISTENT,
          k,
          i,
          "attended",
          key(r),
          "Participant '"
              + q(r.participant())
              + "' is recorded as speaking at activity '"
              + q(r.activity())
              + "' but as not attending.");
    }
  }

  private static boolean isNegative(@Nullable Integer value) {
    return value != null && value < 0;
  }

  /** Checks the {@code i}-th contribution. */
  void checkContribution(int i, Contribution r) {
    RecordKind k = RecordKind.CONTRIBUTION;
    checkEventId(k, i, r.id());
    if (adopted.contains(r.id())) {
      adoptedFound.add(r.id());
    }
    Activity activity = activity(r.activity());
    if (activity == null) {
      unknown(k, i, "activity", q(r.id()), "activity", r.activity());
    }
    if (!known(participants, r.participant())) {
      unknown(k, i, "participant", q(r.id()), "participant", r.participant());
    }
    LocalDate raised = r.date() != null ? r.date() : activity == null ? null : activity.date();
    if (r.date() != null && activity != null && r.date().isBefore(activity.date())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "date",
          q(r.id()),
          "Contribution '"
              + q(r.id())
              + "' is dated "
              + r.date()
              + ", before its activity '"
              + q(activity.id())
              + "' on "
              + activity.date()
              + ".");
    }
    if (r.response() != null && raised != null && r.response().date().isBefore(raised)) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "response/date",
          q(r.id()),
          "The response to contribution '"
              + q(r.id())
              + "' is dated "
              + r.response().date()
              + ", before the contribution was made on "
              + raised
              + ".");
    }
  }

  private void checkDecision(int i, Decision r) {
    RecordKind k = RecordKind.DECISION;
    if (!initiatives.containsKey(r.initiative())) {
      unknown(k, i, "initiative", q(r.id()), "initiative", r.initiative());
    }
    if (r.activity() != null) {
      Activity activity = activity(r.activity());
      if (activity == null) {
        unknown(k, i, "activity", q(r.id()), "activity", r.activity());
      } else if (!activity.initiative().equals(r.initiative())) {
        report(
            Kind.INCONSISTENT,
            k,
            i,
            "activity",
            q(r.id()),
            "Decision '"
                + q(r.id())
                + "' belongs to initiative '"
                + q(r.initiative())
                + "' but its activity '"
                + q(activity.id())
                + "' belongs to '"
                + q(activity.initiative())
                + "'.");
      }
    } else if (r.stage() == null) {
      report(
          Kind.MISSING_FIELD,
          k,
          i,
          "stage",
          q(r.id()),
          "Decision '"
              + q(r.id())
              + "' was taken outside an activity, so it needs a 'stage' (commissioning, design, delivery or evaluation).");
    }
    Set<String> voters = new HashSet<>();
    for (int v = 0; v < r.votes().size(); v++) {
      Vote vote = r.votes().get(v);
      if (!known(participants, vote.participant())) {
        unknown(k, i, "votes/" + v + "/participant", q(r.id()), "participant", vote.participant());
      }
      if (!voters.add(vote.participant())) {
        report(
            Kind.DUPLICATE_ID,
            k,
            i,
            "votes/" + v + "/participant",
            q(r.id()),
            "Decision '"
                + q(r.id())
                + "' lists participant '"
                + q(vote.participant())
                + "' more than once among its votes.");
      }
      if (vote.weight() < 0) {
        report(
            Kind.NEGATIVE_VALUE,
            k,
            i,
            "votes/" + v + "/weight",
            q(r.id()),
            "Decision '"
                + q(r.id())
                + "' gives participant '"
                + q(vote.participant())
                + "' a negative vote weight ("
                + vote.weight()
                + ").");
      }
    }
    checkQuota(i, r);
    for (int c = 0; c < r.consultations().size(); c++) {
      String consulted = r.consultations().get(c);
      if (!known(activities, consulted)) {
        unknown(k, i, "consultations/" + c, q(r.id()), "activity", consulted);
      }
    }
  }

  private void checkQuota(int i, Decision r) {
    RecordKind k = RecordKind.DECISION;
    if (r.rule() != DecisionRule.WEIGHTED_VOTE) {
      if (r.quota() != null) {
        report(
            Kind.INCONSISTENT,
            k,
            i,
            "quota",
            q(r.id()),
            "Decision '"
                + q(r.id())
                + "' has a quota but its rule is '"
                + r.rule().code()
                + "': a quota belongs only to a weighted vote.");
      }
      return;
    }
    if (r.quota() == null) {
      report(
          Kind.MISSING_FIELD,
          k,
          i,
          "quota",
          q(r.id()),
          "Decision '"
              + q(r.id())
              + "' is a weighted vote, so it needs a 'quota': the weight in favour needed to carry it.");
      return;
    }
    long total = 0;
    for (Vote vote : r.votes()) {
      total += Math.max(0, vote.weight());
    }
    if (r.quota() <= 0 || r.quota() > total) {
      report(
          Kind.OUT_OF_RANGE,
          k,
          i,
          "quota",
          q(r.id()),
          "Decision '"
              + q(r.id())
              + "' has quota "
              + r.quota()
              + ", which must be more than 0 and at most the total vote weight ("
              + total
              + ").");
    }
  }

  /** Checks the {@code i}-th payment. */
  void checkPayment(int i, Payment r) {
    RecordKind k = RecordKind.PAYMENT;
    checkEventId(k, i, r.id());
    if (!known(participants, r.participant())) {
      unknown(k, i, "participant", q(r.id()), "participant", r.participant());
    }
    if (r.activity() != null && !known(activities, r.activity())) {
      unknown(k, i, "activity", q(r.id()), "activity", r.activity());
    }
    if (r.amount().compareTo(BigDecimal.ZERO) < 0) {
      report(
          Kind.NEGATIVE_VALUE,
          k,
          i,
          "amount",
          q(r.id()),
          "Payment '"
              + q(r.id())
              + "' has a negative amount ("
              + r.amount().toPlainString()
              + ").");
    }
    if (r.claimed() != null && r.claimed().isBefore(r.offered())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "claimed",
          q(r.id()),
          "Payment '"
              + q(r.id())
              + "' was claimed on "
              + r.claimed()
              + ", before it was offered on "
              + r.offered()
              + ".");
    }
    if (r.paid() != null && r.paid().isBefore(r.offered())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "paid",
          q(r.id()),
          "Payment '"
              + q(r.id())
              + "' was paid on "
              + r.paid()
              + ", before it was offered on "
              + r.offered()
              + ".");
    } else if (r.paid() != null && r.claimed() != null && r.paid().isBefore(r.claimed())) {
      report(
          Kind.DATE_ORDER,
          k,
          i,
          "paid",
          q(r.id()),
          "Payment '"
              + q(r.id())
              + "' was paid on "
              + r.paid()
              + ", before it was claimed on "
              + r.claimed()
              + ".");
    }
  }

  private void checkSurvey(int i, Survey r) {
    RecordKind k = RecordKind.SURVEY;
    if (r.items().isEmpty()) {
      report(
          Kind.MISSING_FIELD, k, i, "items", q(r.id()), "Survey '" + q(r.id()) + "' has no items.");
    }
    Set<String> ids = new HashSet<>();
    for (int t = 0; t < r.items().size(); t++) {
      SurveyItem item = r.items().get(t);
      if (!ids.add(item.id())) {
        report(
            Kind.DUPLICATE_ID,
            k,
            i,
            "items/" + t + "/id",
            q(r.id()),
            "Survey '" + q(r.id()) + "' has more than one item with id '" + item.id() + "'.");
      }
      if (item.scaleMax() <= item.scaleMin()) {
        report(
            Kind.OUT_OF_RANGE,
            k,
            i,
            "items/" + t + "/scaleMax",
            q(r.id()),
            "Item '"
                + item.id()
                + "' of survey '"
                + q(r.id())
                + "' has scale "
                + item.scaleMin()
                + " to "
                + item.scaleMax()
                + ": the top of the scale must be above the bottom.");
      }
    }
  }

  /** Checks the {@code i}-th survey response. */
  void checkSurveyResponse(int i, SurveyResponse r) {
    RecordKind k = RecordKind.SURVEY_RESPONSE;
    checkEventId(k, i, r.id());
    if (!known(participants, r.participant())) {
      unknown(k, i, "participant", q(r.id()), "participant", r.participant());
    }
    if (r.initiative() != null && !initiatives.containsKey(r.initiative())) {
      unknown(k, i, "initiative", q(r.id()), "initiative", r.initiative());
    }
    Survey survey = surveys.get(r.survey());
    if (survey == null) {
      unknown(k, i, "survey", q(r.id()), "survey", r.survey());
      return;
    }
    SurveyItem item = survey.item(r.item()).orElse(null);
    if (item == null) {
      report(
          Kind.UNKNOWN_REFERENCE,
          k,
          i,
          "item",
          q(r.id()),
          "Survey response '"
              + q(r.id())
              + "' answers item '"
              + r.item()
              + "', which survey '"
              + q(survey.id())
              + "' does not have.");
    } else if (r.value() < item.scaleMin() || r.value() > item.scaleMax()) {
      report(
          Kind.OUT_OF_RANGE,
          k,
          i,
          "value",
          q(r.id()),
          "Survey response '"
              + q(r.id())
              + "' has the answer "
              + r.value()
              + ", off the item's scale of "
              + item.scaleMin()
              + " to "
              + item.scaleMax()
              + ".");
    }
  }

  /**
   * An id as problems quote it: the id itself, or its pseudonym when the builder has a
   * pseudonymiser (see {@link Dataset.Builder#pseudonymiser}). Every id a message or a problem's
   * record id quotes goes through here, so that no host id reaches an exception text once a host
   * asked for that.
   */
  private String q(String id) {
    return data.quote(id);
  }

  /** The key of an attendance record as problems quote it: its quoted activity and participant. */
  private String key(Attendance r) {
    return q(r.activity()) + "/" + q(r.participant());
  }

  private void negative(
      RecordKind kind, int i, String field, String id, @Nullable Integer value, String what) {
    if (value != null && value < 0) {
      report(
          Kind.NEGATIVE_VALUE,
          kind,
          i,
          field,
          id,
          "The " + kind.code() + " '" + id + "' has a negative " + what + " (" + value + ").");
    }
  }

  private void unknown(
      RecordKind kind, int i, String field, String id, String targetKind, String target) {
    if (data.unbuilt(targetKind, target)) {
      return; // the record it refers to could not be built, and has problems of its own
    }
    report(
        Kind.UNKNOWN_REFERENCE,
        kind,
        i,
        field,
        id,
        "The "
            + kind.code()
            + " '"
            + id
            + "' refers to "
            + targetKind
            + " '"
            + q(target)
            + "', which is not in the dataset.");
  }

  private void report(
      Kind problemKind,
      RecordKind kind,
      int index,
      @Nullable String field,
      @Nullable String id,
      String message) {
    problems.add(new Problem(problemKind, locator.locate(kind, index, field), id, message));
  }

  /**
   * The 64-bit hash of an event id: the same id always has the same hash, and ids that differ in
   * one character (as generated ids do) differ in about half the bits. MurmurHash3's 64-bit block
   * mixing over four characters at a time, then its finalizer; equal hashes are only suspects,
   * settled exactly by {@link #confirm}, so the hash need not be cryptographic.
   */
  static long idHash(String id) {
    int length = id.length();
    long h = length;
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      long block =
          id.charAt(i)
              | (long) id.charAt(i + 1) << 16
              | (long) id.charAt(i + 2) << 32
              | (long) id.charAt(i + 3) << 48;
      h ^= mixBlock(block);
      h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
    }
    long tail = 0;
    for (int shift = 0; i < length; i++, shift += 16) {
      tail |= (long) id.charAt(i) << shift;
    }
    h ^= mixBlock(tail);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static long mixBlock(long block) {
    return Long.rotateLeft(block * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
  }
}
