package dev.copro.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.spark_partition_id;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PartitionedEvaluation;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.storage.StorageLevel;
import org.apiguardian.api.API;

/**
 * Evaluates a dataset held as Spark tables, giving the report {@link Copro#evaluate(Dataset)} gives
 * for the same records, byte for byte (through {@link dev.copro.engine.ReportJson}), whatever the
 * tables' partitioning and the order of their rows.
 *
 * <p>The reference tables (initiatives, participants, activities, decisions with their votes,
 * surveys with their items) are collected to the driver, read and checked by the CSV form's rules
 * (copro-io), and broadcast. The event tables (attendance, contributions, payments, survey
 * responses) are read and checked on the executors, partition by partition, against the broadcast
 * references, with the same located problems; ids repeated across partitions are found by a Spark
 * aggregation. Every problem, wherever found, is gathered to the driver and thrown in one {@link
 * InvalidInputException}, in a fixed order; no row is dropped.
 *
 * <p>The evaluation is a {@link PartitionedEvaluation}, made the same way in every JVM from the
 * broadcast references, configuration and censuses: three passes over the events, each giving one
 * value per partition (in bytes, with Kryo), merged on the executors in partition order, in rounds
 * of up to eight neighbours, so that the driver receives one merged value per pass. Direct metrics
 * that are not streaming metrics are not evaluated, and the report's warnings say so; a metric that
 * fails on any executor — in its own calls, or because its accumulators cannot be moved between
 * machines — fails alone, by name.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class CoproSpark {

  /** What the tables are called in problems. */
  static final String WHAT = "Spark tables";

  private CoproSpark() {}

  /**
   * How each JVM — the driver and every executor — makes its engine: the builder before the
   * configuration is set. The default discovers the plugins on the class path, which on a cluster
   * includes the jars shipped with {@code spark-submit --jars}. Serializable, as it is sent to the
   * executors.
   *
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  @FunctionalInterface
  public interface Engines extends Serializable {

    /** A new builder; its configuration is then set to the evaluation's. */
    Copro.Builder builder();

    /** Engines that discover plugins on the class path, as {@link Copro#builder()} does. */
    static Engines classPath() {
      return Copro::builder;
    }

    /**
     * Engines that discover plugins on the class path and load the plugin jars {@code names}, each
     * through a class loader of its own, as {@link Copro.Builder#pluginDirectory} does on one
     * machine. The jars are shipped with the job — {@code spark-submit --files
     * hdfs:///plugins/acme-metrics.jar}, or {@code SparkContext.addFile} — and named here by their
     * file names ({@code acme-metrics.jar}); each JVM finds them with {@code SparkFiles}.
     *
     * @throws IllegalArgumentException if a name is not a jar's file name
     * @since 0.3.0
     */
    static Engines shippedPluginJars(String... names) {
      List<String> jars = List.of(names);
      for (String name : jars) {
        if (!name.endsWith(".jar") || name.contains("/") || name.contains("\\")) {
          throw new IllegalArgumentException(
              "a plugin jar is named by its file name, such as acme-metrics.jar, not '"
                  + name
                  + "'");
        }
      }
      return new PluginJars(jars);
    }
  }

  /** Engines with the shipped plugin jars {@code names} as a plugin directory. */
  private record PluginJars(List<String> names) implements Engines {
    private static final long serialVersionUID = 1L;

    PluginJars {
      names = new ArrayList<>(names);
    }

    @Override
    public Copro.Builder builder() {
      return Copro.builder().pluginDirectory(ShippedPlugins.directory(names));
    }
  }

  /**
   * Evaluates the tables with the plugins on the class path.
   *
   * @throws InvalidInputException listing every problem of the tables, each located by table,
   *     record id and column
   */
  public static Report evaluate(
      SparkSession spark, CoproTables tables, Configuration configuration) {
    return evaluate(spark, tables, configuration, Engines.classPath());
  }

  /**
   * Evaluates the tables with the engines {@code engines} makes.
   *
   * @throws InvalidInputException listing every problem of the tables, each located by table,
   *     record id and column
   */
  public static Report evaluate(
      SparkSession spark, CoproTables tables, Configuration configuration, Engines engines) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Problem> problems = new ArrayList<>();

    TextTables references = referenceTables(tables);
    Dataset referenceRecords = null;
    try {
      referenceRecords = references.read().references();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }

    Map<String, List<String>> headers = new LinkedHashMap<>();
    List<JavaRDD<EventRow>> parts = new ArrayList<>();
    for (String table : List.of("attendance", "contributions", "payments", "survey-responses")) {
      Optional<org.apache.spark.sql.Dataset<Row>> df = tables.table(table);
      if (df.isPresent()) {
        headers.put(table, TextTables.header(table, df.get().columns()));
        parts.add(df.get().javaRDD().map(row -> new EventRow(table, TextTables.cells(row))));
      }
    }
    JavaRDD<EventRow> events =
        parts.isEmpty()
            ? jsc.parallelize(List.<EventRow>of(), 1)
            : parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
    events = events.persist(StorageLevel.MEMORY_AND_DISK());

    String key = UUID.randomUUID().toString();
    Broadcast<Job> job =
        jsc.broadcast(new Job(key, references, headers, configuration.toJson(), engines));
    try {
      // Pass 1: each partition's events read and checked, and counted.
      PartCodec plain = new PartCodec(null, loader());
      Executors.Checked checked =
          plain.read(
              OrderedMerge.merge(
                      events.mapPartitions(rows -> Executors.census(job.value(), rows)),
                      Executors::mergeChecked)
                  .orElseGet(() -> Executors.mergeChecked(List.of())),
              Executors.Checked.class);
      problems.addAll(checked.problems());
      problems.addAll(repeatedAcrossPartitions(tables, references, headers));
      PartitionedEvaluation.EventCensus census = checked.census();
      if (!problems.isEmpty() || referenceRecords == null || census == null) {
        throw new InvalidInputException(WHAT, ordered(problems));
      }

      try (Copro engine = engines.builder().configuration(configuration).build()) {
        PartitionedEvaluation evaluation = engine.partitioned(referenceRecords, census);
        PartCodec codec = new PartCodec(evaluation, loader());
        Broadcast<byte[]> censusCast = jsc.broadcast(plain.write(census));

        // Pass 2: which activities and participants each slice's events refer to.
        PartitionedEvaluation.ScopeCensus scopes =
            OrderedMerge.merge(
                    events.mapPartitions(
                        rows -> Executors.scopes(job.value(), censusCast.value(), rows)),
                    inOrder -> Executors.mergeScopes(job.value(), censusCast.value(), inOrder))
                .map(bytes -> codec.read(bytes, PartitionedEvaluation.ScopeCensus.class))
                .orElseGet(evaluation::scopeCensus);
        evaluation.prepare(scopes);

        // Pass 3: every streaming metric's accumulators, per partition, merged in order.
        Broadcast<byte[]> scopesCast = jsc.broadcast(codec.write(scopes));
        PartitionedEvaluation.Part merged =
            OrderedMerge.merge(
                    events.mapPartitions(
                        rows ->
                            Executors.part(
                                job.value(), censusCast.value(), scopesCast.value(), rows)),
                    inOrder ->
                        Executors.mergeParts(
                            job.value(), censusCast.value(), scopesCast.value(), inOrder))
                .map(bytes -> evaluation.readPart(bytes, codec.states()))
                .orElseGet(evaluation::part);
        // The events are all taken in: free the cached rows and the executors' evaluations (in
        // local mode, the driver's own memory) before measuring.
        events.unpersist(false);
        Executors.forget(key);
        censusCast.destroy();
        scopesCast.destroy();
        return evaluation.finish(merged);
      }
    } finally {
      Executors.forget(key);
      events.unpersist(false);
      job.destroy();
    }
  }

  /** The problems in a fixed order, each once. */
  static List<Problem> ordered(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Problem.ORDER
            .thenComparing(p -> p.recordId() == null ? "" : p.recordId())
            .thenComparing(p -> p.kind()));
    return List.copyOf(new LinkedHashSet<>(sorted));
  }

  /**
   * The reference tables as text, collected to the driver; with them, the contributions that
   * decisions may adopt (those whose id is in a decision's {@code adopts}), so that the decisions'
   * references to them are checked as on one machine.
   */
  private static TextTables referenceTables(CoproTables tables) {
    Map<String, TextTables.Table> text = new LinkedHashMap<>();
    tables
        .tables()
        .forEach(
            (name, df) -> {
              if (!CoproTables.EVENT_TABLES.contains(name)) {
                text.put(name, collect(name, df));
              }
            });
    Optional<org.apache.spark.sql.Dataset<Row>> decisions = tables.table("decisions");
    Optional<org.apache.spark.sql.Dataset<Row>> contributions = tables.table("contributions");
    if (decisions.isPresent() && contributions.isPresent()) {
      Optional<String> adopts = column(decisions.get(), "adopts");
      Optional<String> id = column(contributions.get(), "id");
      if (adopts.isPresent() && id.isPresent()) {
        Column list =
            decisions.get().schema().apply(adopts.get()).dataType() instanceof ArrayType
                ? concat_ws(";", col(adopts.get()))
                : col(adopts.get()).cast("string");
        org.apache.spark.sql.Dataset<Row> adopted =
            decisions.get().select(list.as("__adopts")).where(col("__adopts").isNotNull());
        // Candidates: each contribution whose id, as it is or escaped as a list item, is in an
        // adopts cell; more than are adopted does no harm, as they only check the adoptions.
        Column raw = col(id.get()).cast("string");
        Column escaped = replace(replace(raw, lit("\\"), lit("\\\\")), lit(";"), lit("\\;"));
        org.apache.spark.sql.Dataset<Row> candidates =
            contributions
                .get()
                .withColumn("__raw", raw)
                .withColumn("__escaped", escaped)
                .join(
                    adopted,
                    expr("instr(__adopts, __raw) > 0 OR instr(__adopts, __escaped) > 0")
                        .and(col("__raw").notEqual("")),
                    "left_semi")
                .drop("__raw", "__escaped");
        text.put("contributions", collect("contributions", candidates));
      }
    }
    return new TextTables(text);
  }

  private static TextTables.Table collect(String name, org.apache.spark.sql.Dataset<Row> df) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : df.collectAsList()) {
      rows.add(TextTables.cells(row));
    }
    return new TextTables.Table(TextTables.header(name, df.columns()), rows);
  }

  /** The Spark column of a table that is the format's {@code name}, if it has one. */
  private static Optional<String> column(org.apache.spark.sql.Dataset<Row> df, String name) {
    return Arrays.stream(df.columns())
        .filter(c -> CoproTables.key(c).equals(CoproTables.key(name)))
        .findFirst();
  }

  /**
   * The problems of the event records whose key — an attendance record's activity and participant,
   * another event's id — is in more than one partition, found by a Spark aggregation: the rows with
   * such keys are read on the driver, where the reader reports the repeats as on one machine.
   * Repeats within a partition are reported by that partition's reading.
   */
  private static List<Problem> repeatedAcrossPartitions(
      CoproTables tables, TextTables references, Map<String, List<String>> headers) {
    List<Problem> problems = new ArrayList<>();
    for (String table : headers.keySet()) {
      org.apache.spark.sql.Dataset<Row> df = tables.table(table).orElseThrow();
      List<String> keys =
          table.equals("attendance") ? List.of("activity", "participant") : List.of("id");
      List<String> columns = new ArrayList<>();
      for (String k : keys) {
        column(df, k).ifPresent(columns::add);
      }
      if (columns.size() != keys.size()) {
        continue; // a missing key column is reported by every partition's reading
      }
      Column[] keyColumns = new Column[columns.size()];
      Column present = null;
      for (int i = 0; i < columns.size(); i++) {
        keyColumns[i] = col(columns.get(i)).cast("string").as("__key" + i);
        Column notNull = col(columns.get(i)).isNotNull();
        present = present == null ? notNull : present.and(notNull);
      }
      org.apache.spark.sql.Dataset<Row> repeated =
          df.where(Objects.requireNonNull(present))
              .withColumn("__part", spark_partition_id())
              .groupBy(keyColumns)
              .agg(countDistinct(col("__part")).as("__parts"))
              .where(col("__parts").gt(1))
              .drop("__parts");
      if (repeated.isEmpty()) {
        continue;
      }
      Column match = null;
      for (int i = 0; i < columns.size(); i++) {
        Column same = df.col(columns.get(i)).cast("string").equalTo(repeated.col("__key" + i));
        match = match == null ? same : match.and(same);
      }
      org.apache.spark.sql.Dataset<Row> rows =
          df.join(repeated, Objects.requireNonNull(match), "left_semi");
      try {
        references.with(Map.of(table, collect(table, rows))).read();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    return problems;
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : CoproSpark.class.getClassLoader();
  }

  /** One row of an event table, as text. */
  record EventRow(String table, List<String> cells) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * What every executor needs to make the evaluation: the reference tables, the event tables'
   * headers, the configuration as JSON and how to make the engine; the key names the evaluation in
   * each executor's cache.
   */
  record Job(
      String key,
      TextTables references,
      Map<String, List<String>> headers,
      String configuration,
      Engines engines)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    Job {
      headers = new LinkedHashMap<>(headers);
    }
  }
}
