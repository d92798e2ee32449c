package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PeriodUnit;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CoproSpark#evaluate} in local mode: the sample's tables, their events split into
 * partitions and shuffled, give the in-memory report byte for byte.
 */
class CoproSparkTest {

  static final Configuration CONFIG =
      Configuration.builder()
          .parameter(
              "copro.diversity.representation",
              "reference",
              List.of(
                  "lived-experience=0.25", "carer=0.25", "professional=0.25", "commissioner=0.25"))
          .breakdowns("perspective", "age-band")
          .periodUnit(PeriodUnit.MONTH)
          .suppressionMinimum(1)
          .build();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTables.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void evaluate_sampleInThreePartitionsWithSqlColumnNames_isTheInMemoryReport() {
    Dataset sample = SampleDatasets.northfield();
    String inMemory;
    try (Copro copro = Copro.builder().configuration(CONFIG).build()) {
      inMemory = ReportJson.toJson(copro.evaluate(sample));
    }

    Report report =
        CoproSpark.evaluate(
            spark,
            SparkTables.tables(
                spark, SparkTables.text(sample), 3, new Random(5), SparkTables::snakeCase),
            CONFIG);

    assertThat(report.metrics()).allSatisfy(m -> assertThat(m.failure()).as(m.id()).isNull());
    assertThat(ReportJson.toJson(report)).isEqualTo(inMemory);
  }

  @Test
  void evaluate_sampleInOnePartition_isTheInMemoryReport() {
    Dataset sample = SampleDatasets.northfield();
    String inMemory;
    try (Copro copro = Copro.builder().configuration(CONFIG).build()) {
      inMemory = ReportJson.toJson(copro.evaluate(sample));
    }

    Report report =
        CoproSpark.evaluate(
            spark,
            SparkTables.tables(
                spark, SparkTables.text(sample), 1, new Random(1), UnaryOperator.identity()),
            CONFIG);

    assertThat(ReportJson.toJson(report)).isEqualTo(inMemory);
  }
}
