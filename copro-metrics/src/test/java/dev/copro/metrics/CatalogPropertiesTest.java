package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Invariants of the whole default catalog run by the engine over generated datasets: the JSON
 * report does not depend on the order of the records or on how many plugin calls run at once, and
 * no default metric fails on a valid dataset.
 */
class CatalogPropertiesTest {

  /**
   * Every participant dimension the generated datasets have, and no suppression, so every value
   * shows.
   */
  private static final Configuration CONFIG =
      Configuration.builder()
          .breakdowns("perspective", "age-band", "area", "gender")
          .suppressionMinimum(1)
          .build();

  private static final Copro SEQUENTIAL =
      Copro.builder().configuration(CONFIG).parallelism(1).build();
  private static final Copro PARALLEL =
      Copro.builder().configuration(CONFIG).parallelism(4).build();

  @AfterContainer
  static void close() {
    SEQUENTIAL.close();
    PARALLEL.close();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(5);
  }

  @Property(tries = 30)
  void evaluate_recordOrderAndParallelism_doNotChangeTheReport(
      @ForAll("datasets") Dataset dataset, @ForAll long seed) {
    String sequential = ReportJson.toJson(SEQUENTIAL.evaluate(dataset));

    String shuffledInParallel =
        ReportJson.toJson(
            PARALLEL.evaluate(DatasetArbitraries.shuffled(dataset, new Random(seed))));

    assertThat(shuffledInParallel).isEqualTo(sequential);
  }

  @Property(tries = 30)
  void evaluate_anyValidDataset_everyDefaultMetricSucceeds(@ForAll("datasets") Dataset dataset) {
    Report report = SEQUENTIAL.evaluate(dataset);

    assertThat(report.metrics())
        .hasSize(21)
        .allSatisfy(
            m ->
                assertThat(m.status())
                    .as("%s: %s", m.id(), m.failure())
                    .isNotEqualTo(Report.Status.FAILED));
    assertThat(report.rules()).allSatisfy(r -> assertThat(r.failure()).as(r.id()).isNull());
    assertThat(report.pluginFailures()).isEmpty();
  }
}
