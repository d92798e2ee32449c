package dev.copro.engine;

import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Period;
import dev.copro.spi.Phase;
import dev.copro.spi.Rating;
import dev.copro.spi.Scope;
import dev.copro.spi.Thresholds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of a dataset: direct metrics over the whole dataset and, when sliceable, per
 * initiative and per period; then aggregate metrics over the direct metrics' outcomes; then rules
 * over every metric's outcome.
 *
 * <p>Plugin calls are spread over {@code parallelism} worker threads, each waiting on one isolated
 * call at a time. Results are written to slots fixed before the calls start and put together in id
 * and scope order afterwards, so the report is the same whatever the parallelism and however the
 * calls interleave. The records of each scope are computed once and shared by every metric.
 */
final class Evaluation {

  private static final String INITIATIVE = "initiative";
  private static final String PERIOD = "period";

  private static final System.Logger LOG = System.getLogger(Evaluation.class.getPackageName());

  /** An enabled plugin ready to run: its validated parameters and effective thresholds. */
  record Planned(Plugin plugin, Parameters parameters, @Nullable Thresholds thresholds) {
    String id() {
      return plugin.id();
    }

    Descriptor descriptor() {
      return plugin.descriptor();
    }
  }

  private final Configuration config;
  private final Isolation isolation;
  private final ProgressListener listener;
  private final int parallelism;
  private final Dataset dataset;
  private final DatasetContext whole;
  private final DatasetContext sliceBase;
  private final List<Scope> slices = new ArrayList<>();
  /** The direct metrics' outcomes per initiative slice, for aggregate metrics and rules; set once they are known. */
  private volatile Map<String, List<Outcome>> initiativeOutcomes = Map.of();
  /** The records of every slice, routed in one pass over the dataset when a slice is first needed. */
  private @Nullable Map<Scope, ScopedData.Sliced> scoped;

  Evaluation(Dataset dataset, Configuration config, Isolation isolation, ProgressListener listener, int parallelism) {
    this(dataset, DatasetContext.builder(dataset)
        .bloc(config.bloc())
        .dimensions(config.breakdowns())
        .referenceDate(config.referenceDate().orElse(null))
        .build(), config, isolation, listener, parallelism);
    dataset.initiatives().stream().map(Initiative::id).sorted().forEach(id -> slices.add(new Scope(id, null)));
    for (Period period : Periods.covering(dataset, config.periodUnit())) {
      slices.add(new Scope(null, period));
    }
  }

  /**
   * An evaluation over the whole of {@code whole}'s dataset only, with no slices: the phases after
   * the direct metrics of the streaming path ({@link StreamingEvaluation}), whose dataset holds the
   * reference records.
   */
  Evaluation(Dataset dataset, DatasetContext whole, Configuration config, Isolation isolation,
      ProgressListener listener, int parallelism) {
    this.dataset = dataset;
    this.config = config;
    this.isolation = isolation;
    this.listener = listener;
    this.parallelism = parallelism;
    this.whole = whole;
    // A slice contributes only its value and n (see MetricRun.addSliceBreakdown), with the people
    // counted by the engine: breakdowns by dimension would be computed and thrown away, so slices
    // are measured without dimensions.
    this.sliceBase = whole.withDimensions(List.of());
  }

  /**
   * Runs the plugins and puts the report together.
   *
   * @param plugins the enabled plugins, in id order
   * @param loadFailures the plugins that could not be loaded, for the report
   * @throws InterruptedException if the calling thread is interrupted; running calls are cancelled
   */
  Report run(List<Planned> plugins, List<PluginFailure> loadFailures) throws InterruptedException {
    Phases phases = Phases.of(plugins);
    int planned = phases.aggregate().size() + phases.rules().size();
    for (Planned p : phases.direct()) {
      planned += p.descriptor().sliceable() ? 1 + slices.size() : 1;
    }
    int plannedCalls = planned;
    listen(l -> l.evaluationStarted(plannedCalls));
    ExecutorService workers = workers(parallelism);
    try {
      List<MetricRun> directRuns = runMetrics(workers, phases.direct(), List.of(), true, Evaluation::measureOf);
      List<String> warnings = attributeWarnings();
      if (config.periodUnit() != PeriodUnit.NONE && slices.stream().noneMatch(s -> s.period() != null)
          && dataset.recordCount() > 0) {
        warnings.add("the dataset has no dated activities, decisions, payments or survey responses, so there are no "
            + "period breakdowns");
      }
      return finish(workers, directRuns, phases.aggregate(), Evaluation::measureOf, List.of(), phases.rules(),
          loadFailures, Report.DatasetSummary.of(dataset), warnings);
    } finally {
      workers.shutdownNow();
    }
  }

