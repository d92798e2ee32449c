package dev.copro.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the CSV folder form (docs/csv-format.md) and their columns, for the other tabular
 * forms that hold the same records: the sheets of a workbook, the tables or views of a database.
 * Each table is named as its CSV file less {@code .csv} ({@code activities}, {@code
 * survey-responses}); its columns are the CSV file's, in the order the writer writes them.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class TableFormat {

  private static final List<Table> TABLES = build();

  private TableFormat() {}

  /**
   * Every table of the format, in the order the CSV writer writes the files: {@code dataset} first,
   * then one per kind of record, with {@code votes} after {@code decisions} and {@code
   * survey-items} after {@code surveys}.
   */
  public static List<Table> tables() {
    return TABLES;
  }

  /** The table of this name ({@code activities}), if the format has one. */
  public static Optional<Table> table(String name) {
    return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** What a cell holds, as far as another tabular form needs to know to store or offer it. */
  public enum ValueKind {
    /** Free text. */
    TEXT,
    /** The id of a record, or a reference to one. */
    IDENTIFIER,
    /** A whole number. */
    WHOLE_NUMBER,
    /** An amount of money, read exactly: at most 15 digits before the point and 10 after. */
    AMOUNT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A date, {@code yyyy-mm-dd}. */
    DATE,
    /** A time of day, {@code HH:mm}. */
    TIME,
    /** An ISO 4217 currency code such as {@code GBP}. */
    CURRENCY,
    /** One of a fixed list of codes ({@link Column#codes()}). */
    CODE
  }

  /**
   * One column.
   *
   * @param name the header, such as {@code date} or {@code response.outcome}
   * @param kind what each value is (for a list, each item)
   * @param required whether every row of the table must have a value
   * @param list whether the cell holds a list, items separated by {@code ;}
   * @param codes the codes allowed, for {@link ValueKind#CODE}; a code whose value is {@code other}
   *     may carry a label, {@code other:LABEL}, where {@link #labelled()} says so
   * @param labelled whether {@code other} takes a label ({@code other:peer researcher})
   */
  public record Column(
      String name,
      ValueKind kind,
      boolean required,
      boolean list,
      List<String> codes,
      boolean labelled) {

    /** Checks presence and copies the codes. */
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      codes = List.copyOf(codes);
    }
  }

  /**
   * One table.
   *
   * @param name the table's name: the CSV file's less {@code .csv}
   * @param columns the fixed columns, in order
   * @param attributePrefix the prefix of the free attribute columns ({@code attributes.}, then the
   *     attribute's name), or {@code null} if the records have no attributes
   * @param key the column that identifies a row: {@code id}, or for {@code votes} and {@code
   *     survey-items} the column naming the record the row belongs to; {@code null} for {@code
   *     dataset}
   */
  public record Table(
      String name, List<Column> columns, @Nullable String attributePrefix, @Nullable String key) {

    /** Checks presence and copies the columns. */
    public Table {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
    }

    /** The CSV file of this table: its name and {@code .csv}. */
    public String fileName() {
      return name + ".csv";
    }

    /** The column of this header, if the table has it (attribute columns are not listed). */
    public Optional<Column> column(String header) {
      return columns.stream().filter(c -> c.name().equals(header)).findFirst();
    }

    /**
     * The CSV form's headers for the column labels of a database or warehouse table, as the SQL
     * source reads them (docs/sql-source.md): a column of this table by its name ignoring case,
     * {@code _}, {@code -} and {@code .} ({@code duration_minutes} is {@code durationMinutes});
     * {@code attributes_NAME} or {@code attributes.NAME} as {@code attributes.NAME}, the name as
     * written; any other label as it is, for the reader to report.
     *
     * @param labels the table's column labels, in order
     * @return the headers, in the same order
     */
    public List<String> headers(List<String> labels) {
      Map<String, String> byKey = new HashMap<>();
      for (Column c : columns) {
        byKey.putIfAbsent(SqlNames.key(c.name()), c.name());
      }
      List<String> headers = new ArrayList<>(labels.size());
      for (String label : labels) {
        headers.add(header(byKey, label));
      }
      return headers;
    }

    private String header(Map<String, String> byKey, String label) {
      String fixed = byKey.get(SqlNames.key(label));
      if (fixed != null) {
        return fixed;
      }
      String prefix = attributePrefix;
      if (prefix != null) {
        String lower = label.toLowerCase(Locale.ROOT);
        String field = prefix.substring(0, prefix.length() - 1).toLowerCase(Locale.ROOT);
        if ((lower.startsWith(field + ".") || lower.startsWith(field + "_"))
            && label.length() > prefix.length()) {
          return prefix + label.substring(prefix.length());
        }
      }
      return label;
    }
  }

  /**
   * The key by which the SQL source matches a table's or column's name to the CSV form's: the name
   * in lower case without {@code _}, {@code -} and {@code .}.
   */
  public static String nameKey(String name) {
    return SqlNames.key(name);
  }

  /** The tables, from the CSV layout and the record fields. */
  private static List<Table> build() {
    List<Table> tables = new ArrayList<>();
    for (String file : CsvLayout.fileNames()) {
      CsvLayout.Table table = CsvLayout.byFile(file);
      Set<String> required = table.requiredColumns();
      List<Column> columns = new ArrayList<>();
      for (CsvLayout.Column column : table.columns(List.of())) {
        ValueType<?> type = CsvLayout.typeOf(table, column);
        boolean labelled = type.codes().contains("other") && labelledOther(type);
        columns.add(
            new Column(
                column.header(),
                type.kind(),
                required.contains(column.header()),
                column.list(),
                type.codes(),
                labelled));
      }
      String key =
          table.parentKey() != null
              ? table.parentKey()
              : table.type().fieldNames().contains("id") ? "id" : null;
      tables.add(
          new Table(
              file.substring(0, file.length() - ".csv".length()),
              columns,
              table.attributePrefix(),
              key));
    }
    return List.copyOf(tables);
  }

  /**
   * Whether a coded type reads {@code other:LABEL}: its readers accept a label only where they
   * must.
   */
  private static boolean labelledOther(ValueType<?> type) {
    return type.readValid(new Node.Scalar(Node.Scalar.Type.TEXT, "other:x", 1, 1))
        != ValueType.INVALID;
  }
}
