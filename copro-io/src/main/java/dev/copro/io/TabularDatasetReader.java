package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from tables laid out as the CSV folder form's files — the CSV files themselves, a
 * workbook's sheets, a database's tables. Each row becomes the same located object a JSON record
 * would, with text cells that the binder reads as numbers, dates or codes as the field needs; votes
 * and survey items, kept in tables of their own, are nested into their records first.
 *
 * <p>Every problem is found in one run: a missing column is one problem for its table, whose rows
 * are still checked for everything else, and the other tables are checked in full.
 */
final class TabularDatasetReader {

  private final TableSource source;
  private final Dialect dialect;
  private final String sourceName;
  private final Problems problems;
  private final DatasetAssembly assembly;
  private final CsvPositions positions = new CsvPositions();
  private final Map<String, Where.Csv> tables = new HashMap<>();
  private int tablesFound;
  private @Nullable String name;

  private TabularDatasetReader(
      TableSource source, Dialect dialect, String what, String sourceName, Problems problems) {
    this.source = source;
    this.dialect = dialect;
    this.sourceName = sourceName;
    this.problems = problems;
    this.assembly = new DatasetAssembly(what, problems);
  }

  /**
   * Reads the tables of {@code source}.
   *
   * @param what what is read, for the exception ("dataset data")
   * @param sourceName the name of the whole source, for problems about it (a folder's name)
   */
  static Dataset read(TableSource source, Dialect dialect, String what, String sourceName) {
    Problems problems = new Problems();
    if (source instanceof CsvFolder folder) {
      folder.reportTo(problems);
    }
    TabularDatasetReader reader =
        new TabularDatasetReader(source, dialect, what, sourceName, problems);
    reader.readAll();
    return reader.assembly.build(reader.name, reader.positions);
  }

  private void readAll() {
    try {
      checkNames(source.names());
    } catch (IOException e) {
      problems.addLoss(
          Kind.UNREADABLE,
          Location.at(sourceName, null),
          null,
          e instanceof java.nio.file.NoSuchFileException
              ? "There is no folder " + sourceName + "."
              : "The " + noun() + "s cannot be listed: " + e.getMessage() + ".");
      return;
    }
    if (!readDatasetTable()) {
      return;
    }
    Map<RecordKind, Map<String, List<Node.Obj>>> nested = new EnumMap<>(RecordKind.class);
    for (RecordType<?> type : RecordFormats.ALL) {
      CsvLayout.Nested field = CsvLayout.table(type.kind()).nested();
      if (field != null) {
        nested.put(type.kind(), readNested(field.table()));
      }
    }
    for (RecordType<?> type : RecordFormats.ALL) {
      readRecords(type, nested.getOrDefault(type.kind(), Map.of()));
    }
    if (tablesFound == 0 && !problems.incomplete()) {
      String hint = source instanceof CsvFolder folder ? folder.whereTheDataIs() : "";
      problems.addLoss(
          Kind.UNREADABLE,
          Location.at(sourceName, null),
          null,
          "There is no dataset here: "
              + "the "
              + (source.form() == TableSource.Form.FILE
                  ? "folder"
                  : source.form() == TableSource.Form.SHEET ? "workbook" : "database")
              + " has none of the "
              + noun()
              + "s of the format ("
              + examples()
              + ")."
              + hint);
      return;
    }
    if (!problems.incomplete()) {
      // When rows were lost, a vote's decision may be among them: the cross-record checks wait.
      nested.forEach((kind, left) -> reportOrphans(CsvLayout.table(kind), left));
    }
  }

  /** What the source calls a table: a file, a sheet, a table. */
  private String noun() {
    return switch (source.form()) {
      case FILE -> "file";
      case SHEET -> "sheet";
      case TABLE -> "table";
    };
  }

  /** A few of the format's table names as the source names them, for messages. */
  private String examples() {
    return String.join(
            ", ",
            List.of(
                source.nameOf("participants"),
                source.nameOf("activities"),
                source.nameOf("attendance")))
        + ", …";
  }

  /** The format's name of a CSV file: {@code activities} for {@code activities.csv}. */
  private static String tableName(CsvLayout.Table table) {
    return table.file().substring(0, table.file().length() - ".csv".length());
  }

