package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Copro;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.SparkSession;

/**
 * {@link CoproSpark#evaluate} over generated datasets in local mode: whatever the number of
 * partitions and the order of the event rows, the report is the in-memory report byte for byte.
 */
class CoproSparkPropertyTest {

  private static final SparkSession spark = SparkTables.session();
  private static Copro engine;

  @BeforeContainer
  static void start() {
    engine = Copro.builder().configuration(CoproSparkTest.CONFIG).build();
  }

  @AfterContainer
  static void stop() {
    engine.close();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(6);
  }

  @Property(tries = 10)
  void evaluate_anyPartitioningAndOrder_isTheInMemoryReport(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 1, max = 5) int partitions,
      @ForAll long seed) {
    String inMemory = ReportJson.toJson(engine.evaluate(dataset));

    String onSpark =
        ReportJson.toJson(
            CoproSpark.evaluate(
                spark,
                SparkTables.tables(
                    spark,
                    SparkTables.text(dataset),
                    partitions,
                    new Random(seed),
                    UnaryOperator.identity()),
                CoproSparkTest.CONFIG));

    assertThat(onSpark).isEqualTo(inMemory);
  }
}
