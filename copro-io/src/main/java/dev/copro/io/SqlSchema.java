package dev.copro.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The PostgreSQL tables that {@link JdbcDatasetReader} reads: one per table of the CSV form, named
 * and with columns in snake case ({@code survey_items}, {@code duration_minutes}), with the SQL
 * types of the values, {@code NOT NULL} on required columns, a check of the codes a coded column
 * takes, and a primary key where records have one. Attribute columns ({@code attributes_age_band})
 * are for the host to add. A host that keeps its records otherwise creates views of these names and
 * columns instead.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class SqlSchema {

  private SqlSchema() {}

  /**
   * The DDL: a {@code CREATE TABLE} statement per table, in the order of {@link
   * TableFormat#tables()}, each ending with {@code ;} and a line break.
   *
   * @return the statements, for PostgreSQL
   */
  public static String postgresql() {
    StringBuilder out = new StringBuilder();
    out.append(
        "-- The tables of a copro dataset (copro-dataset/1) for PostgreSQL: docs/sql-source.md.\n");
    out.append(
        "-- Add columns attributes_NAME (text) to initiatives, participants and activities for attributes.\n");
    for (TableFormat.Table table : TableFormat.tables()) {
      out.append('\n').append("CREATE TABLE ").append(SqlNames.of(table.name())).append(" (\n");
      List<String> lines = new ArrayList<>();
      for (TableFormat.Column column : table.columns()) {
        lines.add(
            "  "
                + SqlNames.identifier(column.name())
                + " "
                + type(column)
                + (column.required() ? " NOT NULL" : "")
                + check(column));
      }
      List<String> key = primaryKey(table);
      if (!key.isEmpty()) {
        lines.add(
            "  PRIMARY KEY ("
                + key.stream().map(SqlNames::identifier).collect(Collectors.joining(", "))
                + ")");
      }
      out.append(String.join(",\n", lines)).append("\n);\n");
    }
    return out.toString();
  }

  private static String type(TableFormat.Column column) {
    if (column.list()) {
      return "text";
    }
    return switch (column.kind()) {
      case WHOLE_NUMBER -> "bigint";
      case AMOUNT -> "numeric";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIME -> "time";
      case CURRENCY -> "char(3)";
      case TEXT, IDENTIFIER, CODE -> "text";
    };
  }

  /**
   * A check of the codes a single coded column takes; {@code other:LABEL} where a label is allowed.
   */
  private static String check(TableFormat.Column column) {
    if (column.kind() != TableFormat.ValueKind.CODE || column.list()) {
      return "";
    }
    String name = SqlNames.identifier(column.name());
    List<String> codes =
        column.labelled()
            ? column.codes().stream().filter(c -> !c.equals("other")).toList()
            : column.codes();
    String in =
        name
            + " IN ("
            + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
            + ")";
    return " CHECK (" + in + (column.labelled() ? " OR " + name + " LIKE 'other:_%'" : "") + ")";
  }

  /**
   * The columns that identify a row: the id, or for votes and survey items their record and own
   * key.
   */
  private static List<String> primaryKey(TableFormat.Table table) {
    List<String> key = new ArrayList<>();
    if (table.key() != null) {
      key.add(table.key());
    }
    if (table.key() != null && !table.key().equals("id")) {
      table.column("id").or(() -> table.column("participant")).ifPresent(c -> key.add(c.name()));
    } else if (table.key() == null
        && table.column("activity").isPresent()
        && table.column("participant").isPresent()) {
      key.add("activity");
      key.add("participant");
    }
    return key;
  }
}