  /** Reports tables the format does not define: their rows would otherwise be silently ignored. */
  private void checkNames(List<String> names) {
    List<String> known = new ArrayList<>();
    for (String file : CsvLayout.fileNames()) {
      known.add(source.nameOf(file.substring(0, file.length() - ".csv".length())));
    }
    Set<String> found = new TreeSet<>(names);
    for (String table : found) {
      if (!known.contains(table)) {
        // A misspelt table loses its records: the references to them would all be reported.
        boolean lost = Suggestions.nearest(table.toLowerCase(Locale.ROOT), known).isPresent();
        Problems.Adder report = lost ? problems::addLoss : problems::add;
        report.add(
            Kind.UNKNOWN_FIELD,
            new Location(table, 0, 0, null),
            null,
            "'"
                + table
                + "' is not a "
                + noun()
                + " of the format"
                + Messages.didYouMean(table.toLowerCase(Locale.ROOT), known)
                + " Its rows are not read.");
      }
    }
  }

  /**
   * Reads the dataset table, if there is one; returns false when its format is not one this library
   * reads.
   */
  private boolean readDatasetTable() {
    boolean[] supported = {true};
    int[] rows = {0};
    readTable(
        CsvLayout.DATASET,
        (row, where) -> {
          if (rows[0]++ > 0) {
            problems.add(
                Kind.INVALID_VALUE,
                where.at(row),
                null,
                source.nameOf("dataset")
                    + " holds one row (the format and the dataset's name); this is another.");
            return;
          }
          RecordFormats.Header header = RecordFormats.Header.read(row, where, problems);
          supported[0] = header != null;
          name = header == null ? null : header.name();
        });
    return supported[0];
  }

  /** Reads a table of nested objects, grouped by the record each row names in its key column. */
  private Map<String, List<Node.Obj>> readNested(CsvLayout.Table table) {
    String key = Objects.requireNonNull(table.parentKey(), "a nested table names its parent");
    Map<String, List<Node.Obj>> byParent = new LinkedHashMap<>();
    readTable(
        table,
        (row, where) -> {
          Node parent = row.remove(key);
          if (!(parent instanceof Node.Scalar s) || s.text().isBlank()) {
            problems.add(
                Kind.MISSING_FIELD,
                where.field(key).at(row),
                null,
                "This row has no '"
                    + key
                    + "', which is required: it says which "
                    + key
                    + " the row belongs to.");
            return;
          }
          row.origin(where);
          byParent.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(row);
        });
    return byParent;
  }

  private <T> void readRecords(RecordType<T> type, Map<String, List<Node.Obj>> nested) {
    CsvLayout.Table table = CsvLayout.table(type.kind());
    CsvLayout.Nested field = table.nested();
    readTable(
        table,
        (row, where) -> {
          List<Node.Obj> children = field == null ? null : nested.remove(type.idOf(row));
          int[] childLines = new int[children == null ? 0 : children.size()];
          if (field != null && children != null) {
            Node.Arr list = new Node.Arr(row.line(), 0);
            for (int i = 0; i < children.size(); i++) {
              list.add(children.get(i));
              childLines[i] = children.get(i).line();
            }
            row.put(field.field(), list, row.line(), 0);
          }
          if (assembly.bind(type, row, where, Set.of())) {
            positions.add(
                type.kind(),
                where,
                row.line(),
                field == null ? null : field.field(),
                field == null ? null : tables.get(field.table().file()),
                childLines);
          }
        });
  }

  /** Reports nested rows whose record is not in the main table. */
  private void reportOrphans(CsvLayout.Table parent, Map<String, List<Node.Obj>> left) {
    CsvLayout.Table child =
        Objects.requireNonNull(parent.nested(), "only nested rows are orphans").table();
    String key = Objects.requireNonNull(child.parentKey(), "a nested table names its parent");
    left.forEach(
        (id, rows) -> {
          for (Node.Obj row : rows) {
            // The row was read from the nested table, so its header was too, and is in tables.
            Where where =
                Objects.requireNonNull(tables.get(child.file()), "a table whose rows were read")
                    .field(key);
            problems.add(
                Kind.UNKNOWN_REFERENCE,
                where.at(row),
                id,
                "This row of "
                    + source.nameOf(tableName(child))
                    + " belongs to "
                    + key
                    + " "
                    + Messages.quote(id)
                    + ", which is not in "
                    + source.nameOf(tableName(parent))
                    + ".");
          }
        });
  }

  /** Receives each row of a table as an object, with the table's place. */
  private interface RowHandler {
    void row(Node.Obj row, Where.Csv where);
  }

