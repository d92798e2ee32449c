package dev.copro.metrics.experience;

import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.Words;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.StreamingMetric;
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
import org.apache.commons.math3.stat.StatUtils;

/**
 * {@code copro.experience.survey}: how the people who took part rate their involvement, by role,
 * with a bootstrap confidence interval — the lived-experience bloc's mean survey score on a common
 * [0, 1] scale, and the gap between how professionals and the bloc see the same work.
 *
 * <p>Each answer is normalised by its item's scale, (value − min) ÷ (max − min), so that items on
 * different scales can be averaged (higher always means more agreement). Each respondent's score is
 * the mean of their normalised answers in scope, and a group's score is the mean of its
 * respondents' scores: every person counts once, however many items they answered. The value is the
 * bloc's score, n the number of bloc respondents, and the confidence interval a percentile
 * bootstrap (Efron and Tibshirani 1993) that resamples <em>respondents</em>, not answers: one
 * person's answers to different items go together (someone who felt unheard tends to rate every
 * item low), so treating answers as independent would understate the uncertainty. Resampling uses a
 * generator seeded by the {@code seed} parameter, over respondents in id order, so the interval is
 * reproducible.
 *
 * <p>Components: {@code professionalScore} (respondents outside the bloc whose perspective is
 * professional or commissioner), {@code perceptionGap} (professionals minus bloc; positive when
 * professionals think better of the work than the bloc does) with its bootstrap interval {@code
 * perceptionGapLower} and {@code perceptionGapUpper}, resampling each group separately. Breakdowns:
 * by perspective (and the context's other dimensions, over all respondents), {@code item} (the
 * bloc's mean per item, keyed {@code SURVEY/ITEM}), {@code item-professional} (the professionals'
 * mean per item) and {@code principle} (the bloc's mean over the items of each principle; items
 * without one under {@code not-recorded}). Fewer than {@code minRespondents} bloc respondents still
 * give a value, with a warning that the interval is unreliable.
 *
 * <p>Streams: its state is how often each respondent gave each answer to each item — bounded by
 * participants × items × scale points, however many rounds of a survey — from which the
 * respondents' scores, the breakdowns and the seeded bootstrap follow exactly.
 *
 * @since 0.1.0
 */
