package dev.copro.testkit;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Scope;
import java.util.List;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A {@link PluginHarness} for a metric: evaluates it through the engine for its {@link
 * Report.MetricResult}, or measures directly for its raw {@link Measurement}. Created by {@link
 * PluginHarness#forMetric}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MetricHarness extends PluginHarness<MetricHarness> {

  private final Metric metric;

  MetricHarness(Metric metric, Settings settings) {
    super(settings);
    this.metric = metric;
  }

  /**
   * Evaluates a dataset through the engine (see {@link PluginHarness#report}).
   *
   * @return the metric's result: rated, breakdowns suppressed, or failed with the engine's reason
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the metric's
   *     identity or its parameters
   * @throws AssertionFailedError if a plugin could not be loaded, or the configuration does not
   *     enable the metric
   */
  public Report.MetricResult evaluate(Dataset dataset) {
    return report(dataset).metric(descriptor().id()).orElseThrow(this::notEvaluated);
  }

  /**
   * Measures the whole dataset directly, on this thread, without isolation, range checks,
   * suppression or rating.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the metric's
   *     identity or its parameters
   */
  public Measurement measure(Dataset dataset) {
    return metric.measure(context(dataset));
  }

  /** Measures one scope of the dataset directly (see {@link #measure(Dataset)}). */
  public Measurement measure(Dataset dataset, Scope scope) {
    return metric.measure(context(dataset, scope));
  }

  @Override
  Object plugin() {
    return metric;
  }

  @Override
  String kind() {
    return "metric";
  }

  @Override
  public Descriptor descriptor() {
    return metric.descriptor();
  }

  @Override
  void register(Copro.Builder builder) {
    builder.metrics(metric);
  }

  @Override
  MetricHarness with(Settings newSettings) {
    return new MetricHarness(metric, newSettings);
  }

  @Override
  Result result(Report report) {
    Report.MetricResult result = report.metric(descriptor().id()).orElseThrow(this::notEvaluated);
    Measurement m = result.measurement();
    return new Result(
        result.status(),
        result.failure(),
        m == null ? null : m.noValueReason(),
        m == null ? List.of() : m.findings(),
        result);
  }

  @Override
  Measurement call(EvaluationContext context) {
    return metric.measure(context);
  }
}
