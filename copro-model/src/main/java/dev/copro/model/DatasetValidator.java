package dev.copro.model;

import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.RecordLocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  private final Map<String, Initiative> initiatives = new HashMap<>();
  private final Map<String, Participant> participants = new HashMap<>();
  private final Map<String, Activity> activities = new HashMap<>();
  private final Map<String, Contribution> contributions = new HashMap<>();
  private final Map<String, Survey> surveys = new HashMap<>();

  DatasetValidator(Dataset.Builder data, RecordLocator locator) {
    this.data = data;
    this.locator = locator;
  }

  List<Problem> validate() {
    index(RecordKind.INITIATIVE, data.initiatives, Initiative::id, initiatives);
    index(RecordKind.PARTICIPANT, data.participants, Participant::id, participants);
    index(RecordKind.ACTIVITY, data.activities, Activity::id, activities);
    index(RecordKind.CONTRIBUTION, data.contributions, Contribution::id, contributions);
    index(RecordKind.SURVEY, data.surveys, Survey::id, surveys);
    index(RecordKind.DECISION, data.decisions, Decision::id, new HashMap<>());
    index(RecordKind.PAYMENT, data.payments, Payment::id, new HashMap<>());
    index(RecordKind.SURVEY_RESPONSE, data.surveyResponses, SurveyResponse::id, new HashMap<>());

    for (int i = 0; i < data.initiatives.size(); i++) {
      checkInitiative(i, data.initiatives.get(i));
    }
    for (int i = 0; i < data.participants.size(); i++) {
      checkParticipant(i, data.participants.get(i));
    }
    for (int i = 0; i < data.activities.size(); i++) {
      checkActivity(i, data.activities.get(i));
    }
    Set<String> attendanceKeys = new HashSet<>();
    for (int i = 0; i < data.attendance.size(); i++) {
      checkAttendance(i, data.attendance.get(i), attendanceKeys);
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

  private <T> void index(RecordKind kind, List<T> records, Function<T, String> id, Map<String, T> into) {
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String key = id.apply(records.get(i));
      Integer first = firstAt.putIfAbsent(key, i);
      if (first == null) {
        into.put(key, records.get(i));
      } else {
        report(Kind.DUPLICATE_ID, kind, i, "id", key,
            "The " + kind.code() + " id '" + key + "' is used again: ids must be unique (first used at "
                + locator.locate(kind, first, null) + ").");
      }
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

  private void checkAttendance(int i, Attendance r, Set<String> keys) {
    RecordKind k = RecordKind.ATTENDANCE;
    String id = r.key();
    if (!activities.containsKey(r.activity())) {
      unknown(k, i, "activity", id, "activity", r.activity());
    }
    if (!participants.containsKey(r.participant())) {
      unknown(k, i, "participant", id, "participant", r.participant());
    }
    if (!keys.add(id)) {
      report(Kind.DUPLICATE_ID, k, i, null, id, "Participant '" + r.participant()
          + "' has more than one attendance record for activity '" + r.activity() + "': keep one.");
    }
    negative(k, i, "speakingSeconds", id, r.speakingSeconds(), "speaking time in seconds");
    negative(k, i, "speakingTurns", id, r.speakingTurns(), "number of speaking turns");
    boolean spoke = (r.speakingSeconds() != null && r.speakingSeconds() > 0)
        || (r.speakingTurns() != null && r.speakingTurns() > 0);
    if (!r.attended() && spoke) {
      report(Kind.INCONSISTENT, k, i, "attended", id, "Participant '" + r.participant()
          + "' is recorded as speaking at activity '" + r.activity() + "' but as not attending.");
    }
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

  private void report(Kind problemKind, RecordKind kind, int index, @Nullable String field, @Nullable String id,
      String message) {
    problems.add(new Problem(problemKind, locator.locate(kind, index, field), id, message));
  }
}
