package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.engine.ScopedData;
import dev.copro.metrics.diversity.KeyStakeholderPresence;
import dev.copro.metrics.experience.SurveyExperience;
import dev.copro.metrics.power.SeatShare;
import dev.copro.metrics.relationship.Retention;
import dev.copro.metrics.voice.VoiceEquality;
import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Perspective;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import dev.copro.spi.Scope;
import dev.copro.spi.StreamingMetric;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Accumulators keep their state by the scope's own numbering of activities and participants ({@link
 * dev.copro.spi.ScopePositions}), so in a slice they must find every event's activity and
 * participant there. In every scope one evaluation measures — the whole dataset, each year, quarter
 * and initiative — accumulators made over the scope's context and sent its events in two batches,
 * then merged, give exactly what {@code measure} gives there: for voice equality, which measures in
 * memory from each activity's part shared by the evaluation, this also checks the shared parts
 * against the parts the accumulator works out from the slice's events.
 *
 * <p>Each property draws a dataset, a bloc, whether contexts have breakdown dimensions (the
 * engine's slices have none, a harness's may) and the metric's parameters where they change what is
 * counted.
 */
class ScopedAccumulatorsPropertiesTest {

  private static final List<Dimension> DIMENSIONS =
      List.of(Dimension.PERSPECTIVE, Dimension.attribute("age-band"), Dimension.attribute("area"));

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(6);
  }

  @Provide
  Arbitrary<Bloc> blocs() {
    return Arbitraries.subsetOf(Perspective.values()).ofMinSize(1).map(Bloc::new);
  }

  @Property(tries = 100)
  void voiceEquality(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean dimensions,
      @ForAll boolean unrecordedAsSilent) {
    check(
        new VoiceEquality(), d, Map.of("unrecordedAsSilent", unrecordedAsSilent), bloc, dimensions);
  }

  @Property(tries = 100)
  void keyStakeholders(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean dimensions,
      @ForAll boolean everyGroup) {
    Map<String, Object> parameters =
        everyGroup
            ? Map.of("groups", Arrays.stream(Perspective.values()).map(Perspective::code).toList())
            : Map.of();
    check(new KeyStakeholderPresence(), d, parameters, bloc, dimensions);
  }

  @Property(tries = 100)
  void seatShare(
      @ForAll("datasets") Dataset d,
      @ForAll("blocs") Bloc bloc,
      @ForAll boolean dimensions,
      @ForAll boolean everyType) {
    Map<String, Object> parameters =
        everyType
            ? Map.of(
                "activityTypes",
                Arrays.stream(ActivityType.values()).map(ActivityType::code).toList())
            : Map.of();
    check(new SeatShare(), d, parameters, bloc, dimensions);
  }

  @Property(tries = 100)
  void retention(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll boolean dimensions) {
    check(new Retention(), d, Map.of("minActivities", 2, "minMonths", 1), bloc, dimensions);
  }

  @Property(tries = 100)
  void surveyExperience(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll boolean dimensions) {
    check(new SurveyExperience(), d, Map.of("bootstrapSamples", 100), bloc, dimensions);
  }

  /**
   * In every scope of one evaluation, in order, the accumulators' merged result equals the
   * measurement.
   */
  private static void check(
      StreamingMetric metric, Dataset d, Map<String, ?> parameters, Bloc bloc, boolean dimensions) {
    DatasetContext evaluation =
        DatasetContext.builder(d)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .bloc(bloc)
            .dimensions(dimensions ? DIMENSIONS : List.of())
            .referenceDate(DatasetContext.latestDate(d))
            .build();
    for (Scope scope : EvaluationScopes.of(d)) {
      DatasetContext scoped =
          scope.isAll() ? evaluation : evaluation.withScope(ScopedData.of(d, scope));
      Measurement expected = metric.measure(scoped);

      EventBatch events = scoped.events();
      Accumulator front = metric.accumulator(scoped);
      Accumulator back = metric.accumulator(scoped);
      front.accept(half(events, true));
      back.accept(half(events, false));
      back.merge(front);

      assertThat(back.result()).as("%s in %s", metric.descriptor().id(), scope).isEqualTo(expected);
    }
  }

  /** The first or the second half of the rows of each kind. */
  private static EventBatch half(EventBatch events, boolean first) {
    return events.select(
        rows(events.attendanceCount(), first),
        rows(events.contributionCount(), first),
        rows(events.paymentCount(), first),
        rows(events.surveyResponseCount(), first));
  }

  private static int[] rows(int count, boolean first) {
    return first
        ? IntStream.range(0, count / 2).toArray()
        : IntStream.range(count / 2, count).toArray();
  }
}
