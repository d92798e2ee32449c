package dev.copro.spark;

import dev.copro.io.TableFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;

/**
 * The tables of a dataset held in Spark: one {@code Dataset<Row>} per table of the CSV form
 * (docs/csv-format.md) — {@code initiatives}, {@code participants}, {@code activities}, {@code
 * decisions}, {@code votes}, {@code surveys}, {@code survey-items}, {@code attendance}, {@code
 * contributions}, {@code payments}, {@code survey-responses}, and optionally {@code dataset} — with
 * the CSV form's columns. A table that is absent means no records of its kind.
 *
 * <p>Table and column names are matched as the SQL source matches them (docs/sql-source.md):
 * ignoring case, {@code _}, {@code -} and {@code .}, so {@code survey_responses}, {@code
 * duration_minutes} and {@code response_date} name {@code survey-responses}, {@code
 * durationMinutes} and {@code response.date}; attribute columns are {@code attributes_NAME} or
 * {@code attributes.NAME}. Cells may be text or Spark's own types: dates, timestamps (their day),
 * numbers, booleans, and arrays for lists.
 *
 * <p>The reference tables (all but the four event tables) are collected to the driver; the event
 * tables ({@code attendance}, {@code contributions}, {@code payments}, {@code survey-responses})
 * stay where they are, split as Spark splits them.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class CoproTables {

  /** The tables of events, which are read where their partitions are. */
  static final Set<String> EVENT_TABLES =
      Set.of("attendance", "contributions", "payments", "survey-responses");

  private final Map<String, Dataset<Row>> tables;

  private CoproTables(Map<String, Dataset<Row>> tables) {
    this.tables = Map.copyOf(tables);
  }

  /** A builder with no tables. */
  public static Builder builder() {
    return new Builder();
  }

  /** The table of the CSV form named {@code name} ({@code activities}), if given. */
  public Optional<Dataset<Row>> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The tables given, by their names in the CSV form. */
  Map<String, Dataset<Row>> tables() {
    return tables;
  }

  /** What a name is matched by: lower case, without {@code _}, {@code -} or {@code .}. */
  static String key(String name) {
    return TableFormat.nameKey(name);
  }

  /** Builds {@link CoproTables}. */
  public static final class Builder {
    private final Map<String, Dataset<Row>> tables = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Gives the table of the CSV form named {@code name}, matched ignoring case, {@code _} and
     * {@code -} ({@code survey_responses} is {@code survey-responses}).
     *
     * @throws IllegalArgumentException if the CSV form has no such table, or it was given already
     */
    public Builder table(String name, Dataset<Row> rows) {
      String format =
          TableFormat.tables().stream()
              .map(TableFormat.Table::name)
              .filter(t -> key(t).equals(key(name)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "The CSV form has no table "
                              + name
                              + "; its tables are "
                              + String.join(
                                  ", ",
                                  TableFormat.tables().stream()
                                      .map(TableFormat.Table::name)
                                      .toList())
                              + "."));
      if (tables.putIfAbsent(format, rows) != null) {
        throw new IllegalArgumentException("The table " + format + " is given twice.");
      }
      return this;
    }

    /** The tables. */
    public CoproTables build() {
      return new CoproTables(tables);
    }
  }
}
