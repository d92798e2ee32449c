package dev.copro.report;

import dev.copro.engine.Copro;
import dev.copro.engine.PluginInfo;
import dev.copro.spi.Descriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How {@link ReportRenderer} shows a report: what it is of, which breakdowns to show, when a rating
 * earns a caution mark, and the metrics' descriptors, whose plain-language sentences the human
 * formats print beside each metric. Immutable; build one with {@link #builder()}, or take {@link
 * #defaults()}.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class RenderOptions {

  /**
   * The default of {@link Builder#cautionBelow(int)}: ratings resting on fewer than 10 records get
   * a caution mark.
   */
  public static final int DEFAULT_CAUTION_BELOW = 10;

  private static final RenderOptions DEFAULTS = builder().build();

  private final String source;
  private final List<String> by;
  private final boolean colour;
  private final int cautionBelow;
  private final Map<String, Descriptor> descriptors;

  private RenderOptions(Builder builder) {
    this.source = builder.source;
    this.by = List.copyOf(builder.by);
    this.colour = builder.colour;
    this.cautionBelow = builder.cautionBelow;
    this.descriptors = Map.copyOf(builder.descriptors);
  }

  /**
   * No source named, no breakdowns, no colour, caution below {@value #DEFAULT_CAUTION_BELOW}, no
   * descriptors.
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the dataset was read from, as the user named it (a file name, say); empty when not said.
   */
  public String source() {
    return source;
  }

  /**
   * The breakdown dimensions shown for each metric, in order, such as {@code perspective} or {@code
   * age-band}.
   */
  public List<String> by() {
    return by;
  }

  /**
   * Whether the text format may colour ratings with ANSI escape codes (it is going to a terminal).
   */
  public boolean colour() {
    return colour;
  }

  /**
   * A rating resting on fewer records than this (its n) is marked "read with caution"; 0 marks
   * none.
   */
  public int cautionBelow() {
    return cautionBelow;
  }

  /** The descriptor of the metric or rule with this id, when one was given. */
  public Optional<Descriptor> descriptor(String id) {
    return Optional.ofNullable(descriptors.get(id));
  }

  /** Builds {@link RenderOptions}. */
  public static final class Builder {
    private String source = "";
    private final List<String> by = new ArrayList<>();
    private boolean colour;
    private int cautionBelow = DEFAULT_CAUTION_BELOW;
    private final Map<String, Descriptor> descriptors = new LinkedHashMap<>();

    private Builder() {}

    /**
     * What the dataset was read from, shown in the report's heading (and as its title if the
     * dataset has no name).
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source").strip();
      return this;
    }

    /**
     * The breakdown dimensions to show under each metric, in order: {@code perspective}, {@code
     * initiative}, {@code period} or a participant attribute the evaluation was configured to break
     * down by. The JSON format always has every breakdown.
     */
    public Builder by(List<String> dimensions) {
      by.clear();
      dimensions.forEach(d -> by.add(Objects.requireNonNull(d, "dimension")));
      return this;
    }

    /** Whether the text format may colour ratings; default false. */
    public Builder colour(boolean colour) {
      this.colour = colour;
      return this;
    }

    /**
     * Marks ratings resting on fewer than {@code records} records (the measurement's n) "read with
     * caution"; default {@value RenderOptions#DEFAULT_CAUTION_BELOW}, 0 for no marks.
     *
     * @throws IllegalArgumentException if {@code records} is negative
     */
    public Builder cautionBelow(int records) {
      if (records < 0) {
        throw new IllegalArgumentException("cautionBelow must be 0 or more, not " + records);
      }
      this.cautionBelow = records;
      return this;
    }

    /**
     * The descriptors of the metrics and rules in the report: their {@link Descriptor#summary()}
     * and {@link Descriptor#goodLooksLike()} sentences are shown beside them. Without a metric's
     * descriptor, the report shows the first sentence of the description the report carries.
     */
    public Builder descriptors(Collection<Descriptor> given) {
      given.forEach(d -> descriptors.put(d.id(), d));
      return this;
    }

    /** The descriptors of every plugin the engine loaded, as {@link #descriptors} takes them. */
    public Builder descriptorsOf(Copro copro) {
      return descriptors(copro.plugins().stream().map(PluginInfo::descriptor).toList());
    }

    /** The options. */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
