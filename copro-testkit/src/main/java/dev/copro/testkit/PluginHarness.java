package dev.copro.testkit;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.DatasetContext;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Rule;
import dev.copro.spi.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one plugin through the real engine, or calls it directly, for a plugin's unit tests.
 *
 * <pre>{@code
 * Report.MetricResult result = PluginHarness.forMetric(new OutOfHoursMeetings())
 *     .withParameter("latestStart", "18:00")
 *     .evaluate(dataset);
 * CoproAssertions.assertThat(result).isOk().hasValue(0.25);
 *
 * Measurement raw = PluginHarness.forMetric(new OutOfHoursMeetings()).measure(dataset);
 * }</pre>
 *
 * <p>Through the engine ({@link #report}, and {@code evaluate} on {@link MetricHarness} and {@link
 * RuleHarness}) everything applies that applies in production: identity and parameter checks,
 * isolation and the time budget, range checks, per-initiative and per-period slices, small-number
 * suppression and ratings. Only the plugin under test and the metrics given to {@link #withMetrics}
 * run: discovery on the class path is off, so a plugin that is also registered in {@code
 * META-INF/services} is not found twice. Plugin calls run one at a time unless {@link
 * #withParallelism} says otherwise (results do not depend on it).
 *
 * <p>Directly ({@link #context}, and {@code measure} or {@code check}) the plugin is called on the
 * test's thread with the context the engine would give it for the whole dataset, without isolation,
 * suppression or ratings: exceptions reach the test as they are.
 *
 * <p>Harnesses are immutable: every {@code with…} method returns a new harness around the same
 * plugin instance.
 *
 * @param <SELF> the type of harness, so that {@code with…} methods keep it
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract sealed class PluginHarness<SELF extends PluginHarness<SELF>>
    permits MetricHarness, RuleHarness {

  /** What a harness is set to, beside its plugin. */
  record Settings(
      Configuration configuration,
      Map<String, Object> parameters,
      List<Metric> metrics,
      int parallelism,
      @Nullable Duration timeBudget,
      List<Outcome> outcomes) {

    static final Settings DEFAULT =
        new Settings(Configuration.defaults(), Map.of(), List.of(), 1, null, List.of());

    Settings {
      parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      metrics = List.copyOf(metrics);
      outcomes = List.copyOf(outcomes);
    }
  }

  final Settings settings;

  PluginHarness(Settings settings) {
    this.settings = settings;
  }

  /** A harness for a metric, with the default configuration. */
  public static MetricHarness forMetric(Metric metric) {
    return new MetricHarness(Objects.requireNonNull(metric, "metric"), Settings.DEFAULT);
  }

  /** A harness for a rule, with the default configuration. */
  public static RuleHarness forRule(Rule rule) {
    return new RuleHarness(Objects.requireNonNull(rule, "rule"), Settings.DEFAULT);
  }

  /**
   * Sets one of the plugin's parameters, as the configuration's {@code parameters} would; it
   * overrides a value for the same parameter in {@link #withConfiguration}. The engine checks it
   * against the plugin's declared parameters when the harness runs.
   *
   * @param value an {@link Integer}, {@link Double}, {@link Boolean}, {@link String} or list of
   *     texts
   * @throws IllegalArgumentException if the value is none of those, or not finite
   */
  public SELF withParameter(String name, Object value) {
    return withParameters(Map.of(name, value));
  }

  /**
   * Sets several of the plugin's parameters (see {@link #withParameter}).
   *
   * @throws IllegalArgumentException if a value cannot be a parameter value
   */
  public SELF withParameters(Map<String, ?> values) {
    Map<String, Object> parameters = new LinkedHashMap<>(settings.parameters());
    values.forEach((name, value) -> parameters.put(name, checkParameter(name, value)));
    return with(
        new Settings(
            settings.configuration(),
            parameters,
            settings.metrics(),
            settings.parallelism(),
            settings.timeBudget(),
            settings.outcomes()));
  }

  private static Object checkParameter(String name, Object value) {
    Objects.requireNonNull(name, "name");
    // The configuration builder knows which values can be parameters; the plugin id does not matter
    // here.
    Configuration.builder().parameter("harness.check", name, value);
    return value;
  }

  /**
   * The configuration to evaluate with: bloc, suppression minimum, periods, breakdowns, reference
   * date, thresholds, parameters, time budget. Default {@link Configuration#defaults()}.
   */
  public SELF withConfiguration(Configuration configuration) {
    return with(
        new Settings(
            Objects.requireNonNull(configuration, "configuration"),
            settings.parameters(),
            settings.metrics(),
            settings.parallelism(),
            settings.timeBudget(),
            settings.outcomes()));
  }

  /**
   * Adds metrics to evaluate beside the plugin, for an aggregate metric or a rule that reads other
   * metrics' outcomes in the engine (see {@link #withOutcomes} for direct calls).
   */
  public SELF withMetrics(Metric... others) {
    List<Metric> metrics = new ArrayList<>(settings.metrics());
    for (Metric other : others) {
      metrics.add(Objects.requireNonNull(other, "metric"));
    }
    return with(
        new Settings(
            settings.configuration(),
            settings.parameters(),
            metrics,
            settings.parallelism(),
            settings.timeBudget(),
            settings.outcomes()));
  }

  /**
   * How many plugin calls the engine runs at once; default 1.
   *
   * @throws IllegalArgumentException if below 1
   */
  public SELF withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
    }
    return with(
        new Settings(
            settings.configuration(),
            settings.parameters(),
            settings.metrics(),
            threads,
            settings.timeBudget(),
            settings.outcomes()));
  }

  /**
   * How long each plugin call may run in the engine; default the configuration's (5 seconds unless
   * configured).
   *
   * @throws IllegalArgumentException if not positive
   */
  public SELF withTimeBudget(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive, not " + budget);
    }
    return with(
        new Settings(
            settings.configuration(),
            settings.parameters(),
            settings.metrics(),
            settings.parallelism(),
            budget,
            settings.outcomes()));
  }

  /**
   * The outcomes the plugin sees in direct calls ({@link EvaluationContext#outcomes()}), for an
   * aggregate metric or a rule; default none. Engine runs compute outcomes from {@link
   * #withMetrics} instead.
   */
  public SELF withOutcomes(List<Outcome> outcomes) {
    return with(
        new Settings(
            settings.configuration(),
            settings.parameters(),
            settings.metrics(),
            settings.parallelism(),
            settings.timeBudget(),
            outcomes));
  }

  /** The plugin's descriptor, as the plugin returns it (called directly, each time). */
  public abstract Descriptor descriptor();

  /**
   * The configuration the harness evaluates with: {@link #withConfiguration}'s, with the parameters
   * of {@link #withParameter} set for the plugin's id.
   */
  public Configuration configuration() {
    if (settings.parameters().isEmpty()) {
      return settings.configuration();
    }
    Configuration.Builder builder = settings.configuration().toBuilder();
    String id = descriptor().id();
    settings.parameters().forEach((name, value) -> builder.parameter(id, name, value));
    return builder.build();
  }

  /**
   * Builds the engine the harness runs: the plugin and the metrics of {@link #withMetrics}, with
   * {@link #configuration()}, without class-path discovery. The caller closes it.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the plugin's
   *     identity or its parameters, listing every problem
   */
  public Copro engine() {
    Copro.Builder builder =
        Copro.builder()
            .classPathDiscovery(false)
            .configuration(configuration())
            .parallelism(settings.parallelism())
            .metrics(settings.metrics().toArray(Metric[]::new));
    if (settings.timeBudget() != null) {
      builder.timeBudget(settings.timeBudget());
    }
    register(builder);
    return builder.build();
  }

  /**
   * Evaluates a dataset through the engine.
   *
   * @return the whole report, with the plugin's result and those of {@link #withMetrics}
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the plugin's
   *     identity or its parameters
   * @throws AssertionFailedError if a plugin could not be loaded (its constructor or descriptor
   *     failed), with the engine's reason
   */
  public Report report(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    try (Copro copro = loadedEngine()) {
      return copro.evaluate(dataset);
    }
  }

  /** The context of a direct call for the whole dataset (see {@link #context(Dataset, Scope)}). */
  public DatasetContext context(Dataset dataset) {
    return context(dataset, Scope.ALL);
  }

  /**
   * The context the engine would give the plugin for a scope of the dataset: its parameters
   * (declared defaults, overridden by the configured values), the configuration's bloc, breakdown
   * dimensions and reference date, and the outcomes of {@link #withOutcomes}. The parameters are
   * checked by building the engine first.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the engine refuses the plugin's
   *     identity or its parameters
   * @throws AssertionFailedError if a plugin could not be loaded, with the engine's reason
   */
  public DatasetContext context(Dataset dataset, Scope scope) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scope, "scope");
    Configuration configuration = configuration();
    // Built only to check, as the engine does, that the plugin loads and its identity and
    // parameters.
    loadedEngine().close();
    Descriptor descriptor = descriptor();
    return DatasetContext.builder(dataset)
        .scope(scope)
        .parameters(
            Parameters.resolve(descriptor.parameters(), configuration.parameters(descriptor.id())))
        .bloc(configuration.bloc())
        .dimensions(configuration.breakdowns())
        .referenceDate(configuration.referenceDate().orElse(null))
        .outcomes(settings.outcomes())
        .build();
  }

  /** The engine of {@link #engine()}, once every plugin in it has loaded. */
  private Copro loadedEngine() {
    Copro copro = engine();
    List<PluginFailure> failures = copro.pluginFailures();
    if (!failures.isEmpty()) {
      copro.close();
      throw new AssertionFailedError(
          failures.stream()
              .map(f -> (f.className() == null ? "" : f.className() + ": ") + f.reason())
              .collect(Collectors.joining("; ", "the engine could not load a plugin: ", "")));
    }
    return copro;
  }

  /** The plugin under test. */
  abstract Object plugin();

  /** {@code metric} or {@code rule}, for messages. */
  abstract String kind();

  /** Gives the plugin to the engine builder. */
  abstract void register(Copro.Builder builder);

  /** A harness of the same kind around the same plugin with other settings. */
  abstract SELF with(Settings newSettings);

  /**
   * The plugin's result in a report.
   *
   * @throws AssertionFailedError if the report has none (the configuration does not enable it)
   */
  abstract Result result(Report report);

  /** Calls the plugin directly: its measurement or its findings. */
  abstract @Nullable Object call(EvaluationContext context);

  /** A failure saying the report has no result for the plugin. */
  final AssertionFailedError notEvaluated() {
    return new AssertionFailedError(
        "the report has no result for the "
            + kind()
            + " '"
            + descriptor().id()
            + "': the configuration does not enable it");
  }

  /**
   * What became of the plugin in an evaluation, whatever its kind.
   *
   * @param status OK, NO_VALUE or FAILED
   * @param failure the engine's reason when it failed
   * @param noValueReason the reason a metric gave for having no value
   * @param findings what it found
   * @param value the {@link Report.MetricResult} or {@link Report.RuleResult}
   */
  record Result(
      Report.Status status,
      @Nullable String failure,
      @Nullable String noValueReason,
      List<Finding> findings,
      Record value) {}
}
