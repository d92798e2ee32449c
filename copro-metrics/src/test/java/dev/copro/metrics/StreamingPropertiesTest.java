package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.metrics.access.AccessNeedsMet;
import dev.copro.metrics.access.NoticeGiven;
import dev.copro.metrics.diversity.KeyStakeholderPresence;
import dev.copro.metrics.diversity.PerspectiveDiversity;
import dev.copro.metrics.diversity.Representation;
import dev.copro.metrics.experience.MinierChecklist;
import dev.copro.metrics.experience.MinierItem;
import dev.copro.metrics.experience.SurveyExperience;
import dev.copro.metrics.involvement.Earliness;
import dev.copro.metrics.involvement.StageCoverage;
import dev.copro.metrics.ladder.LadderPlacement;
import dev.copro.metrics.power.DecisionInclusion;
import dev.copro.metrics.power.Influence;
import dev.copro.metrics.power.Leadership;
import dev.copro.metrics.power.SeatShare;
import dev.copro.metrics.power.VotingPower;
import dev.copro.metrics.reciprocity.FeedbackLoop;
import dev.copro.metrics.reciprocity.PaymentCoverage;
import dev.copro.metrics.relationship.Retention;
import dev.copro.metrics.tokenism.WarningSigns;
import dev.copro.metrics.voice.VoiceEquality;
import dev.copro.model.ActivityType;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.StreamingMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming contract of every default metric that streams: sending a dataset's events through
 * one accumulator built over its reference records gives exactly what {@code measure} gives over
 * the whole dataset; so does dealing the events, in a shuffled order, to several accumulators and
 * merging them in a random grouping and order. "Exactly" is {@link Measurement} equality, which
 * compares every number bit for bit, so the two give the same bytes in a report.
 *
 * <p>Each property draws a dataset, a bloc and how to split the events, and the metric's parameters
 * where they change what is counted.
 */
class StreamingPropertiesTest {

