package dev.copro.io;

import dev.copro.model.validation.Location;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to name a place in the input: a JSON Pointer for JSON, a column name for CSV. The binder
 * walks down fields and array indices; the source form decides how that reads in a location.
 */
interface Where {

  /** The place of field {@code name} within this one. */
  Where field(String name);

  /** The place of item {@code index} within this one. */
  Where index(int index);

  /** This place at the given line and column of the source. */
  Location at(int line, int column);

  /** This place, at the line and column where {@code node} began. */
  default Location at(Node node) {
    return at(node.line(), node.column());
  }

  /**
   * A place in a JSON document or JSON line, named by JSON Pointer. The pointer is built only when
   * a problem is located: the binder descends into every field, and most have none.
   */
  final class Json implements Where {
    private final String source;
    private final @Nullable Json parent;
    private final @Nullable String name;
    private final int index;

    /**
     * A place given by its pointer.
     *
     * @param source the file name
     * @param pointer the JSON Pointer, such as {@code /participants/3}; empty for the whole
     *     document
     */
    Json(String source, String pointer) {
      this(source, null, pointer, -1);
    }

    private Json(String source, @Nullable Json parent, @Nullable String name, int index) {
      this.source = source;
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    @Override
    public Where field(String field) {
      return new Json(source, this, field, -1);
    }

    @Override
    public Where index(int i) {
      return new Json(source, this, null, i);
    }

    @Override
    public Location at(int line, int column) {
      String pointer = pointer();
      return new Location(source, line, column, pointer.isEmpty() ? null : pointer);
    }

    private String pointer() {
      if (parent == null) {
        return name == null ? "" : name;
      }
      String step =
          name == null ? Integer.toString(index) : name.replace("~", "~0").replace("/", "~1");
      return parent.pointer() + "/" + step;
    }
  }

  /**
   * A place in a table — a CSV file, a workbook's sheet, a database table — named by column. Fields
   * of nested objects are columns joined with a dot ({@code response.date}); the items of a list
   * share their cell's column.
   *
   * @param source the table's name as the source gives it ({@code activities.csv}, {@code
   *     activities})
   * @param columns the position (from 1) of each header in the table
   * @param column the column name, or {@code null} for the whole row
   * @param form how locations name a place of the table
   */
  record Csv(
      String source, Map<String, Integer> columns, @Nullable String column, TableSource.Form form)
      implements Where {

    /** A place in a CSV file. */
    Csv(String source, Map<String, Integer> columns, @Nullable String column) {
      this(source, columns, column, TableSource.Form.FILE);
    }

    @Override
    public Where field(String name) {
      return new Csv(source, columns, column == null ? name : column + "." + name, form);
    }

    @Override
    public Where index(int index) {
      return this;
    }

    /** This column's place elsewhere: in the same table, the column {@code name}. */
    Csv withColumn(@Nullable String name) {
      return new Csv(source, columns, name, form);
    }

    /**
     * The cell of this column in the given row: for a file, its line and the header's position (0
     * if the table lacks it); for a sheet, its cell reference; for a database table, the column
     * only.
     */
    @Override
    public Location at(int line, int ignoredColumn) {
      int position = column == null ? 0 : columns.getOrDefault(column, 0);
      return switch (form) {
        case FILE -> new Location(source, line, position, column);
        case SHEET -> Location.cell(source, line, position, column);
        case TABLE -> new Location(source, 0, 0, column);
      };
    }
  }
}
