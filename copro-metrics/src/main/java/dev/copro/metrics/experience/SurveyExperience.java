package dev.copro.metrics.experience;

import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.StatUtils;

/**
 * {@code copro.experience.survey}: how the people who took part rate their involvement, by role,
 * with a bootstrap confidence interval — the lived-experience bloc's mean survey score on a common
 * [0, 1] scale, and the gap between how professionals and the bloc see the same work.
 *
 * <p>Each answer is normalised by its item's scale, (value − min) ÷ (max − min), so that items on
 * different scales can be averaged (higher always means more agreement). Each respondent's score is
 * the mean of their normalised answers in scope, and a group's score is the mean of its
 * respondents' scores: every person counts once, however many items they answered. The value is
 * the bloc's score, n the number of bloc respondents, and the confidence interval a percentile
 * bootstrap (Efron and Tibshirani 1993) that resamples <em>respondents</em>, not answers: one
 * person's answers to different items go together (someone who felt unheard tends to rate every
 * item low), so treating answers as independent would understate the uncertainty. Resampling uses
 * a generator seeded by the {@code seed} parameter, over respondents in id order, so the interval
 * is reproducible.
 *
 * <p>Components: {@code professionalScore} (respondents outside the bloc whose perspective is
 * professional or commissioner), {@code perceptionGap} (professionals minus bloc; positive when
 * professionals think better of the work than the bloc does) with its bootstrap interval
 * {@code perceptionGapLower} and {@code perceptionGapUpper}, resampling each group separately.
 * Breakdowns: by perspective (and the context's other dimensions, over all respondents),
 * {@code item} (the bloc's mean per item, keyed {@code SURVEY/ITEM}), {@code item-professional}
 * (the professionals' mean per item) and {@code principle} (the bloc's mean over the items of each
 * principle; items without one under {@code not-recorded}). Fewer than {@code minRespondents} bloc
 * respondents still give a value, with a warning that the interval is unreliable.
 *
 * @since 0.1.0
 */
