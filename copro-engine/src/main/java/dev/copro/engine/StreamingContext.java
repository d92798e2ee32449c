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
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The context a streaming metric's accumulators see: a context over the reference records, whose
 * reference date (when the configuration leaves it to the data) and outcomes (for an aggregate
 * metric) are filled in once they are known — after the last event, and after the direct metrics.
 * Reading either sooner throws {@link IllegalStateException}, which fails that metric by name
 * (see {@link dev.copro.spi.StreamingMetric#accumulator}).
 */
final class StreamingContext implements EvaluationContext {

  private final DatasetContext references;
  private final Late late;
  private final boolean aggregate;

  /**
   * @param references the context over the reference records, with the metric's parameters
   * @param late the values learnt during the evaluation, shared by every metric's context
   * @param aggregate whether the metric is an aggregate one, which sees the direct metrics' outcomes
   */
  StreamingContext(DatasetContext references, Late late, boolean aggregate) {
    this.references = references;
    this.late = late;
    this.aggregate = aggregate;
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
  public LocalDate referenceDate() {
    return late.referenceDate();
  }

  @Override
  public List<Outcome> outcomes() {
    return aggregate ? late.outcomes() : List.of();
  }

  @Override
  public <T> T shared(String key, Class<T> type, Supplier<? extends T> compute) {
    return references.shared(key, type, compute);
  }

  /**
   * What one streaming evaluation learns as it goes: the reference date once every event has been
   * seen, and the direct metrics' outcomes once they have finished. Written by the engine's thread,
   * read by plugin calls that start afterwards.
   */
  static final class Late {
    private volatile @Nullable LocalDate referenceDate;
    private volatile @Nullable List<Outcome> outcomes;

    /** @param referenceDate the configured reference date, or {@code null} to learn it from the data */
    Late(@Nullable LocalDate referenceDate) {
      this.referenceDate = referenceDate;
    }

    LocalDate referenceDate() {
      LocalDate day = referenceDate;
      if (day == null) {
        throw new IllegalStateException("the reference date is the latest date of any record, events included, and"
            + " is known only once every event has been seen: read it in Accumulator.result()");
      }
      return day;
    }

    void referenceDate(LocalDate day) {
      referenceDate = day;
    }

    List<Outcome> outcomes() {
      List<Outcome> known = outcomes;
      if (known == null) {
        throw new IllegalStateException("the outcomes of the direct metrics are known only once they have finished:"
            + " read them in Accumulator.result()");
      }
      return known;
    }

    void outcomes(List<Outcome> direct) {
      outcomes = direct;
    }
  }
}
