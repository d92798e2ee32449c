package dev.copro.engine;

import dev.copro.model.Dataset;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Metric;
import dev.copro.spi.Parameters;
import dev.copro.spi.Rule;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The copro engine: what a host builds once and calls to evaluate datasets.
 *
 * <pre>{@code
 * try (Copro copro = Copro.builder()
 *     .configuration(Configuration.fromJson(in, "copro.json"))
 *     .pluginDirectory(Path.of("plugins"))
 *     .build()) {
 *   Report report = copro.evaluate(dataset);
 *   ReportJson.write(report, out);
 * }
 * }</pre>
 *
 * <p>A dataset too large for memory is evaluated as a stream of its events instead: {@code
 * copro.evaluate(streamedDataset)} (see {@link #evaluate(StreamedDataset)}).
 *
 * <p>Building discovers the plugins (metrics and rules) and checks them and the configuration,
 * failing with one {@link InvalidInputException} that lists every problem. A plugin whose class
 * cannot be loaded or whose constructor or descriptor fails does not stop the build: it is listed
 * in {@link #pluginFailures()} and in every report.
 *
 * <p>Evaluation never throws because of a plugin: each plugin call is isolated (exceptions, errors
 * the plugin caused, invalid or out-of-range values, calls past the time budget all become failed
 * results naming the plugin), and the report is the same, byte for byte once written, whatever the
 * parallelism. An engine is thread-safe; {@link #close()} releases its threads and plugin jars.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Copro implements AutoCloseable {

  private final List<Plugin> plugins;
  private final List<PluginFailure> failures;
  private final List<PhaseRunner.Planned> planned;
  private final Configuration configuration;
  private final Isolation isolation;
  private final int parallelism;
  private final ProgressListener listener;
  private final List<URLClassLoader> jarLoaders;
  private final List<String> warnings;
  private volatile boolean closed;

  private Copro(Builder b, PluginLoader loader, Isolation isolation) {
    this.plugins = loader.plugins().stream().sorted(Comparator.comparing(Plugin::id)).toList();
    this.failures = loader.failures();
    this.jarLoaders = loader.jarLoaders();
    this.configuration = b.configuration;
    this.isolation = isolation;
    this.parallelism = b.parallelism;
    this.listener = b.listener;
    this.warnings =
        plugins.stream().anyMatch(p -> p.kind() == PluginInfo.Kind.METRIC)
            ? List.of()
            : List.of(NO_METRICS);
    List<PhaseRunner.Planned> enabled = new ArrayList<>();
    for (Plugin plugin : plugins) {
      if (configuration.isEnabled(plugin.id())) {
        Thresholds thresholds =
            plugin.kind() == PluginInfo.Kind.RULE
                ? null
                : configuration
                    .thresholds()
                    .getOrDefault(plugin.id(), plugin.descriptor().thresholds());
        enabled.add(
            new PhaseRunner.Planned(
                plugin,
                Parameters.resolve(
                    plugin.descriptor().parameters(), configuration.parameters(plugin.id())),
                thresholds));
      }
    }
    this.planned = List.copyOf(enabled);
  }

  /** The warning of an engine that found no metric, in its log and in every report. */
  static final String NO_METRICS =
      "no metric was found, so reports have no results: put copro-metrics (the "
          + "default catalog) or a plugin jar on the class path, or give metrics to Copro.builder().metrics(...)";

  /**
   * A builder with no plugins given, discovery in the context class loader, and the default
   * configuration.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a dataset with every enabled plugin.
   *
   * @param dataset the dataset; it is shared by all plugins and never changed
   * @return the report, with a result for every enabled metric and rule
   * @throws CancellationException if the calling thread is interrupted (its interrupt flag is set
   *     again and running plugin calls are cancelled)
   * @throws IllegalStateException if the engine is closed, or if called from within a plugin call
   * @throws VirtualMachineError if a plugin call raised one that means the JVM is broken (not
   *     {@link StackOverflowError} or {@link OutOfMemoryError}, which fail the plugin alone)
   */
  public Report evaluate(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    Isolation.refuseCallsFromPlugins("Copro.evaluate");
    if (closed) {
      throw new IllegalStateException("this copro engine is closed");
    }
    try {
      return withWarnings(run(new Evaluation(dataset, configuration)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cancelled(e);
    }
  }

  /**
   * Evaluates a dataset too large for memory in one pass over its event records, keeping in memory
   * only its reference records, the events of a few chunks and the metrics' accumulators — not the
   * events (see docs/performance.md, "Streaming evaluation").
   *
   * <p>Every enabled {@link StreamingMetric} takes in the attendance, contributions, payments and
   * survey responses as they stream, in chunks, each chunk one isolated call per metric, spread
   * over the engine's threads; its result equals what {@link #evaluate(Dataset)} gives over the
   * whole dataset. What differs from the in-memory evaluation, and the report's warnings say so:
   *
   * <ul>
   *   <li>direct metrics that are not {@link StreamingMetric}s are not evaluated: each gets a
   *       result with no value and the reason "needs every record in memory; not evaluated on the
   *       streaming path";
   *   <li>metrics are evaluated over the whole dataset only, not per initiative or per period, so
   *       results have no {@code initiative} or {@code period} breakdowns;
   *   <li>aggregate metrics that do not stream, and rules, run as usual over the metrics' outcomes
   *       with a context that holds the reference records only: its event lists are empty.
   * </ul>
   *
   * <p>The report has the same form ({@value Report#FORMAT}); its dataset summary counts the events
   * that streamed. The reference date, unless configured, is the latest date of any record, events
   * included, as in memory. Isolation, suppression, ratings and determinism are as for {@link
   * #evaluate(Dataset)}: the same input and configuration give the same report, whatever the
   * parallelism.
   *
   * @param dataset the reference records and the stream of events; the stream is read once
   * @return the report, with a result for every enabled metric and rule
   * @throws dev.copro.model.validation.InvalidInputException if the stream finds invalid records,
   *     listing every problem (as {@link StreamedDataset#stream} does)
   * @throws CancellationException if the calling thread is interrupted (its interrupt flag is set
   *     again and running plugin calls are cancelled)
   * @throws IllegalStateException if the engine is closed, or if called from within a plugin call
   * @throws VirtualMachineError if a plugin call raised one that means the JVM is broken (not
   *     {@link StackOverflowError} or {@link OutOfMemoryError}, which fail the plugin alone)
   * @since 0.2.0
   */
  public Report evaluate(StreamedDataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    Isolation.refuseCallsFromPlugins("Copro.evaluate");
    if (closed) {
      throw new IllegalStateException("this copro engine is closed");
    }
    try {
      return withWarnings(run(new StreamingEvaluation(dataset, configuration)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cancelled(e);
    }
  }

  /**
   * Starts an evaluation of a dataset whose events are held in parts elsewhere, such as on the
   * machines of a cluster: see {@link PartitionedEvaluation}. Every machine that takes in a part
   * makes the same evaluation, from the same reference records, census and configuration.
   *
   * @param references the reference records (initiatives, participants, activities, decisions);
   *     events they hold are ignored
   * @param census the merged census of every part's events ({@link PartitionedEvaluation#census()})
   * @return the evaluation, to prepare with the census of the slices and then take in the parts
   * @throws IllegalStateException if the engine is closed, or if called from within a plugin call
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public PartitionedEvaluation partitioned(
      Dataset references, PartitionedEvaluation.EventCensus census) {
    Objects.requireNonNull(references, "references");
    Objects.requireNonNull(census, "census");
    Isolation.refuseCallsFromPlugins("Copro.partitioned");
    if (closed) {
      throw new IllegalStateException("this copro engine is closed");
    }
    return new PartitionedEvaluation(this, references.references(), census);
  }

  /** The report of a partitioned evaluation, through the one orchestrator. */
  Report report(PhaseRunner.Source source) {
    Isolation.refuseCallsFromPlugins("PartitionedEvaluation.finish");
    if (closed) {
      throw new IllegalStateException("this copro engine is closed");
    }
    try {
      return withWarnings(run(source));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cancelled(e);
    }
  }

  /** The isolation of plugin calls, for the calls a partitioned evaluation's parts make. */
  Isolation isolation() {
    return isolation;
  }

  /** The enabled plugins, in id order. */
  List<PhaseRunner.Planned> planned() {
    return planned;
  }

  /**
   * Runs the enabled plugins over a source of records, through the one orchestrator of every
   * evaluation.
   */
  private Report run(PhaseRunner.Source source) throws InterruptedException {
    return PhaseRunner.run(
        source, planned, failures, configuration, isolation, listener, parallelism);
  }

  /**
   * The report with the engine's own warnings (such as {@link #NO_METRICS}) before the
   * evaluation's.
   */
  private Report withWarnings(Report report) {
    if (warnings.isEmpty()) {
      return report;
    }
    List<String> all = new ArrayList<>(warnings);
    all.addAll(report.warnings());
    return new Report(
        report.format(),
        report.dataset(),
        report.configuration(),
        report.metrics(),
        report.rules(),
        report.pluginFailures(),
        all);
  }

  /**
   * Problems with the engine as a whole that every report repeats: today only that no metric was
   * found (see {@link Builder#requireMetrics}). Empty when there are none.
   *
   * @since 0.2.0
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Every plugin loaded, enabled or not, in id order, with its descriptor and where it came from.
   */
  public List<PluginInfo> plugins() {
    return plugins.stream().map(p -> p.info(configuration.isEnabled(p.id()))).toList();
  }

  /** The plugins that could not be loaded, in the order they were met. */
  public List<PluginFailure> pluginFailures() {
    return failures;
  }

  /** The configuration evaluations use. */
  public Configuration configuration() {
    return configuration;
  }

  /** How many plugin calls run at once. */
  public int parallelism() {
    return parallelism;
  }

  /** How long each plugin call may run. */
  public Duration timeBudget() {
    return isolation.budget();
  }

  /**
   * Stops the engine's threads (interrupting any plugin call still running) and closes the class
   * loaders of plugin jars. Evaluating afterwards throws; closing twice does nothing.
   */
  @Override
  public void close() {
    closed = true;
    isolation.close();
    closeAll(jarLoaders);
  }

  private static void closeAll(List<URLClassLoader> loaders) {
    for (URLClassLoader loader : loaders) {
      try {
        loader.close();
      } catch (IOException e) {
        // The jar stays open until the JVM exits; nothing else depends on it.
        System.getLogger(Copro.class.getPackageName())
            .log(
                System.Logger.Level.WARNING,
                "could not close the plugin jar {0}",
                loader.getName());
      }
    }
  }

  private static CancellationException cancelled(InterruptedException e) {
    CancellationException cancelled = new CancellationException("interrupted");
    cancelled.initCause(e);
    return cancelled;
  }

  /**
   * Builds a {@link Copro} engine. Plugins come from three places, loaded in this order: instances
   * given to {@link #metrics} and {@link #rules}; {@link java.util.ServiceLoader} discovery in a
   * class loader ({@link #classLoader}, unless {@linkplain #classPathDiscovery turned off}); and
   * the jars of {@linkplain #pluginDirectory plugin directories}. A plugin found twice (say, given
   * as an instance and also registered on the class path) is a duplicate id.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable ClassLoader classLoader;
    private boolean classPathDiscovery = true;
    private boolean requireMetrics;
    private final List<Path> pluginDirectories = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private Configuration configuration = Configuration.defaults();
    private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    private @Nullable Duration timeBudget;
    private ProgressListener listener = ProgressListener.NONE;

    private Builder() {}

    /**
     * The class loader to discover plugins in; default the thread's context class loader at {@link
     * #build()}.
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Whether to discover plugins registered in the class loader; default true. Turn it off to run
     * only the plugins given to {@link #metrics}, {@link #rules} and {@link #pluginDirectory}.
     */
    public Builder classPathDiscovery(boolean enabled) {
      this.classPathDiscovery = enabled;
      return this;
    }

    /**
     * Whether an engine that finds no metric at all is a configuration problem; default false. An
     * engine without metrics evaluates to reports with no results, which is almost always a missing
     * dependency (copro-metrics not on the runtime class path): by default it logs a warning
     * (through {@link System.Logger}, under the name {@code dev.copro.engine}), lists it in {@link
     * Copro#warnings()} and puts it first in every report's warnings; with {@code true}, {@link
     * #build()} throws instead.
     *
     * @since 0.2.0
     */
    public Builder requireMetrics(boolean required) {
      this.requireMetrics = required;
      return this;
    }

    /**
     * Adds a directory of plugin jars. Each {@code *.jar} file in it (not in subdirectories) is
     * loaded through a class loader of its own whose parent is the loader of the SPI, so a jar must
     * bring every class it needs other than copro's SPI and model (and their dependencies); it
     * contributes the metrics and rules it registers in {@code META-INF/services} for classes it
     * contains. Other files are ignored. A directory that does not exist is a configuration
     * problem.
     */
    public Builder pluginDirectory(Path directory) {
      pluginDirectories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /** Adds metric instances to evaluate, beside those discovered. */
    public Builder metrics(Metric... instances) {
      for (Metric metric : instances) {
        metrics.add(Objects.requireNonNull(metric, "metric"));
      }
      return this;
    }

    /** Adds rule instances to run, beside those discovered. */
    public Builder rules(Rule... instances) {
      for (Rule rule : instances) {
        rules.add(Objects.requireNonNull(rule, "rule"));
      }
      return this;
    }

    /** The configuration; default {@link Configuration#defaults()}. */
    public Builder configuration(Configuration configuration) {
      this.configuration = Objects.requireNonNull(configuration, "configuration");
      return this;
    }

    /**
     * How many plugin calls run at once; default the number of processors. Results do not depend on
     * it.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * How long each plugin call (constructor and descriptor at load, each measure or check) may
     * run; overrides the configuration's {@link Configuration#timeBudget()}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeBudget(Duration budget) {
      this.timeBudget = Configuration.requirePositive(budget);
      return this;
    }

    /** Who hears about progress; default {@link ProgressListener#NONE}. */
    public Builder listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Loads the plugins, checks their identities and the configuration against them, and builds the
     * engine.
     *
     * @throws InvalidInputException listing every problem: plugin ids used by two plugins;
     *     configuration entries naming unknown plugins or parameters, or values a parameter does
     *     not allow; thresholds outside a metric's declared range or against its declared
     *     direction; plugin directories that cannot be read; no metric at all when {@link
     *     #requireMetrics(boolean) required}
     * @throws CancellationException if the calling thread is interrupted while plugins load
     * @throws IllegalStateException if called from within a plugin call
     */
    public Copro build() {
      Isolation.refuseCallsFromPlugins("Copro.Builder.build");
      Isolation isolation =
          new Isolation(timeBudget != null ? timeBudget : configuration.timeBudget());
      PluginLoader loader = new PluginLoader(isolation);
      boolean built = false;
      try {
        List<Problem> problems = new ArrayList<>();
        for (Metric metric : metrics) {
          loader.instance(PluginInfo.Kind.METRIC, metric);
        }
        for (Rule rule : rules) {
          loader.instance(PluginInfo.Kind.RULE, rule);
        }
        if (classPathDiscovery) {
          loader.discover(discoveryLoader());
        }
        for (Path directory : pluginDirectories) {
          problems.addAll(loader.discoverDirectory(directory));
        }
        problems.addAll(IdentityValidator.duplicates(loader.plugins()));
        problems.addAll(ConfigurationCheck.check(configuration, loader.plugins()));
        boolean noMetrics =
            loader.plugins().stream().noneMatch(p -> p.kind() == PluginInfo.Kind.METRIC);
        if (noMetrics && requireMetrics) {
          problems.add(
              new Problem(
                  Problem.Kind.CONFIGURATION,
                  Location.at("engine", null),
                  null,
                  "no metric was found: put copro-metrics (the default catalog) or a plugin jar on the class path, "
                      + "or give metrics to Copro.builder().metrics(...)"));
        }
        if (!problems.isEmpty()) {
          throw new InvalidInputException("configuration", problems);
        }
        Copro copro = new Copro(this, loader, isolation);
        if (noMetrics) {
          System.getLogger(Copro.class.getPackageName())
              .log(System.Logger.Level.WARNING, NO_METRICS);
        }
        built = true;
        return copro;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw cancelled(e);
      } finally {
        if (!built) {
          isolation.close();
          closeAll(loader.jarLoaders());
        }
      }
    }

    private ClassLoader discoveryLoader() {
      if (classLoader != null) {
        return classLoader;
      }
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Copro.class.getClassLoader();
    }
  }
}
