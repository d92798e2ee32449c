package dev.copro.engine;

import dev.copro.model.Dataset;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of one evaluation: what was evaluated and how, every metric's result and every rule's
 * findings, and the plugins that could not be loaded. Immutable. Contains no timestamps or
 * durations, so the same dataset and configuration give an equal report — and, through {@link
 * ReportJson}, the same bytes.
 *
 * <p>Breakdowns in a report have been through small-number suppression; measurements of failed
 * metrics are absent.
 *
 * @param format the report format, {@value #FORMAT}
 * @param dataset which dataset was evaluated
 * @param configuration the effective settings that shaped the results
 * @param metrics the metric results, in id order
 * @param rules the rule results, in id order
 * @param pluginFailures plugins that could not be loaded, in the order they were met
 * @param warnings problems with the evaluation as a whole (such as a breakdown attribute no
 *     participant has), in plain words
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Report(
    String format,
    DatasetSummary dataset,
    ConfigurationSummary configuration,
    List<MetricResult> metrics,
    List<RuleResult> rules,
    List<PluginFailure> pluginFailures,
    List<String> warnings) {

  /** The report format this library writes and reads: {@value}. */
  public static final String FORMAT = "copro-report/1";

  /** Checks presence, sorts results by id and takes immutable copies. */
  public Report {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(configuration, "configuration");
    metrics = metrics.stream().sorted(Comparator.comparing(MetricResult::id)).toList();
    rules = rules.stream().sorted(Comparator.comparing(RuleResult::id)).toList();
    pluginFailures = List.copyOf(pluginFailures);
    warnings = List.copyOf(warnings);
  }

  /** The result of the metric with the given id, if it was evaluated. */
  public Optional<MetricResult> metric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The result of the rule with the given id, if it was evaluated. */
  public Optional<RuleResult> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** An immutable copy of a set of principles, in their declared order. */
  private static Set<Principle> copyOf(Set<Principle> principles) {
    return principles.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(principles));
  }

  /**
   * What became of a metric or rule.
   *
   * @since 0.1.0
   */
  public enum Status {
    /** It produced a value (for rules: it ran). */
    OK,
    /** It ran but had no value, and said why (a metric only). */
    NO_VALUE,
    /** It failed; the result says why. */
    FAILED;

    /** The code used in the JSON form: {@code ok}, {@code no-value} or {@code failed}. */
    public String code() {
      return Names.code(this);
    }
  }

  /**
   * The dataset that was evaluated.
   *
   * @param name its name, or {@code null}
   * @param records how many records of each kind it holds, keyed by the collection names of {@link
   *     RecordKind#collection()}, in the order of {@link RecordKind}
   * @since 0.1.0
   */
  public record DatasetSummary(@Nullable String name, Map<String, Long> records) {

    /** Takes an immutable copy that keeps the order of the counts. */
    public DatasetSummary {
      records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    }

    /** The summary of a dataset: its name and its record counts. */
    public static DatasetSummary of(Dataset dataset) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (RecordKind kind : RecordKind.values()) {
        counts.put(
            kind.collection(),
            (long)
                switch (kind) {
                  case INITIATIVE -> dataset.initiatives().size();
                  case PARTICIPANT -> dataset.participants().size();
                  case ACTIVITY -> dataset.activities().size();
                  case ATTENDANCE -> dataset.attendance().size();
                  case CONTRIBUTION -> dataset.contributions().size();
                  case DECISION -> dataset.decisions().size();
                  case PAYMENT -> dataset.payments().size();
                  case SURVEY -> dataset.surveys().size();
                  case SURVEY_RESPONSE -> dataset.surveyResponses().size();
                });
      }
      return new DatasetSummary(dataset.name(), counts);
    }
  }

  /**
   * The settings that shaped the results.
   *
   * @param bloc the perspectives of the lived-experience bloc
   * @param suppressionMinimum the smallest group breakdowns report
   * @param periodUnit the period of the {@code period} breakdowns
   * @param referenceDate the day the evaluation was as of (configured, or the latest date in the
   *     dataset)
   * @param breakdowns the participant dimensions values were broken down by
   * @since 0.1.0
   */
  public record ConfigurationSummary(
      Bloc bloc,
      int suppressionMinimum,
      PeriodUnit periodUnit,
      LocalDate referenceDate,
      List<Dimension> breakdowns) {

    /** Checks presence and takes an immutable copy. */
    public ConfigurationSummary {
      Objects.requireNonNull(bloc, "bloc");
      Objects.requireNonNull(periodUnit, "periodUnit");
      Objects.requireNonNull(referenceDate, "referenceDate");
      breakdowns = List.copyOf(breakdowns);
    }
  }

  /**
   * One metric's result.
   *
   * @param id the metric's id
   * @param version its version
   * @param name its short name
   * @param description what it measures, as its descriptor says
   * @param principles the principles it informs
   * @param unit what its value measures
   * @param measurement what it measured, breakdowns suppressed; {@code null} when it failed
   * @param rating the rating of its value, or {@code null} when it has no thresholds or no value
   * @param thresholds the thresholds it was rated with (configured, or its defaults), or {@code
   *     null}
   * @param failure why it failed, or {@code null} when it did not fail; it does not repeat the id
   * @since 0.1.0
   */
  public record MetricResult(
      String id,
      String version,
      String name,
      String description,
      Set<Principle> principles,
      Unit unit,
      @Nullable Measurement measurement,
      @Nullable Rating rating,
      @Nullable Thresholds thresholds,
      @Nullable String failure) {

    /** Checks presence, that exactly one of measurement and failure is present, and copies. */
    public MetricResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(unit, "unit");
      principles = copyOf(principles);
      if ((measurement == null) == (failure == null)) {
        throw new IllegalArgumentException(
            "metric result '" + id + "' needs either a measurement or a failure");
      }
      if (rating != null && (measurement == null || measurement.value() == null)) {
        throw new IllegalArgumentException("metric result '" + id + "' is rated but has no value");
      }
    }

    /**
     * {@link Status#FAILED} when it failed, {@link Status#NO_VALUE} when it has no value, else
     * {@link Status#OK}.
     */
    public Status status() {
      if (measurement == null) {
        return Status.FAILED;
      }
      return measurement.value() == null ? Status.NO_VALUE : Status.OK;
    }
  }

  /**
   * One rule's result.
   *
   * @param id the rule's id
   * @param version its version
   * @param name its short name
   * @param description what it checks, as its descriptor says
   * @param principles the principles it informs
   * @param findings what it found, in the order it reported them; empty when it failed
   * @param failure why it failed, or {@code null} when it did not fail; it does not repeat the id
   * @since 0.1.0
   */
  public record RuleResult(
      String id,
      String version,
      String name,
      String description,
      Set<Principle> principles,
      List<Finding> findings,
      @Nullable String failure) {

    /** Checks presence and takes immutable copies. */
    public RuleResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      principles = copyOf(principles);
      findings = List.copyOf(findings);
      if (failure != null && !findings.isEmpty()) {
        throw new IllegalArgumentException(
            "rule result '" + id + "' failed, so it has no findings");
      }
    }

    /** {@link Status#FAILED} when it failed, else {@link Status#OK}. */
    public Status status() {
      return failure == null ? Status.OK : Status.FAILED;
    }
  }
}