  /**
   * Reads one table, if the source holds it: the header, then each row that is not wholly empty.
   */
  private void readTable(CsvLayout.Table table, RowHandler handler) {
    String tableName = source.nameOf(tableName(table));
    TableSource.Rows rows;
    try {
      rows = source.open(tableName(table));
    } catch (java.nio.charset.CharacterCodingException e) {
      TextInput.reportUnparsable(e, null, problems, tableName, 0);
      return;
    } catch (IOException e) {
      problems.addLoss(
          Kind.UNREADABLE,
          new Location(tableName, 0, 0, null),
          null,
          "The " + noun() + " cannot be read: " + e.getMessage() + ".");
      return;
    }
    if (rows == null) {
      return;
    }
    tablesFound++;
    try (rows) {
      readRows(rows, table, tableName, handler);
    } catch (IOException e) {
      TextInput.reportUnparsable(
          e,
          rows instanceof CsvFolder.CellLines lines ? lines.parser() : null,
          problems,
          tableName,
          0);
    }
  }

  private void readRows(
      TableSource.Rows rows, CsvLayout.Table table, String tableName, RowHandler handler)
      throws IOException {
    TableSource.Row header = rows.next();
    if (header == null) {
      return;
    }
    int width = header.cells().size();
    CsvLayout.Column[] columns = new CsvLayout.Column[width];
    TableFormat.ValueKind[] kinds = new TableFormat.ValueKind[width];
    Where.Csv where = readHeader(table, tableName, header, columns, kinds);
    if (where == null) {
      return;
    }
    tables.put(table.file(), where);
    int idPosition =
        where.columns().getOrDefault(table.parentKey() != null ? table.parentKey() : "id", 0) - 1;
    CellConventions conventions = new CellConventions(dialect, source.form(), tableName, problems);
    CsvFolder.CellLines lines = rows instanceof CsvFolder.CellLines l ? l : null;
    TableSource.Row cells;
    while ((cells = rows.next()) != null) {
      List<String> texts = cells.cells();
      if (texts.stream().allMatch(String::isEmpty)) {
        continue;
      }
      int line = cells.number();
      if (texts.size() != width) {
        problems.addLoss(
            Kind.MALFORMED,
            where.withColumn(null).at(line, 0),
            null,
            "This row has "
                + texts.size()
                + " cells but the header has "
                + width
                + " columns, so it is not read.");
        continue;
      }
      String id =
          idPosition >= 0 && !texts.get(idPosition).isBlank() ? texts.get(idPosition) : null;
      Node.Obj row = new Node.Obj(line, 1);
      for (int i = 0; i < width; i++) {
        String text = texts.get(i);
        if (columns[i] != null && !text.isEmpty()) {
          int cellLine = lines == null ? line : lines.lineOf(i);
          if (!columns[i].list()) {
            text =
                conventions.read(
                    kinds[i],
                    columns[i].header(),
                    text,
                    cellLine,
                    where.withColumn(columns[i].header()),
                    id);
          }
          place(row, columns[i], new Node.Scalar(Node.Scalar.Type.TEXT, text, cellLine, i + 1));
        }
      }
      handler.row(row, where);
    }
    conventions.report();
  }