  private static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.PERSPECTIVE,
          Dimension.attribute("age-band"),
          Dimension.attribute("area"),
          Dimension.attribute("gender"));

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(8);
  }

  @Provide
  Arbitrary<Bloc> blocs() {
    return Arbitraries.subsetOf(Perspective.values()).ofMinSize(1).map(Bloc::new);
  }

  @Property(tries = 150)
  void perspectives(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new PerspectiveDiversity(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 150)
  void representation(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean byAttribute,
      @ForAll long seed) {
    Map<String, Object> parameters =
        byAttribute
            ? Map.of("dimension", "age-band", "reference", List.of("18-24=0.5", "not-recorded=0.5"))
            : Map.of(
                "reference",
                List.of(
                    "lived-experience=0.3", "carer=0.2", "professional=0.4", "commissioner=0.1"));
    check(new Representation(), d, parameters, bloc, seed);
  }

  @Property(tries = 150)
  void notice(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll @IntRange(max = 30) int minimum,
      @ForAll long seed) {
    check(new NoticeGiven(), d, Map.of("minimumDays", minimum), bloc, seed);
  }

  @Property(tries = 150)
  void stageCoverage(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new StageCoverage(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 150)
  void decisionInclusion(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new DecisionInclusion(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 150)
  void leadership(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new Leadership(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 150)
  void votingPower(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new VotingPower(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 300)
  void seatShare(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean everyType,
      @ForAll @IntRange(max = 3) int minimum,
      @ForAll long seed) {
    List<String> types =
        everyType
            ? Arrays.stream(ActivityType.values()).map(ActivityType::code).toList()
            : List.of("board", "panel");
    check(
        new SeatShare(),
        d,
        Map.of("activityTypes", types, "minimumBlocSeats", minimum),
        bloc,
        seed);
  }

  @Property(tries = 300)
  void accessNeedsMet(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new AccessNeedsMet(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 300)
  void keyStakeholders(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean everyGroup,
      @ForAll long seed) {
    Map<String, Object> parameters =
        everyGroup
            ? Map.of("groups", Arrays.stream(Perspective.values()).map(Perspective::code).toList())
            : Map.of();
    check(new KeyStakeholderPresence(), d, parameters, bloc, seed);
  }

  @Property(tries = 300)
  void retention(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll @IntRange(min = 1, max = 3) int minActivities,
      @ForAll @IntRange(max = 6) int minMonths,
      @ForAll long seed) {
    check(
        new Retention(),
        d,
        Map.of("minActivities", minActivities, "minMonths", minMonths),
        bloc,
        seed);
  }

  @Property(tries = 300)
  void earliness(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new Earliness(), d, Map.of(), bloc, seed);
  }

  @Property(tries = 300)
  void surveyExperience(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll int bootstrapSeed,
      @ForAll long seed) {
    check(
        new SurveyExperience(),
        d,
        Map.of("bootstrapSamples", 100, "seed", bootstrapSeed),
        bloc,
        seed);
  }

  @Property(tries = 300)
  void warningSigns(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean everyGroup,
      @ForAll @IntRange(max = 120) int responseDueDays,
      @ForAll @IntRange(max = 60) int latePaymentDays,
      @ForAll @IntRange(min = 1, max = 3) int minIdeas,
      @ForAll long seed) {
    List<String> groups =
        everyGroup
            ? List.of(
                "lived-experience",
                "carer",
                "professional",
                "commissioner",
                "age-band=18-24",
                "area=North, East")
            : List.of("carer", "no-such-group");
    check(
        new WarningSigns(),
        d,
        Map.of(
            "keyGroups",
            groups,
            "responseDueDays",
            responseDueDays,
            "latePaymentDays",
            latePaymentDays,
            "minIdeas",
            minIdeas,
            "minDoesNotFit",
            1),
        bloc,
        seed);
  }

  @Property(tries = 300)
  void minierChecklist(
      @ForAll("checklistDatasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll @IntRange(min = 1, max = 3) int minRespondents,
      @ForAll long seed) {
    check(new MinierChecklist(), d, Map.of("minRespondents", minRespondents), bloc, seed);
  }

  /**
   * Generated datasets whose participants also answer Minier's checklist, some twice: on its
   * recommended scale, on a 0–10 scale in a second survey, and an item that names no sign.
   */
  @Provide
  Arbitrary<Dataset> checklistDatasets() {
    return Combinators.combine(DatasetArbitraries.datasets(8), Arbitraries.longs())
        .as(
            (d, seed) -> {
              Random random = new Random(seed);
              Dataset.Builder b = d.toBuilder();
              List<SurveyItem> wide = new ArrayList<>();
              for (MinierItem item : MinierItem.values()) {
                wide.add(new SurveyItem(item.id(), item.statement(), 0, 10, null));
              }
              wide.add(
                  new SurveyItem(MinierItem.ID_PREFIX + "lunch", "There was lunch.", 0, 10, null));
              List<Survey> surveys =
                  List.of(
                      new Survey("zz-minier", "Minier's checklist", MinierItem.surveyItems()),
                      new Survey("zz-minier-wide", "Minier's checklist, 0 to 10", wide));
              surveys.forEach(b::add);
              int n = 0;
              for (Participant p : d.participants()) {
                for (Survey survey : surveys) {
                  for (SurveyItem item : survey.items()) {
                    for (int times = random.nextInt(4) - 1; times > 0; times--) {
                      b.add(
                          new SurveyResponse(
                              "zz-" + n++,
                              survey.id(),
                              item.id(),
                              p.id(),
                              null,
                              LocalDate.of(2024, 1, 1).plusDays(random.nextInt(800)),
                              item.scaleMin()
                                  + random.nextInt(item.scaleMax() - item.scaleMin() + 1)));
                    }
                  }
                }
              }
              return b.build();
            });
  }

  @Property(tries = 300)
  void influence(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean everyKind,
      @ForAll long seed) {
    Map<String, Object> parameters =
        everyKind
            ? Map.of(
                "kinds",
                Arrays.stream(ContributionKind.values()).map(ContributionKind::code).toList())
            : Map.of();
    check(new Influence(), d, parameters, bloc, seed);
  }

  @Property(tries = 300)
  void voiceEquality(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean unrecordedAsSilent,
      @ForAll long seed) {
    check(
        new VoiceEquality(),
        d,
        Map.of("unrecordedAsSilent", unrecordedAsSilent, "dominanceShare", 0.5),
        bloc,
        seed);
  }

  @Property(tries = 300)
  void paymentCoverage(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll @IntRange(max = 60) int lateDays,
      @ForAll long seed) {
    check(new PaymentCoverage(), d, Map.of("latePaymentDays", lateDays), bloc, seed);
  }

  @Property(tries = 300)
  void feedbackLoop(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll @IntRange(min = 1, max = 90) int dueDays,
      @ForAll long seed) {
    check(new FeedbackLoop(), d, Map.of("responseDueDays", dueDays), bloc, seed);
  }

  @Property(tries = 150)
  void ladder(@ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new LadderPlacement(), d, Map.of(), bloc, seed);
  }

  /**
   * The metric's measurement of the whole dataset equals the result of its events sent to one
   * accumulator over the reference records, and the result of the events shuffled, dealt to several
   * accumulators and merged.
   */
  private static void check(
      StreamingMetric metric, Dataset d, Map<String, ?> parameters, Bloc bloc, long seed) {
    Parameters resolved = Parameters.resolve(metric.descriptor().parameters(), parameters);
    List<Outcome> outcomes =
        metric.descriptor().phase() == Phase.AGGREGATE ? directOutcomes(d, bloc) : List.of();
    DatasetContext whole = context(d, d, resolved, bloc, outcomes);
    DatasetContext references = context(d.references(), d, resolved, bloc, outcomes);

    Measurement expected = metric.measure(whole);
    // Not vacuous: a good share of the generated datasets give the metric a value.
    Statistics.collect(expected.value() != null);
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));

    Accumulator one = metric.accumulator(references);
    StreamedDataset.of(d).stream(one);
    assertThat(one.result()).as("one accumulator").isEqualTo(expected);
    assertThat(splitAndMerged(metric, references, d, new Random(seed)))
        .as("split and merged")
        .isEqualTo(expected);
  }

  /**
   * A context over {@code data}, as of the latest day of {@code whole}, the dataset it is part of.
   */
  private static DatasetContext context(
      Dataset data, Dataset whole, Parameters parameters, Bloc bloc, List<Outcome> outcomes) {
    return DatasetContext.builder(data)
        .parameters(parameters)
        .bloc(bloc)
        .dimensions(DIMENSIONS)
        .referenceDate(DatasetContext.latestDate(whole))
        .outcomes(outcomes)
        .build();
  }

  private static Measurement splitAndMerged(
      StreamingMetric metric, DatasetContext references, Dataset d, Random random) {
    List<Consumer<RecordSink>> events = new ArrayList<>();
    d.attendance().forEach(a -> events.add(sink -> sink.attendance(a)));
    d.contributions().forEach(c -> events.add(sink -> sink.contribution(c)));
    d.payments().forEach(p -> events.add(sink -> sink.payment(p)));
    d.surveyResponses().forEach(r -> events.add(sink -> sink.surveyResponse(r)));
    Collections.shuffle(events, random);
    List<Accumulator> parts = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int part = 0; part < count; part++) {
      parts.add(metric.accumulator(references));
    }
    for (Consumer<RecordSink> event : events) {
      event.accept(parts.get(random.nextInt(count)));
    }
    while (parts.size() > 1) {
      Accumulator into = parts.get(random.nextInt(parts.size()));
      parts.remove(into);
      Accumulator from = parts.remove(random.nextInt(parts.size()));
      into.merge(from);
      parts.add(into);
    }
    return parts.get(0).result();
  }

  /** The outcomes of every direct default metric over the whole dataset, for the ladder to read. */
  private static List<Outcome> directOutcomes(Dataset d, Bloc bloc) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Metric metric : ServiceLoader.load(Metric.class)) {
      if (metric.descriptor().phase() == Phase.DIRECT) {
        DatasetContext context =
            context(
                d,
                d,
                Parameters.resolve(metric.descriptor().parameters(), Map.of()),
                bloc,
                List.of());
        outcomes.add(new Outcome(metric.descriptor(), metric.measure(context), null, null));
      }
    }
    outcomes.sort(Comparator.comparing(Outcome::id));
    return outcomes;
  }
}
