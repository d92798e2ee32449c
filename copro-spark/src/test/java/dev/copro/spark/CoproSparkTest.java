package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PeriodUnit;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.io.DatasetWriter;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.report.RenderOptions;
import dev.copro.report.ReportRenderer;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.StreamingMetric;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static final SparkSession spark = SparkTables.session();

  @Test
  void evaluate_sampleInThreePartitionsWithSqlColumnNames_isTheInMemoryReport() {
    assertSampleGivesTheInMemoryReport(3, 5, SparkTables::snakeCase);
  }

  @Test
  void evaluate_sampleInOnePartition_isTheInMemoryReport() {
    assertSampleGivesTheInMemoryReport(1, 1, UnaryOperator.identity());
  }

  /**
   * The sample's tables, their events in {@code partitions} partitions shuffled by {@code seed},
   * their columns named by {@code naming}: no metric fails, and the report is the in-memory one.
   */
  private static void assertSampleGivesTheInMemoryReport(
      int partitions, long seed, UnaryOperator<String> naming) {
    Dataset sample = SampleDatasets.northfield();
    String inMemory;
    try (Copro copro = Copro.builder().configuration(CONFIG).build()) {
      inMemory = ReportJson.toJson(copro.evaluate(sample));
    }

    Report report =
        CoproSpark.evaluate(
            spark,
            SparkTables.tables(
                spark, SparkTables.text(sample), partitions, new Random(seed), naming),
            CONFIG);

    assertThat(report.metrics()).allSatisfy(m -> assertThat(m.failure()).as(m.id()).isNull());
    assertThat(ReportJson.toJson(report)).isEqualTo(inMemory);
  }

  @Test
  void evaluate_badRowsInEventTables_throwsEveryProblemAsOneMachineReadsThem() {
    Map<String, List<List<String>>> text = SparkTables.text(SampleDatasets.northfield());
    List<List<String>> attendance = text.get("attendance");
    List<String> header = attendance.get(0);
    List<String> unknown = new ArrayList<>(attendance.get(1));
    unknown.set(header.indexOf("participant"), "p-999");
    attendance.add(2, unknown);
    // The first row again, last: in the other partition.
    attendance.add(new ArrayList<>(attendance.get(1)));
    List<List<String>> payments = text.get("payments");
    List<String> badDate = new ArrayList<>(payments.get(1));
    badDate.set(payments.get(0).indexOf("offered"), "2025-13-45");
    payments.set(1, badDate);
    List<Problem> oneMachine = oneMachine(text);

    assertThatThrownBy(
            () ->
                CoproSpark.evaluate(
                    spark,
                    SparkTables.tables(spark, text, 2, null, UnaryOperator.identity()),
                    CONFIG))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::kind, p -> p.location().source())
                  .contains(
                      tuple(Problem.Kind.UNKNOWN_REFERENCE, "attendance"),
                      tuple(Problem.Kind.INVALID_VALUE, "payments"));
              assertThat(e.problems()).anyMatch(p -> p.kind().name().startsWith("DUPLICATE"));
              assertThat(e.problems()).containsExactlyElementsOf(oneMachine);
            });
  }

  @Test
  void evaluate_streamingPluginThatBreaksOnTheExecutors_failsAloneByName() {
    assertFailsAloneOnTheCluster(
        Broken.ID, () -> Copro.builder().metrics(new Broken()), 2, "broken on purpose");
  }

  @Test
  void evaluate_streamingPluginWhoseAccumulatorCannotBeMoved_failsAloneByName() {
    assertFailsAloneOnTheCluster(
        Unmovable.ID,
        () -> Copro.builder().metrics(new Unmovable()),
        3,
        "in a partitioned evaluation, (writing|reading) its accumulators (to move them to"
            + " another part|moved from another part)");
  }

  /**
   * The sample, its events in {@code partitions} partitions, evaluated with the default metrics and
   * the plugin whose id is {@code id}, which {@code engines} adds: the plugin's result failed with
   * a reason matching {@code reason}, every other metric's not.
   */
  private static void assertFailsAloneOnTheCluster(
      String id, CoproSpark.Engines engines, int partitions, String reason) {
    Dataset sample = SampleDatasets.northfield();

    Report report =
        CoproSpark.evaluate(
            spark,
            SparkTables.tables(
                spark,
                SparkTables.text(sample),
                partitions,
                new Random(partitions),
                UnaryOperator.identity()),
            CONFIG,
            engines);

    Report.MetricResult failed = report.metric(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(Report.Status.FAILED);
    assertThat(failed.failure()).containsPattern(reason);
    assertThat(report.metrics())
        .filteredOn(m -> !m.id().equals(id))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.failure()).as(m.id()).isNull());
  }

  @Test
  void job_parquetFoldersNamedInSnakeCase_writesTheInMemoryReportAsJson(@TempDir Path dir)
      throws IOException {
    Dataset sample = SampleDatasets.northfield();
    CoproTables tables =
        SparkTables.tables(
            spark, SparkTables.text(sample), 2, new Random(9), UnaryOperator.identity());
    tables
        .tables()
        .forEach(
            (name, df) ->
                df.write().parquet(dir.resolve("in").resolve(name.replace('-', '_')).toString()));
    Path out = dir.resolve("report.json");
    String inMemory;
    try (Copro copro = Copro.builder().build()) {
      inMemory =
          ReportRenderer.render(
              copro.evaluate(sample), ReportRenderer.Format.JSON, RenderOptions.defaults());
    }

    SparkTables.JobRun run =
        SparkTables.job(spark, "--tables", dir.resolve("in").toString(), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(inMemory);
  }

  @Test
  void job_outWithoutAFormat_isABadCommandLine(@TempDir Path dir) {
    SparkTables.JobRun run =
        SparkTables.job(
            spark, "--tables", dir.toString(), "--out", dir.resolve("report.xyz").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void job_folderOfCsvFilesAsCoproInitWritesThem_writesTheInMemoryReport(@TempDir Path dir)
      throws IOException {
    Dataset sample = SampleDatasets.northfield();
    Path csv = dir.resolve("csv");
    DatasetWriter.writeCsv(sample, csv);
    Report inMemory;
    try (Copro copro = Copro.builder().build()) {
      inMemory = copro.evaluate(sample);
    }
    SparkTables.JobRun run =
        SparkTables.job(
            spark,
            "--tables",
            csv.toString(),
            "--input-format",
            "csv",
            "--out",
            dir.resolve("report.json").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo(ReportJson.toJson(inMemory));
  }

  @Test
  void job_tablesFolderWithoutTables_isABadCommandLineSayingWhatItNeeds(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a table");
    SparkTables.JobRun run =
        SparkTables.job(
            spark, "--tables", dir.toString(), "--out", dir.resolve("r.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("holds no table").contains("one sub-folder per table");
  }

  @Test
  void job_help_printsUsageWithoutStartingSpark() {
    StringWriter err = new StringWriter();

    int code =
        CoproSparkJob.run(
            () -> {
              throw new AssertionError("Spark started for --help");
            },
            new String[] {"--help"},
            new PrintWriter(err, true));

    assertThat(code).isZero();
    assertThat(err.toString()).contains("--plugin-jar").contains("--tables");
  }

  /** The problems one machine finds reading the same tables, in the order CoproSpark gives. */
  private static List<Problem> oneMachine(Map<String, List<List<String>>> text) {
    Map<String, TextTables.Table> tables = new LinkedHashMap<>();
    text.forEach(
        (name, all) ->
            tables.put(name, new TextTables.Table(all.get(0), all.subList(1, all.size()))));
    try {
      new TextTables(tables).read();
    } catch (InvalidInputException e) {
      return CoproSpark.ordered(e.problems());
    }
    throw new AssertionError("the tables have no problem");
  }

  /**
   * A streaming metric whose accumulator counts attendance records well but holds a lambda, which
   * Kryo cannot move between machines.
   */
  public static final class Unmovable implements StreamingMetric {
    static final String ID = "test.unmovable";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID).build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Counter();
    }

    private static final class Counter implements Accumulator {
      private long count;
      private final LongSupplier counted = () -> count;

      @Override
      public void attendance(Attendance record) {
        count++;
      }

      @Override
      public void merge(Accumulator other) {
        count += ((Counter) other).counted.getAsLong();
      }

      @Override
      public Measurement result() {
        return Measurement.of(counted.getAsLong(), counted.getAsLong()).build();
      }
    }
  }

  /** A streaming metric whose accumulator throws on the first attendance record. */
  public static final class Broken implements StreamingMetric {
    static final String ID = "test.broken";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID).build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Accumulator() {
        @Override
        public void attendance(Attendance record) {
          throw new IllegalStateException("broken on purpose");
        }

        @Override
        public void merge(Accumulator other) {}

        @Override
        public Measurement result() {
          return Measurement.noValue("never");
        }
      };
    }
  }
}
