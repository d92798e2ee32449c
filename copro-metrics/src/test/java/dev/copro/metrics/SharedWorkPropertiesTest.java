package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.engine.ScopedData;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Perspective;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Metric;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Metrics share work between the calls of one evaluation through {@link
 * dev.copro.spi.EvaluationContext#shared}: each initiative's part, each activity's voices, each
 * voting game's solution, the record positions. Over one evaluation's calls — the whole dataset,
 * each year, quarter and initiative, in a random order so that a slice may be the first to ask —
 * every direct default metric gives exactly what it gives in a fresh evaluation of that scope
 * alone, where nothing was computed before: the same value, n, components, breakdowns, findings and
 * warnings, bit for bit.
 */
class SharedWorkPropertiesTest {

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

  @Property(tries = 60)
  void everyCallOfOneEvaluation_givesWhatAFreshEvaluationOfItsScopeGives(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    LocalDate referenceDate = DatasetContext.latestDate(d);
    List<Scope> scopes = EvaluationScopes.of(d);
    Collections.shuffle(scopes, new Random(seed));
    for (Metric metric : directMetrics()) {
      Parameters parameters = Parameters.resolve(metric.descriptor().parameters(), Map.of());
      DatasetContext evaluation = context(d, bloc, parameters, referenceDate);
      for (Scope scope : scopes) {
        Object shared = metric.measure(scoped(evaluation, d, scope));
        Object fresh =
            metric.measure(scoped(context(d, bloc, parameters, referenceDate), d, scope));

        assertThat(shared).as("%s in %s", metric.descriptor().id(), scope).isEqualTo(fresh);
      }
    }
  }

  /** A new evaluation's context over the whole dataset: nothing shared yet. */
  private static DatasetContext context(
      Dataset d, Bloc bloc, Parameters parameters, LocalDate referenceDate) {
    return DatasetContext.builder(d)
        .bloc(bloc)
        .dimensions(DIMENSIONS)
        .parameters(parameters)
        .referenceDate(referenceDate)
        .build();
  }

  /**
   * The context of a scope, as the engine makes it: slices without dimensions, sharing the
   * evaluation's work.
   */
  private static DatasetContext scoped(DatasetContext evaluation, Dataset d, Scope scope) {
    return scope.isAll()
        ? evaluation
        : evaluation.withDimensions(List.of()).withScope(ScopedData.of(d, scope));
  }

  private static List<Metric> directMetrics() {
    List<Metric> metrics = new ArrayList<>();
    for (Metric metric : ServiceLoader.load(Metric.class)) {
      if (metric.descriptor().phase() == Phase.DIRECT) {
        metrics.add(metric);
      }
    }
    assertThat(metrics).hasSize(18);
    return metrics;
  }
}
