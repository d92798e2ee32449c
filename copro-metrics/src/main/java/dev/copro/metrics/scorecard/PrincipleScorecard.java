package dev.copro.metrics.scorecard;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.References;
import dev.copro.model.Principle;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code copro.scorecard.principles}: one rating per principle of co-production, from the ratings
 * of the metrics that inform it.
 *
 * <p>Each metric's outcome carries a rating (green, amber or red) when its descriptor has
 * thresholds and it produced a value; the thresholds are the descriptor's defaults unless the
 * evaluation configures others. A principle's score is the mean, over the rated metrics whose
 * descriptors name that principle, of their points: green 1, amber {@code amberPoints} (0.5), red
 * 0. A metric informing several principles counts in each. The principle is rated green at a score
 * of at least {@code greenScore} (0.75), amber at least {@code amberScore} (0.4), red below. The
 * value is the mean of the principle scores, each principle weighing the same however many metrics
 * inform it; components carry each principle's score under its code.
 *
 * <p>Principles are those listed in {@code principles} (the four of SCIE Guide 51 and the
 * relationship by default). A listed principle with no rated metric gets no component and a
 * warning; metrics that have thresholds but no rating (they failed or had no value) are named in a
 * warning. The scorecard rests on the direct metrics: outcomes of aggregate metrics, such as the
 * ladder, summarise the same evidence and would count it twice, so they are left out. The outcomes
 * are read in id order, so the result does not depend on the order they come in.
 *
 * @since 0.1.0
 */
