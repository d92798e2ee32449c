package dev.copro.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a metric measured: its headline value with the n it rests on, optionally a confidence
 * interval, further named values, breakdowns, findings with evidence, and warnings about the data.
 *
 * <p>A measurement without a value says why ({@link #noValueReason()}): no decisions were recorded,
 * say. Every number must be finite, and the engine checks it; the headline value and breakdown
 * values must also lie in the descriptor's range, and the engine checks that too. Components and
 * the confidence interval's bounds are checked for being finite only: a component may have a unit
 * of its own (median days beside a share), so a component on the headline's scale is the metric's
 * own responsibility to keep in range.
 *
 * <p>A measurement lists at most {@link #MAX_FINDINGS} findings: a reader acts on the first ones,
 * and a list with a finding for each of hundreds of thousands of activities would fill the memory
 * and the report without helping anyone. When more are given — to the {@link Builder} or to this
 * constructor — the first {@code MAX_FINDINGS}, in the order given, are kept and a warning is
 * appended that says how many were not listed, for example {@code "12,345 more findings not listed:
 * a result lists at most 1,000."}. Nothing is dropped silently. A measurement that already lists no
 * more than the maximum is taken as it is, so copying one never adds a second warning.
 *
 * @param value the headline value, or {@code null} when there is none
 * @param noValueReason why there is no value, present exactly when {@code value} is null
 * @param n how many people, records or decisions the value rests on; not negative
 * @param confidence a confidence interval around the value, or {@code null}
 * @param components further named values in a stable order, such as the Banzhaf and Shapley–Shubik
 *     shares beside a seat share; names are lowerCamelCase
 * @param breakdowns the value by perspective, attribute, initiative or period
 * @param findings what was found, with evidence, in a stable order; only the first {@link
 *     #MAX_FINDINGS} are kept, and a warning counts the others
 * @param warnings problems with the data that affect the value, in plain words; ends with the count
 *     of findings not listed when there were more than {@link #MAX_FINDINGS}
 * @param ratingCap the best rating the value may get whatever its thresholds say, or {@code null}
 *     for no cap: a metric sets it when severe evidence found beside the value (a warning sign of
 *     tokenism, say) must keep the headline from reading green. The engine rates the value with the
 *     thresholds and then takes the worse of that rating and this cap; the metric says why in a
 *     finding. Since 0.2.0.
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Measurement(
    @Nullable Double value,
    @Nullable String noValueReason,
    long n,
    @Nullable Interval confidence,
    Map<String, Double> components,
    List<Breakdown> breakdowns,
    List<Finding> findings,
    List<String> warnings,
    @Nullable Rating ratingCap) {

  /**
   * The most findings a measurement lists: 1,000. Further findings are counted in a warning
   * instead.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final int MAX_FINDINGS = 1_000;

  /**
   * Checks that a value or a reason is present and takes immutable copies, keeping the first {@link
   * #MAX_FINDINGS} findings and appending a warning that counts the others.
   *
   * @throws NullPointerException if a list, the map or any finding or warning in them is null
   */
  public Measurement {
    if ((value == null) == (noValueReason == null)) {
      throw new IllegalArgumentException(
          "a measurement has either a value or a reason for having none");
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    breakdowns = List.copyOf(breakdowns);
    if (findings.size() > MAX_FINDINGS) {
      // Every finding is checked for null, as List.copyOf would, even those not listed.
      findings.forEach(f -> Objects.requireNonNull(f, "finding"));
      List<String> counted = new ArrayList<>(warnings);
      counted.add(notListed(findings.size() - MAX_FINDINGS));
      warnings = counted;
      findings = findings.subList(0, MAX_FINDINGS);
    }
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /**
   * A measurement with no rating cap: the constructor of version 0.1.0.
   *
   * @since 0.1.0
   */
  public Measurement(
      @Nullable Double value,
      @Nullable String noValueReason,
      long n,
      @Nullable Interval confidence,
      Map<String, Double> components,
      List<Breakdown> breakdowns,
      List<Finding> findings,
      List<String> warnings) {
    this(value, noValueReason, n, confidence, components, breakdowns, findings, warnings, null);
  }

  /**
   * The rating of a value under thresholds, no better than the cap.
   *
   * @param thresholds the thresholds the value is rated with
   * @param value the value
   * @param cap the best rating allowed, or {@code null} for none
   * @return the worse of the thresholds' rating and the cap
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Rating rate(Thresholds thresholds, double value, @Nullable Rating cap) {
    Rating rating = thresholds.rate(value);
    return cap != null && cap.compareTo(rating) < 0 ? cap : rating;
  }

  /** The warning that {@code omitted} findings beyond {@link #MAX_FINDINGS} were not listed. */
  private static String notListed(long omitted) {
    return String.format(
        Locale.ROOT,
        "%,d more finding%s not listed: a result lists at most %,d.",
        omitted,
        omitted == 1 ? "" : "s",
        MAX_FINDINGS);
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
    return new Measurement(
        value,
        noValueReason,
        n,
        confidence,
        components,
        newBreakdowns,
        findings,
        warnings,
        ratingCap);
  }

  /**
   * Builds a {@link Measurement}.
   *
   * <p>The builder keeps at most {@link #MAX_FINDINGS} findings, the first ones added, in the order
   * added; further calls to {@link #finding} only count, so a metric may hand it one finding per
   * record without holding them all. {@link #build()} then appends a warning that says how many
   * findings were not listed.
   */
  public static final class Builder {
    private final @Nullable Double value;
    private final @Nullable String noValueReason;
    private final long n;
    private @Nullable Interval confidence;
    private final Map<String, Double> components = new LinkedHashMap<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long unlisted;
    private @Nullable Rating ratingCap;

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

    /**
     * Adds a finding, or counts it when {@link #MAX_FINDINGS} are already listed.
     *
     * @throws NullPointerException if {@code finding} is null
     */
    public Builder finding(Finding finding) {
      Objects.requireNonNull(finding, "finding");
      if (findings.size() < MAX_FINDINGS) {
        findings.add(finding);
      } else {
        unlisted++;
      }
      return this;
    }

    /**
     * Adds the finding {@code finding} makes, calling it only when the finding will be listed: once
     * {@link #MAX_FINDINGS} are listed, a call only counts. A metric that may find something in
     * each of many records hands the builder a supplier, so that it formats a message and gathers
     * evidence only for the findings a reader will see. The findings kept, and the count of those
     * not listed, are those {@link #finding(Finding)} would keep.
     *
     * @throws NullPointerException if {@code finding} is null, or supplies null when it is called
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder finding(Supplier<Finding> finding) {
      Objects.requireNonNull(finding, "finding");
      if (findings.size() < MAX_FINDINGS) {
        findings.add(Objects.requireNonNull(finding.get(), "finding"));
      } else {
        unlisted++;
      }
      return this;
    }

    /**
     * Caps the rating the engine gives the value: the rating is no better than {@code cap}, however
     * the value compares with the thresholds. Say why in a finding.
     *
     * @param cap the best rating allowed, or {@code null} for none
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder ratingCap(@Nullable Rating cap) {
      this.ratingCap = cap;
      return this;
    }

    /** Adds a warning about the data. */
    public Builder warning(String warning) {
      warnings.add(warning);
      return this;
    }

    /**
     * Builds the measurement; when findings were counted but not listed, its last warning says how
     * many. The builder can build again, and each measurement gets the warning once.
     */
    public Measurement build() {
      List<String> all = warnings;
      if (unlisted > 0) {
        all = new ArrayList<>(warnings);
        all.add(notListed(unlisted));
      }
      return new Measurement(
          value, noValueReason, n, confidence, components, breakdowns, findings, all, ratingCap);
    }
  }
}
