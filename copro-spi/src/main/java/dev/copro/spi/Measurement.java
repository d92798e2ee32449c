package dev.copro.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a metric measured: its headline value with the n it rests on, optionally a confidence
 * interval, further named values, breakdowns, findings with evidence, and warnings about the data.
 *
 * <p>A measurement without a value says why ({@link #noValueReason()}): no decisions were recorded,
 * say. Every number must be finite; the headline value, components of the same unit and breakdown
 * values must lie in the descriptor's range (the engine checks).
 *
 * @param value the headline value, or {@code null} when there is none
 * @param noValueReason why there is no value, present exactly when {@code value} is null
 * @param n how many people, records or decisions the value rests on; not negative
 * @param confidence a confidence interval around the value, or {@code null}
 * @param components further named values in a stable order, such as the Banzhaf and
 *     Shapley–Shubik shares beside a seat share; names are lowerCamelCase
 * @param breakdowns the value by perspective, attribute, initiative or period
 * @param findings what was found, with evidence
 * @param warnings problems with the data that affect the value, in plain words
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Measurement(
    @Nullable Double value,
    @Nullable String noValueReason,
    long n,
    @Nullable Interval confidence,
    Map<String, Double> components,
    List<Breakdown> breakdowns,
    List<Finding> findings,
    List<String> warnings) {

  /** Checks that a value or a reason is present and takes immutable copies. */
  public Measurement {
    if ((value == null) == (noValueReason == null)) {
      throw new IllegalArgumentException("a measurement has either a value or a reason for having none");
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    breakdowns = List.copyOf(breakdowns);
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /** A builder for a measurement with a headline value resting on {@code n}. */
  public static Builder of(double value, long n) {
    return new Builder(value, null, n);
  }

  /** A builder for a measurement without a value, saying why. */
  public static Builder builderWithoutValue(String reason) {
    return new Builder(null, Objects.requireNonNull(reason, "reason"), 0);
  }

  /** A measurement without a value, saying why. */
  public static Measurement noValue(String reason) {
    return builderWithoutValue(reason).build();
  }

  /** A copy of this measurement with other breakdowns. */
  public Measurement withBreakdowns(List<Breakdown> newBreakdowns) {
    return new Measurement(value, noValueReason, n, confidence, components, newBreakdowns, findings, warnings);
  }

  /** Builds a {@link Measurement}. */
  public static final class Builder {
    private final @Nullable Double value;
    private final @Nullable String noValueReason;
    private final long n;
    private @Nullable Interval confidence;
    private final Map<String, Double> components = new LinkedHashMap<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Builder(@Nullable Double value, @Nullable String noValueReason, long n) {
      this.value = value;
      this.noValueReason = noValueReason;
      this.n = n;
    }

    /** A confidence interval around the value. */
    public Builder confidence(@Nullable Interval confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Adds a named value; names are lowerCamelCase and unique. */
    public Builder component(String name, double componentValue) {
      if (components.putIfAbsent(name, componentValue) != null) {
        throw new IllegalArgumentException("component '" + name + "' is set twice");
      }
      return this;
    }

    /** Adds a breakdown. */
    public Builder breakdown(Breakdown breakdown) {
      breakdowns.add(breakdown);
      return this;
    }

    /** Adds breakdowns. */
    public Builder breakdowns(List<Breakdown> more) {
      breakdowns.addAll(more);
      return this;
    }

    /** Adds a finding. */
    public Builder finding(Finding finding) {
      findings.add(finding);
      return this;
    }

    /** Adds a warning about the data. */
    public Builder warning(String warning) {
      warnings.add(warning);
      return this;
    }

    /** Builds the measurement. */
    public Measurement build() {
      return new Measurement(value, noValueReason, n, confidence, components, breakdowns, findings, warnings);
    }
  }
}
