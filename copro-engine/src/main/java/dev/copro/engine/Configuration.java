package dev.copro.engine;

import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Thresholds;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How an evaluation runs: which plugins run, their parameters, rating thresholds, the bloc, the
 * small-number suppression minimum, the period unit of time series, the breakdown dimensions, the
 * reference date and the time budget of each plugin call. Immutable; every setting has a default,
 * so {@link #defaults()} is a complete configuration.
 *
 * <p>Its JSON form (format {@value #FORMAT}) is documented in docs/configuration.md. Reading it
 * checks everything that does not depend on which plugins exist and lists every problem with its
 * line, column and JSON Pointer; {@link Copro.Builder#build()} then checks plugin ids, parameter
 * names and values against the plugins it loaded, locating those problems in the same document.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Configuration {

  /** The format of the JSON form: {@value}. */
  public static final String FORMAT = "copro-config/1";

  /** Groups smaller than this are suppressed unless configured otherwise: {@value}. */
  public static final int DEFAULT_SUPPRESSION_MINIMUM = 5;

  /** How long one plugin call may run unless configured otherwise: 5 seconds. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);

  /** The name given to configurations built in code, in problem locations. */
  static final String IN_MEMORY = "configuration";

  private static final Configuration DEFAULTS = builder().build();

  private final @Nullable SortedSet<String> enabled;
  private final SortedSet<String> disabled;
  private final SortedMap<String, SortedMap<String, Object>> parameters;
  private final SortedMap<String, Thresholds> thresholds;
  private final Bloc bloc;
  private final int suppressionMinimum;
  private final PeriodUnit periodUnit;
  private final List<Dimension> breakdowns;
  private final @Nullable LocalDate referenceDate;
  private final Duration timeBudget;
  private final String source;
  private final Map<String, Location> locations;

  private Configuration(Builder b) {
    enabled =
        b.enabled == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(b.enabled));
    disabled = Collections.unmodifiableSortedSet(new TreeSet<>(b.disabled));
    SortedMap<String, SortedMap<String, Object>> params = new TreeMap<>();
    b.parameters.forEach(
        (id, values) -> params.put(id, Collections.unmodifiableSortedMap(new TreeMap<>(values))));
    parameters = Collections.unmodifiableSortedMap(params);
    thresholds = Collections.unmodifiableSortedMap(new TreeMap<>(b.thresholds));
    bloc = b.bloc;
    suppressionMinimum = b.suppressionMinimum;
    periodUnit = b.periodUnit;
    breakdowns = b.breakdowns;
    referenceDate = b.referenceDate;
    timeBudget = b.timeBudget;
    source = b.source;
    locations = Map.copyOf(b.locations);
  }

  /**
   * The defaults: every plugin enabled with its default parameters and thresholds, and the defaults
   * below.
   */
  public static Configuration defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's settings (and where they were read from). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.enabled = enabled == null ? null : new TreeSet<>(enabled);
    b.disabled.addAll(disabled);
    parameters.forEach((id, values) -> b.parameters.put(id, new TreeMap<>(values)));
    b.thresholds.putAll(thresholds);
    b.bloc = bloc;
    b.suppressionMinimum = suppressionMinimum;
    b.periodUnit = periodUnit;
    b.breakdowns = breakdowns;
    b.referenceDate = referenceDate;
    b.timeBudget = timeBudget;
    return b.located(source, locations);
  }

  /**
   * Reads a configuration in the {@value #FORMAT} JSON format.
   *
   * @param in the document, UTF-8; not closed
   * @param source the document's name for problem locations, such as its file name
   * @throws InvalidInputException listing every problem found, each located by line, column and
   *     JSON Pointer
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static Configuration fromJson(InputStream in, String source) {
    return ConfigurationJson.read(in, source);
  }

  /**
   * Writes this configuration in the {@value #FORMAT} JSON format, every setting spelled out, in a
   * fixed order; {@link #fromJson} reads it back to an equal configuration.
   *
   * @param out where to write, UTF-8; not closed
   * @throws java.io.UncheckedIOException if {@code out} cannot be written
   */
  public void toJson(OutputStream out) {
    ConfigurationJson.write(this, out);
  }

  /** This configuration in its JSON form, as {@link #toJson(OutputStream)} writes it. */
  public String toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    toJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The ids of the plugins allowed to run, if the configuration limits them; empty means all. */
  public Optional<Set<String>> enabled() {
    return Optional.ofNullable(enabled);
  }

  /** The ids of the plugins that must not run. */
  public Set<String> disabled() {
    return disabled;
  }

  /**
   * Whether the plugin with this id may run: enabled (or no list of enabled ids) and not disabled.
   */
  public boolean isEnabled(String pluginId) {
    return (enabled == null || enabled.contains(pluginId)) && !disabled.contains(pluginId);
  }

  /** Configured parameter values, by plugin id and then parameter name, both in order. */
  public Map<String, Map<String, Object>> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  /** The configured parameter values of one plugin, by name; empty if none. */
  public Map<String, Object> parameters(String pluginId) {
    Map<String, Object> values = parameters.get(pluginId);
    return values == null ? Map.of() : values;
  }

  /** Rating thresholds that override metrics' defaults, by metric id. */
  public Map<String, Thresholds> thresholds() {
    return thresholds;
  }

  /** The perspectives that form the lived-experience bloc; default lived experience and carers. */
  public Bloc bloc() {
    return bloc;
  }

  /**
   * Breakdown groups resting on fewer than this many are suppressed; default {@value
   * #DEFAULT_SUPPRESSION_MINIMUM}.
   */
  public int suppressionMinimum() {
    return suppressionMinimum;
  }

  /** The period of time series; default {@link PeriodUnit#QUARTER}. */
  public PeriodUnit periodUnit() {
    return periodUnit;
  }

  /**
   * The participant dimensions metrics break values down by, perspective first; default perspective
   * only.
   */
  public List<Dimension> breakdowns() {
    return breakdowns;
  }

  /**
   * The day the evaluation is as of, if configured; otherwise the latest date in the dataset is
   * used.
   */
  public Optional<LocalDate> referenceDate() {
    return Optional.ofNullable(referenceDate);
  }

  /** How long each plugin call may run; default 5 seconds. */
  public Duration timeBudget() {
    return timeBudget;
  }

  /** The name of the document this was read from, or {@code configuration} if built in code. */
  public String source() {
    return source;
  }

  /**
   * Where a setting is: its place in the document this was read from, or else its JSON Pointer in
   * the {@linkplain #toJson() JSON form}.
   *
   * @param key the setting's key, as {@link ConfigurationJson} records it
   * @param pointer the JSON Pointer to use when the setting was not read from a document
   */
  Location locate(String key, String pointer) {
    Location location = locations.get(key);
    return location != null ? location : Location.at(source, pointer);
  }

  /** Configurations are equal when their settings are; where they were read from does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Configuration c
        && Objects.equals(enabled, c.enabled)
        && disabled.equals(c.disabled)
        && parameters.equals(c.parameters)
        && thresholds.equals(c.thresholds)
        && bloc.equals(c.bloc)
        && suppressionMinimum == c.suppressionMinimum
        && periodUnit == c.periodUnit
        && breakdowns.equals(c.breakdowns)
        && Objects.equals(referenceDate, c.referenceDate)
        && timeBudget.equals(c.timeBudget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        enabled,
        disabled,
        parameters,
        thresholds,
        bloc,
        suppressionMinimum,
        periodUnit,
        breakdowns,
        referenceDate,
        timeBudget);
  }

  @Override
  public String toString() {
    return "Configuration" + toJson().replaceAll("\\s+", " ");
  }

  /**
   * Checks that a time budget is positive.
   *
   * @throws IllegalArgumentException if it is not
   */
  static Duration requirePositive(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive, not " + budget);
    }
    return budget;
  }

  /**
   * Builds a {@link Configuration}. Setters check their arguments at once and throw {@link
   * IllegalArgumentException} for values that can never be right; whether plugin ids and parameters
   * exist is checked when an engine is built with the configuration.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Set<String> enabled;
    private final Set<String> disabled = new TreeSet<>();
    private final Map<String, Map<String, Object>> parameters = new TreeMap<>();
    private final Map<String, Thresholds> thresholds = new TreeMap<>();
    private Bloc bloc = Bloc.DEFAULT;
    private int suppressionMinimum = DEFAULT_SUPPRESSION_MINIMUM;
    private PeriodUnit periodUnit = PeriodUnit.QUARTER;
    private List<Dimension> breakdowns = List.of(Dimension.PERSPECTIVE);
    private @Nullable LocalDate referenceDate;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private String source = IN_MEMORY;
    private final Map<String, Location> locations = new HashMap<>();

    private Builder() {}

    /**
     * Lets only the plugins with these ids run (adding to ids enabled before); default all plugins.
     */
    public Builder enable(String... pluginIds) {
      return enable(List.of(pluginIds));
    }

    /**
     * Lets only the plugins with these ids run (adding to ids enabled before); default all plugins.
     */
    public Builder enable(Collection<String> pluginIds) {
      if (enabled == null) {
        enabled = new TreeSet<>();
      }
      enabled.addAll(requireIds(pluginIds));
      return this;
    }

    /** Lets every plugin run that is not disabled: forgets the ids given to {@link #enable}. */
    public Builder enableAll() {
      enabled = null;
      return this;
    }

    /** Stops the plugins with these ids from running. */
    public Builder disable(String... pluginIds) {
      return disable(List.of(pluginIds));
    }

    /** Stops the plugins with these ids from running. */
    public Builder disable(Collection<String> pluginIds) {
      disabled.addAll(requireIds(pluginIds));
      return this;
    }

    /**
     * Sets a plugin parameter.
     *
     * @param pluginId the plugin's id
     * @param name the parameter's name
     * @param value an {@link Integer}, {@link Double}, {@link Boolean}, {@link String} or list of
     *     texts
     * @throws IllegalArgumentException if the value is none of those, or not finite
     */
    public Builder parameter(String pluginId, String name, Object value) {
      Objects.requireNonNull(pluginId, "pluginId");
      Objects.requireNonNull(name, "name");
      parameters.computeIfAbsent(pluginId, id -> new TreeMap<>()).put(name, parameterValue(value));
      return this;
    }

    /** Rates a metric with these thresholds instead of its default ones. */
    public Builder thresholds(String metricId, Thresholds metricThresholds) {
      thresholds.put(
          Objects.requireNonNull(metricId, "metricId"),
          Objects.requireNonNull(metricThresholds, "metricThresholds"));
      return this;
    }

    /** The perspectives of the lived-experience bloc; default {@link Bloc#DEFAULT}. */
    public Builder bloc(Bloc bloc) {
      this.bloc = Objects.requireNonNull(bloc, "bloc");
      return this;
    }

    /** The perspectives of the lived-experience bloc, at least one. */
    public Builder bloc(Perspective first, Perspective... more) {
      return bloc(new Bloc(EnumSet.of(first, more)));
    }

    /**
     * The smallest group a breakdown reports; smaller ones are suppressed. Default {@value
     * #DEFAULT_SUPPRESSION_MINIMUM}.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder suppressionMinimum(int minimum) {
      if (minimum < 1) {
        throw new IllegalArgumentException(
            "the suppression minimum must be at least 1, not " + minimum);
      }
      this.suppressionMinimum = minimum;
      return this;
    }

    /** The period of time series; default {@link PeriodUnit#QUARTER}. */
    public Builder periodUnit(PeriodUnit unit) {
      this.periodUnit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * The participant dimensions to break values down by: {@link Dimension#PERSPECTIVE} and
     * attribute names. Perspective is moved first; the rest keep their order. Default perspective
     * only.
     *
     * @throws IllegalArgumentException if a dimension is given twice
     */
    public Builder breakdowns(List<Dimension> dimensions) {
      Set<Dimension> unique = new LinkedHashSet<>(dimensions);
      if (unique.size() != dimensions.size()) {
        throw new IllegalArgumentException("a breakdown dimension is given twice: " + dimensions);
      }
      List<Dimension> ordered = new ArrayList<>();
      if (unique.remove(Dimension.PERSPECTIVE)) {
        ordered.add(Dimension.PERSPECTIVE);
      }
      ordered.addAll(unique);
      this.breakdowns = List.copyOf(ordered);
      return this;
    }

    /**
     * The participant dimensions to break values down by, by name ({@code perspective} or an
     * attribute).
     */
    public Builder breakdowns(String... names) {
      return breakdowns(Arrays.stream(names).map(Dimension::new).toList());
    }

    /**
     * The day the evaluation is as of; {@code null} (the default) for the latest date in the
     * dataset.
     */
    public Builder referenceDate(@Nullable LocalDate date) {
      this.referenceDate = date;
      return this;
    }

    /**
     * How long each plugin call may run before it fails; default 5 seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeBudget(Duration budget) {
      this.timeBudget = requirePositive(budget);
      return this;
    }

    /** Records where the settings were read from, so later problems point into the document. */
    Builder located(String documentSource, Map<String, Location> documentLocations) {
      this.source = documentSource;
      this.locations.clear();
      this.locations.putAll(documentLocations);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @throws IllegalArgumentException if a plugin id is both enabled and disabled
     */
    public Configuration build() {
      if (enabled != null) {
        Set<String> both = new TreeSet<>(enabled);
        both.retainAll(disabled);
        if (!both.isEmpty()) {
          throw new IllegalArgumentException("plugins both enabled and disabled: " + both);
        }
      }
      return new Configuration(this);
    }

    private static Collection<String> requireIds(Collection<String> ids) {
      for (String id : ids) {
        Objects.requireNonNull(id, "plugin id");
      }
      return ids;
    }

    private static Object parameterValue(Object value) {
      Objects.requireNonNull(value, "value");
      if (value instanceof Double d && !Double.isFinite(d)) {
        throw new IllegalArgumentException("a parameter value must be a finite number, not " + d);
      }
      if (value instanceof Integer
          || value instanceof Double
          || value instanceof Boolean
          || value instanceof String) {
        return value;
      }
      if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
        return List.copyOf(list);
      }
      throw new IllegalArgumentException(
          "a parameter value is an Integer, a Double, a Boolean, a String or a list "
              + "of Strings, not "
              + value.getClass().getName());
    }
  }
}
