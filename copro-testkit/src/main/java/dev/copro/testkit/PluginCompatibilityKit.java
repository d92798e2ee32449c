package dev.copro.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.DatasetContext;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.ParameterSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.AssertionFailedError;

/**
 * The contract every plugin must keep, as JUnit 5 tests, after Micrometer's {@code
 * MeterRegistryCompatibilityKit}. A plugin's test extends {@link MetricCompatibilityKit} or {@link
 * RuleCompatibilityKit} and returns the plugin; it inherits these tests:
 *
 * <ul>
 *   <li><b>identity</b>: the engine loads the plugin and accepts its descriptor (the engine's own
 *       rules: a well-formed id, not under the reserved {@code copro.} prefix);
 *   <li><b>registered</b>: in the output that holds the plugin's class (a classes folder or a jar),
 *       every concrete metric and rule is listed in {@code META-INF/services}, and every line there
 *       names a class of that output that {@link java.util.ServiceLoader} can make; a failure says
 *       which line to add or remove in which file;
 *   <li><b>documented</b>: version, name, description and every parameter's description are
 *       present; a metric's thresholds lie within its range;
 *   <li><b>any dataset</b>: the empty dataset, a single participant, {@link TestDatasets#small()}
 *       and the datasets of {@link #datasets()} evaluate through the real engine without a failed
 *       result (no exception, no NaN, no value outside the declared range), with the default
 *       parameters, with {@link #parameters()}, and with each numeric parameter at its declared
 *       bounds;
 *   <li><b>deterministic</b>: evaluating a dataset twice with the same instance gives equal results
 *       and byte-identical report JSON;
 *   <li><b>read-only</b>: the dataset is unchanged after the plugin ran;
 *   <li><b>thread-safe</b>: many threads calling the same instance with the same context at once
 *       get the result of a call on its own;
 *   <li><b>serialisable</b>: the result survives a round trip through the report JSON, and its
 *       texts are well-formed Unicode;
 *   <li><b>evidence</b>: every finding's evidence names a record of the dataset;
 *   <li><b>streaming</b>, for a {@link dev.copro.spi.StreamingMetric}: the dataset's events sent to
 *       one accumulator made over its reference records, and dealt in turn to two accumulators then
 *       merged, give exactly what {@code measure} gives over the whole dataset.
 * </ul>
 *
 * Each failure says what is wrong and what to fix. The kit evaluates with {@link
 * Configuration#defaults()} but breaks values down by perspective and by {@code age-band}, an
 * attribute of {@link TestDatasets#small()}'s participants.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract sealed class PluginCompatibilityKit
    permits MetricCompatibilityKit, RuleCompatibilityKit {

  /** The configuration the kit evaluates with. */
  static final Configuration CONFIGURATION =
      Configuration.builder().breakdowns("perspective", "age-band").build();

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 4;
  private static final long CONCURRENT_MINUTES = 2;
  private static final int MOST_PROBLEMS = 10;
  private static final String SMALL = "TestDatasets.small()";

  private static final String DETERMINISM =
      "Results must depend only on the dataset, the scope and the parameters: "
          + "keep no state between calls, use no random numbers without a fixed seed, take dates from "
          + "context.referenceDate() rather than the clock, and iterate in a stable order (sort, TreeMap, "
          + "LinkedHashMap) rather than a HashMap's or HashSet's.";
  private static final String THREAD_SAFETY =
      "The engine calls a plugin from several threads at once (one call per "
          + "scope): keep working state in local variables, not in fields, and make any shared state thread-safe.";
  private static final String LOADING =
      "A plugin needs a public no-argument constructor, and descriptor() must "
          + "return a descriptor, quickly and without throwing.";
  private static final String REGISTRATION =
      "The engine finds plugins only through java.util.ServiceLoader, on a "
          + "host's class path as in the jars of copro evaluate --plugins: list each metric's and rule's class, by its "
          + "full name, one a line, in META-INF/services/dev.copro.spi.Metric or META-INF/services/dev.copro.spi.Rule. A "
          + "class not listed is never loaded, and a line that cannot be loaded is a plugin failure.";
  private static final String TEXTS =
      "Keep every text it returns (reasons, warnings, finding codes, messages and "
          + "evidence, component and group names) well-formed Unicode: no unpaired surrogates, as when a text is cut in "
          + "the middle of an emoji.";

  PluginCompatibilityKit() {}

  /**
   * Datasets to evaluate besides the kit's own (empty, a single participant, {@link
   * TestDatasets#small()}): the data the plugin is about, such as datasets that reach each of its
   * branches. Default none.
   */
  protected List<Dataset> datasets() {
    return List.of();
  }

  /**
   * Parameter values to evaluate with besides the declared defaults, by name, as a configuration
   * would give them. The engine must accept them, and every dataset must evaluate with them.
   * Default none.
   */
  protected Map<String, Object> parameters() {
    return Map.of();
  }

  /** A harness around a new instance of the plugin under test, with the kit's configuration. */
  abstract PluginHarness<?> harness();

  /** What the plugin must do with any dataset, for failure messages. */
  abstract String contract();

  /** Problems with the descriptor's thresholds, which depend on the kind of plugin. */
  abstract List<String> thresholdProblems(Descriptor descriptor);

  @Test
  @DisplayName("identity: the engine loads the plugin and accepts its descriptor")
  void engineAcceptsThePlugin() {
    PluginHarness<?> harness = harness();
    try (Copro copro = engine(harness)) {
      List<PluginFailure> failures = copro.pluginFailures();
      if (!failures.isEmpty()) {
        throw new AssertionFailedError(
            label(harness)
                + " could not be loaded: "
                + failures.stream().map(PluginFailure::reason).collect(Collectors.joining("; "))
                + ".\n"
                + LOADING);
      }
    }
  }

  @Test
  @DisplayName(
      "registered: the plugin's metrics and rules are listed in META-INF/services, and every line loads")
  void isRegistered() {
    PluginHarness<?> harness = harness();
    Class<?> type = harness.plugin().getClass();
    List<String> problems = Registrations.problems(type);
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          "the registrations in "
              + Registrations.location(type).map(Object::toString).orElse("the output")
              + ", which holds "
              + label(harness)
              + ", are wrong:"
              + list(problems)
              + "\n"
              + REGISTRATION);
    }
  }

  @Test
  @DisplayName("documented: version, name, description and parameters are described")
  void descriptorIsDocumented() {
    PluginHarness<?> harness = harness();
    Descriptor descriptor = descriptor(harness);
    List<String> problems = new ArrayList<>();
    requireText(
        descriptor.version(),
        "its version is blank: give the plugin's version, such as 1.0.0",
        problems);
    requireText(descriptor.name(), "its name is blank: give a short name", problems);
    requireText(
        descriptor.description(),
        "its description is blank: say what it measures or checks and why that "
            + "matters, in plain words",
        problems);
    for (ParameterSpec parameter : descriptor.parameters()) {
      requireText(
          parameter.description(),
          "the parameter '" + parameter.name() + "' has no description: say what " + "it controls",
          problems);
    }
    problems.addAll(thresholdProblems(descriptor));
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          "the descriptor of " + label(harness) + " is incomplete:" + list(problems));
    }
  }

  @TestFactory
  @DisplayName("any dataset: evaluates every test dataset without a failed result")
  Stream<DynamicTest> evaluatesEveryDataset() {
    Map<String, Object> parameters = parameters();
    List<DynamicTest> tests = new ArrayList<>();
    for (Named named : allDatasets()) {
      tests.add(dynamicTest(named.name(), () -> evaluateWithoutFailure(harness(), named)));
      if (!parameters.isEmpty()) {
        Named withParameters =
            new Named(named.name() + " with parameters() " + parameters, named.data());
        tests.add(
            dynamicTest(
                withParameters.name(),
                () ->
                    evaluateWithoutFailure(harness().withParameters(parameters), withParameters)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  @DisplayName("any dataset: evaluates with each numeric parameter at its declared bounds")
  Stream<DynamicTest> evaluatesAtParameterBounds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ParameterSpec parameter : descriptor(harness()).parameters()) {
      for (Object value : boundValues(parameter)) {
        String setting = parameter.name() + " = " + value;
        Named named = new Named(SMALL + " with " + setting, TestDatasets.small());
        tests.add(
            dynamicTest(
                setting,
                () ->
                    evaluateWithoutFailure(
                        harness().withParameter(parameter.name(), value), named)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  @DisplayName("deterministic: the same dataset twice gives equal results and the same report JSON")
  Stream<DynamicTest> isDeterministic() {
    return forEachDataset(
        named -> {
          // One instance for both evaluations, so that state kept between calls shows.
          PluginHarness<?> harness = harness();
          Report first = report(harness, named);
          Report second = report(harness, named);
          Record firstResult = harness.result(first).value();
          Record secondResult = harness.result(second).value();
          if (!firstResult.equals(secondResult)) {
            throw new AssertionFailedError(
                label(harness)
                    + " gave different results for "
                    + named.name()
                    + " in two evaluations: "
                    + Differences.between(firstResult, secondResult)
                    + ".\n"
                    + DETERMINISM);
          }
          String firstJson = json(harness, first, named);
          String secondJson = json(harness, second, named);
          if (!firstJson.equals(secondJson)) {
            throw new AssertionFailedError(
                label(harness)
                    + " gave equal results for "
                    + named.name()
                    + " but different report JSON, at "
                    + Differences.firstDifferentLine(firstJson, secondJson)
                    + ": something it returns comes in an unstable order, such as components added while iterating a "
                    + "HashMap.\n"
                    + DETERMINISM);
          }
        });
  }

  @Test
  @DisplayName("read-only: the dataset is unchanged after the plugin ran")
  void leavesTheDatasetUnchanged() {
    for (Named named : measuredDatasets()) {
      Dataset before = named.data().toBuilder().build();
      PluginHarness<?> harness = harness();
      report(harness, named);
      callDirectly(harness, context(harness, named), named);
      if (!named.data().equals(before)) {
        throw new AssertionFailedError(
            label(harness)
                + " changed "
                + named.name()
                + ": "
                + Differences.between(before, named.data())
                + ".\nPlugins must treat the dataset and everything in it "
                + "as read-only.");
      }
    }
  }

  @Test
  @DisplayName("thread-safe: concurrent calls on one instance give the result of a call on its own")
  void isThreadSafe() throws InterruptedException {
    for (Named named : measuredDatasets()) {
      PluginHarness<?> harness = harness();
      DatasetContext context = context(harness, named);
      Object alone = callDirectly(harness, context, named);
      List<@Nullable Object> together = callConcurrently(harness, context, named);
      List<@Nullable Object> differing =
          together.stream().filter(r -> !Objects.equals(r, alone)).toList();
      if (!differing.isEmpty()) {
        throw new AssertionFailedError(
            label(harness)
                + " is not thread-safe: called by "
                + THREADS
                + " threads at once on one instance with one context for "
                + named.name()
                + ", "
                + differing.size()
                + " of "
                + together.size()
                + " calls gave another result than a call on its own: "
                + Differences.between(alone, differing.get(0))
                + ".\n"
                + THREAD_SAFETY);
      }
    }
  }

  @TestFactory
  @DisplayName("serialisable: the result survives a round trip through the report JSON")
  Stream<DynamicTest> survivesTheReportJson() {
    return forEachDataset(
        named -> {
          PluginHarness<?> harness = harness();
          Report report = report(harness, named);
          String json = json(harness, report, named);
          Report read;
          try {
            read =
                ReportJson.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), named.name());
          } catch (InvalidInputException e) {
            throw new AssertionFailedError(
                "the report JSON holding the result of "
                    + label(harness)
                    + " for "
                    + named.name()
                    + " cannot be read back:"
                    + problems(e)
                    + "\n"
                    + TEXTS,
                e);
          }
          Record before = harness.result(report).value();
          Record after = harness.result(read).value();
          if (!before.equals(after)) {
            throw new AssertionFailedError(
                "the result of "
                    + label(harness)
                    + " for "
                    + named.name()
                    + " changes in a round trip through the report JSON (ReportJson.write, then ReportJson.read): "
                    + Differences.between(before, after)
                    + ".\n"
                    + TEXTS);
          }
          Texts.firstMalformed(before)
              .ifPresent(
                  path -> {
                    throw new AssertionFailedError(
                        "the result of "
                            + label(harness)
                            + " for "
                            + named.name()
                            + " has a text "
                            + "that is not well-formed Unicode, at "
                            + path
                            + ": written as JSON it holds half a surrogate pair, which "
                            + "other programs may reject or garble.\n"
                            + TEXTS);
                  });
        });
  }

  @TestFactory
  @DisplayName("evidence: every finding refers to records of the dataset")
  Stream<DynamicTest> evidenceRefersToRecords() {
    return forEachDataset(
        named -> {
          PluginHarness<?> harness = harness();
          List<String> problems = new ArrayList<>();
          for (Finding finding : harness.result(report(harness, named)).findings()) {
            for (String reference : finding.evidence()) {
              String problem = Evidence.problem(reference, named.data());
              if (problem != null) {
                problems.add(
                    "finding '"
                        + finding.code()
                        + "': the evidence '"
                        + reference
                        + "' "
                        + problem);
              }
            }
          }
          if (!problems.isEmpty()) {
            throw new AssertionFailedError(
                "the findings of "
                    + label(harness)
                    + " for "
                    + named.name()
                    + " have evidence an evaluator cannot follow:"
                    + list(problems)
                    + "\nWrite evidence with "
                    + "Finding.ref(RecordKind, id) for records of the dataset (an attendance's id is Attendance.key()).");
          }
        });
  }

  /** One dynamic test per dataset of {@link #allDatasets()}, named after it. */
  Stream<DynamicTest> forEachDataset(ThrowingConsumer<Named> test) {
    return allDatasets().stream().map(named -> dynamicTest(named.name(), () -> test.accept(named)));
  }

  /** Evaluates through the engine and fails unless the plugin gave a result. */
  private void evaluateWithoutFailure(PluginHarness<?> harness, Named named) {
    PluginHarness.Result result = harness.result(report(harness, named));
    if (result.status() == Report.Status.FAILED) {
      throw new AssertionFailedError(
          label(harness)
              + " failed on "
              + named.name()
              + ": "
              + result.failure()
              + ".\n"
              + contract());
    }
    String reason = result.noValueReason();
    if (result.status() == Report.Status.NO_VALUE && (reason == null || reason.isBlank())) {
      throw new AssertionFailedError(
          label(harness)
              + " gave no value for "
              + named.name()
              + " without saying why: "
              + "give Measurement.noValue a reason, such as \"no decisions recorded\".");
    }
  }

  private static Descriptor descriptor(PluginHarness<?> harness) {
    Descriptor descriptor;
    try {
      descriptor = harness.descriptor();
    } catch (RuntimeException e) {
      throw new AssertionFailedError(
          "descriptor() of " + label(harness) + " threw " + e + ".\n" + LOADING, e);
    }
    if (descriptor == null) {
      throw new AssertionFailedError(
          "descriptor() of " + label(harness) + " returned null.\n" + LOADING);
    }
    return descriptor;
  }

  private static Copro engine(PluginHarness<?> harness) {
    try {
      return harness.engine();
    } catch (InvalidInputException e) {
      throw refused(harness, e);
    }
  }

  private static Report report(PluginHarness<?> harness, Named named) {
    try {
      return harness.report(named.data());
    } catch (InvalidInputException e) {
      throw refused(harness, e);
    }
  }

  private static DatasetContext context(PluginHarness<?> harness, Named named) {
    try {
      return harness.context(named.data());
    } catch (InvalidInputException e) {
      throw refused(harness, e);
    }
  }

  private static AssertionFailedError refused(PluginHarness<?> harness, InvalidInputException e) {
    return new AssertionFailedError("the engine refuses " + label(harness) + ":" + problems(e), e);
  }

  private String json(PluginHarness<?> harness, Report report, Named named) {
    try {
      return ReportJson.toJson(report);
    } catch (RuntimeException e) {
      throw new AssertionFailedError(
          "the report holding the result of "
              + label(harness)
              + " for "
              + named.name()
              + " cannot be written as JSON: "
              + e
              + ".\n"
              + TEXTS,
          e);
    }
  }

  private @Nullable Object callDirectly(
      PluginHarness<?> harness, DatasetContext context, Named named) {
    try {
      return harness.call(context);
    } catch (Exception e) {
      throw new AssertionFailedError(
          label(harness) + " threw " + e + " when called on " + named.name() + ".\n" + contract(),
          e);
    }
  }

  private static List<@Nullable Object> callConcurrently(
      PluginHarness<?> harness, DatasetContext context, Named named) throws InterruptedException {
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread thread = new Thread(r, "copro-kit-concurrent");
              // A plugin that never returns must not keep the test JVM alive.
              thread.setDaemon(true);
              return thread;
            });
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<@Nullable Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  List<@Nullable Object> results = new ArrayList<>();
                  for (int call = 0; call < CALLS_PER_THREAD; call++) {
                    results.add(harness.call(context));
                  }
                  return results;
                }));
      }
      start.countDown();
      List<@Nullable Object> results = new ArrayList<>();
      for (Future<List<@Nullable Object>> future : futures) {
        try {
          results.addAll(future.get(CONCURRENT_MINUTES, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
          throw new AssertionFailedError(
              label(harness)
                  + " is not thread-safe: it threw "
                  + e.getCause()
                  + " when called by "
                  + THREADS
                  + " threads at once on one instance for "
                  + named.name()
                  + ".\n"
                  + THREAD_SAFETY,
              e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionFailedError(
              label(harness)
                  + " did not finish within "
                  + CONCURRENT_MINUTES
                  + " minutes when called by "
                  + THREADS
                  + " threads at once for "
                  + named.name()
                  + ": calls may be waiting for each other (a deadlock).\n"
                  + THREAD_SAFETY,
              e);
        }
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * The plugin's kind, id and class, for messages; the class alone when its descriptor cannot be
   * had.
   */
  static String label(PluginHarness<?> harness) {
    String className = harness.plugin().getClass().getName();
    try {
      return harness.kind() + " '" + harness.descriptor().id() + "' (" + className + ")";
    } catch (RuntimeException e) {
      return harness.kind() + " " + className;
    }
  }

  private List<Named> allDatasets() {
    List<Named> all = new ArrayList<>();
    all.add(new Named("the empty dataset", TestDatasets.empty()));
    all.add(
        new Named(
            "a single participant (TestDatasets.singleParticipant())",
            TestDatasets.singleParticipant()));
    all.addAll(measuredDatasets());
    return all;
  }

  /** {@link TestDatasets#small()} and {@link #datasets()}: those with something to measure. */
  private List<Named> measuredDatasets() {
    List<Named> measured = new ArrayList<>();
    measured.add(new Named(SMALL, TestDatasets.small()));
    List<Dataset> more = datasets();
    for (int i = 0; i < more.size(); i++) {
      measured.add(new Named("datasets() #" + (i + 1), more.get(i)));
    }
    return measured;
  }

  /**
   * The values at a numeric parameter's finite bounds, as the parameter's type; none for other
   * types.
   */
  private static List<Object> boundValues(ParameterSpec parameter) {
    List<Object> values = new ArrayList<>();
    Double min = parameter.min();
    Double max = parameter.max();
    if (parameter.type() == ParameterSpec.Type.DECIMAL) {
      Stream.of(min, max).filter(b -> b != null && Double.isFinite(b)).forEach(values::add);
    } else if (parameter.type() == ParameterSpec.Type.INTEGER) {
      // The smallest and largest whole numbers allowed; a bound beyond the range of int is no
      // bound.
      Stream.of(min == null ? null : Math.ceil(min), max == null ? null : Math.floor(max))
          .filter(b -> b != null && b >= Integer.MIN_VALUE && b <= Integer.MAX_VALUE)
          .forEach(b -> values.add(b.intValue()));
    }
    return values;
  }

  private static void requireText(String text, String problem, List<String> problems) {
    if (text.isBlank()) {
      problems.add(problem);
    }
  }

  private static String problems(InvalidInputException e) {
    return list(e.problems().stream().map(Problem::message).toList());
  }

  private static String list(List<String> items) {
    String shown =
        items.stream()
            .limit(MOST_PROBLEMS)
            .map(item -> "\n  - " + item)
            .collect(Collectors.joining());
    return items.size() > MOST_PROBLEMS
        ? shown + "\n  … and " + (items.size() - MOST_PROBLEMS) + " more"
        : shown;
  }

  /** A dataset with the name failure messages give it. */
  record Named(String name, Dataset data) {}
}
