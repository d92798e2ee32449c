package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Scope;
import dev.copro.spi.ScopePositions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The engine's {@link EvaluationContext}: a dataset, the records of one scope, a plugin's
 * parameters, the bloc, the breakdown dimensions, the reference date and the outcomes visible to
 * aggregate metrics and rules. Immutable and thread-safe.
 *
 * <p>Hosts and tests can build one directly with {@link #builder(Dataset)} to call a metric outside
 * the engine (without its isolation, suppression or ratings).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatasetContext implements EvaluationContext {

  private final Dataset dataset;
  private final ScopedData data;
  private final Parameters parameters;
  private final Bloc bloc;
  private final List<Dimension> dimensions;
  private final LocalDate referenceDate;
  private final List<Outcome> outcomes;
  private final Map<String, List<Outcome>> initiativeOutcomes;

  /** The ids of the bloc's members: {@link #isBloc} is asked once per record by most metrics. */
  private final Set<String> blocMembers;

  /**
   * The {@linkplain #shared shared values}: one map for a context and every copy derived from it.
   */
  private final ConcurrentHashMap<String, Object> shared;

  /**
   * The scope's events as a batch, made on first use and shared by the copies over the same scope.
   */
  private final ScopeEvents events;

  private DatasetContext(
      Dataset dataset,
      ScopedData data,
      Parameters parameters,
      Bloc bloc,
      List<Dimension> dimensions,
      LocalDate referenceDate,
      List<Outcome> outcomes,
      Map<String, List<Outcome>> initiativeOutcomes,
      Set<String> blocMembers,
      ConcurrentHashMap<String, Object> shared,
      ScopeEvents events) {
    this.dataset = dataset;
    this.data = data;
    this.parameters = parameters;
    this.bloc = bloc;
    this.dimensions = List.copyOf(dimensions);
    this.referenceDate = referenceDate;
    this.outcomes = List.copyOf(outcomes);
    this.initiativeOutcomes = initiativeOutcomes;
    this.blocMembers = blocMembers;
    this.shared = shared;
    this.events = events;
  }

  /**
   * A builder for a context over the whole of {@code dataset}, with defaults for everything else.
   */
  public static Builder builder(Dataset dataset) {
    return new Builder(dataset);
  }

  /** A copy of this context with other parameters. */
  public DatasetContext withParameters(Parameters newParameters) {
    return new DatasetContext(
        dataset,
        data,
        newParameters,
        bloc,
        dimensions,
        referenceDate,
        outcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        events);
  }

  /** A copy of this context with other scoped records. */
  public DatasetContext withScope(ScopedData newData) {
    return new DatasetContext(
        dataset,
        newData,
        parameters,
        bloc,
        dimensions,
        referenceDate,
        outcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        new ScopeEvents());
  }

  /** A copy of this context over a slice, whose events are already a batch. */
  DatasetContext withScope(ScopedData.Sliced slice) {
    return new DatasetContext(
        dataset,
        slice.data(),
        parameters,
        bloc,
        dimensions,
        referenceDate,
        outcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        new ScopeEvents(slice.events(), slice.positions()));
  }

  /** A copy of this context with other breakdown dimensions. */
  public DatasetContext withDimensions(List<Dimension> newDimensions) {
    return new DatasetContext(
        dataset,
        data,
        parameters,
        bloc,
        newDimensions,
        referenceDate,
        outcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        events);
  }

  /**
   * A copy of this context as of another day; the streaming path learns the day after the events.
   */
  DatasetContext withReferenceDate(LocalDate newReferenceDate) {
    return new DatasetContext(
        dataset,
        data,
        parameters,
        bloc,
        dimensions,
        newReferenceDate,
        outcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        events);
  }

  /** A copy of this context with the given outcomes visible. */
  public DatasetContext withOutcomes(List<Outcome> newOutcomes) {
    return new DatasetContext(
        dataset,
        data,
        parameters,
        bloc,
        dimensions,
        referenceDate,
        newOutcomes,
        initiativeOutcomes,
        blocMembers,
        shared,
        events);
  }

  /**
   * A copy of this context with the direct metrics' outcomes per initiative visible (see {@link
   * #initiativeOutcomes()}).
   *
   * @param byInitiative the outcomes in each initiative's slice, by initiative id
   */
  public DatasetContext withInitiativeOutcomes(Map<String, List<Outcome>> byInitiative) {
    Map<String, List<Outcome>> copy = new java.util.TreeMap<>();
    byInitiative.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    return new DatasetContext(
        dataset,
        data,
        parameters,
        bloc,
        dimensions,
        referenceDate,
        outcomes,
        java.util.Collections.unmodifiableMap(copy),
        blocMembers,
        shared,
        events);
  }

  /**
   * The latest day recorded anywhere in a dataset (activities, decisions, contributions and their
   * responses, payments, survey responses, initiative and participant dates), or 1970-01-01 for a
   * dataset with no dates.
   */
  public static LocalDate latestDate(Dataset dataset) {
    LatestDate latest = new LatestDate();
    latest.references(dataset);
    for (Contribution c : dataset.contributions()) {
      latest.contribution(c);
    }
    for (Payment p : dataset.payments()) {
      latest.payment(p);
    }
    for (SurveyResponse r : dataset.surveyResponses()) {
      latest.surveyResponse(r);
    }
    return latest.get();
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public Scope scope() {
    return data.scope();
  }

  @Override
  public List<Initiative> initiatives() {
    return data.initiatives();
  }

  @Override
  public List<Participant> participants() {
    return data.participants();
  }

  @Override
  public List<Activity> activities() {
    return data.activities();
  }

  @Override
  public List<Attendance> attendance() {
    return data.attendance();
  }

  @Override
  public List<Contribution> contributions() {
    return data.contributions();
  }

  @Override
  public List<Decision> decisions() {
    return data.decisions();
  }

  @Override
  public List<Payment> payments() {
    return data.payments();
  }

  @Override
  public List<SurveyResponse> surveyResponses() {
    return data.surveyResponses();
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public Bloc bloc() {
    return bloc;
  }

  /**
   * Whether the participant belongs to the bloc; false for unknown ids. A set lookup, computed once
   * per context.
   */
  @Override
  public boolean isBloc(String participantId) {
    return blocMembers.contains(participantId);
  }

  @Override
  public List<Dimension> dimensions() {
    return dimensions;
  }

  @Override
  public LocalDate referenceDate() {
    return referenceDate;
  }

  @Override
  public List<Outcome> outcomes() {
    return outcomes;
  }

  @Override
  public Map<String, List<Outcome>> initiativeOutcomes() {
    return initiativeOutcomes;
  }

  /**
   * The value kept under {@code key}, computed on first use and then shared by this context and
   * every copy made from it ({@link #withScope}, {@link #withParameters}, {@link #withOutcomes}):
   * in the engine, by every call of one evaluation. Two threads asking at once compute it once.
   */
  @Override
  public <T> T shared(String key, Class<T> type, Supplier<? extends T> compute) {
    Object value = shared.get(key);
    if (value == null) {
      value =
          shared.computeIfAbsent(key, k -> Objects.requireNonNull(compute.get(), "shared value"));
    }
    return type.cast(value);
  }

  /**
   * The scope's events, their references resolved once per scope and evaluation (through a resolver
   * over the dataset's reference lists, made once per evaluation) and shared by every metric
   * measured in the scope.
   */
  @Override
  public EventBatch events() {
    return events.get(
        () ->
            resolver(this)
                .batch(
                    data.attendance(),
                    data.contributions(),
                    data.payments(),
                    data.surveyResponses()));
  }

  /** The scope's numbering, made once per scope and evaluation and shared by every metric. */
  @Override
  public ScopePositions scopePositions() {
    return events.positions(EvaluationContext.super::scopePositions);
  }

  /** The resolver of an evaluation's event batches, made once per evaluation. */
  static EventBatch.Resolver resolver(EvaluationContext context) {
    return context.shared(
        "copro.engine/resolver",
        EventBatch.Resolver.class,
        () -> EventBatch.resolver(context.dataset()));
  }

  /** The event batch of one scope, made once. */
  private static final class ScopeEvents {
    private @Nullable EventBatch batch;
    private @Nullable ScopePositions positions;

    ScopeEvents() {}

    ScopeEvents(EventBatch batch, @Nullable ScopePositions positions) {
      this.batch = batch;
      this.positions = positions;
    }

    synchronized EventBatch get(Supplier<EventBatch> make) {
      EventBatch made = batch;
      if (made == null) {
        made = make.get();
        batch = made;
      }
      return made;
    }

    synchronized ScopePositions positions(Supplier<ScopePositions> make) {
      ScopePositions made = positions;
      if (made == null) {
        made = make.get();
        positions = made;
      }
      return made;
    }
  }

  /** Builds a {@link DatasetContext}. */
  public static final class Builder {
    private final Dataset dataset;
    private Scope scope = Scope.ALL;
    private Parameters parameters = Parameters.resolve(List.of(), Map.of());
    private Bloc bloc = Bloc.DEFAULT;
    private List<Dimension> dimensions = List.of(Dimension.PERSPECTIVE);
    private @Nullable LocalDate referenceDate;
    private List<Outcome> outcomes = List.of();

    private Builder(Dataset dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The scope; default {@link Scope#ALL}. */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** The parameters; default none. */
    public Builder parameters(Parameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** The bloc; default {@link Bloc#DEFAULT}. */
    public Builder bloc(Bloc bloc) {
      this.bloc = Objects.requireNonNull(bloc, "bloc");
      return this;
    }

    /** The breakdown dimensions; default perspective only. */
    public Builder dimensions(List<Dimension> dimensions) {
      this.dimensions = List.copyOf(dimensions);
      return this;
    }

    /** The reference date; default the latest date in the dataset. */
    public Builder referenceDate(@Nullable LocalDate referenceDate) {
      this.referenceDate = referenceDate;
      return this;
    }

    /** The outcomes visible to aggregate metrics and rules; default none. */
    public Builder outcomes(List<Outcome> outcomes) {
      this.outcomes = List.copyOf(outcomes);
      return this;
    }

    /** Builds the context, computing the scoped records. */
    public DatasetContext build() {
      Set<String> blocMembers = new HashSet<>();
      for (Participant p : dataset.participants()) {
        if (bloc.contains(p)) {
          blocMembers.add(p.id());
        }
      }
      return new DatasetContext(
          dataset,
          ScopedData.of(dataset, scope),
          parameters,
          bloc,
          dimensions,
          referenceDate != null ? referenceDate : latestDate(dataset),
          outcomes,
          Map.of(),
          blocMembers,
          new ConcurrentHashMap<>(),
          new ScopeEvents());
    }
  }
}