  /** The enabled plugins by when they run: direct metrics, aggregate metrics, rules; each in id order. */
  record Phases(List<Planned> direct, List<Planned> aggregate, List<Planned> rules) {
    static Phases of(List<Planned> plugins) {
      List<Planned> direct = new ArrayList<>();
      List<Planned> aggregate = new ArrayList<>();
      List<Planned> rules = new ArrayList<>();
      for (Planned p : plugins) {
        if (p.plugin().kind() == PluginInfo.Kind.RULE) {
          rules.add(p);
        } else {
          (p.descriptor().phase() == Phase.DIRECT ? direct : aggregate).add(p);
        }
      }
      return new Phases(direct, aggregate, rules);
    }
  }

  /** The worker threads of one evaluation: {@code parallelism} of them, each waiting on one isolated call. */
  static ExecutorService workers(int parallelism) {
    return Executors.newFixedThreadPool(parallelism, Isolation.daemonThreads("copro-evaluation-"));
  }

  /**
   * The phases after the direct metrics: aggregate metrics over the direct metrics' outcomes, then
   * rules over every metric's outcome, then the report.
   *
   * @param directRuns the direct metrics, done
   * @param aggregate the aggregate metrics to measure
   * @param aggregateMeasure how each of them is measured
   * @param aggregateDone aggregate metrics that have already failed
   * @param rules the rules, in id order
   * @param warnings the evaluation's warnings, for the report
   */
  Report finish(ExecutorService workers, List<MetricRun> directRuns, List<Planned> aggregate,
      Function<Planned, Measure> aggregateMeasure, List<MetricRun> aggregateDone, List<Planned> rules,
      List<PluginFailure> loadFailures, Report.DatasetSummary summary, List<String> warnings)
      throws InterruptedException {
    List<Outcome> directOutcomes = directRuns.stream()
        .sorted(Comparator.comparing(run -> run.planned.id())).map(MetricRun::outcome).toList();
    initiativeOutcomes = initiativeOutcomes(directRuns);
    List<MetricRun> metricRuns = new ArrayList<>(directRuns);
    metricRuns.addAll(runMetrics(workers, aggregate, directOutcomes, false, aggregateMeasure));
    metricRuns.addAll(aggregateDone);
    metricRuns.sort(Comparator.comparing(run -> run.planned.id()));
    List<Outcome> allOutcomes = metricRuns.stream().map(MetricRun::outcome).toList();
    List<RuleRun> ruleRuns = new ArrayList<>();
    for (Planned rule : rules) {
      ruleRuns.add(new RuleRun(rule, allOutcomes));
    }
    runAll(workers, ruleRuns.stream().<Callable<Void>>map(run -> () -> {
      run.check();
      return null;
    }).toList());
    Report report = new Report(Report.FORMAT, summary,
        new Report.ConfigurationSummary(config.bloc(), config.suppressionMinimum(), config.periodUnit(),
            whole.referenceDate(), config.breakdowns()),
        metricRuns.stream().map(MetricRun::result).toList(),
        ruleRuns.stream().map(RuleRun::result).toList(),
        loadFailures,
        warnings);
    listen(ProgressListener::evaluationFinished);
    return report;
  }

  /** How a metric's call measures a context. */
  @FunctionalInterface
  interface Measure {
    /** The measurement, or {@code null} if the plugin returned none (a failure). */
    @Nullable Measurement measure(DatasetContext context) throws Exception;
  }