public final class PrincipleScorecard implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.scorecard.principles";

  static final String PRINCIPLES = "principles";
  static final String AMBER_POINTS = "amberPoints";
  static final String GREEN_SCORE = "greenScore";
  static final String AMBER_SCORE = "amberScore";

  /** A principle scoring at least this is green by default: on average half green, half amber. */
  static final double DEFAULT_GREEN = 0.75;

  /** A principle scoring at least this is amber by default: a little under all amber. */
  static final double DEFAULT_AMBER = 0.4;

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Principle scorecard")
      .description("One rating per principle of co-production - equality (a real shift of power), diversity, "
          + "accessibility, reciprocity (SCIE Guide 51), and the long-term relationship - from the green, amber "
          + "and red ratings of the metrics that inform each; the value is the mean of the principle scores, "
          + "from 0 (every metric red) to 1 (every metric green).")
      .principles(Principle.EQUALITY, Principle.DIVERSITY, Principle.ACCESSIBILITY, Principle.RECIPROCITY,
          Principle.RELATIONSHIP)
      .unit(Unit.SHARE)
      .range(ValueRange.UNIT_INTERVAL)
      .phase(Phase.AGGREGATE)
      .parameters(
          ParameterSpec.strings(PRINCIPLES, List.of("equality", "diversity", "accessibility", "reciprocity",
              "relationship"), "the principles (codes) to rate; relationship may be left out."),
          ParameterSpec.decimal(AMBER_POINTS, 0.5, 0, 1, "the points an amber metric scores (green 1, red 0)."),
          ParameterSpec.decimal(GREEN_SCORE, DEFAULT_GREEN, 0, 1, "the least principle score rated green."),
          ParameterSpec.decimal(AMBER_SCORE, DEFAULT_AMBER, 0, 1, "the least principle score rated amber."))
      .thresholds(Thresholds.higherIsBetter(DEFAULT_GREEN, DEFAULT_AMBER))
      .references(
          References.SCIE_GUIDE_51,
          References.TLAP_LADDER,
          References.UK_STANDARDS)
      .build();

  /** Creates the metric; it keeps no state. */
  public PrincipleScorecard() {}

  /** The constant descriptor of {@code copro.scorecard.principles}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Rates each configured principle from the rated outcomes of the metrics informing it; no value
   * when no configured principle has a rated metric.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    Parameters p = context.parameters();
    List<String> warnings = new ArrayList<>();
    Set<Principle> principles = Codes.parse(Principle.class, p.strings(PRINCIPLES), PRINCIPLES, warnings);
    double amberPoints = p.decimal(AMBER_POINTS);
    double green = p.decimal(GREEN_SCORE);
    double amber = p.decimal(AMBER_SCORE);
    if (amber > green) {
      warnings.add("The parameter " + AMBER_SCORE + " (" + amber + ") is above " + GREEN_SCORE + " (" + green
          + "): amber is taken to start where green does.");
      amber = green;
    }
    Thresholds thresholds = Thresholds.higherIsBetter(green, amber);

    Map<Principle, List<Rated>> rated = new EnumMap<>(Principle.class);
    Set<String> unrated = new TreeSet<>();
    List<Outcome> outcomes = new ArrayList<>(context.outcomes());
    outcomes.sort(Comparator.comparing(Outcome::id));
    for (Outcome outcome : outcomes) {
      Descriptor d = outcome.descriptor();
      if (d.id().equals(ID) || d.phase() == Phase.AGGREGATE) {
        continue;
      }
      for (Principle principle : d.principles()) {
        if (!principles.contains(principle)) {
          continue;
        }
        Rating rating = outcome.rating();
        if (rating != null) {
          rated.computeIfAbsent(principle, k -> new ArrayList<>()).add(new Rated(d.id(), rating));
        } else if (d.thresholds() != null) {
          unrated.add(d.id());
        }
      }
    }
    if (!unrated.isEmpty()) {
      warnings.add("Metrics informing the principles that have thresholds but no rating (they failed or had no "
          + "value) are left out: " + String.join(", ", unrated) + ".");
    }

    Map<Principle, Double> scores = new EnumMap<>(Principle.class);
    List<Finding> findings = new ArrayList<>();
    Set<String> ratedIds = new LinkedHashSet<>();
    for (Principle principle : principles) {
      List<Rated> informing = rated.get(principle);
      if (informing == null) {
        warnings.add("No rated metric informs " + principle.code() + ": it gets no score.");
        continue;
      }
      double points = 0;
      for (Rated r : informing) {
        points += points(r.rating(), amberPoints);
        ratedIds.add(r.id());
      }
      double score = points / informing.size();
      scores.put(principle, score);
      findings.add(finding(principle, score, thresholds.rate(score), informing));
    }
    if (scores.isEmpty()) {
      Measurement.Builder none = Measurement.builderWithoutValue("no metric informing the principles has a rating");
      warnings.forEach(none::warning);
      return none.build();
    }
    double overall = scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    Measurement.Builder result = Measurement.of(overall, ratedIds.size());
    scores.forEach((principle, score) -> result.component(principle.code(), score));
    findings.forEach(result::finding);
    warnings.forEach(result::warning);
    return result.build();
  }


  private static double points(Rating rating, double amberPoints) {
    switch (rating) {
      case GREEN:
        return 1;
      case AMBER:
        return amberPoints;
      default:
        return 0;
    }
  }

  private static Finding finding(Principle principle, double score, Rating rating, List<Rated> informing) {
    List<String> behind = new ArrayList<>();
    for (Rated r : informing) {
      behind.add(r.id() + " " + r.rating().code());
    }
    String name = principle.code().substring(0, 1).toUpperCase(Locale.ROOT) + principle.code().substring(1);
    String message = name + " is " + rating.code() + " (score " + String.format(Locale.ROOT, "%.2f", score)
        + ") from " + informing.size() + (informing.size() == 1 ? " rated metric: " : " rated metrics: ")
        + String.join(", ", behind) + ".";
    return Finding.of("principle-rating", severity(rating), message, List.of());
  }

  /**
   * A metric's rating.
   *
   * @param id the metric's id
   * @param rating its rating
   */
  private record Rated(String id, Rating rating) {}

  /** Green needs no action; amber should be acted on; red undermines co-production. */
  private static Severity severity(Rating rating) {
    switch (rating) {
      case GREEN:
        return Severity.INFO;
      case AMBER:
        return Severity.MEDIUM;
      default:
        return Severity.HIGH;
    }
  }
}
