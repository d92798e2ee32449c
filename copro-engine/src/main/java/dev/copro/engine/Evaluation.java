package dev.copro.engine;

import dev.copro.engine.PhaseRunner.Measure;
import dev.copro.engine.PhaseRunner.Phases;
import dev.copro.engine.PhaseRunner.Planned;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.spi.Measurement;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The records of an evaluation of a dataset held in memory, for the {@link PhaseRunner}: the whole
 * dataset and its slices — each initiative, and each period of the configured unit — in which
 * sliceable direct metrics are measured too; every metric measures with its own {@code measure}.
 * The records of each slice are routed once, in one pass over the dataset, when a slice is first
 * needed, and shared by every metric.
 */
final class Evaluation implements PhaseRunner.Source {

  /** The warning when periods were asked for and no record is dated. */
  static final String NO_PERIODS =
      "the dataset has no dated activities, decisions, payments or survey responses, so there are no "
          + "period breakdowns";

  private final Dataset dataset;
  private final Configuration config;
  private final List<Scope> slices = new ArrayList<>();

  /**
   * The records of every slice, routed in one pass over the dataset when a slice is first needed.
   */
  private @Nullable Map<Scope, ScopedData.Sliced> scoped;

  private @Nullable DatasetContext whole;

  Evaluation(Dataset dataset, Configuration config) {
    this.dataset = dataset;
    this.config = config;
    dataset.initiatives().stream()
        .map(Initiative::id)
        .sorted()
        .forEach(id -> slices.add(new Scope(id, null)));
    for (Period period : Periods.covering(dataset, config.periodUnit())) {
      slices.add(new Scope(null, period));
    }
  }

  @Override
  public List<Scope> slices() {
    return slices;
  }

  @Override
  public synchronized ScopedData.Sliced slice(Scope slice) {
    if (scoped == null) {
      Map<Scope, ScopedData.Sliced> bySlice = new HashMap<>();
      for (ScopedData.Sliced sliced : ScopedData.sliceEach(dataset, whole().events(), slices)) {
        bySlice.put(sliced.data().scope(), sliced);
      }
      scoped = bySlice;
    }
    return Objects.requireNonNull(scoped.get(slice));
  }

  @Override
  public Optional<Measurement> notCalled(Planned metric) {
    return Optional.empty();
  }

  @Override
  public void prepare(PhaseRunner runner, Phases phases) {
    // The records are in memory already.
  }

  /**
   * The context over the whole dataset, made once: its events, resolved once, are those every
   * slice's are cut from.
   */
  @Override
  public synchronized DatasetContext whole() {
    DatasetContext made = whole;
    if (made == null) {
      made =
          DatasetContext.builder(dataset)
              .bloc(config.bloc())
              .dimensions(config.breakdowns())
              .referenceDate(config.referenceDate().orElse(null))
              .build();
      whole = made;
    }
    return made;
  }

  @Override
  public Measure measure(Planned metric) {
    return PhaseRunner.measureOf(metric);
  }

  @Override
  public Report.DatasetSummary summary() {
    return Report.DatasetSummary.of(dataset);
  }

  @Override
  public List<String> warnings() {
    if (config.periodUnit() != PeriodUnit.NONE
        && slices.stream().noneMatch(s -> s.period() != null)
        && dataset.recordCount() > 0) {
      return List.of(NO_PERIODS);
    }
    return List.of();
  }
}
