package dev.copro.metrics.scorecard;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.scorecard.principles}: one rating per principle of co-production, from the ratings
 * of the metrics that inform it, held down by the warning signs of tokenism that bear on it.
 *
 * <p><b>Scores.</b> Each metric's outcome carries a rating (green, amber or red) when its
 * descriptor has thresholds and it produced a value. A principle's score is the mean, over the
 * rated direct metrics of the records whose descriptors name that principle, of their points: green
 * 1, amber {@code amberPoints} (0.5), red 0. The score is rated green at {@code greenScore} (0.75)
 * or more, amber at {@code amberScore} (0.4) or more, red below. Aggregate metrics (the ladder)
 * summarise the same evidence and are left out; so are the metrics of people's own view ({@code
 * perceptionMetrics}: the survey), which are set beside the records rather than averaged into them;
 * and so is {@code copro.tokenism.warning-signs}, whose count would otherwise weigh in every
 * principle alike — its findings act on the principles they bear on, through the caps.
 *
 * <p><b>Caps: severe evidence dominates.</b> Each finding of {@code copro.tokenism.warning-signs}
 * bears on the principles of {@link #SIGN_PRINCIPLES}. A principle with any sign bearing on it is
 * at most amber; with high-severity findings of two or more signs bearing on it, red. The overall
 * rating (the engine's rating of the value, through {@link Measurement#ratingCap()}) is at most
 * amber while any high-severity sign stands, while any principle is red, or while people's own view
 * is red; and red when two or more principles are red, or one is red while a high-severity sign
 * stands. Findings {@value #PRINCIPLE_FINDING} say how each rating came about and {@value
 * #OVERALL_CAP_FINDING} why the overall was capped.
 *
 * <p><b>People's view beside the records.</b> The component {@code peopleView} is the value of the
 * first metric listed in {@code perceptionMetrics} that has a rating, rated by its own thresholds;
 * the finding {@value #PERCEPTION_GAP_FINDING} says where people's view and the records disagree: a
 * green view beside a red principle or a high-severity sign (the survey does not outweigh the
 * records), or a red view beside records that look better (ask people why).
 *
 * <p>Components: the score of each principle under its code, its rating under {@code <code>Rating}
 * (red 0, amber 0.5, green 1: the rating after the caps), and {@code peopleView}. The value is the
 * mean of the principle scores. A listed principle with no rated metric gets no component and a
 * warning. The outcomes are read in id order, so the result does not depend on the order they come
 * in.
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

  static final String PERCEPTION_METRICS = "perceptionMetrics";

  /** The code of the finding that says how one principle's rating came about. */
  public static final String PRINCIPLE_FINDING = "principle-rating";

  /** The code of the finding that says why the overall rating was capped. */
  public static final String OVERALL_CAP_FINDING = "overall-capped";

  /** The code of the finding that people's own view and the records disagree. */
  public static final String PERCEPTION_GAP_FINDING = "people-and-records-differ";

  /**
   * The principles each finding of the warning signs bears on, by finding code: who decides
   * (equality), who is in the room (diversity), whether people can take part (accessibility), and
   * what they get back (reciprocity). See docs/metrics.md, "How the verdicts are reached".
   */
  public static final Map<String, Set<Principle>> SIGN_PRINCIPLES =
      Map.ofEntries(
          Map.entry("rubber-stamp", EnumSet.of(Principle.EQUALITY)),
          Map.entry("already-decided", EnumSet.of(Principle.EQUALITY)),
          Map.entry("does-not-fit-model", EnumSet.of(Principle.EQUALITY)),
          Map.entry("ideas-not-used", EnumSet.of(Principle.EQUALITY)),
          Map.entry("adopted-in-words-only", EnumSet.of(Principle.EQUALITY, Principle.RECIPROCITY)),
          Map.entry("no-feedback", EnumSet.of(Principle.RECIPROCITY)),
          Map.entry("not-paid", EnumSet.of(Principle.RECIPROCITY)),
          Map.entry("poor-arrangements", EnumSet.of(Principle.ACCESSIBILITY)),
          Map.entry("access-ignored", EnumSet.of(Principle.ACCESSIBILITY)),
          Map.entry("access-needs-not-asked", EnumSet.of(Principle.ACCESSIBILITY)),
          Map.entry("stakeholders-missing", EnumSet.of(Principle.DIVERSITY, Principle.EQUALITY)),
          Map.entry(
              "key-group-left-out",
              EnumSet.of(
                  Principle.EQUALITY,
                  Principle.DIVERSITY,
                  Principle.ACCESSIBILITY,
                  Principle.RECIPROCITY)),
          Map.entry(
              "comments-not-documented", EnumSet.of(Principle.EQUALITY, Principle.RECIPROCITY)));

  private static final String WARNING_SIGNS = "copro.tokenism.warning-signs";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Principle scorecard")
          .description(
              "One rating per principle of co-production - equality (a real shift of power), diversity, "
                  + "accessibility, reciprocity (SCIE Guide 51), and the long-term relationship - from the green, amber "
                  + "and red ratings of the records' metrics that inform each, held down by the warning signs of tokenism "
                  + "bearing on it; people's own view (the survey) is set beside the records, not averaged into them. The "
                  + "value is the mean of the principle scores, from 0 (every metric red) to 1 (every metric green).")
          .summary(
              "The average of the principle scores (equality, diversity, accessibility, reciprocity and "
                  + "relationship), from 0% (every metric red) to 100% (every metric green), held down by the "
                  + "warning signs of tokenism.")
          .goodLooksLike("Every principle green, with no high-severity warning sign of tokenism.")
          .principles(
              Principle.EQUALITY,
              Principle.DIVERSITY,
              Principle.ACCESSIBILITY,
              Principle.RECIPROCITY,
              Principle.RELATIONSHIP)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .phase(Phase.AGGREGATE)
          .parameters(
              ParameterSpec.strings(
                  PRINCIPLES,
                  List.of("equality", "diversity", "accessibility", "reciprocity", "relationship"),
                  "the principles (codes) to rate; relationship may be left out."),
              ParameterSpec.decimal(
                  AMBER_POINTS, 0.5, 0, 1, "the points an amber metric scores (green 1, red 0)."),
              ParameterSpec.decimal(
                  GREEN_SCORE, DEFAULT_GREEN, 0, 1, "the least principle score rated green."),
              ParameterSpec.decimal(
                  AMBER_SCORE, DEFAULT_AMBER, 0, 1, "the least principle score rated amber."),
              ParameterSpec.strings(
                  PERCEPTION_METRICS,
                  List.of("copro.experience.survey"),
                  "metrics of people's own view, the first listed with a rating set beside the records (component peopleView) and not averaged into the principles."))
          .thresholds(Thresholds.higherIsBetter(DEFAULT_GREEN, DEFAULT_AMBER))
          .references(References.SCIE_GUIDE_51, References.TLAP_LADDER, References.UK_STANDARDS)
          .build();

  /** Creates the metric; it keeps no state. */
  public PrincipleScorecard() {}

  /** The constant descriptor of {@code copro.scorecard.principles}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Rates each configured principle from the rated outcomes of the records' metrics informing it,
   * caps the ratings by the warning signs, and sets people's own view beside them; no value when no
   * configured principle has a rated metric.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    Parameters p = context.parameters();
    List<String> warnings = new ArrayList<>();
    Set<Principle> principles =
        Codes.parse(Principle.class, p.strings(PRINCIPLES), PRINCIPLES, warnings);
    List<String> perception = p.strings(PERCEPTION_METRICS);
    double amberPoints = p.decimal(AMBER_POINTS);
    double green = p.decimal(GREEN_SCORE);
    double amber = p.decimal(AMBER_SCORE);
    if (amber > green) {
      warnings.add(
          "The parameter "
              + AMBER_SCORE
              + " ("
              + amber
              + ") is above "
              + GREEN_SCORE
              + " ("
              + green
              + "): amber is taken to start where green does.");
      amber = green;
    }
    Thresholds thresholds = Thresholds.higherIsBetter(green, amber);

    Map<Principle, List<Rated>> rated = new EnumMap<>(Principle.class);
    // By id, each named as reports name it: its name, then its id.
    Map<String, String> unrated = new TreeMap<>();
    Map<String, Outcome> perceived = new HashMap<>();
    List<Outcome> outcomes = new ArrayList<>(context.outcomes());
    outcomes.sort(Comparator.comparing(Outcome::id));
    for (Outcome outcome : outcomes) {
      Descriptor d = outcome.descriptor();
      if (d.id().equals(ID) || d.phase() == Phase.AGGREGATE) {
        continue;
      }
      if (d.id().equals(WARNING_SIGNS)) {
        continue; // the signs act on the principles they bear on, through the caps below
      }
      if (perception.contains(d.id())) {
        if (outcome.rating() != null) {
          perceived.put(d.id(), outcome);
        }
        continue;
      }
      for (Principle principle : d.principles()) {
        if (!principles.contains(principle)) {
          continue;
        }
        Rating rating = outcome.rating();
        if (rating != null) {
          rated
              .computeIfAbsent(principle, k -> new ArrayList<>())
              .add(new Rated(d.id(), d.name(), rating));
        } else if (d.thresholds() != null) {
          unrated.put(d.id(), d.name().equals(d.id()) ? d.id() : d.name() + " (" + d.id() + ")");
        }
      }
    }
    if (!unrated.isEmpty()) {
      warnings.add(
          Plural.word(unrated.size(), "The metric ", "The metrics ")
              + Words.list(List.copyOf(unrated.values()), "and")
              + " "
              + Plural.word(unrated.size(), "informs", "inform")
              + " the principles but "
              + Plural.word(unrated.size(), "has", "have")
              + " no rating, having failed or had no value, so "
              + Plural.word(unrated.size(), "it is", "they are")
              + " left out.");
    }
    Outcome people =
        perception.stream().map(perceived::get).filter(Objects::nonNull).findFirst().orElse(null);
    Signs signs = Signs.of(context.outcome(WARNING_SIGNS).orElse(null), warnings);

    Map<Principle, Double> scores = new EnumMap<>(Principle.class);
    Map<Principle, Rating> ratings = new EnumMap<>(Principle.class);
    List<Finding> findings = new ArrayList<>();
    Set<String> ratedIds = new LinkedHashSet<>();
    for (Principle principle : principles) {
      List<Rated> informing = rated.get(principle);
      if (informing == null) {
        warnings.add("No rated metric informs " + principle.code() + ", so it gets no score.");
        continue;
      }
      double points = 0;
      for (Rated r : informing) {
        points += points(r.rating(), amberPoints);
        ratedIds.add(r.id());
      }
      double score = points / informing.size();
      Rating byScore = thresholds.rate(score);
      Rating cap = signs.cap(principle);
      Rating rating = cap != null && cap.compareTo(byScore) < 0 ? cap : byScore;
      scores.put(principle, score);
      ratings.put(principle, rating);
      findings.add(finding(principle, score, byScore, rating, informing, signs));
    }
    if (scores.isEmpty()) {
      Measurement.Builder none =
          Measurement.builderWithoutValue("no metric informing the principles has a rating");
      warnings.forEach(none::warning);
      return none.build();
    }
    double overall =
        scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    Measurement.Builder result = Measurement.of(overall, ratedIds.size());
    scores.forEach((principle, score) -> result.component(principle.code(), score));
    ratings.forEach(
        (principle, rating) -> result.component(principle.code() + "Rating", points(rating, 0.5)));
    Rating peopleRating = people == null ? null : people.rating();
    if (people != null && people.measurement() != null && people.measurement().value() != null) {
      result.component("peopleView", people.measurement().value());
    }
    findings.forEach(result::finding);

    List<String> capReasons = new ArrayList<>();
    long red = ratings.values().stream().filter(r -> r == Rating.RED).count();
    if (!signs.high().isEmpty()) {
      capReasons.add(
          "a high-severity warning sign stands (" + String.join(", ", signs.high()) + ")");
    }
    if (red > 0) {
      capReasons.add(red + (red == 1 ? " principle is" : " principles are") + " red");
    }
    if (people != null && peopleRating == Rating.RED) {
      capReasons.add("people's own view (" + people.id() + ") is red");
    }
    // Two red principles, or a red principle beside a high-severity sign, is tokenism on the
    // record: red.
    boolean severe = red >= 2 || (red >= 1 && !signs.high().isEmpty());
    Rating overallCap = severe ? Rating.RED : capReasons.isEmpty() ? null : Rating.AMBER;
    if (overallCap != null) {
      result.ratingCap(overallCap);
      result.finding(
          Finding.of(
              OVERALL_CAP_FINDING,
              overallCap == Rating.RED ? Severity.HIGH : Severity.MEDIUM,
              "The overall rating is at most "
                  + overallCap.code()
                  + " because "
                  + String.join(", and ", capReasons)
                  + ": a good average must not hide what the records show.",
              List.of()));
    }
    Finding gap = perceptionGap(people, peopleRating, ratings, signs);
    if (gap != null) {
      result.finding(gap);
    }
    warnings.forEach(result::warning);
    return result.build();
  }

  /**
   * Where people's own view and the records disagree, or {@code null} where they do not or there is
   * no view.
   */
  private static @Nullable Finding perceptionGap(
      @Nullable Outcome people,
      @Nullable Rating view,
      Map<Principle, Rating> ratings,
      Signs signs) {
    if (people == null
        || view == null
        || people.measurement() == null
        || people.measurement().value() == null) {
      return null;
    }
    String score = String.format(Locale.ROOT, "%.0f%%", people.measurement().value() * 100);
    List<String> redPrinciples = new ArrayList<>();
    ratings.forEach(
        (principle, rating) -> {
          if (rating == Rating.RED) {
            redPrinciples.add(principle.code());
          }
        });
    if (view == Rating.GREEN && (!redPrinciples.isEmpty() || !signs.high().isEmpty())) {
      List<String> what = new ArrayList<>();
      if (!redPrinciples.isEmpty()) {
        what.add("red for " + String.join(", ", redPrinciples));
      }
      if (!signs.high().isEmpty()) {
        what.add("high-severity warning signs (" + String.join(", ", signs.high()) + ")");
      }
      return Finding.of(
          PERCEPTION_GAP_FINDING,
          Severity.MEDIUM,
          "People rated their experience well ("
              + score
              + ", green), but the records show "
              + String.join(" and ", what)
              + ". The survey does not outweigh the "
              + "records: check both with the people involved.",
          List.of());
    }
    boolean recordsGood =
        !ratings.isEmpty() && ratings.values().stream().noneMatch(r -> r == Rating.RED);
    if (view == Rating.RED && recordsGood) {
      return Finding.of(
          PERCEPTION_GAP_FINDING,
          Severity.MEDIUM,
          "People rated their experience poorly ("
              + score
              + ", red), though the records look better: what people feel is evidence too - ask them why.",
          List.of());
    }
    return null;
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

  private static Finding finding(
      Principle principle,
      double score,
      Rating byScore,
      Rating rating,
      List<Rated> informing,
      Signs signs) {
    List<String> behind = new ArrayList<>();
    for (Rated r : informing) {
      behind.add(r.name() + " (" + r.rating().code() + ")");
    }
    String name =
        principle.code().substring(0, 1).toUpperCase(Locale.ROOT) + principle.code().substring(1);
    StringBuilder message =
        new StringBuilder(name)
            .append(" is ")
            .append(rating.code())
            .append(", with a score of ")
            .append(Words.percent(score))
            .append(" from ")
            .append(Plural.of(informing.size(), "rated metric", "rated metrics"))
            .append(": ")
            .append(Words.list(behind, "and"))
            .append('.');
    if (rating != byScore) {
      message
          .append(" The score alone would make it ")
          .append(byScore.code())
          .append(", but warning signs of " + "tokenism bear on it: ")
          .append(String.join(", ", signs.bearingOn(principle)))
          .append('.');
    }
    return Finding.of(PRINCIPLE_FINDING, severity(rating), message.toString(), List.of());
  }

  /**
   * The findings of the warning signs, by the principles they bear on.
   *
   * @param high the codes of the high-severity findings, in code order
   * @param byPrinciple the codes bearing on each principle, in code order
   * @param highByPrinciple the codes of high-severity findings bearing on each principle
   */
  private record Signs(
      List<String> high,
      Map<Principle, Set<String>> byPrinciple,
      Map<Principle, Set<String>> highByPrinciple) {

    static Signs of(@Nullable Outcome outcome, List<String> warnings) {
      Set<String> high = new TreeSet<>();
      Map<Principle, Set<String>> bearing = new EnumMap<>(Principle.class);
      Map<Principle, Set<String>> highBearing = new EnumMap<>(Principle.class);
      if (outcome == null || outcome.measurement() == null) {
        warnings.add(
            "The metric "
                + WARNING_SIGNS
                + " has no result, so the caps of the warning signs are not "
                + "applied.");
        return new Signs(List.of(), bearing, highBearing);
      }
      for (Finding f : outcome.measurement().findings()) {
        Set<Principle> principles = SIGN_PRINCIPLES.getOrDefault(f.code(), Set.of());
        boolean isHigh = f.severity() == Severity.HIGH;
        if (isHigh) {
          high.add(f.code());
        }
        for (Principle principle : principles) {
          bearing.computeIfAbsent(principle, k -> new TreeSet<>()).add(f.code());
          if (isHigh) {
            highBearing.computeIfAbsent(principle, k -> new TreeSet<>()).add(f.code());
          }
        }
      }
      return new Signs(List.copyOf(high), bearing, highBearing);
    }

    /**
     * The best rating the principle may have: red with two high signs, amber with any sign, else
     * none.
     */
    @Nullable Rating cap(Principle principle) {
      if (highByPrinciple.getOrDefault(principle, Set.of()).size() >= 2) {
        return Rating.RED;
      }
      return bearingOn(principle).isEmpty() ? null : Rating.AMBER;
    }

    Set<String> bearingOn(Principle principle) {
      return byPrinciple.getOrDefault(principle, Set.of());
    }
  }

  /**
   * A metric's rating.
   *
   * @param id the metric's id
   * @param name its name, for messages
   * @param rating its rating
   */
  private record Rated(String id, String name, Rating rating) {}

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
