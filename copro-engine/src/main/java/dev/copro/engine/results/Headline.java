package dev.copro.engine.results;

import dev.copro.engine.Report;
import dev.copro.model.Principle;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The headline of a report, typed: the principle scorecard, the placement on the ladder and the
 * warning signs of tokenism, as the default catalog's verdict metrics reported them.
 *
 * <pre>{@code
 * Headline headline = Headline.of(report);
 * headline.scorecard().ifPresent(card -> card.principles().forEach(line ->
 *     show(line.principle(), line.score(), line.rating())));
 * headline.ladder().ifPresent(place -> show(place.rung().label(), place.arnstein().label(), place.rule()));
 * headline.warningSigns().forEach(sign -> show(sign.sign(), sign.severity(), sign.evidence()));
 * }</pre>
 *
 * <p>It reads the report by the metrics' documented contracts (docs/metrics.md), and ignores
 * components it does not know:
 *
 * <ul>
 *   <li>the scorecard's value is the overall score in [0, 1], and each principle's score is the
 *       component named by its code. A principle's rating is the one the scorecard gave it, its
 *       component {@code <code>Rating} (red 0, amber 0.5, green 1; its {@value
 *       DefaultMetrics#PRINCIPLE_RATING_FINDING} finding says the same in words), since a rating
 *       may be capped below what its score alone gives (by a serious warning sign, say); only when
 *       the report has no such component (a report of version 0.1.0) is it the scorecard's
 *       thresholds applied to the score;
 *   <li>every finding of the warning-signs metric is a sign that was detected, or a particular form
 *       of one (such as {@code key-group-left-out}, a form of {@code stakeholders-missing}); {@link
 *       WarningSign#fromCode} maps either to its sign;
 *   <li>the ladder's value is the TLAP rung, with components {@value
 *       DefaultMetrics#LADDER_ARNSTEIN_RUNG}, {@value DefaultMetrics#LADDER_IAP2_LEVEL} and {@value
 *       DefaultMetrics#LADDER_RUNG_BEFORE_CAPS}, and the rule that placed it is its {@value
 *       DefaultMetrics#LADDER_RULE_FINDING} finding;
 * </ul>
 *
 * <p>A part is empty when its metric was not run (disabled, or copro-metrics not on the class
 * path), failed, had no value, or reported a value off its documented scale; {@link Report#metric}
 * then says which. Instances are immutable.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Headline {

  private final @Nullable Scorecard scorecard;
  private final @Nullable LadderPlacement ladder;
  private final List<SignFinding> warningSigns;

  private Headline(
      @Nullable Scorecard scorecard,
      @Nullable LadderPlacement ladder,
      List<SignFinding> warningSigns) {
    this.scorecard = scorecard;
    this.ladder = ladder;
    this.warningSigns = List.copyOf(warningSigns);
  }

  /** The headline of a report. */
  public static Headline of(Report report) {
    Objects.requireNonNull(report, "report");
    return new Headline(scorecard(report), ladder(report), warningSigns(report));
  }

  /** The principle scorecard, if the scorecard metric has a value. */
  public Optional<Scorecard> scorecard() {
    return Optional.ofNullable(scorecard);
  }

  /** The placement on the ladder, if the ladder metric has a value. */
  public Optional<LadderPlacement> ladder() {
    return Optional.ofNullable(ladder);
  }

  /**
   * The warning signs detected, in the order the metric reported them; empty when none was, or when
   * the metric did not run or failed ({@link Report#metric} tells these apart).
   */
  public List<SignFinding> warningSigns() {
    return warningSigns;
  }

  private static @Nullable Measurement measured(Report report, String id) {
    return report
        .metric(id)
        .map(Report.MetricResult::measurement)
        .filter(m -> m.value() != null)
        .orElse(null);
  }

  private static @Nullable Scorecard scorecard(Report report) {
    Report.MetricResult result = report.metric(DefaultMetrics.SCORECARD).orElse(null);
    Measurement m = measured(report, DefaultMetrics.SCORECARD);
    if (result == null || m == null || !inUnitInterval(m.value())) {
      return null;
    }
    List<PrincipleScore> lines = new ArrayList<>();
    for (Principle principle : Principle.values()) {
      Double score = m.components().get(principle.code());
      if (score != null && inUnitInterval(score)) {
        lines.add(
            new PrincipleScore(principle, score, rating(principle, score, m, result.thresholds())));
      }
    }
    return new Scorecard(Objects.requireNonNull(m.value()), result.rating(), lines);
  }

  /**
   * The rating the scorecard gave a principle, after the caps of the warning signs: its component
   * {@code <principle>Rating} (red 0, amber 0.5, green 1), or else the thresholds applied to the
   * score (a report of a version without the component).
   */
  private static @Nullable Rating rating(
      Principle principle, double score, Measurement m, @Nullable Thresholds thresholds) {
    Double points = m.components().get(principle.code() + DefaultMetrics.SCORECARD_RATING_SUFFIX);
    if (points != null) {
      return points >= 1 ? Rating.GREEN : points >= 0.5 ? Rating.AMBER : Rating.RED;
    }
    return thresholds == null ? null : thresholds.rate(score);
  }

  private static @Nullable LadderPlacement ladder(Report report) {
    Measurement m = measured(report, DefaultMetrics.LADDER);
    if (m == null) {
      return null;
    }
    TlapRung rung = whole(m.value()).flatMap(TlapRung::of).orElse(null);
    ArnsteinRung arnstein =
        whole(m.components().get(DefaultMetrics.LADDER_ARNSTEIN_RUNG))
            .flatMap(ArnsteinRung::of)
            .orElse(null);
    Iap2Level iap2 =
        whole(m.components().get(DefaultMetrics.LADDER_IAP2_LEVEL))
            .flatMap(Iap2Level::of)
            .orElse(null);
    if (rung == null || arnstein == null || iap2 == null) {
      return null;
    }
    TlapRung beforeCaps =
        whole(m.components().get(DefaultMetrics.LADDER_RUNG_BEFORE_CAPS))
            .flatMap(TlapRung::of)
            .orElse(null);
    String rule =
        m.findings().stream()
            .filter(f -> f.code().equals(DefaultMetrics.LADDER_RULE_FINDING))
            .map(Finding::message)
            .findFirst()
            .orElse(null);
    return new LadderPlacement(rung, arnstein, iap2, beforeCaps, rule);
  }

  private static List<SignFinding> warningSigns(Report report) {
    Report.MetricResult result = report.metric(DefaultMetrics.WARNING_SIGNS).orElse(null);
    if (result == null || result.measurement() == null) {
      return List.of();
    }
    return result.measurement().findings().stream().map(SignFinding::of).toList();
  }

  private static boolean inUnitInterval(@Nullable Double value) {
    return value != null && value >= 0 && value <= 1;
  }

  private static Optional<Integer> whole(@Nullable Double value) {
    return value != null && value == Math.rint(value) && Math.abs(value) < 100
        ? Optional.of(value.intValue())
        : Optional.empty();
  }
}