  /** The plain way: the metric's {@code measure}. */
  static Measure measureOf(Planned metric) {
    return context -> metric.plugin().metric().measure(context);
  }

  /**
   * Calls every metric for the whole dataset and, when {@code slice} and it is sliceable, for every
   * slice, spread over the workers; returns once every call has ended.
   */
  List<MetricRun> runMetrics(ExecutorService workers, List<Planned> metrics, List<Outcome> visible,
      boolean slice, Function<Planned, Measure> measure) throws InterruptedException {
    List<MetricRun> runs = new ArrayList<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Planned metric : metrics) {
      List<Scope> scopes = new ArrayList<>();
      scopes.add(Scope.ALL);
      if (slice && metric.descriptor().sliceable()) {
        scopes.addAll(slices);
      }
      MetricRun run = new MetricRun(metric, scopes, visible, measure.apply(metric));
      runs.add(run);
      for (int i = 0; i < scopes.size(); i++) {
        int index = i;
        tasks.add(() -> {
          run.measure(index);
          return null;
        });
      }
    }
    runAll(workers, tasks);
    return runs;
  }

  /** Runs the tasks on the workers and waits for all of them; rethrows what the engine cannot contain. */
  static void runAll(ExecutorService workers, List<Callable<Void>> tasks) throws InterruptedException {
    awaitAll(workers.invokeAll(tasks));
  }

  /** Waits for every task; rethrows what the engine cannot contain. */
  static void awaitAll(List<Future<Void>> futures) throws InterruptedException {
    for (Future<Void> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        if (cause instanceof InterruptedException interrupted) {
          throw interrupted;
        }
        if (cause instanceof RuntimeException unexpected) {
          throw unexpected;
        }
        throw new IllegalStateException("the copro engine failed: " + cause, cause);
      }
    }
  }

  /** The context of a plugin call: the scope's records, the plugin's parameters, the visible outcomes. */
  private DatasetContext context(Scope scope, Planned plugin, List<Outcome> visible) {
    DatasetContext context = scope.isAll()
        ? whole.withInitiativeOutcomes(visible.isEmpty() ? Map.of() : initiativeOutcomes)
        : sliceBase.withScope(Objects.requireNonNull(scoped().get(scope)).data());
    return context.withParameters(plugin.parameters()).withOutcomes(visible);
  }

  /** The direct metrics' outcomes in each initiative's slice, by initiative id, each list in id order. */
  private static Map<String, List<Outcome>> initiativeOutcomes(List<MetricRun> directRuns) {
    Map<String, List<Outcome>> byInitiative = new TreeMap<>();
    directRuns.stream().sorted(Comparator.comparing(run -> run.planned.id())).forEach(run -> run.initiativeOutcomes()
        .forEach((initiative, outcome) -> byInitiative.computeIfAbsent(initiative, k -> new ArrayList<>()).add(outcome)));
    return byInitiative;
  }

  private synchronized Map<Scope, ScopedData.Sliced> scoped() {
    if (scoped == null) {
      Map<Scope, ScopedData.Sliced> bySlice = new HashMap<>();
      for (ScopedData.Sliced sliced : ScopedData.sliceEach(dataset, slices)) {
        bySlice.put(sliced.data().scope(), sliced);
      }
      scoped = bySlice;
    }
    return scoped;
  }

  /**
   * Calls a plugin in isolation, checks what it returned, and tells the listener.
   *
   * @return what it returned, or why it failed (outside the whole dataset, naming the scope)
   */
  private <T> Isolation.Call<T> call(Planned plugin, Scope scope, Callable<? extends @Nullable T> body,
      Function<@Nullable T, @Nullable String> check) throws InterruptedException {
    String id = plugin.id();
    listen(l -> l.started(id, scope));
    Isolation.Call<T> call = isolation.call(id, plugin.plugin().loader(), body);
    String failure = call.failure();
    if (failure == null) {
      String problem = check.apply(call.value());
      failure = problem;
    }
    if (failure == null) {
      listen(l -> l.finished(id, scope));
      return call;
    }
    String reason = scope.isAll() ? failure : failure + " (scope " + scope.label() + ")";
    listen(l -> l.failed(id, scope, reason));
    return Isolation.Call.failed(reason);
  }

  void listen(Consumer<ProgressListener> event) {
    listen(listener, event);
  }

  /** Tells the listener of an event; a listener that throws is ignored. */
  static void listen(ProgressListener listener, Consumer<ProgressListener> event) {
    try {
      event.accept(listener);
    } catch (Throwable t) {
      Isolation.propagateIfFatal(t);
      LOG.log(System.Logger.Level.WARNING, "the progress listener threw {0}; ignored", t.getClass().getName());
    }
  }

  /** Warnings about breakdown attributes that no participant has. */
  List<String> attributeWarnings() {
    List<String> warnings = new ArrayList<>();
    for (Dimension dimension : config.breakdowns()) {
      if (!dimension.equals(Dimension.PERSPECTIVE) && !dataset.participants().isEmpty()
          && dataset.participants().stream().map(Participant::attributes).noneMatch(a -> a.containsKey(dimension.name()))) {
        warnings.add("no participant has the attribute '" + dimension.name() + "', so breakdowns by it have only the "
            + "group '" + Dimension.NOT_RECORDED + "'");
      }
    }
    return warnings;
  }

  /** One metric's calls: one per scope, each result in its own slot. */
  final class MetricRun {
    private final Planned planned;
    private final List<Scope> scopes;
    private final List<Outcome> visible;
    private final Measure measure;
    private final @Nullable Measurement[] results;
    private final @Nullable String[] failures;
    private final AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
    private @Nullable Outcome outcome;

    MetricRun(Planned planned, List<Scope> scopes, List<Outcome> visible, Measure measure) {
      this.planned = planned;
      this.scopes = scopes;
      this.visible = visible;
      this.measure = measure;
      this.results = new Measurement[scopes.size()];
      this.failures = new String[scopes.size()];
    }

    /** A run over the whole dataset that has already ended: with a measurement, or failed for a reason. */
    MetricRun(Planned planned, @Nullable Measurement measurement, @Nullable String failure) {
      this(planned, List.of(Scope.ALL), List.of(), context -> measurement);
      results[0] = measurement;
      if (failure != null) {
        failures[0] = failure;
        firstFailure.set(0);
      }
    }

    /**
     * Measures one scope, unless the metric already failed in an earlier one: its result would be
     * discarded. Only earlier scopes stop later ones, so the failure reported — the one in the first
     * failing scope — is the same whatever order the calls run in.
     */
    void measure(int index) throws InterruptedException {
      if (firstFailure.get() < index) {
        return;
      }
      Scope scope = scopes.get(index);
      DatasetContext context = context(scope, planned, visible);
      Isolation.Call<Measurement> call = call(planned, scope, () -> measure.measure(context),
          m -> ResultCheck.measurement(m, planned.descriptor().range()));
      if (call.failure() != null) {
        failures[index] = call.failure();
        firstFailure.accumulateAndGet(index, Math::min);
      } else {
        results[index] = call.value();
      }
    }

    /** The metric's outcome: the whole dataset's measurement with slice breakdowns, suppressed and rated. */
    Outcome outcome() {
      if (outcome == null) {
        outcome = assemble();
      }
      return outcome;
    }

    private Outcome assemble() {
      Descriptor descriptor = planned.descriptor();
      int failed = firstFailure.get();
      if (failed != Integer.MAX_VALUE) {
        return new Outcome(descriptor, null, null, failures[failed]);
      }
      Measurement all = Objects.requireNonNull(results[0]);
      List<Breakdown> breakdowns = new ArrayList<>(all.breakdowns());
      List<String> warnings = new ArrayList<>(all.warnings());
      addSliceBreakdown(INITIATIVE, breakdowns, warnings);
      addSliceBreakdown(PERIOD, breakdowns, warnings);
      Measurement measurement = new Measurement(all.value(), all.noValueReason(), all.n(), all.confidence(),
          all.components(), Suppression.apply(breakdowns, config.suppressionMinimum()), all.findings(), warnings,
          all.ratingCap());
      return new Outcome(descriptor, measurement, rate(measurement), null);
    }

    private @Nullable Rating rate(Measurement measurement) {
      Thresholds thresholds = planned.thresholds();
      Double value = measurement.value();
      return thresholds == null || value == null ? null : Measurement.rate(thresholds, value, measurement.ratingCap());
    }

    /**
     * The outcome in each initiative's slice, by initiative id: the slice's measurement rated with
     * the metric's thresholds, or the failure that ended the metric's calls.
     */
    Map<String, Outcome> initiativeOutcomes() {
      Map<String, Outcome> byInitiative = new TreeMap<>();
      Descriptor descriptor = planned.descriptor();
      int failed = firstFailure.get();
      for (int i = 1; i < scopes.size(); i++) {
        String initiative = scopes.get(i).initiative();
        if (initiative == null) {
          continue;
        }
        Measurement slice = results[i];
        byInitiative.put(initiative, failed <= i || slice == null
            ? new Outcome(descriptor, null, null, failures[Math.min(failed, i)] != null
                ? failures[Math.min(failed, i)] : "the metric failed in an earlier scope")
            : new Outcome(descriptor, slice, rate(slice), null));
      }
      return byInitiative;
    }

    private void addSliceBreakdown(String dimension, List<Breakdown> breakdowns, List<String> warnings) {
      List<Group> groups = new ArrayList<>();
      for (int i = 1; i < scopes.size(); i++) {
        Scope scope = scopes.get(i);
        Period period = scope.period();
        String key = dimension.equals(INITIATIVE) ? scope.initiative() : period == null ? null : period.label();
        if (key != null) {
          Measurement slice = Objects.requireNonNull(results[i]);
          // Suppression judges a slice by the people with a record in it, not by the metric's n.
          int people = Objects.requireNonNull(scoped().get(scope)).people();
          groups.add(slice.value() == null ? Group.noValue(key, slice.n(), people)
              : Group.of(key, slice.value(), slice.n(), people));
        }
      }
      if (groups.isEmpty()) {
        return;
      }
      if (breakdowns.removeIf(b -> b.dimension().equals(dimension))) {
        warnings.add("the engine replaced the metric's own '" + dimension + "' breakdown with its evaluation per "
            + dimension);
      }
      breakdowns.add(new Breakdown(dimension, groups));
    }

    Report.MetricResult result() {
      Outcome o = outcome();
      Descriptor d = planned.descriptor();
      return new Report.MetricResult(d.id(), d.version(), d.name(), d.description(), d.principles(), d.unit(),
          o.measurement(), o.rating(), planned.thresholds(), o.failure());
    }
  }

  /** One rule's call, over the whole dataset. */
  private final class RuleRun {
    private final Planned planned;
    private final List<Outcome> visible;
    private Isolation.@Nullable Call<List<Finding>> call;

    RuleRun(Planned planned, List<Outcome> visible) {
      this.planned = planned;
      this.visible = visible;
    }

    void check() throws InterruptedException {
      DatasetContext context = context(Scope.ALL, planned, visible);
      // The plugin's list is copied inside the call: iterating it runs plugin code.
      call = Evaluation.this.call(planned, Scope.ALL, () -> {
        List<Finding> findings = planned.plugin().rule().check(context);
        return findings == null ? null : new ArrayList<>(findings);
      }, ResultCheck::findings);
    }

    Report.RuleResult result() {
      Descriptor d = planned.descriptor();
      Isolation.Call<List<Finding>> done = Objects.requireNonNull(call);
      List<Finding> findings = done.value();
      return new Report.RuleResult(d.id(), d.version(), d.name(), d.description(), d.principles(),
          findings == null ? List.of() : findings, done.failure());
    }
  }
}
