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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The context a streaming metric's accumulators are made with, on the streaming path. It answers in
 * two phases, as {@link dev.copro.spi.StreamingMetric#accumulator} documents: while the events
 * stream — making the accumulators, taking in events, merging — it is a context over the reference
 * records, in which the reference date (unless configured) and an aggregate metric's outcomes are
 * not known yet, and reading either throws {@link IllegalStateException}, failing that metric by
 * name; then, for {@link dev.copro.spi.Accumulator#result()}, it answers as the context of the
 * {@link PhaseRunner}'s call for the metric's result does, in the metric's phase, as in memory.
 */
final class StreamingContext implements EvaluationContext {

  private final DatasetContext references;
  private final @Nullable LocalDate configuredDate;
  private final boolean aggregate;

  /** The context of the call for the metric's result, once it is made. */
  private volatile @Nullable DatasetContext result;

  /**
   * @param references the context over the reference records, with the metric's parameters
   * @param configuredDate the configured reference date, or {@code null} when the data decide it
   * @param aggregate whether the metric is an aggregate one, which sees the direct metrics'
   *     outcomes
   */
  StreamingContext(
      DatasetContext references, @Nullable LocalDate configuredDate, boolean aggregate) {
    this.references = references;
    this.configuredDate = configuredDate;
    this.aggregate = aggregate;
  }

  /**
   * From now on, answers as {@code context}, the context of the runner's call for the metric's
   * result.
   */
  void result(DatasetContext context) {
    result = context;
  }

  private DatasetContext current() {
    DatasetContext known = result;
    return known != null ? known : references;
  }

  @Override
  public Dataset dataset() {
    return current().dataset();
  }

  @Override
  public Scope scope() {
    return current().scope();
  }

  @Override
  public List<Initiative> initiatives() {
    return current().initiatives();
  }

  @Override
  public List<Participant> participants() {
    return current().participants();
  }

  @Override
  public List<Activity> activities() {
    return current().activities();
  }

  @Override
  public List<Attendance> attendance() {
    return current().attendance();
  }

  @Override
  public List<Contribution> contributions() {
    return current().contributions();
  }

  @Override
  public List<Decision> decisions() {
    return current().decisions();
  }

  @Override
  public List<Payment> payments() {
    return current().payments();
  }

  @Override
  public List<SurveyResponse> surveyResponses() {
    return current().surveyResponses();
  }

  @Override
  public EventBatch events() {
    return current().events();
  }

  @Override
  public ScopePositions scopePositions() {
    return current().scopePositions();
  }

  @Override
  public Parameters parameters() {
    return current().parameters();
  }

  @Override
  public Bloc bloc() {
    return current().bloc();
  }

  @Override
  public List<Dimension> dimensions() {
    return current().dimensions();
  }

  @Override
  public LocalDate referenceDate() {
    DatasetContext known = result;
    if (known != null) {
      return known.referenceDate();
    }
    if (configuredDate == null) {
      throw new IllegalStateException(
          "the reference date is the latest date of any record, events included, and"
              + " is known only once every event has been seen: read it in Accumulator.result()");
    }
    return configuredDate;
  }

  @Override
  public List<Outcome> outcomes() {
    DatasetContext known = result;
    if (known != null) {
      return known.outcomes();
    }
    if (aggregate) {
      throw new IllegalStateException(
          "the outcomes of the direct metrics are known only once they have finished:"
              + " read them in Accumulator.result()");
    }
    return List.of();
  }

  @Override
  public Map<String, List<Outcome>> initiativeOutcomes() {
    DatasetContext known = result;
    return known != null ? known.initiativeOutcomes() : Map.of();
  }

  @Override
  public <T> T shared(String key, Class<T> type, Supplier<? extends T> compute) {
    return current().shared(key, type, compute);
  }
}