public final class SurveyExperience implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.experience.survey";

  /** The perspectives counted as professionals when they are not in the bloc. */
  private static final Set<Perspective> PROFESSIONAL_ROLES =
      EnumSet.of(Perspective.PROFESSIONAL, Perspective.COMMISSIONER);

  private static final String SAMPLES = "bootstrapSamples";
  private static final String LEVEL = "confidenceLevel";
  private static final String SEED = "seed";
  private static final String MIN_RESPONDENTS = "minRespondents";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Experience of involvement (survey)")
          .description(
              "Mean survey score of people with lived experience and carers on a 0-1 scale (for example "
                  + "PPEET or 4Pi items such as 'I felt listened to'), with a bootstrap confidence interval, scores per "
                  + "role and per item, and the perception gap between professionals and the lived-experience bloc.")
          .summary(
              "The average score that people with lived experience and carers gave their experience of "
                  + "being involved, from 0 (the worst answer to every question) to 1 (the best).")
          .goodLooksLike(
              "0.75 or more, with professionals rating the same work about as highly as people with "
                  + "lived experience and carers do.")
          .principles(
              Principle.EQUALITY,
              Principle.DIVERSITY,
              Principle.ACCESSIBILITY,
              Principle.RECIPROCITY,
              Principle.RELATIONSHIP)
          .unit(Unit.SCORE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.integer(
                  SAMPLES, 1000, 100, 100_000, "Number of bootstrap resamples of respondents."),
              ParameterSpec.decimal(
                  LEVEL,
                  0.95,
                  0.5,
                  0.999,
                  "Confidence level of the bootstrap percentile intervals."),
              ParameterSpec.integer(
                  SEED,
                  1,
                  Integer.MIN_VALUE,
                  Integer.MAX_VALUE,
                  "Seed of the random generator used for resampling, so that intervals are reproducible."),
              ParameterSpec.integer(
                  MIN_RESPONDENTS,
                  10,
                  1,
                  10_000,
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
   * A new accumulator of how often each respondent gave each answer to each item. The measurement —
   * the bloc's mean normalised survey score in scope with its bootstrap interval; no value when no
   * bloc member answered a survey in scope — is made from it in {@link Accumulator#result()}: the
   * respondents' scores, and so the bootstrap, depend only on those counts.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Answers(context);
  }

  /**
   * Counts of answers by respondent, item and value, keyed {@code (respondent rank in id order ×
   * items + item) × values + (value − scale minimum)}: bounded by participants × items × scale
   * points however many rounds of a survey there are.
   */
  private static final class Answers implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final SurveyItems items;
    private final LongIntMap counts = new LongIntMap();

    Answers(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.items = SurveyItems.of(context);
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.surveyResponseCount(); i < n; i++) {
        answer(batch.surveyResponse(i), batch.surveyResponseParticipant(i));
      }
    }

    @Override
    public void surveyResponse(SurveyResponse r) {
      answer(r, positions.participant(r.participant()));
    }

    /** Takes in a response of the participant at the given position. */
    private void answer(SurveyResponse r, int p) {
      // A built Dataset has resolved every response's participant, survey and item, so the lookups
      // cannot miss.
      int item = items.index(r.survey(), r.item());
      long cell = (long) positions.participantRank(p) * items.count() + item;
      counts.add(cell * items.span() + (r.value() - items.item(item).scaleMin()), 1);
    }

    @Override
    public void merge(Accumulator other) {
      counts.addAll(((Answers) other).counts);
    }

    @Override
    public Measurement result() {
      List<Respondent> respondents = new ArrayList<>();
      List<Double> blocScores = new ArrayList<>();
      List<Double> professionalScores = new ArrayList<>();
      Map<String, List<Double>> blocByItem = new TreeMap<>();
      Map<String, List<Double>> professionalByItem = new TreeMap<>();
      Map<String, List<Double>> blocByPrinciple = new TreeMap<>();
      long[] keys = counts.sortedKeys();
      long perRespondent = (long) items.count() * items.span();
      int from = 0;
      while (from < keys.length) {
        int rank = (int) (keys[from] / perRespondent);
        int to = from;
        while (to < keys.length && keys[to] / perRespondent == rank) {
          to++;
        }
        Participant participant = positions.participantAt(positions.participantByRank(rank));
        Scores own = scores(Arrays.copyOfRange(keys, from, to));
        respondents.add(new Respondent(participant.id(), own.all()));
        if (context.bloc().contains(participant)) {
          blocScores.add(own.all());
          own.byItem()
              .forEach(
                  (item, score) ->
                      blocByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(score));
          own.byPrinciple()
              .forEach(
                  (principle, score) ->
                      blocByPrinciple
                          .computeIfAbsent(principle, k -> new ArrayList<>())
                          .add(score));
        } else if (PROFESSIONAL_ROLES.contains(participant.perspective())) {
          professionalScores.add(own.all());
          own.byItem()
              .forEach(
                  (item, score) ->
                      professionalByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(score));
        }
        from = to;
      }
      if (blocScores.isEmpty()) {
        return Measurement.noValue(
            "none of the " + Words.bloc(context.bloc()) + " answered a survey in scope");
      }
      Measurement.Builder result =
          measure(
              context.parameters(), array(blocScores), array(professionalScores), context.bloc());
      result.breakdowns(
          context.breakdowns(
              respondents,
              Respondent::participant,
              group -> mean(group.stream().mapToDouble(Respondent::score).toArray())));
      result.breakdown(byKey("item", blocByItem));
      if (!professionalScores.isEmpty()) {
        result.breakdown(byKey("item-professional", professionalByItem));
      }
      result.breakdown(byKey("principle", blocByPrinciple));
      return result.build();
    }

    /**
     * One respondent's scores — over all their answers, per item, per principle — from their
     * counts.
     */
    private Scores scores(long[] keys) {
      List<Double> all = new ArrayList<>();
      Map<String, List<Double>> byItem = new TreeMap<>();
      Map<String, List<Double>> byPrinciple = new TreeMap<>();
      for (long key : keys) {
        int item = (int) (key / items.span() % items.count());
        double score = score(items.item(item), (int) (key % items.span()));
        for (int n = counts.get(key, 0); n > 0; n--) {
          all.add(score);
          byItem.computeIfAbsent(items.key(item), k -> new ArrayList<>()).add(score);
          byPrinciple
              .computeIfAbsent(principle(items.item(item)), k -> new ArrayList<>())
              .add(score);
        }
      }
      return new Scores(mean(array(all)), means(byItem), means(byPrinciple));
    }
  }

  /** The bloc's score with its interval and, when professionals answered, the perception gap. */
  private static Measurement.Builder measure(
      Parameters parameters, double[] blocScores, double[] professionalScores, Bloc bloc) {
    double level = parameters.decimal(LEVEL);
    int minRespondents = parameters.integer(MIN_RESPONDENTS);
    Bootstrap bootstrap = new Bootstrap(parameters.integer(SEED), parameters.integer(SAMPLES));
    double[] blocReplicates = bootstrap.resampledMeans(blocScores);
    double blocScore = mean(blocScores);
    Measurement.Builder result =
        Measurement.of(blocScore, blocScores.length)
            .confidence(Bootstrap.percentileInterval(blocReplicates, level));
    if (blocScores.length < minRespondents) {
      result.warning(
          "Only "
              + Words.bloc(bloc, blocScores.length)
              + " answered, fewer than "
              + minRespondents
              + ", so the confidence interval is unreliable.");
    }
    if (professionalScores.length == 0) {
      result.warning(
          "No professional or commissioner answered a survey in scope, so there is no perception gap.");
      return result;
    }
    double[] professionalReplicates = bootstrap.resampledMeans(professionalScores);
    double[] gaps = new double[blocReplicates.length];
    for (int b = 0; b < gaps.length; b++) {
      gaps[b] = professionalReplicates[b] - blocReplicates[b];
    }
    Interval gap = Bootstrap.percentileInterval(gaps, level);
    double professionalScore = mean(professionalScores);
    result
        .component("professionalScore", professionalScore)
        .component("perceptionGap", professionalScore - blocScore)
        .component("perceptionGapLower", gap.lower())
        .component("perceptionGapUpper", gap.upper());
    if (professionalScores.length < minRespondents) {
      result.warning(
          "Only "
              + Plural.of(
                  professionalScores.length,
                  "professional or commissioner",
                  "professionals and commissioners")
              + " answered, fewer than "
              + minRespondents
              + ", so the interval of "
              + "the perception gap is unreliable.");
    }
    return result;
  }

  /** The principle an item bears on, or {@link Dimension#NOT_RECORDED}. */
  private static String principle(SurveyItem item) {
    return item.principle() == null ? Dimension.NOT_RECORDED : item.principle().code();
  }

  /**
   * The answer {@code scaleMin + offset} normalised by the item's scale, (value − min) ÷ (max −
   * min).
   */
  private static double score(SurveyItem item, int offset) {
    return (double) offset / (item.scaleMax() - item.scaleMin());
  }

  /** One respondent's mean normalised answer over everything, per item key and per principle. */
  private record Scores(double all, Map<String, Double> byItem, Map<String, Double> byPrinciple) {}

  private static Map<String, Double> means(Map<String, List<Double>> values) {
    Map<String, Double> means = new TreeMap<>();
    values.forEach((key, list) -> means.put(key, mean(array(list))));
    return means;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The mean of the values, summed in ascending order so that the result does not depend on the
   * order of records or on participant ids down to the last bit (the report must be
   * byte-identical).
   */
  private static double mean(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return StatUtils.mean(sorted);
  }

  /** The mean of respondents' scores within each key, n being the number of respondents. */
  private static Breakdown byKey(String dimension, Map<String, List<Double>> scoresByKey) {
    List<Group> groups = new ArrayList<>();
    scoresByKey.forEach(
        (key, scores) -> groups.add(Group.of(key, mean(array(scores)), scores.size())));
    return new Breakdown(dimension, groups);
  }

  /** One respondent's score. */
  private record Respondent(String participant, double score) {}
}
