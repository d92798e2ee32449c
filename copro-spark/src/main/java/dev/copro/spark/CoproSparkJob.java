package dev.copro.spark;

import dev.copro.engine.Configuration;
import dev.copro.engine.Report;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.report.RenderOptions;
import dev.copro.report.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} entry point: reads a dataset's tables from paths (Parquet, CSV, ORC,
 * JSON, Delta where the cluster has it) or from the catalog, evaluates them with {@link
 * CoproSpark}, and writes the report to a path in any file system Spark can write to. Exit codes
 * are copro's: 0 done, 1 failed (the report could not be written), 2 bad input (every problem
 * listed on standard error) or a wrong command line, 4 a metric or rule failed and {@code
 * --fail-on-plugin-failure} was given. See docs/spark.md.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
@Command(
    name = "copro-spark",
    mixinStandardHelpOptions = true,
    description = "Evaluates a copro dataset held as Spark tables and writes the report.")
public final class CoproSparkJob implements Callable<Integer> {

  @Option(
      names = "--tables",
      paramLabel = "DIR",
      description =
          "A folder with one sub-folder per table, named as the CSV form's tables"
              + " (attendance, survey_responses, …).")
  private @Nullable String tables;

  @Option(
      names = "--table",
      paramLabel = "NAME=PATH",
      description = "A table's path, such as attendance=s3a://bucket/attendance; repeatable.")
  private Map<String, String> paths = new LinkedHashMap<>();

  @Option(
      names = "--catalog-table",
      paramLabel = "NAME=TABLE",
      description = "A table of the catalog, such as attendance=copro.attendance; repeatable.")
  private Map<String, String> catalog = new LinkedHashMap<>();

  @Option(
      names = "--input-format",
      defaultValue = "parquet",
      description =
          "How the paths are read: parquet (default), csv (with a header), orc, json, delta.")
  private String inputFormat = "parquet";

  @Option(names = "--config", paramLabel = "FILE", description = "A configuration (copro JSON).")
  private @Nullable String config;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Where to write the report.")
  private String out = "";

  @Option(
      names = "--format",
      description = "json, html, pdf, md or text; by default the one --out's extension names.")
  private @Nullable String format;

  @Option(
      names = "--plugin-jar",
      paramLabel = "NAME",
      description =
          "A plugin jar shipped with --files, by its file name (acme-metrics.jar), loaded through"
              + " a class loader of its own; repeatable.")
  private List<String> pluginJars = new ArrayList<>();

  @Option(
      names = "--fail-on-plugin-failure",
      description = "Exit with 4 when a metric or rule failed.")
  private boolean failOnPluginFailure;

  private final SparkSession spark;
  private final PrintWriter stderr;

  private CoproSparkJob(SparkSession spark, PrintWriter stderr) {
    this.spark = spark;
    this.stderr = stderr;
  }

  /** Runs the job in the session {@code spark-submit} made, and exits with its code. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("copro").getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job in a session.
   *
   * @return the exit code
   */
  public static int run(SparkSession spark, String[] args, PrintWriter stderr) {
    CommandLine line = new CommandLine(new CoproSparkJob(spark, stderr));
    line.setErr(stderr);
    line.setOut(stderr);
    line.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          stderr.println("copro-spark: " + e.getMessage());
          return 1;
        });
    return line.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    ReportRenderer.Format as =
        (format != null
                ? ReportRenderer.Format.forCode(format)
                : ReportRenderer.Format.forFileName(new Path(out).getName()))
            .orElse(null);
    if (as == null) {
      stderr.println(
          "copro-spark: give --format json, html, pdf, md or text, or an --out whose extension"
              + " names one.");
      return 2;
    }
    Configuration configuration;
    try {
      configuration = config == null ? Configuration.defaults() : readConfiguration(config);
    } catch (InvalidInputException e) {
      return problems(e);
    }
    CoproSpark.Engines engines = CoproSpark.Engines.classPath();
    if (!pluginJars.isEmpty()) {
      try {
        engines = CoproSpark.Engines.shippedPluginJars(pluginJars.toArray(String[]::new));
        // The driver's engine made once now, so that a jar not shipped is a bad command line.
        engines.builder().configuration(configuration).build().close();
      } catch (InvalidInputException e) {
        return problems(e);
      } catch (IllegalArgumentException e) {
        stderr.println("copro-spark: " + e.getMessage());
        return 2;
      }
    }
    CoproTables.Builder builder = CoproTables.builder();
    try {
      sources().forEach((name, df) -> builder.table(name, df));
    } catch (IllegalArgumentException e) {
      stderr.println("copro-spark: " + e.getMessage());
      return 2;
    }
    Report report;
    try {
      report = CoproSpark.evaluate(spark, builder.build(), configuration, engines);
    } catch (InvalidInputException e) {
      return problems(e);
    }
    Path path = new Path(out);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream stream = fs.create(path, true)) {
      ReportRenderer.write(report, as, RenderOptions.builder().source(out).build(), stream);
    }
    boolean failed = false;
    for (Report.MetricResult m : report.metrics()) {
      if (m.failure() != null) {
        stderr.println("copro-spark: warning: " + m.id() + " failed: " + m.failure());
        failed = true;
      }
    }
    for (Report.RuleResult r : report.rules()) {
      if (r.failure() != null) {
        stderr.println("copro-spark: warning: " + r.id() + " failed: " + r.failure());
        failed = true;
      }
    }
    stderr.flush();
    return failed && failOnPluginFailure ? 4 : 0;
  }

  /** The tables to read, by the names given. */
  private Map<String, org.apache.spark.sql.Dataset<Row>> sources() throws IOException {
    Map<String, org.apache.spark.sql.Dataset<Row>> sources = new LinkedHashMap<>();
    if (tables != null) {
      Path dir = new Path(tables);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      List<String> names = new ArrayList<>();
      for (FileStatus status : fs.listStatus(dir)) {
        if (status.isDirectory() && !status.getPath().getName().startsWith("_")) {
          names.add(status.getPath().getName());
        }
      }
      names.sort(null);
      for (String name : names) {
        sources.put(name, reader().load(new Path(dir, name).toString()));
      }
    }
    paths.forEach((name, p) -> sources.put(name, reader().load(p)));
    catalog.forEach((name, table) -> sources.put(name, spark.table(table)));
    return sources;
  }

  private DataFrameReader reader() {
    DataFrameReader reader = spark.read().format(inputFormat.toLowerCase(Locale.ROOT));
    if (inputFormat.equalsIgnoreCase("csv")) {
      reader = reader.option("header", "true").option("multiLine", "true").option("escape", "\"");
    }
    return reader;
  }

  private Configuration readConfiguration(String file) {
    String text = spark.read().option("wholetext", "true").text(file).first().getString(0);
    return Configuration.fromJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new Path(file).getName());
  }

  private int problems(InvalidInputException e) {
    stderr.println("copro-spark: " + e.problems().size() + " problems:");
    for (Problem p : e.problems()) {
      stderr.println("  " + p);
    }
    stderr.flush();
    return 2;
  }
}
