package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from a SQL database: tables or views laid out as the CSV form's files
 * (docs/sql-source.md), so a host application can expose its own records to copro through views
 * without copying them. Each table of the format is looked up in the schema by its SQL name ({@code
 * survey_items}, or the CSV name {@code survey-items}); a table or view that is absent means no
 * records of its kind. Columns are matched to the format's by name, ignoring case and {@code _}:
 * {@code duration_minutes} (as {@code copro schema --sql} writes it), {@code durationminutes} and
 * {@code "durationMinutes"} all name {@code durationMinutes}; attribute columns are {@code
 * attributes_NAME} or {@code "attributes.NAME"}. SQL dates, times, numbers and booleans are read as
 * such; a list is text with items separated by {@code ;}, or an SQL array.
 *
 * <p>The rules and problems are the CSV form's. Rows of a table have no order of their own, so a
 * problem is located by the table, the column (by the format's name) and the record's id: {@code
 * activities date [a7]}. Rows are read in the order of the table's key, so the same data gives the
 * same dataset. Problems never quote the database's connection details.
 *
 * <p>Only the tables of the format are read, with {@code SELECT}; nothing is written.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class JdbcDatasetReader {

  private JdbcDatasetReader() {}

  /**
   * Reads the dataset from a data source, on a connection of its own that is closed afterwards.
   *
   * @param dataSource where to connect
   * @param schema the schema that holds the tables or views, or {@code null} for the connection's
   *     current schema
   * @return the dataset, valid
   * @throws InvalidInputException if the dataset has problems, or the database cannot be read
   */
  public static Dataset read(DataSource dataSource, @Nullable String schema) {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, schema);
    } catch (SQLException e) {
      throw unreadable("database", "The database cannot be reached: " + describe(e) + ".");
    }
  }

  /**
   * Reads the dataset on an open connection, which is left open.
   *
   * @param connection the connection
   * @param schema the schema that holds the tables or views, or {@code null} for the connection's
   *     current schema
   * @return the dataset, valid
   * @throws InvalidInputException if the dataset has problems, or the database cannot be read
   */
  public static Dataset read(Connection connection, @Nullable String schema) {
    return read(connection, schema, Dialect.UNDECLARED);
  }

  /**
   * Reads the dataset on an open connection, reading dates and numbers held as text in a declared
   * dialect (SQL dates and numbers need none).
   *
   * @param connection the connection, left open
   * @param schema the schema, or {@code null} for the connection's current schema
   * @param dialect how dates and numbers held as text are written
   * @return the dataset, valid
   * @throws InvalidInputException if the dataset has problems, or the database cannot be read
   */
  public static Dataset read(Connection connection, @Nullable String schema, Dialect dialect) {
    String what = "database" + (schema == null ? "" : " schema " + schema);
    try {
      String actual = schema != null ? schema : connection.getSchema();
      return DatasetReader.readTables(new Tables(connection, actual), dialect, what);
    } catch (SQLException e) {
      throw unreadable(what, "The database cannot be read: " + describe(e) + ".");
    }
  }

  /**
   * An SQL exception in words: its message, without the connection's details, which the driver does
   * not include.
   */
  static String describe(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  private static InvalidInputException unreadable(String what, String message) {
    return new InvalidInputException(
        what,
        List.of(new Problem(Problem.Kind.UNREADABLE, Location.at(what, null), null, message)));
  }

  /** The tables or views of one schema. */
  private static final class Tables implements TableSource {
    private final Connection connection;
    private final @Nullable String schema;
    private final java.util.Map<String, String> found = new java.util.HashMap<>();

    Tables(Connection connection, @Nullable String schema) {
      this.connection = connection;
      this.schema = schema;
    }

    @Override
    public Form form() {
      return Form.TABLE;
    }

    /** Empty: a schema that holds the host's own tables beside the views is not reported. */
    @Override
    public List<String> names() {
      return List.of();
    }

    @Override
    public String nameOf(String table) {
      return found.getOrDefault(table, SqlNames.of(table));
    }

    @Override
    public @Nullable Rows open(String table) throws IOException {
      try {
        String name = lookUp(table);
        if (name == null) {
          return null;
        }
        found.put(table, name);
        return rows(TableFormat.table(table).orElseThrow(), name);
      } catch (SQLException e) {
        throw new IOException(describe(e), e);
      }
    }

    /**
     * The table's name in the schema ({@code survey_items} or {@code survey-items}, any case), or
     * {@code null}.
     */
    private @Nullable String lookUp(String table) throws SQLException {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> candidates = List.of(SqlNames.of(table), table);
      try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, null, null)) {
        while (tables.next()) {
          String name = tables.getString("TABLE_NAME");
          for (String candidate : candidates) {
            if (name.equalsIgnoreCase(candidate)) {
              return name;
            }
          }
        }
      }
      return null;
    }

    private Rows rows(TableFormat.Table table, String name) throws SQLException {
      String qualified =
          (schema == null ? "" : SqlNames.quote(schema) + ".") + SqlNames.quote(name);
      List<String> labels = new ArrayList<>();
      try (Statement probe = connection.createStatement();
          ResultSet empty = probe.executeQuery("SELECT * FROM " + qualified + " WHERE 1 = 0")) {
        ResultSetMetaData meta = empty.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          labels.add(meta.getColumnLabel(i));
        }
      }
      List<String> header = table.headers(labels);
      List<String> order = new ArrayList<>();
      for (String key : orderColumns(table)) {
        int at = header.indexOf(key);
        if (at >= 0) {
          order.add(SqlNames.quote(labels.get(at)));
        }
      }
      Statement statement = connection.createStatement();
      try {
        statement.setFetchSize(1000);
        ResultSet rows =
            statement.executeQuery(
                "SELECT * FROM "
                    + qualified
                    + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order)));
        return new QueryRows(statement, rows, header);
      } catch (SQLException e) {
        statement.close();
        throw e;
      }
    }

    /**
     * The columns that order a table's rows: its key, then the columns that identify a row without
     * one.
     */
    private static List<String> orderColumns(TableFormat.Table table) {
      List<String> order = new ArrayList<>();
      if (table.key() != null) {
        order.add(table.key());
      }
      for (String column : List.of("id", "activity", "participant", "item")) {
        if (!order.contains(column) && table.column(column).isPresent()) {
          order.add(column);
        }
      }
      return order;
    }
  }

  /** The rows of one query, the header first. */
  private static final class QueryRows implements TableSource.Rows {
    private final Statement statement;
    private final ResultSet rows;
    private final List<String> header;
    private int number;

    QueryRows(Statement statement, ResultSet rows, List<String> header) {
      this.statement = statement;
      this.rows = rows;
      this.header = header;
    }

    @Override
    public TableSource.@Nullable Row next() throws IOException {
      try {
        if (number == 0) {
          number++;
          return new TableSource.Row(number, header);
        }
        if (!rows.next()) {
          return null;
        }
        number++;
        List<String> cells = new ArrayList<>(header.size());
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= header.size(); i++) {
          cells.add(text(rows, i, meta.getColumnType(i)));
        }
        return new TableSource.Row(number, cells);
      } catch (SQLException e) {
        throw new IOException(describe(e), e);
      }
    }

    /** One value as the CSV form writes it. */
    private static String text(ResultSet rows, int i, int type) throws SQLException {
      Object value =
          switch (type) {
            case Types.DATE -> rows.getObject(i, LocalDate.class);
            case Types.TIME -> rows.getObject(i, LocalTime.class);
            case Types.TIMESTAMP ->
                Optional.ofNullable(rows.getObject(i, LocalDateTime.class))
                    .map(LocalDateTime::toLocalDate)
                    .orElse(null);
            case Types.TIMESTAMP_WITH_TIMEZONE ->
                Optional.ofNullable(rows.getObject(i, OffsetDateTime.class))
                    .map(OffsetDateTime::toLocalDate)
                    .orElse(null);
            case Types.ARRAY -> rows.getArray(i);
            default -> rows.getObject(i);
          };
      if (value == null) {
        return "";
      }
      if (value instanceof Array array) {
        Object[] items = (Object[]) array.getArray();
        return java.util.Arrays.stream(items)
            .map(item -> item == null ? "" : escape(String.valueOf(item)))
            .collect(Collectors.joining(";"));
      }
      Function<Object, String> write =
          v ->
              v instanceof BigDecimal d
                  ? d.toPlainString()
                  : v instanceof LocalTime t
                      ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                      : v.toString();
      return write.apply(value);
    }

    /**
     * An item of a list, with {@code ;} and {@code \} escaped as the CSV form's lists escape them.
     */
    private static String escape(String item) {
      return item.replace("\\", "\\\\").replace(";", "\\;");
    }

    @Override
    public void close() throws IOException {
      try {
        statement.close();
      } catch (SQLException e) {
        throw new IOException(describe(e), e);
      }
    }
  }
}
