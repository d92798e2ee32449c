package dev.copro.model;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.RecordLocator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded about one or more co-production initiatives, validated and indexed.
 *
 * <p>A dataset is immutable and safe to share between threads. It can only be built valid: every
 * reference resolves, ids are unique, dates are in a possible order, amounts and weights are not
 * negative and answers are on their scales (docs/dataset-format.md lists every rule). Lookups by id
 * and by relationship are indexed once, when the dataset is built.
 *
 * <p>Lists keep the order in which records were added; the lookups return records in that order.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Dataset {

  /** The format version this library reads and writes: {@value}. */
  public static final String FORMAT = "copro-dataset/1";

  private static final Dataset EMPTY = builder().build();

  private final @Nullable String name;
  private final List<Initiative> initiatives;
  private final List<Participant> participants;
  private final List<Activity> activities;
  private final List<Attendance> attendance;
  private final List<Contribution> contributions;
  private final List<Decision> decisions;
  private final List<Payment> payments;
  private final List<Survey> surveys;
  private final List<SurveyResponse> surveyResponses;

  private final ById<Initiative> initiativeById;
  private final ById<Participant> participantById;
  private final ById<Activity> activityById;
  private final ById<Contribution> contributionById;
  private final ById<Decision> decisionById;
  private final ById<Payment> paymentById;
  private final ById<Survey> surveyById;
  private final Grouping<Activity> activitiesByInitiative;
  private final Grouping<Attendance> attendanceByParticipant;
  private final Grouping<Attendance> attendanceByActivity;
  private final Grouping<Contribution> contributionsByParticipant;
  private final Grouping<Contribution> contributionsByActivity;
  private final Grouping<Decision> decisionsByActivity;
  private final Grouping<Decision> decisionsByInitiative;
  private final Grouping<Payment> paymentsByParticipant;
  private final Grouping<Payment> paymentsByActivity;
  private final Grouping<SurveyResponse> responsesBySurvey;

  /**
   * The builder's records as a dataset, unchecked: {@link Builder#build} and {@link EventValidator}
   * check first.
   */
  Dataset(Builder b) {
    name = b.name;
    initiatives = List.copyOf(b.initiatives);
    participants = List.copyOf(b.participants);
    activities = List.copyOf(b.activities);
    attendance = List.copyOf(b.attendance);
    contributions = List.copyOf(b.contributions);
    decisions = List.copyOf(b.decisions);
    payments = List.copyOf(b.payments);
    surveys = List.copyOf(b.surveys);
    surveyResponses = List.copyOf(b.surveyResponses);

    initiativeById = new ById<>(initiatives, Initiative::id);
    participantById = new ById<>(participants, Participant::id);
    activityById = new ById<>(activities, Activity::id);
    contributionById = new ById<>(contributions, Contribution::id);
    decisionById = new ById<>(decisions, Decision::id);
    paymentById = new ById<>(payments, Payment::id);
    surveyById = new ById<>(surveys, Survey::id);
    activitiesByInitiative = new Grouping<>(activities, Activity::initiative);
    attendanceByParticipant = new Grouping<>(attendance, Attendance::participant);
    attendanceByActivity = new Grouping<>(attendance, Attendance::activity);
    contributionsByParticipant = new Grouping<>(contributions, Contribution::participant);
    contributionsByActivity = new Grouping<>(contributions, Contribution::activity);
    decisionsByActivity = new Grouping<>(decisions, Decision::activity);
    decisionsByInitiative = new Grouping<>(decisions, Decision::initiative);
    paymentsByParticipant = new Grouping<>(payments, Payment::participant);
    paymentsByActivity = new Grouping<>(payments, Payment::activity);
    responsesBySurvey = new Grouping<>(surveyResponses, SurveyResponse::survey);
  }

  /** A dataset with no records. */
  public static Dataset empty() {
    return EMPTY;
  }

  /** A builder for a dataset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this dataset's records, to derive a changed copy. */
  public Builder toBuilder() {
    return builder()
        .name(name)
        .initiatives(initiatives)
        .participants(participants)
        .activities(activities)
        .attendance(attendance)
        .contributions(contributions)
        .decisions(decisions)
        .payments(payments)
        .surveys(surveys)
        .surveyResponses(surveyResponses);
  }

  /**
   * The reference records of this dataset: a dataset with the same name, initiatives, participants,
   * activities, decisions and surveys, and no attendance, contributions, payments or survey
   * responses. It is not validated again: its decisions may still adopt contributions it does not
   * hold, since they are valid in this dataset. Used to evaluate a dataset as a stream of events
   * ({@link dev.copro.model.stream.StreamedDataset#of(Dataset)}).
   *
   * @return the reference records
   * @since 0.2.0
   */
  public Dataset references() {
    Builder b =
        builder()
            .name(name)
            .initiatives(initiatives)
            .participants(participants)
            .activities(activities)
            .decisions(decisions)
            .surveys(surveys);
    return new Dataset(b);
  }

  /** The dataset's name, or {@code null}; shown in report titles. */
  public @Nullable String name() {
    return name;
  }

  /** All initiatives. */
  public List<Initiative> initiatives() {
    return initiatives;
  }

  /** All participants. */
  public List<Participant> participants() {
    return participants;
  }

  /** All activities. */
  public List<Activity> activities() {
    return activities;
  }

  /** All attendance records. */
  public List<Attendance> attendance() {
    return attendance;
  }

  /** All contributions. */
  public List<Contribution> contributions() {
    return contributions;
  }

  /** All decisions. */
  public List<Decision> decisions() {
    return decisions;
  }

  /** All payments. */
  public List<Payment> payments() {
    return payments;
  }

  /** All surveys. */
  public List<Survey> surveys() {
    return surveys;
  }

  /** All survey responses. */
  public List<SurveyResponse> surveyResponses() {
    return surveyResponses;
  }

  /** The number of records of every kind together (survey items not counted). */
  public long recordCount() {
    return (long) initiatives.size()
        + participants.size()
        + activities.size()
        + attendance.size()
        + contributions.size()
        + decisions.size()
        + payments.size()
        + surveys.size()
        + surveyResponses.size();
  }

  /** The initiative with the given id. */
  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(initiativeById.get(id));
  }

  /** The participant with the given id. */
  public Optional<Participant> participant(String id) {
    return Optional.ofNullable(participantById.get(id));
  }

  /** The activity with the given id. */
  public Optional<Activity> activity(String id) {
    return Optional.ofNullable(activityById.get(id));
  }

  /** The contribution with the given id. */
  public Optional<Contribution> contribution(String id) {
    return Optional.ofNullable(contributionById.get(id));
  }

  /** The decision with the given id. */
  public Optional<Decision> decision(String id) {
    return Optional.ofNullable(decisionById.get(id));
  }

  /** The payment with the given id. */
  public Optional<Payment> payment(String id) {
    return Optional.ofNullable(paymentById.get(id));
  }

  /** The survey with the given id. */
  public Optional<Survey> survey(String id) {
    return Optional.ofNullable(surveyById.get(id));
  }

  /** The activities of an initiative. */
  public List<Activity> activitiesOf(String initiativeId) {
    return activitiesByInitiative.get(initiativeId);
  }

  /** The decisions of an initiative. */
  public List<Decision> decisionsOf(String initiativeId) {
    return decisionsByInitiative.get(initiativeId);
  }

  /** The attendance records of a participant, across activities. */
  public List<Attendance> attendanceOf(String participantId) {
    return attendanceByParticipant.get(participantId);
  }

  /** The attendance records of an activity: everyone invited or present. */
  public List<Attendance> attendanceAt(String activityId) {
    return attendanceByActivity.get(activityId);
  }

  /** The contributions a participant made. */
  public List<Contribution> contributionsBy(String participantId) {
    return contributionsByParticipant.get(participantId);
  }

  /** The contributions made in an activity. */
  public List<Contribution> contributionsIn(String activityId) {
    return contributionsByActivity.get(activityId);
  }

  /** The decisions taken in an activity. */
  public List<Decision> decisionsIn(String activityId) {
    return decisionsByActivity.get(activityId);
  }

  /** The payments to a participant. */
  public List<Payment> paymentsTo(String participantId) {
    return paymentsByParticipant.get(participantId);
  }

  /** The payments for an activity. */
  public List<Payment> paymentsFor(String activityId) {
    return paymentsByActivity.get(activityId);
  }

  /** The responses to a survey. */
  public List<SurveyResponse> responsesTo(String surveyId) {
    return responsesBySurvey.get(surveyId);
  }

  /** The lifecycle stage a decision concerns: its own, or else its activity's. */
  public Optional<LifecycleStage> stageOf(Decision decision) {
    if (decision.stage() != null) {
      return Optional.of(decision.stage());
    }
    return decision.activity() == null
        ? Optional.empty()
        : activity(decision.activity()).map(Activity::stage);
  }

  /** Datasets are equal when they hold equal records in the same order and have the same name. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d
        && Objects.equals(name, d.name)
        && initiatives.equals(d.initiatives)
        && participants.equals(d.participants)
        && activities.equals(d.activities)
        && attendance.equals(d.attendance)
        && contributions.equals(d.contributions)
        && decisions.equals(d.decisions)
        && payments.equals(d.payments)
        && surveys.equals(d.surveys)
        && surveyResponses.equals(d.surveyResponses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        initiatives,
        participants,
        activities,
        attendance,
        contributions,
        decisions,
        payments,
        surveys,
        surveyResponses);
  }

  /** A summary of the record counts; never the records' contents. */
  @Override
  public String toString() {
    return "Dataset["
        + (name == null ? "" : "name=" + name + ", ")
        + "initiatives="
        + initiatives.size()
        + ", participants="
        + participants.size()
        + ", activities="
        + activities.size()
        + ", attendance="
        + attendance.size()
        + ", contributions="
        + contributions.size()
        + ", decisions="
        + decisions.size()
        + ", payments="
        + payments.size()
        + ", surveys="
        + surveys.size()
        + ", surveyResponses="
        + surveyResponses.size()
        + "]";
  }

  /**
   * Collects records and builds a validated {@link Dataset}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    @Nullable String name;
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Attendance> attendance = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Survey> surveys = new ArrayList<>();
    final List<SurveyResponse> surveyResponses = new ArrayList<>();
    private @Nullable Pseudonymiser pseudonymiser;

    /**
     * Problems of records given as builders that could not be built, located where they were added.
     */
    private final List<Problem> recordProblems = new ArrayList<>();

    /**
     * Per kind, the ids of records that could not be built: references to them are not reported
     * again.
     */
    private final Map<RecordKind, Set<String>> unbuilt = new EnumMap<>(RecordKind.class);

    /**
     * Per kind, the positions (in the order added) of records that could not be built, ascending.
     */
    private final Map<RecordKind, List<Integer>> skipped = new EnumMap<>(RecordKind.class);

    private Builder() {}

    /**
     * Quotes ids in problems through a pseudonymiser: every record id that a problem's message or
     * {@link Problem#recordId()} quotes is given as it is when it already is a pseudonym of {@code
     * pseudonymiser} ({@link Pseudonymiser#isPseudonym}), and as its pseudonym otherwise. A host
     * that pseudonymises its ids (participants' at least) sets this so that an id it forgot to map,
     * or a reference it mapped wrongly, never carries its raw identifier into an exception text and
     * so into logs; it finds the record by pseudonymising its own ids with the same key. Without
     * one, problems quote ids as given. Messages never quote free text (titles, summaries,
     * attribute values) either way.
     *
     * @param pseudonymiser the host's pseudonymiser, or {@code null} to quote ids as given
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder pseudonymiser(@Nullable Pseudonymiser pseudonymiser) {
      this.pseudonymiser = pseudonymiser;
      return this;
    }

    /** An id as problems quote it (see {@link #pseudonymiser}). */
    String quote(String id) {
      Pseudonymiser p = pseudonymiser;
      return p == null || p.isPseudonym(id) ? id : p.pseudonymise(id);
    }

    /**
     * Whether the record of kind {@code kindCode} with this id was given as a builder that could
     * not build it.
     */
    boolean unbuilt(String kindCode, String id) {
      if (unbuilt.isEmpty()) {
        return false;
      }
      for (Map.Entry<RecordKind, Set<String>> entry : unbuilt.entrySet()) {
        if (entry.getKey().code().equals(kindCode)) {
          return entry.getValue().contains(id);
        }
      }
      return false;
    }

    /**
     * Adds the record a builder builds, or, when it has problems, keeps them to be thrown by {@link
     * #build()} with every other problem, located at the place the record was added.
     */
    private <T> Builder collect(
        RecordKind kind, List<T> records, Checks checks, @Nullable String id, Supplier<T> create) {
      if (checks.found().isEmpty()) {
        records.add(create.get());
        return this;
      }
      List<Integer> skippedOfKind = skipped.computeIfAbsent(kind, k -> new ArrayList<>());
      int position = records.size() + skippedOfKind.size();
      skippedOfKind.add(position);
      if (id != null) {
        unbuilt.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
      }
      for (Checks.Found f : checks.found()) {
        recordProblems.add(
            new Problem(
                f.kind(),
                position(kind, position, f.field()),
                id == null ? null : kind == RecordKind.ATTENDANCE ? attendanceKey(id) : quote(id),
                f.message()));
      }
      return this;
    }

    private String attendanceKey(String key) {
      int slash = key.indexOf('/');
      return quote(key.substring(0, slash)) + "/" + quote(key.substring(slash + 1));
    }

    /** Where a record added at {@code position} is, with the locator of records built in code. */
    private static dev.copro.model.validation.Location position(
        RecordKind kind, int position, @Nullable String field) {
      return RecordLocator.inMemory("dataset").locate(kind, position, field);
    }

    /**
     * Adds the initiative the builder builds; its problems, if any, are thrown by {@link #build()}
     * with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Initiative.Builder record) {
      return collect(
          RecordKind.INITIATIVE, initiatives, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the participant the builder builds; its problems, if any, are thrown by {@link #build()}
     * with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Participant.Builder record) {
      return collect(
          RecordKind.PARTICIPANT, participants, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the activity the builder builds; its problems, if any, are thrown by {@link #build()}
     * with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Activity.Builder record) {
      return collect(
          RecordKind.ACTIVITY, activities, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the attendance record the builder builds; its problems, if any, are thrown by {@link
     * #build()} with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Attendance.Builder record) {
      return collect(
          RecordKind.ATTENDANCE, attendance, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the contribution the builder builds; its problems, if any, are thrown by {@link
     * #build()} with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Contribution.Builder record) {
      return collect(
          RecordKind.CONTRIBUTION, contributions, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the decision the builder builds; its problems, if any, are thrown by {@link #build()}
     * with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Decision.Builder record) {
      return collect(
          RecordKind.DECISION, decisions, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the payment the builder builds; its problems, if any, are thrown by {@link #build()}
     * with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(Payment.Builder record) {
      return collect(RecordKind.PAYMENT, payments, record.problems(), record.id(), record::create);
    }

    /**
     * Adds the survey response the builder builds; its problems, if any, are thrown by {@link
     * #build()} with every other problem of the dataset.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder add(SurveyResponse.Builder record) {
      return collect(
          RecordKind.SURVEY_RESPONSE,
          surveyResponses,
          record.problems(),
          record.id(),
          record::create);
    }

    /** The dataset's name, shown in report titles. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Adds initiatives. */
    public Builder initiatives(Collection<Initiative> records) {
      initiatives.addAll(records);
      return this;
    }

    /** Adds an initiative. */
    public Builder add(Initiative record) {
      initiatives.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds participants. */
    public Builder participants(Collection<Participant> records) {
      participants.addAll(records);
      return this;
    }

    /** Adds a participant. */
    public Builder add(Participant record) {
      participants.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds activities. */
    public Builder activities(Collection<Activity> records) {
      activities.addAll(records);
      return this;
    }

    /** Adds an activity. */
    public Builder add(Activity record) {
      activities.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds attendance records. */
    public Builder attendance(Collection<Attendance> records) {
      attendance.addAll(records);
      return this;
    }

    /** Adds an attendance record. */
    public Builder add(Attendance record) {
      attendance.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds contributions. */
    public Builder contributions(Collection<Contribution> records) {
      contributions.addAll(records);
      return this;
    }

    /** Adds a contribution. */
    public Builder add(Contribution record) {
      contributions.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds decisions. */
    public Builder decisions(Collection<Decision> records) {
      decisions.addAll(records);
      return this;
    }

    /** Adds a decision. */
    public Builder add(Decision record) {
      decisions.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds payments. */
    public Builder payments(Collection<Payment> records) {
      payments.addAll(records);
      return this;
    }

    /** Adds a payment. */
    public Builder add(Payment record) {
      payments.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds surveys. */
    public Builder surveys(Collection<Survey> records) {
      surveys.addAll(records);
      return this;
    }

    /** Adds a survey. */
    public Builder add(Survey record) {
      surveys.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds survey responses. */
    public Builder surveyResponses(Collection<SurveyResponse> records) {
      surveyResponses.addAll(records);
      return this;
    }

    /** Adds a survey response. */
    public Builder add(SurveyResponse record) {
      surveyResponses.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Validates the records and builds the dataset.
     *
     * @throws InvalidInputException listing every problem — those of records given as builders and
     *     those between records — each located by JSON Pointer into the dataset's JSON form, with
     *     records numbered in the order they were added ({@code dataset /participants/3/left})
     */
    public Dataset build() {
      return build("dataset", RecordLocator.inMemory("dataset"));
    }

    /**
     * Validates the records and builds the dataset, locating problems with the given locator.
     * Readers use this so that problems point into their files.
     *
     * @param what what is being built, for the exception message, such as "dataset sample.json"
     * @param locator says where each record came from
     * @throws InvalidInputException listing every problem
     */
    public Dataset build(String what, RecordLocator locator) {
      RecordLocator located =
          skipped.isEmpty()
              ? locator
              : (kind, index, field) -> locator.locate(kind, addedAt(kind, index), field);
      List<Problem> problems = new ArrayList<>(recordProblems);
      problems.addAll(new DatasetValidator(this, located).validate());
      if (!problems.isEmpty()) {
        throw new InvalidInputException(what, problems);
      }
      return new Dataset(this);
    }

    /**
     * The position at which the {@code index}-th record of a kind that was built was added,
     * counting those that were not.
     */
    private int addedAt(RecordKind kind, int index) {
      int position = index;
      for (int skippedAt : skipped.getOrDefault(kind, List.of())) {
        if (skippedAt <= position) {
          position++;
        } else {
          break;
        }
      }
      return position;
    }
  }
}
