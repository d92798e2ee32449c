package dev.copro.metrics.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.engine.ScopedData;
import dev.copro.metrics.EvaluationScopes;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Perspective;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Metric;
import dev.copro.spi.Scope;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The involvement metrics work out each initiative's part once per evaluation and share it between
 * the whole-dataset call and every slice. Over one evaluation's calls — the whole dataset, each
 * initiative, each quarter and year, initiative-and-quarter scopes, in a random order so that a
 * slice may be the first to ask — each gives exactly what {@link InvolvementBefore}, which reads
 * every initiative in scope from scratch, gives: the same value, n, components, breakdowns,
 * findings and warnings, bit for bit ({@link dev.copro.spi.Measurement} equality).
 */
class SharedPartsPropertiesTest {

  private static final List<Dimension> DIMENSIONS =
      List.of(Dimension.PERSPECTIVE, Dimension.attribute("age-band"), Dimension.attribute("area"));

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(8);
  }

  @Provide
  Arbitrary<Bloc> blocs() {
    return Arbitraries.subsetOf(Perspective.values()).ofMinSize(1).map(Bloc::new);
  }

  @Property(tries = 200)
  void earliness_everyCallOfAnEvaluation_givesWhatReadingEachInitiativeAfreshGives(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new Earliness(), InvolvementBefore::earliness, d, bloc, seed);
  }

  @Property(tries = 200)
  void stageCoverage_everyCallOfAnEvaluation_givesWhatReadingEachInitiativeAfreshGives(
      @ForAll("datasets") Dataset d, @ForAll("blocs") Bloc bloc, @ForAll long seed) {
    check(new StageCoverage(), InvolvementBefore::stageCoverage, d, bloc, seed);
  }

  /** Measures every scope in one evaluation's contexts, in a random order, against the oracle. */
  private static void check(
      Metric metric, Function<EvaluationContext, Object> before, Dataset d, Bloc bloc, long seed) {
    DatasetContext whole = DatasetContext.builder(d).bloc(bloc).dimensions(DIMENSIONS).build();
    DatasetContext sliceBase = whole.withDimensions(List.of());
    List<Scope> scopes = EvaluationScopes.of(d);
    Collections.shuffle(scopes, new Random(seed));
    for (Scope scope : scopes) {
      DatasetContext context = scope.isAll() ? whole : sliceBase.withScope(ScopedData.of(d, scope));
      assertThat(metric.measure(context)).as("%s", scope).isEqualTo(before.apply(context));
    }
  }
}
