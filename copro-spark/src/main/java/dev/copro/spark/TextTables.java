package dev.copro.spark;

import dev.copro.io.DatasetReader;
import dev.copro.io.Dialect;
import dev.copro.io.TableFormat;
import dev.copro.io.TableSource;
import dev.copro.model.Dataset;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tables of text cells, the header first, as copro-io's tabular reader takes them ({@link
 * TableSource} in the {@link TableSource.Form#TABLE TABLE} form): Spark rows turned into the CSV
 * form's text, read by the CSV form's rules with the CSV form's located problems. Serializable, to
 * be broadcast.
 */
final class TextTables implements TableSource, Serializable {

  private static final long serialVersionUID = 1L;

  /** One table: its header in the format's names, and its rows. */
  record Table(List<String> header, List<List<String>> rows) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final LinkedHashMap<String, Table> tables;

  TextTables(Map<String, Table> tables) {
    this.tables = new LinkedHashMap<>(tables);
  }

  /** These tables with {@code more} beside them (or in their place, by name). */
  TextTables with(Map<String, Table> more) {
    LinkedHashMap<String, Table> all = new LinkedHashMap<>(tables);
    all.putAll(more);
    return new TextTables(all);
  }

  /** These tables without those named. */
  TextTables without(java.util.Set<String> names) {
    LinkedHashMap<String, Table> kept = new LinkedHashMap<>(tables);
    kept.keySet().removeAll(names);
    return new TextTables(kept);
  }

  /**
   * Reads the tables into a dataset.
   *
   * @throws dev.copro.model.validation.InvalidInputException listing every problem
   */
  Dataset read() {
    return DatasetReader.readTables(this, Dialect.UNDECLARED, CoproSpark.WHAT);
  }

  @Override
  public Form form() {
    return Form.TABLE;
  }

  @Override
  public List<String> names() {
    return List.of();
  }

  @Override
  public String nameOf(String table) {
    return table;
  }

  @Override
  public @Nullable Rows open(String table) {
    Table t = tables.get(table);
    if (t == null) {
      return null;
    }
    return new Rows() {
      private int next;

      @Override
      public @Nullable Row next() {
        int at = next++;
        if (at == 0) {
          return new Row(1, t.header());
        }
        return at <= t.rows().size() ? new Row(at + 1, t.rows().get(at - 1)) : null;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * The format's name of each of a Spark table's columns: a fixed column by its key ({@code
   * duration_minutes} is {@code durationMinutes}), {@code attributes_NAME} as {@code
   * attributes.NAME}, any other as it is (the reader reports it).
   */
  static List<String> header(String table, String[] columns) {
    return TableFormat.table(table).orElseThrow().headers(List.of(columns));
  }

  /** A Spark row's cells as the CSV form writes them. */
  static List<String> cells(org.apache.spark.sql.Row row) {
    List<String> cells = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      cells.add(text(row.isNullAt(i) ? null : row.get(i), row, i));
    }
    return cells;
  }

  private static String text(@Nullable Object value, org.apache.spark.sql.Row row, int i) {
    if (value == null) {
      return "";
    }
    if (value instanceof scala.collection.Seq<?>) {
      return row.getList(i).stream()
          .map(item -> item == null ? "" : escape(text(item, row, i)))
          .collect(Collectors.joining(";"));
    }
    if (value instanceof Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate().toString();
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate().toString();
    }
    if (value instanceof Instant t) {
      return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).toPlainString();
    }
    return Objects.toString(value);
  }

  /**
   * An item of a list, with {@code ;} and {@code \} escaped as the CSV form's lists escape them.
   */
  private static String escape(String item) {
    return item.replace("\\", "\\\\").replace(";", "\\;");
  }
}
