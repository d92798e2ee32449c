package dev.copro.io;

import dev.copro.model.RecordKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The folder form of a dataset: which CSV file holds which records, and which columns each file
 * has. Columns follow the record fields (docs/csv-format.md): a single value is one column named as
 * the field; a list is one column with items separated by {@code ;}; attributes are one column
 * each, {@code attributes.NAME}; a nested object's fields are columns {@code response.date}; a list
 * of nested objects (votes, survey items) is a file of its own, whose rows name their record in a
 * key column.
 */
final class CsvLayout {

  /** The separator of list items within a cell. */
  static final char LIST_SEPARATOR = ';';

  /** Escapes a list separator or itself within an item. */
  static final char ESCAPE = '\\';

  /** The file of the dataset's format version and name. */
  static final Table DATASET = new Table("dataset.csv", RecordFormats.Header.TYPE, null, null);

  private static final Map<RecordKind, Table> TABLES = new EnumMap<>(RecordKind.class);

  static {
    Table votes = new Table("votes.csv", RecordFormats.Votes.TYPE, "decision", null);
    Table items = new Table("survey-items.csv", RecordFormats.SurveyItems.TYPE, "survey", null);
    for (RecordType<?> type : RecordFormats.ALL) {
      RecordKind kind = type.kind();
      Nested nested =
          kind == RecordKind.DECISION
              ? new Nested("votes", votes)
              : kind == RecordKind.SURVEY ? new Nested("items", items) : null;
      TABLES.put(kind, new Table(fileName(kind), type.type(), null, nested));
    }
  }

  private CsvLayout() {}

  /** The file of a kind of record. */
  static Table table(RecordKind kind) {
    return Objects.requireNonNull(TABLES.get(kind), "every kind has a table");
  }

  /** The table of a file of the format ({@link #fileNames()}). */
  static Table byFile(String file) {
    for (Table table : TABLES.values()) {
      if (table.file().equals(file)) {
        return table;
      }
      if (table.nested() != null && table.nested().table().file().equals(file)) {
        return table.nested().table();
      }
    }
    if (DATASET.file().equals(file)) {
      return DATASET;
    }
    throw new IllegalArgumentException("no file " + file + " in the format");
  }

  /** How the values of a fixed column of {@code table} are read. */
  static ValueType<?> typeOf(Table table, Column column) {
    if (column.header().equals(table.parentKey())) {
      return ValueTypes.IDENTIFIER;
    }
    ObjectType<?> type = table.type();
    ValueType<?> value = null;
    for (String step : column.path()) {
      Field<?, ?> field =
          type.fields().stream().filter(f -> f.name().equals(step)).findFirst().orElseThrow();
      value = field.type();
      if (value.objectType() != null) {
        type = value.objectType();
      }
    }
    return java.util.Objects.requireNonNull(value, column.header());
  }

  /** Every file name of the format, in the order written. */
  static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    names.add(DATASET.file());
    for (Table table : TABLES.values()) {
      names.add(table.file());
      if (table.nested() != null) {
        names.add(table.nested().table().file());
      }
    }
    return names;
  }

  /**
   * The collection's name in kebab case: {@code surveyResponses} is in {@code
   * survey-responses.csv}.
   */
  private static String fileName(RecordKind kind) {
    return kind.collection().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ".csv";
  }

  /**
   * A column.
   *
   * @param header the header name
   * @param path the field, and for nested fields the field within it
   * @param list whether the cell holds a list
   */
  record Column(String header, List<String> path, boolean list) {}

  /**
   * A list of nested objects kept in a file of its own.
   *
   * @param field the record field that holds the list
   * @param table the file
   */
  record Nested(String field, Table table) {}

  /**
   * One file: objects of one type, one per row.
   *
   * @param file the file name
   * @param type the object type
   * @param parentKey the column that names the record each row belongs to, for nested files
   * @param nested the list field kept in a file of its own, if any
   */
  record Table(
      String file, ObjectType<?> type, @Nullable String parentKey, @Nullable Nested nested) {

    /** The columns in order, with one column per attribute name given. */
    List<Column> columns(Collection<String> attributeNames) {
      List<Column> columns = new ArrayList<>();
      if (parentKey != null) {
        columns.add(new Column(parentKey, List.of(parentKey), false));
      }
      for (Field<?, ?> field : type.fields()) {
        String name = field.name();
        switch (field.type().shape()) {
          case SCALAR -> columns.add(new Column(name, List.of(name), false));
          case LIST -> columns.add(new Column(name, List.of(name), true));
          case MAP ->
              attributeNames.forEach(
                  a -> columns.add(new Column(name + "." + a, List.of(name, a), false)));
          case OBJECT -> {
            ObjectType<?> object =
                Objects.requireNonNull(field.type().objectType(), "an object field has its type");
            for (Field<?, ?> inner : object.fields()) {
              columns.add(
                  new Column(
                      name + "." + inner.name(),
                      List.of(name, inner.name()),
                      inner.type().shape() == ValueType.Shape.LIST));
            }
          }
          case OBJECT_LIST -> {} // in the nested file
        }
      }
      return columns;
    }

    /** The columns that do not depend on the data, by header. */
    Map<String, Column> fixedColumns() {
      Map<String, Column> byHeader = new LinkedHashMap<>();
      for (Column column : columns(List.of())) {
        byHeader.put(column.header(), column);
      }
      return byHeader;
    }

    /**
     * The prefix of attribute columns ({@code attributes.}), or {@code null} if the records have
     * none.
     */
    @Nullable String attributePrefix() {
      for (Field<?, ?> field : type.fields()) {
        if (field.type().shape() == ValueType.Shape.MAP) {
          return field.name() + ".";
        }
      }
      return null;
    }

    /** The columns every file of this kind must have, when it exists. */
    Set<String> requiredColumns() {
      Set<String> required = new LinkedHashSet<>();
      if (parentKey != null) {
        required.add(parentKey);
      }
      for (Field<?, ?> field : type.fields()) {
        ValueType.Shape shape = field.type().shape();
        if (field.required()
            && (shape == ValueType.Shape.SCALAR || shape == ValueType.Shape.LIST)) {
          required.add(field.name());
        }
      }
      return required;
    }
  }

  /**
   * Splits a list cell into its items, trimmed; {@code \;} is a {@code ;} within an item and {@code
   * \\} a backslash.
   */
  static List<String> split(String cell) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ESCAPE && i + 1 < cell.length()) {
        item.append(cell.charAt(++i));
      } else if (c == LIST_SEPARATOR) {
        items.add(item.toString().strip());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString().strip());
    return items;
  }

  /** Joins list items into a cell, escaping separators and escapes within items. */
  static String join(List<String> items) {
    StringBuilder cell = new StringBuilder();
    for (String item : items) {
      if (cell.length() > 0) {
        cell.append(LIST_SEPARATOR);
      }
      for (int i = 0; i < item.length(); i++) {
        char c = item.charAt(i);
        if (c == LIST_SEPARATOR || c == ESCAPE) {
          cell.append(ESCAPE);
        }
        cell.append(c);
      }
    }
    return cell.toString();
  }
}
