package dev.copro.testkit;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Rule;
import java.util.List;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A {@link PluginHarness} for a rule: evaluates it through the engine for its {@link
 * Report.RuleResult}, or checks directly for its raw findings. Created by {@link
 * PluginHarness#forRule}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleHarness extends PluginHarness<RuleHarness> {

  private final Rule rule;

  RuleHarness(Rule rule, Settings settings) {
    super(settings);
    this.rule = rule;
  }

  /**
   * Evaluates a dataset through the engine (see {@link PluginHarness#report}); the rule sees the
   * outcomes of the metrics given to {@link #withMetrics}.
   *
   * @return the rule's result: its findings, or failed with the engine's reason
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the rule's
   *     identity or its parameters
   * @throws AssertionFailedError if a plugin could not be loaded, or the configuration does not
   *     enable the rule
   */
  public Report.RuleResult evaluate(Dataset dataset) {
    return report(dataset).rule(descriptor().id()).orElseThrow(this::notEvaluated);
  }

  /**
   * Checks the dataset directly, on this thread, without isolation; the rule sees the outcomes of
   * {@link #withOutcomes}.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the rule's
   *     identity or its parameters
   */
  public List<Finding> check(Dataset dataset) {
    return rule.check(context(dataset));
  }

  @Override
  Object plugin() {
    return rule;
  }

  @Override
  String kind() {
    return "rule";
  }

  @Override
  public Descriptor descriptor() {
    return rule.descriptor();
  }

  @Override
  void register(Copro.Builder builder) {
    builder.rules(rule);
  }

  @Override
  RuleHarness with(Settings newSettings) {
    return new RuleHarness(rule, newSettings);
  }

  @Override
  Result result(Report report) {
    Report.RuleResult result = report.rule(descriptor().id()).orElseThrow(this::notEvaluated);
    return new Result(result.status(), result.failure(), null, result.findings(), result);
  }

  @Override
  List<Finding> call(EvaluationContext context) {
    return rule.check(context);
  }
}
