package dev.copro.spark;

import dev.copro.io.DatasetWriter;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.jspecify.annotations.Nullable;

/** A dataset's tables of the CSV form as Spark DataFrames of text, for the tests. */
final class SparkTables {

  private SparkTables() {}

  private static @Nullable SparkSession shared;

  /**
   * The local Spark of the module's tests — two threads, two shuffle partitions, no UI — made by
   * the first test class that asks and shared by the others, which run in the same JVM; Spark stops
   * it when the JVM exits.
   */
  static synchronized SparkSession session() {
    SparkSession session = shared;
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("copro-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .getOrCreate();
      shared = session;
    }
    return session;
  }

  /** A run of the {@code spark-submit} entry point: its exit code and its standard error. */
  record JobRun(int code, String err) {}

  /** Runs the {@code spark-submit} entry point in {@code spark} with {@code args}. */
  static JobRun job(SparkSession spark, String... args) {
    StringWriter err = new StringWriter();
    int code = CoproSparkJob.run(spark, args, new PrintWriter(err, true));
    return new JobRun(code, err.toString());
  }

  /** The tables of {@code dataset} as the CSV form writes them, header first, by name. */
  static Map<String, List<List<String>>> text(Dataset dataset) {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    try {
      DatasetWriter.writeTables(
          dataset,
          (table, header, rows) -> {
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            tables.put(table, all);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  /**
   * The tables as DataFrames: each event table's rows shuffled with {@code random} and cut into
   * {@code partitions} partitions (in their order when {@code random} is null); the reference
   * tables in one, in their order.
   *
   * @param columns renames the columns, as a warehouse's view might
   */
  static CoproTables tables(
      SparkSession spark,
      Map<String, List<List<String>>> text,
      int partitions,
      @Nullable Random random,
      UnaryOperator<String> columns) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CoproTables.Builder builder = CoproTables.builder();
    text.forEach(
        (table, all) -> {
          List<StructField> fields = new ArrayList<>();
          for (String column : all.get(0)) {
            fields.add(
                DataTypes.createStructField(columns.apply(column), DataTypes.StringType, true));
          }
          List<Row> rows = new ArrayList<>();
          for (List<String> cells : all.subList(1, all.size())) {
            rows.add(RowFactory.create(cells.stream().map(c -> c.isEmpty() ? null : c).toArray()));
          }
          boolean events = CoproTables.EVENT_TABLES.contains(table);
          if (events && random != null) {
            Collections.shuffle(rows, random);
          }
          builder.table(
              table,
              spark.createDataFrame(
                  jsc.parallelize(rows, events ? partitions : 1),
                  DataTypes.createStructType(fields.toArray(StructField[]::new))));
        });
    return builder.build();
  }

  /** A column's SQL name, as docs/sql-source.md writes it; attribute columns as they are. */
  static String snakeCase(String column) {
    if (column.startsWith("attributes.")) {
      return column;
    }
    StringBuilder out = new StringBuilder();
    for (char c : column.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c == '.' || c == '-' ? '_' : c);
      }
    }
    return out.toString();
  }
}
