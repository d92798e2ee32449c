package dev.copro.testkit;

import dev.copro.engine.DatasetContext;
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
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A context over the reference records that keeps the one ordering rule of {@link
 * dev.copro.spi.StreamingMetric#accumulator}, as the engine's streaming path does: until {@link
 * #resulting()}, the reference date (which the kit's configuration leaves to the data) and, for an
 * aggregate metric, the outcomes are not known, and reading them throws; afterwards it answers as
 * the context it wraps.
 */
final class EventPhaseContext implements EvaluationContext {

  private final DatasetContext references;
  private final boolean aggregate;
  private boolean resulting;

  EventPhaseContext(DatasetContext references, boolean aggregate) {
    this.references = references;
    this.aggregate = aggregate;
  }

  /** The accumulators are about to be asked for their result: everything is known from now on. */
  void resulting() {
    resulting = true;
  }

  @Override
  public LocalDate referenceDate() {
    if (!resulting) {
      throw new IllegalStateException(
          "the reference date is the latest date of any record, events included, and"
              + " is known only once every event has been seen: read it in Accumulator.result()");
    }
    return references.referenceDate();
  }

  @Override
  public List<Outcome> outcomes() {
    if (!resulting && aggregate) {
      throw new IllegalStateException(
          "the outcomes of the direct metrics are known only once they have finished:"
              + " read them in Accumulator.result()");
    }
    return references.outcomes();
  }

  @Override
  public Map<String, List<Outcome>> initiativeOutcomes() {
    return resulting ? references.initiativeOutcomes() : Map.of();
  }

  @Override
  public Dataset dataset() {
    return references.dataset();
  }

  @Override
  public Scope scope() {
    return references.scope();
  }

  @Override
  public List<Initiative> initiatives() {
    return references.initiatives();
  }

  @Override
  public List<Participant> participants() {
    return references.participants();
  }

  @Override
  public List<Activity> activities() {
    return references.activities();
  }

  @Override
  public List<Attendance> attendance() {
    return references.attendance();
  }

  @Override
  public List<Contribution> contributions() {
    return references.contributions();
  }

  @Override
  public List<Decision> decisions() {
    return references.decisions();
  }

  @Override
  public List<Payment> payments() {
    return references.payments();
  }

  @Override
  public List<SurveyResponse> surveyResponses() {
    return references.surveyResponses();
  }

  @Override
  public Parameters parameters() {
    return references.parameters();
  }

  @Override
  public Bloc bloc() {
    return references.bloc();
  }

  @Override
  public List<Dimension> dimensions() {
    return references.dimensions();
  }

  @Override
  public <T> T shared(String key, Class<T> type, Supplier<? extends T> compute) {
    return references.shared(key, type, compute);
  }
}