  /**
   * Checks the header: names the format does not define, repeated names, missing required columns.
   * Fills {@code columns} with each position's column ({@code null} where it is ignored) and {@code
   * kinds} with what it holds, and returns the table's place, or {@code null} when the column that
   * says which record a nested row belongs to is missing and the rows cannot be read. A missing
   * required column of a record table is reported once; the rows are read for every other problem,
   * and the binder's problems for the missing column are silenced.
   */
  private Where.@Nullable Csv readHeader(
      CsvLayout.Table table,
      String tableName,
      TableSource.Row header,
      CsvLayout.Column[] columns,
      TableFormat.ValueKind[] kinds) {
    Map<String, CsvLayout.Column> fixed = table.fixedColumns();
    String attributes = table.attributePrefix();
    Map<String, Integer> positionByName = new LinkedHashMap<>();
    List<String> names = header.cells();
    Where.Csv headerAt = new Where.Csv(tableName, Map.of(), null, source.form());
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Location at = headerCell(headerAt, header.number(), i + 1, name);
      if (positionByName.putIfAbsent(name, i + 1) != null) {
        problems.add(
            Kind.DUPLICATE_KEY,
            at,
            null,
            "The column '" + name + "' appears more than once; keep one.");
      } else if (fixed.containsKey(name)) {
        columns[i] = fixed.get(name);
        kinds[i] = CsvLayout.typeOf(table, columns[i]).kind();
      } else if (attributes != null
          && name.startsWith(attributes)
          && name.length() > attributes.length()) {
        columns[i] =
            new CsvLayout.Column(
                name,
                List.of(
                    attributes.substring(0, attributes.length() - 1),
                    name.substring(attributes.length())),
                false);
        kinds[i] = TableFormat.ValueKind.TEXT;
      } else {
        List<String> known = new ArrayList<>(fixed.keySet());
        if (attributes != null) {
          known.add(attributes + "NAME");
        }
        problems.add(
            Kind.UNKNOWN_FIELD,
            at,
            null,
            (name.isEmpty()
                    ? "Column " + (i + 1) + " has no name."
                    : "Unknown column '" + name + "'" + Messages.didYouMean(name, fixed.keySet()))
                + " Columns of "
                + tableName
                + ": "
                + String.join(", ", known)
                + "."
                + delimiterHint(name));
      }
    }
    Where.Csv where = new Where.Csv(tableName, Map.copyOf(positionByName), null, source.form());
    for (String required : table.requiredColumns()) {
      if (positionByName.containsKey(required)) {
        continue;
      }
      Location at = where.withColumn(required).at(header.number(), 0);
      if (required.equals(table.parentKey())) {
        problems.addLoss(
            Kind.MISSING_FIELD,
            at,
            null,
            "The "
                + noun()
                + " has no column '"
                + required
                + "', which is required: it says which "
                + required
                + " each row belongs to, so the rows are not read.");
        return null;
      }
      problems.silenceColumn(where.withColumn(required));
      if (required.equals("id")) {
        assembly.unreadKind(kindOf(table));
        problems.add(
            Kind.MISSING_FIELD,
            at,
            null,
            "The "
                + noun()
                + " has no column 'id', which is required: "
                + "its records cannot be read, and the references to them are not checked.");
      } else {
        problems.add(
            Kind.MISSING_FIELD,
            at,
            null,
            "The "
                + noun()
                + " has no column '"
                + required
                + "', which is required: add it, with a value in every row.");
      }
    }
    return where;
  }

  /** The kind of record a table holds. */
  private static RecordKind kindOf(CsvLayout.Table table) {
    for (RecordKind kind : RecordKind.values()) {
      if (CsvLayout.table(kind) == table) {
        return kind;
      }
    }
    throw new IllegalArgumentException(table.file() + " holds no kind of record");
  }

  /**
   * A header's cell: for a file its line and position, for a sheet its reference, for a table the
   * column name.
   */
  private static Location headerCell(Where.Csv table, int line, int position, String name) {
    String column = name.isEmpty() ? null : name;
    return switch (table.form()) {
      case FILE -> new Location(table.source(), line, position, column);
      case SHEET -> Location.cell(table.source(), line, position, column);
      case TABLE -> new Location(table.source(), 0, 0, column);
    };
  }

  /**
   * A hint for a header cell that holds a delimiter: the file was split on another one than it was
   * written with.
   */
  private String delimiterHint(String name) {
    if (source.form() != TableSource.Form.FILE) {
      return "";
    }
    for (char c : new char[] {',', ';', '\t'}) {
      if (name.indexOf(c) >= 0) {
        return " The header seems to be separated by '"
            + (c == '\t' ? "tab" : String.valueOf(c))
            + "': declare "
            + "\"delimiter\": \""
            + (c == '\t' ? "tab" : String.valueOf(c))
            + "\" in "
            + Dialect.MANIFEST
            + ".";
      }
    }
    return "";
  }

  /**
   * Puts a cell into the row object where its column says: a field, a nested field, an attribute,
   * or list items.
   */
  private static void place(Node.Obj row, CsvLayout.Column column, Node.Scalar cell) {
    Node.Obj target = row;
    List<String> path = column.path();
    for (int i = 0; i < path.size() - 1; i++) {
      target = target.child(path.get(i));
    }
    Node value = cell;
    if (column.list()) {
      Node.Arr items = new Node.Arr(cell.line(), cell.column());
      for (String item : CsvLayout.split(cell.text())) {
        items.add(new Node.Scalar(Node.Scalar.Type.TEXT, item, cell.line(), cell.column()));
      }
      value = items;
    }
    target.put(path.get(path.size() - 1), value, cell.line(), cell.column());
  }
}
