package dev.copro.engine;

import dev.copro.model.Dataset;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * The one orchestrator of an evaluation, whatever its input: it runs the enabled plugins phase by
 * phase — direct metrics (over the whole dataset and, when sliceable, per slice), then aggregate
 * metrics over the direct metrics' outcomes, then rules over every metric's outcome — and then
 * applies suppression and ratings and puts the report together. Every plugin call it makes is
 * isolated ({@link Isolation}: a throw, an error the plugin caused or a call past the time budget
 * fails the plugin by name) and its result checked ({@link ResultCheck}: present, finite, within
 * the declared range).
 *
 * <p>What differs between the ways of evaluating is the {@link Source}: where the records come
 * from, which slices there are, and how a metric's call measures. The in-memory {@link Evaluation}
 * measures with {@link dev.copro.spi.Metric#measure}; the {@link StreamingEvaluation} streams the
 * events through accumulators while it {@linkplain Source#prepare prepares}, then measures with
 * their results. Neither reaches into the other, and a change to the phases, to isolation or to
 * their order is made here once.
 *
 * <p>Plugin calls are spread over {@code parallelism} worker threads, each waiting on one isolated
 * call at a time. Results are written to slots fixed before the calls start and put together in id
 * and scope order afterwards, so the report is the same whatever the parallelism and however the
 * calls interleave.
 */
final class PhaseRunner {

  private static final String INITIATIVE = "initiative";
  private static final String PERIOD = "period";

  private static final System.Logger LOG = System.getLogger(PhaseRunner.class.getPackageName());

  /** An enabled plugin ready to run: its validated parameters and effective thresholds. */
  record Planned(Plugin plugin, Parameters parameters, @Nullable Thresholds thresholds) {
    String id() {
      return plugin.id();
    }

    Descriptor descriptor() {
      return plugin.descriptor();
    }
  }

  /**
   * The enabled plugins by when they run: direct metrics, aggregate metrics, rules; each in id
   * order.
   */
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

  /**
   * Where an evaluation's records come from and how its metrics measure them. The runner calls
   * {@link #slices()} and {@link #notCalled} first, then {@link #prepare} once, then the rest.
   */
  interface Source {

    /**
     * The slices, besides the whole dataset, in which sliceable direct metrics are measured; empty
     * for none.
     */
    List<Scope> slices();

    /** A slice's records and the number of people with a record in it; one of {@link #slices()}. */
    ScopedData.Sliced slice(Scope slice);

    /**
     * The result a metric gets without being called — on the streaming path, a direct metric that
     * does not stream — or empty when it is called.
     */
    Optional<Measurement> notCalled(Planned metric);

    /**
     * Readies the records before the direct metrics run: on the streaming path, streams the events
     * through the accumulators. Called once, on the evaluation's thread, after the listener has
     * heard how many calls are planned.
     *
     * @param runner the runner, for its workers and isolated calls
     * @param phases the enabled plugins by phase
     */
    void prepare(PhaseRunner runner, Phases phases) throws InterruptedException;

    /**
     * The context over the whole dataset, as of the evaluation's reference date, with no plugin's
     * parameters.
     */
    DatasetContext whole();

    /** How a metric that is called measures a context. */
    Measure measure(Planned metric);

    /** The dataset's summary for the report. */
    Report.DatasetSummary summary();

    /** The source's own warnings, after the runner's about breakdown attributes. */
    List<String> warnings();
  }

  /** How a metric's call measures a context. */
  @FunctionalInterface
  interface Measure {
    /**
     * The measurement, or {@code null} if the plugin returned none (a failure); runs inside the
     * isolated call.
     */
    @Nullable Measurement measure(DatasetContext context) throws Exception;

    /**
     * Why the metric failed before its phase began (on the streaming path, while its events
     * streamed), naming it; {@code null} when it did not and should be called.
     */
    default @Nullable String failure() {
      return null;
    }
  }

  /** The plain way: the metric's {@code measure}. */
  static Measure measureOf(Planned metric) {
    return context -> metric.plugin().metric().measure(context);
  }

  private final Configuration config;
  private final Isolation isolation;
  private final ProgressListener listener;
  private final ExecutorService workers;
  private @Nullable Source source;
  private @Nullable DatasetContext whole;
  private @Nullable DatasetContext sliceBase;

  /**
   * The direct metrics' outcomes per initiative slice, for aggregate metrics and rules; set once
   * they are known.
   */
  private volatile Map<String, List<Outcome>> initiativeOutcomes = Map.of();

  private PhaseRunner(
      Configuration config, Isolation isolation, ProgressListener listener, int parallelism) {
    this.config = config;
    this.isolation = isolation;
    this.listener = listener;
    this.workers =
        Executors.newFixedThreadPool(parallelism, Isolation.daemonThreads("copro-evaluation-"));
  }

  /**
   * Runs the plugins over a source and puts the report together.
   *
   * @param plugins the enabled plugins, in id order
   * @param loadFailures the plugins that could not be loaded, for the report
   * @throws InterruptedException if the calling thread is interrupted; running calls are cancelled
   */
  static Report run(
      Source source,
      List<Planned> plugins,
      List<PluginFailure> loadFailures,
      Configuration config,
      Isolation isolation,
      ProgressListener listener,
      int parallelism)
      throws InterruptedException {
    PhaseRunner runner = new PhaseRunner(config, isolation, listener, parallelism);
    try {
      return runner.run(source, Phases.of(plugins), loadFailures);
    } finally {
      runner.workers.shutdownNow();
    }
  }

  private Report run(Source from, Phases phases, List<PluginFailure> loadFailures)
      throws InterruptedException {
    this.source = from;
    int planned = phases.aggregate().size() + phases.rules().size();
    for (Planned p : phases.direct()) {
      if (from.notCalled(p).isEmpty()) {
        planned += p.descriptor().sliceable() ? 1 + from.slices().size() : 1;
      }
    }
    int plannedCalls = planned;
    listen(l -> l.evaluationStarted(plannedCalls));
    from.prepare(this, phases);
    DatasetContext all = from.whole();
    whole = all;
    // A slice contributes only its value and n (see MetricRun.addSliceBreakdown), with the people
    // counted by the engine: breakdowns by dimension would be computed and thrown away, so slices
    // are measured without dimensions.
    sliceBase = all.withDimensions(List.of());

    List<MetricRun> metricRuns = new ArrayList<>(runMetrics(phases.direct(), List.of(), true));
    List<Outcome> directOutcomes = metricRuns.stream().map(MetricRun::outcome).toList();
    initiativeOutcomes = initiativeOutcomes(metricRuns);
    metricRuns.addAll(runMetrics(phases.aggregate(), directOutcomes, false));
    metricRuns.sort(Comparator.comparing(run -> run.planned.id()));
    List<Outcome> allOutcomes = metricRuns.stream().map(MetricRun::outcome).toList();
    List<RuleRun> ruleRuns = new ArrayList<>();
    for (Planned rule : phases.rules()) {
      ruleRuns.add(new RuleRun(rule, allOutcomes));
    }
    runAll(
        ruleRuns.stream()
            .<Callable<Void>>map(
                run ->
                    () -> {
                      run.check();
                      return null;
                    })
            .toList());

    List<String> warnings = attributeWarnings(all.dataset());
    warnings.addAll(from.warnings());
    Report report =
        new Report(
            Report.FORMAT,
            from.summary(),
            new Report.ConfigurationSummary(
                config.bloc(),
                config.suppressionMinimum(),
                config.periodUnit(),
                all.referenceDate(),
                config.breakdowns()),
            metricRuns.stream().map(MetricRun::result).toList(),
            ruleRuns.stream().map(RuleRun::result).toList(),
            loadFailures,
            warnings);
    listen(ProgressListener::evaluationFinished);
    return report;
  }

  /**
   * Calls every metric of one phase for the whole dataset and, when {@code slice} and it is
   * sliceable, for every slice, spread over the workers; returns once every call has ended, with
   * the runs in id order.
   */
  private List<MetricRun> runMetrics(List<Planned> metrics, List<Outcome> visible, boolean slice)
      throws InterruptedException {
    Source from = Objects.requireNonNull(source);
    List<MetricRun> runs = new ArrayList<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Planned metric : metrics) {
      Optional<Measurement> given = from.notCalled(metric);
      if (given.isPresent()) {
        runs.add(new MetricRun(metric, given.get()));
        continue;
      }
      List<Scope> scopes = new ArrayList<>();
      scopes.add(Scope.ALL);
      if (slice && metric.descriptor().sliceable()) {
        scopes.addAll(from.slices());
      }
      MetricRun run = new MetricRun(metric, scopes, visible, from.measure(metric));
      runs.add(run);
      for (int i = 0; i < scopes.size(); i++) {
        int index = i;
        tasks.add(
            () -> {
              run.measure(index);
              return null;
            });
      }
    }
    runAll(tasks);
    return runs;
  }

  /** The workers, for a source that spreads its own isolated calls over them while it prepares. */
  ExecutorService workers() {
    return workers;
  }

  /**
   * Calls a plugin in isolation, without telling the listener or checking what it returned: for a
   * source's calls while it prepares, such as a streaming metric taking in events.
   */
  <T> Isolation.Call<T> isolated(Planned plugin, Callable<? extends @Nullable T> body)
      throws InterruptedException {
    return isolation.call(plugin.id(), plugin.plugin().loader(), body);
  }

  /**
   * Runs the tasks on the workers and waits for all of them; rethrows what the engine cannot
   * contain.
   */
  void runAll(List<Callable<Void>> tasks) throws InterruptedException {
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

  /**
   * The context of a plugin call: the scope's records, the plugin's parameters, the visible
   * outcomes.
   */
  private DatasetContext context(Scope scope, Planned plugin, List<Outcome> visible) {
    DatasetContext context =
        scope.isAll()
            ? Objects.requireNonNull(whole)
                .withInitiativeOutcomes(visible.isEmpty() ? Map.of() : initiativeOutcomes)
            : Objects.requireNonNull(sliceBase)
                .withScope(Objects.requireNonNull(source).slice(scope));
    return context.withParameters(plugin.parameters()).withOutcomes(visible);
  }

  /**
   * The direct metrics' outcomes in each initiative's slice, by initiative id, each list in id
   * order.
   */
  private static Map<String, List<Outcome>> initiativeOutcomes(List<MetricRun> directRuns) {
    Map<String, List<Outcome>> byInitiative = new TreeMap<>();
    directRuns.stream()
        .sorted(Comparator.comparing(run -> run.planned.id()))
        .forEach(
            run ->
                run.initiativeOutcomes()
                    .forEach(
                        (initiative, outcome) ->
                            byInitiative
                                .computeIfAbsent(initiative, k -> new ArrayList<>())
                                .add(outcome)));
    return byInitiative;
  }

  /**
   * Calls a plugin in isolation, checks what it returned, and tells the listener.
   *
   * @return what it returned, or why it failed (outside the whole dataset, naming the scope)
   */
  private <T> Isolation.Call<T> call(
      Planned plugin,
      Scope scope,
      Callable<? extends @Nullable T> body,
      Function<@Nullable T, @Nullable String> check)
      throws InterruptedException {
    String id = plugin.id();
    listen(l -> l.started(id, scope));
    Isolation.Call<T> call = isolated(plugin, body);
    String failure = call.failure();
    if (failure == null) {
      failure = check.apply(call.value());
    }
    if (failure == null) {
      listen(l -> l.finished(id, scope));
      return call;
    }
    return failed(id, scope, failure);
  }

  /**
   * Tells the listener that a plugin failed in a scope, and gives the reason, with the scope
   * outside the whole dataset.
   */
  private <T> Isolation.Call<T> failed(String id, Scope scope, String failure) {
    String reason = scope.isAll() ? failure : failure + " (scope " + scope.label() + ")";
    listen(l -> l.failed(id, scope, reason));
    return Isolation.Call.failed(reason);
  }

  /** Tells the listener of an event; a listener that throws is ignored. */
  private void listen(Consumer<ProgressListener> event) {
    try {
      event.accept(listener);
    } catch (Throwable t) {
      Isolation.propagateIfFatal(t);
      LOG.log(
          System.Logger.Level.WARNING,
          "the progress listener threw {0}; ignored",
          t.getClass().getName());
    }
  }

  /** Warnings about breakdown attributes that no participant has. */
  private List<String> attributeWarnings(Dataset dataset) {
    List<String> warnings = new ArrayList<>();
    for (Dimension dimension : config.breakdowns()) {
      if (!dimension.equals(Dimension.PERSPECTIVE)
          && !dataset.participants().isEmpty()
          && dataset.participants().stream()
              .map(Participant::attributes)
              .noneMatch(a -> a.containsKey(dimension.name()))) {
        warnings.add(
            "no participant has the attribute '"
                + dimension.name()
                + "', so breakdowns by it have only the "
                + "group '"
                + Dimension.NOT_RECORDED
                + "'");
      }
    }
    return warnings;
  }

  /** One metric's calls: one per scope, each result in its own slot. */
  private final class MetricRun {
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

    /** A run over the whole dataset whose result the source gave without a call. */
    MetricRun(Planned planned, Measurement given) {
      this(planned, List.of(Scope.ALL), List.of(), context -> given);
      results[0] = given;
    }

    /**
     * Measures one scope, unless the metric already failed in an earlier one: its result would be
     * discarded. Only earlier scopes stop later ones, so the failure reported — the one in the
     * first failing scope — is the same whatever order the calls run in.
     */
    void measure(int index) throws InterruptedException {
      if (firstFailure.get() < index) {
        return;
      }
      Scope scope = scopes.get(index);
      String before = measure.failure();
      Isolation.Call<Measurement> call;
      if (before != null) {
        String id = planned.id();
        listen(l -> l.started(id, scope));
        call = failed(id, scope, before);
      } else {
        DatasetContext context = context(scope, planned, visible);
        call =
            call(
                planned,
                scope,
                () -> measure.measure(context),
                m -> ResultCheck.measurement(m, planned.descriptor().range()));
      }
      if (call.failure() != null) {
        failures[index] = call.failure();
        firstFailure.accumulateAndGet(index, Math::min);
      } else {
        results[index] = call.value();
      }
    }

    /**
     * The metric's outcome: the whole dataset's measurement with slice breakdowns, suppressed and
     * rated.
     */
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
      Measurement measurement =
          new Measurement(
              all.value(),
              all.noValueReason(),
              all.n(),
              all.confidence(),
              all.components(),
              Suppression.apply(breakdowns, config.suppressionMinimum()),
              all.findings(),
              warnings,
              all.ratingCap());
      return new Outcome(descriptor, measurement, rate(measurement), null);
    }

    private @Nullable Rating rate(Measurement measurement) {
      Thresholds thresholds = planned.thresholds();
      Double value = measurement.value();
      return thresholds == null || value == null
          ? null
          : Measurement.rate(thresholds, value, measurement.ratingCap());
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
        byInitiative.put(
            initiative,
            failed <= i || slice == null
                ? new Outcome(
                    descriptor,
                    null,
                    null,
                    failures[Math.min(failed, i)] != null
                        ? failures[Math.min(failed, i)]
                        : "the metric failed in an earlier scope")
                : new Outcome(descriptor, slice, rate(slice), null));
      }
      return byInitiative;
    }

    private void addSliceBreakdown(
        String dimension, List<Breakdown> breakdowns, List<String> warnings) {
      List<Group> groups = new ArrayList<>();
      for (int i = 1; i < scopes.size(); i++) {
        Scope scope = scopes.get(i);
        Period period = scope.period();
        String key =
            dimension.equals(INITIATIVE)
                ? scope.initiative()
                : period == null ? null : period.label();
        if (key != null) {
          Measurement slice = Objects.requireNonNull(results[i]);
          // Suppression judges a slice by the people with a record in it, not by the metric's n.
          int people = Objects.requireNonNull(source).slice(scope).people();
          groups.add(
              slice.value() == null
                  ? Group.noValue(key, slice.n(), people)
                  : Group.of(key, slice.value(), slice.n(), people));
        }
      }
      if (groups.isEmpty()) {
        return;
      }
      if (breakdowns.removeIf(b -> b.dimension().equals(dimension))) {
        warnings.add(
            "the engine replaced the metric's own '"
                + dimension
                + "' breakdown with its evaluation per "
                + dimension);
      }
      breakdowns.add(new Breakdown(dimension, groups));
    }

    Report.MetricResult result() {
      Outcome o = outcome();
      Descriptor d = planned.descriptor();
      return new Report.MetricResult(
          d.id(),
          d.version(),
          d.name(),
          d.description(),
          d.principles(),
          d.unit(),
          o.measurement(),
          o.rating(),
          planned.thresholds(),
          o.failure());
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
      call =
          PhaseRunner.this.call(
              planned,
              Scope.ALL,
              () -> {
                List<Finding> findings = planned.plugin().rule().check(context);
                return findings == null ? null : new ArrayList<>(findings);
              },
              ResultCheck::findings);
    }

    Report.RuleResult result() {
      Descriptor d = planned.descriptor();
      Isolation.Call<List<Finding>> done = Objects.requireNonNull(call);
      List<Finding> findings = done.value();
      return new Report.RuleResult(
          d.id(),
          d.version(),
          d.name(),
          d.description(),
          d.principles(),
          findings == null ? List.of() : findings,
          done.failure());
    }
  }
}
