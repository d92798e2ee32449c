package dev.copro.spi;

import dev.copro.model.Principle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Who a plugin is and what it produces: its identity, documentation, value range, parameters and
 * default rating thresholds. The engine validates descriptors at discovery: ids must be unique, not
 * blank, lower-case words separated by dots and hyphens; the {@code copro.} prefix is reserved for
 * the default catalog.
 *
 * @param id a unique, stable id such as {@code acme.meetings.out-of-hours}
 * @param version the plugin's version, such as {@code 1.0.0}
 * @param name a short human-readable name
 * @param description what it measures and why it matters, in plain words
 * @param principles the principles it informs; may be empty
 * @param unit what its value measures ({@link Unit#COUNT} for rules, where it does not apply)
 * @param range where its values lie; the engine fails values outside it
 * @param parameters the parameters it accepts
 * @param thresholds the default rating thresholds, or {@code null} if its values are not rated
 * @param phase whether it runs on the data or on other metrics' outcomes
 * @param sliceable whether the engine should also evaluate it per initiative and per period (false
 *     for measures that only make sense over the whole record, such as retention)
 * @param references sources for its method, such as "Banzhaf (1965) Rutgers Law Review 19"
 * @param summary one plain sentence for a report reader saying what the number is, such as "The
 *     share of decisions in which people with lived experience took part"; empty when the plugin
 *     gives none, and reports then show the first sentence of {@code description}
 * @param goodLooksLike one plain sentence saying what a good value looks like, such as "Most
 *     decisions, from the first stage on"; empty when the plugin gives none
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Descriptor(
    String id,
    String version,
    String name,
    String description,
    Set<Principle> principles,
    Unit unit,
    ValueRange range,
    List<ParameterSpec> parameters,
    @Nullable Thresholds thresholds,
    Phase phase,
    boolean sliceable,
    List<String> references,
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0") String summary,
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0") String goodLooksLike) {

  /** The pattern plugin ids must match. */
  public static final String ID_PATTERN =
      "[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+";

  /** Checks presence, the id's form and unique parameter names, and takes immutable copies. */
  public Descriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(phase, "phase");
    summary = Objects.requireNonNull(summary, "summary").strip();
    goodLooksLike = Objects.requireNonNull(goodLooksLike, "goodLooksLike").strip();
    principles =
        principles.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(principles));
    parameters = List.copyOf(parameters);
    references = List.copyOf(references);
    Set<String> names = new HashSet<>();
    for (ParameterSpec p : parameters) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' is declared twice");
      }
    }
  }

  /**
   * A descriptor without a summary or a "what good looks like" sentence: the form plugins compiled
   * against 0.1 and 0.2 call, kept so they still load.
   */
  public Descriptor(
      String id,
      String version,
      String name,
      String description,
      Set<Principle> principles,
      Unit unit,
      ValueRange range,
      List<ParameterSpec> parameters,
      @Nullable Thresholds thresholds,
      Phase phase,
      boolean sliceable,
      List<String> references) {
    this(
        id,
        version,
        name,
        description,
        principles,
        unit,
        range,
        parameters,
        thresholds,
        phase,
        sliceable,
        references,
        "",
        "");
  }

  /**
   * The sentence a report shows under the metric's name: {@link #summary()} when given, otherwise
   * the first sentence of {@link #description()}, otherwise empty.
   */
  public String summaryOrDescription() {
    if (!summary.isEmpty()) {
      return summary;
    }
    int end = description.indexOf(". ");
    return end < 0 ? description.strip() : description.substring(0, end + 1).strip();
  }

  /** The declared parameter with the given name, or {@code null}. */
  public @Nullable ParameterSpec parameter(String parameterName) {
    for (ParameterSpec p : parameters) {
      if (p.name().equals(parameterName)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A builder for a descriptor with the given id; the rest defaults as documented on each setter.
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Descriptor}. */
  public static final class Builder {
    private final String id;
    private String version = "1.0.0";
    private @Nullable String name;
    private String description = "";
    private final Set<Principle> principles = EnumSet.noneOf(Principle.class);
    private Unit unit = Unit.SHARE;
    private ValueRange range = ValueRange.UNIT_INTERVAL;
    private final List<ParameterSpec> parameters = new ArrayList<>();
    private @Nullable Thresholds thresholds;
    private Phase phase = Phase.DIRECT;
    private boolean sliceable = true;
    private final List<String> references = new ArrayList<>();
    private String summary = "";
    private String goodLooksLike = "";

    private Builder(String id) {
      this.id = id;
    }

    /** The plugin's version; default {@code 1.0.0}. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** A short name; default the id. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** What it measures and why; default empty. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Adds principles it informs. */
    public Builder principles(Principle... principles) {
      this.principles.addAll(List.of(principles));
      return this;
    }

    /** What the value measures; default {@link Unit#SHARE}. */
    public Builder unit(Unit unit) {
      this.unit = unit;
      return this;
    }

    /** Where values lie; default [0, 1]. */
    public Builder range(ValueRange range) {
      this.range = range;
      return this;
    }

    /** Where values lie. */
    public Builder range(double min, double max) {
      return range(ValueRange.of(min, max));
    }

    /** Adds accepted parameters. */
    public Builder parameters(ParameterSpec... parameters) {
      this.parameters.addAll(List.of(parameters));
      return this;
    }

    /** Default rating thresholds; default none (not rated). */
    public Builder thresholds(@Nullable Thresholds thresholds) {
      this.thresholds = thresholds;
      return this;
    }

    /** When it runs; default {@link Phase#DIRECT}. */
    public Builder phase(Phase phase) {
      this.phase = phase;
      return this;
    }

    /** Whether to evaluate it per initiative and per period too; default true. */
    public Builder sliceable(boolean sliceable) {
      this.sliceable = sliceable;
      return this;
    }

    /** Adds references to sources. */
    public Builder references(String... references) {
      this.references.addAll(List.of(references));
      return this;
    }

    /** One plain sentence saying what the number is, for report readers; default empty. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** One plain sentence saying what a good value looks like; default empty. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public Builder goodLooksLike(String goodLooksLike) {
      this.goodLooksLike = goodLooksLike;
      return this;
    }

    /** Builds the descriptor. */
    public Descriptor build() {
      return new Descriptor(
          id,
          version,
          name == null ? id : name,
          description,
          principles,
          unit,
          range,
          parameters,
          thresholds,
          phase,
          sliceable,
          references,
          summary,
          goodLooksLike);
    }
  }
}