public final class SurveyExperience implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.experience.survey";

  /** The perspectives counted as professionals when they are not in the bloc. */
  private static final Set<Perspective> PROFESSIONAL_ROLES =
      EnumSet.of(Perspective.PROFESSIONAL, Perspective.COMMISSIONER);

  private static final String SAMPLES = "bootstrapSamples";
  private static final String LEVEL = "confidenceLevel";
  private static final String SEED = "seed";
  private static final String MIN_RESPONDENTS = "minRespondents";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("Experience of involvement (survey)")
      .description("Mean survey score of people with lived experience and carers on a 0-1 scale (for example "
          + "PPEET or 4Pi items such as 'I felt listened to'), with a bootstrap confidence interval, scores per "
          + "role and per item, and the perception gap between professionals and the lived-experience bloc.")
      .principles(Principle.EQUALITY, Principle.DIVERSITY, Principle.ACCESSIBILITY, Principle.RECIPROCITY,
          Principle.RELATIONSHIP)
      .unit(Unit.SCORE)
      .range(ValueRange.UNIT_INTERVAL)
      .parameters(
          ParameterSpec.integer(SAMPLES, 1000, 100, 100_000, "Number of bootstrap resamples of respondents."),
          ParameterSpec.decimal(LEVEL, 0.95, 0.5, 0.999, "Confidence level of the bootstrap percentile intervals."),
          ParameterSpec.integer(SEED, 1, Integer.MIN_VALUE, Integer.MAX_VALUE,
              "Seed of the random generator used for resampling, so that intervals are reproducible."),
          ParameterSpec.integer(MIN_RESPONDENTS, 10, 1, 10_000,
              "Fewest respondents in a group for its interval to be reported without a warning."))
      .thresholds(Thresholds.higherIsBetter(0.75, 0.50))
      .references(
          "Abelson J. et al. (2016) Supporting quality public and patient engagement in health system "
              + "organizations: development and usability testing of the Public and Patient Engagement Evaluation "
              + "Tool. Health Expectations 19(4):817-827.",
          "National Survivor User Network (2015) 4Pi National Involvement Standards.",
          "NIHR et al. (2019) UK Standards for Public Involvement.",
          "Efron B., Tibshirani R.J. (1993) An Introduction to the Bootstrap. Chapman & Hall/CRC, ch. 13.",
          "Davison A.C., Hinkley D.V. (1997) Bootstrap Methods and their Application. Cambridge University "
              + "Press, section 3.8 (resampling hierarchical data at the top level).")
      .build();

  /** Creates the metric; it keeps no state. */
  public SurveyExperience() {}

  /** The constant descriptor of {@code copro.experience.survey}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Measures the bloc's mean normalised survey score in scope with its bootstrap interval; no value
   * when no bloc member answered a survey in scope.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    List<Answer> answers = normalise(context.surveyResponses(), context.dataset());
    Predicate<Answer> bloc = a -> context.isBloc(a.participant());
    Predicate<Answer> professional = a -> !context.isBloc(a.participant()) && context.dataset()
        .participant(a.participant()).map(p -> PROFESSIONAL_ROLES.contains(p.perspective())).orElse(false);
    List<Answer> blocAnswers = answers.stream().filter(bloc).toList();
    List<Answer> professionalAnswers = answers.stream().filter(professional).toList();
    if (blocAnswers.isEmpty()) {
      return Measurement.noValue("no member of the lived-experience bloc answered a survey in scope");
    }

    Parameters parameters = context.parameters();
    double level = parameters.decimal(LEVEL);
    int minRespondents = parameters.integer(MIN_RESPONDENTS);
    Bootstrap bootstrap = new Bootstrap(parameters.integer(SEED), parameters.integer(SAMPLES));
    double[] blocScores = scores(blocAnswers);
    double[] blocReplicates = bootstrap.resampledMeans(blocScores);
    double blocScore = mean(blocScores);
    Measurement.Builder result = Measurement.of(blocScore, blocScores.length)
        .confidence(Bootstrap.percentileInterval(blocReplicates, level));
    if (blocScores.length < minRespondents) {
      result.warning("Only " + blocScores.length + " bloc members answered (fewer than " + minRespondents
          + "): the confidence interval is unreliable with so few respondents.");
    }

    if (professionalAnswers.isEmpty()) {
      result.warning("No professional or commissioner answered a survey in scope, so there is no perception gap.");
    } else {
      double[] professionalScores = scores(professionalAnswers);
      double[] professionalReplicates = bootstrap.resampledMeans(professionalScores);
      double[] gaps = new double[blocReplicates.length];
      for (int b = 0; b < gaps.length; b++) {
        gaps[b] = professionalReplicates[b] - blocReplicates[b];
      }
      Interval gap = Bootstrap.percentileInterval(gaps, level);
      double professionalScore = mean(professionalScores);
      result.component("professionalScore", professionalScore)
          .component("perceptionGap", professionalScore - blocScore)
          .component("perceptionGapLower", gap.lower())
          .component("perceptionGapUpper", gap.upper());
      if (professionalScores.length < minRespondents) {
        result.warning("Only " + professionalScores.length + " professionals and commissioners answered (fewer "
            + "than " + minRespondents + "): the perception gap's interval is unreliable.");
      }
    }

    List<Respondent> respondents = new ArrayList<>();
    respondentMeans(answers).forEach((participant, score) -> respondents.add(new Respondent(participant, score)));
    result.breakdowns(context.breakdowns(respondents, Respondent::participant,
        group -> mean(group.stream().mapToDouble(Respondent::score).toArray())));
    result.breakdown(byKey("item", blocAnswers, Answer::item));
    if (!professionalAnswers.isEmpty()) {
      result.breakdown(byKey("item-professional", professionalAnswers, Answer::item));
    }
    result.breakdown(byKey("principle", blocAnswers, Answer::principle));
    return result.build();
  }

  /** Every response on the [0, 1] scale, with its item key and principle. */
  private static List<Answer> normalise(List<SurveyResponse> responses, Dataset dataset) {
    List<Answer> answers = new ArrayList<>(responses.size());
    for (SurveyResponse r : responses) {
      // A built Dataset has resolved every response's survey and item, so the lookup cannot miss.
      SurveyItem item = dataset.survey(r.survey()).flatMap(s -> s.item(r.item())).orElseThrow();
      double score = (double) (r.value() - item.scaleMin()) / (item.scaleMax() - item.scaleMin());
      String principle = item.principle() == null ? Dimension.NOT_RECORDED : item.principle().code();
      answers.add(new Answer(r.participant(), r.survey() + "/" + r.item(), principle, score));
    }
    return answers;
  }

  /** Each respondent's mean normalised answer, by participant id. */
  private static Map<String, Double> respondentMeans(List<Answer> answers) {
    Map<String, Double> means = new TreeMap<>();
    answers.stream()
        .collect(Collectors.groupingBy(Answer::participant, TreeMap::new, Collectors.toList()))
        .forEach((participant, own) -> means.put(participant, mean(own.stream().mapToDouble(Answer::score).toArray())));
    return means;
  }

  /**
   * The mean of the values, summed in ascending order so that the result does not depend on the
   * order of records or on participant ids down to the last bit (the report must be byte-identical).
   */
  private static double mean(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return StatUtils.mean(sorted);
  }

  /** The respondents' scores in participant-id order, so that resampling does not depend on record order. */
  private static double[] scores(List<Answer> answers) {
    return respondentMeans(answers).values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The mean of respondents' scores within each key, n being the number of respondents. */
  private static Breakdown byKey(String dimension, List<Answer> answers, Function<Answer, String> key) {
    Map<String, List<Answer>> byKey = answers.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    List<Group> groups = new ArrayList<>();
    byKey.forEach((k, group) -> {
      double[] scores = scores(group);
      groups.add(Group.of(k, mean(scores), scores.length));
    });
    return new Breakdown(dimension, groups);
  }

  /** One normalised answer. */
  private record Answer(String participant, String item, String principle, double score) {}

  /** One respondent's score. */
  private record Respondent(String participant, double score) {}
}
