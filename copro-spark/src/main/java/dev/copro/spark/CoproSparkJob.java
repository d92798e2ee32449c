package dev.copro.spark;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
              + " (attendance, survey_responses, …); with --input-format csv, also one NAME.csv"
              + " file per table, as copro init writes them.")
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

  private final Supplier<SparkSession> sessions;
  private final PrintWriter stderr;
  private @Nullable SparkSession spark;

  private CoproSparkJob(Supplier<SparkSession> sessions, PrintWriter stderr) {
    this.sessions = sessions;
    this.stderr = stderr;
  }

  /**
   * Runs the job in the session {@code spark-submit} made — started only once the command line is
   * read, so that {@code --help} and a wrong command line need no Spark — and exits with its code.
   */
  public static void main(String[] args) {
    CoproSparkJob job =
        new CoproSparkJob(
            () -> SparkSession.builder().appName("copro").getOrCreate(),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = job.execute(args);
    } finally {
      SparkSession started = job.spark;
      if (started != null) {
        started.stop();
      }
    }
    System.exit(code);
  }

  /**
   * Runs the job in a session.
   *
   * @return the exit code
   */
  public static int run(SparkSession spark, String[] args, PrintWriter stderr) {
    return run(() -> spark, args, stderr);
  }

  /** Runs the job, asking {@code sessions} for the session only once the command line is read. */
  static int run(Supplier<SparkSession> sessions, String[] args, PrintWriter stderr) {
    return new CoproSparkJob(sessions, stderr).execute(args);
  }

  private int execute(String[] args) {
    CommandLine line = new CommandLine(this);
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
    SparkSession spark = sessions.get();
    this.spark = spark;
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
      configuration = config == null ? Configuration.defaults() : readConfiguration(spark, config);
    } catch (InvalidInputException e) {
      return problems(e);
    }
    CoproSpark.Engines engines;
    RenderOptions options;
    try {
      engines =
          pluginJars.isEmpty()
              ? CoproSpark.Engines.classPath()
              : CoproSpark.Engines.shippedPluginJars(pluginJars.toArray(String[]::new));
      // The driver's engine, made once now for the metrics' descriptions in the report and so
      // that a plugin jar not shipped is a bad command line.
      try (Copro copro = engines.builder().configuration(configuration).build()) {
        options = RenderOptions.builder().source(source()).descriptorsOf(copro).build();
      }
    } catch (InvalidInputException e) {
      return problems(e);
    } catch (IllegalArgumentException e) {
      stderr.println("copro-spark: " + e.getMessage());
      return 2;
    }
    CoproTables.Builder builder = CoproTables.builder();
    try {
      sources(spark).forEach((name, df) -> builder.table(name, df));
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
      ReportRenderer.write(report, as, options, stream);
    }
    for (String warning : report.warnings()) {
      stderr.println("copro-spark: warning: " + warning);
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

  /** What the report names as its source: the tables' folder, paths or catalog tables. */
  private String source() {
    List<String> given = new ArrayList<>();
    if (tables != null) {
      given.add(tables);
    }
    given.addAll(paths.values());
    given.addAll(catalog.values());
    return given.isEmpty() ? "Spark tables" : String.join(", ", given);
  }

  /**
   * The tables to read, by the names given. A {@code --tables} folder holds one sub-folder per
   * table or, with {@code --input-format csv}, one {@code NAME.csv} file per table — the CSV form's
   * folder, as {@code copro init} writes it.
   */
  private Map<String, org.apache.spark.sql.Dataset<Row>> sources(SparkSession spark)
      throws IOException {
    Map<String, org.apache.spark.sql.Dataset<Row>> sources = new LinkedHashMap<>();
    if (tables != null) {
      Path dir = new Path(tables);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Map<String, Path> found = new TreeMap<>();
      boolean csv = inputFormat.equalsIgnoreCase("csv");
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        if (status.isDirectory()) {
          found.put(name, status.getPath());
        } else if (csv && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          found.put(name.substring(0, name.length() - ".csv".length()), status.getPath());
        }
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "--tables "
                + tables
                + " holds no table: give it one sub-folder per table (attendance/, participants/,"
                + " …) or, with --input-format csv, one NAME.csv file per table");
      }
      found.forEach((name, path) -> sources.put(name, reader(spark).load(path.toString())));
    }
    paths.forEach((name, p) -> sources.put(name, reader(spark).load(p)));
    catalog.forEach((name, table) -> sources.put(name, spark.table(table)));
    return sources;
  }

  private DataFrameReader reader(SparkSession spark) {
    DataFrameReader reader = spark.read().format(inputFormat.toLowerCase(Locale.ROOT));
    if (inputFormat.equalsIgnoreCase("csv")) {
      reader = reader.option("header", "true").option("multiLine", "true").option("escape", "\"");
    }
    return reader;
  }

  private Configuration readConfiguration(SparkSession spark, String file) {
    String text = spark.read().option("wholetext", "true").text(file).first().getString(0);
    return Configuration.fromJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new Path(file).getName());
  }

  private int problems(InvalidInputException e) {
    int count = e.problems().size();
    stderr.println("copro-spark: " + count + (count == 1 ? " problem:" : " problems:"));
    for (Problem p : e.problems()) {
      stderr.println("  " + p);
    }
    stderr.flush();
    return 2;
  }
}
