package dev.copro.model.io;

import dev.copro.model.validation.Suggestions;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from a folder of CSV files. Each row becomes the same located object a JSON
 * record would, with text cells that the binder reads as numbers, dates or codes as the field
 * needs; votes and survey items, kept in files of their own, are nested into their records first.
 */
final class CsvDatasetReader {

  private final Path directory;
  private final Problems problems = new Problems();
  private final DatasetAssembly assembly;
  private final CsvPositions positions = new CsvPositions();
  private final Map<String, Where.Csv> files = new HashMap<>();
  private @Nullable String name;

  private CsvDatasetReader(Path directory) {
    this.directory = directory;
    this.assembly = new DatasetAssembly("dataset " + directory, problems);
  }

  static Dataset read(Path directory) {
    CsvDatasetReader reader = new CsvDatasetReader(directory);
    reader.readFolder();
    return reader.assembly.build(reader.name, reader.positions);
  }

  private void readFolder() {
    if (!Files.isDirectory(directory)) {
      problems.addLoss(Kind.UNREADABLE, new Location(directory.toString(), 0, 0, null), null,
          "There is no folder " + directory + ".");
      return;
    }
    checkFileNames();
    if (!readDatasetFile()) {
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
    if (!problems.incomplete()) {
      // When rows were lost, a vote's decision may be among them: the cross-record checks wait.
      nested.forEach((kind, left) -> reportOrphans(CsvLayout.table(kind), left));
    }
  }

  /** Reports CSV files the format does not define: their rows would otherwise be silently ignored. */
  private void checkFileNames() {
    List<String> known = CsvLayout.fileNames();
    Set<String> found = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.{csv,CSV}")) {
      entries.forEach(p -> found.add(p.getFileName().toString()));
    } catch (IOException e) {
      problems.addLoss(Kind.UNREADABLE, new Location(directory.toString(), 0, 0, null), null,
          "The folder cannot be listed: " + e.getMessage() + ".");
    }
    for (String file : found) {
      if (!known.contains(file)) {
        // A misspelt file loses its records: the references to them would all be reported.
        boolean lost = Suggestions.nearest(file.toLowerCase(Locale.ROOT), known).isPresent();
        Problems.Adder report = lost ? problems::addLoss : problems::add;
        report.add(Kind.UNKNOWN_FIELD, new Location(file, 0, 0, null), null, "'" + file
            + "' is not a file of the format" + Messages.didYouMean(file.toLowerCase(Locale.ROOT), known)
            + " Its rows are not read.");
      }
    }
  }

  /** Reads dataset.csv, if there is one; returns false when its format is not one this library reads. */
  private boolean readDatasetFile() {
    boolean[] supported = {true};
    int[] rows = {0};
    readTable(CsvLayout.DATASET, (row, where) -> {
      if (rows[0]++ > 0) {
        problems.add(Kind.INVALID_VALUE, where.at(row), null,
            "dataset.csv holds one row (the format and the dataset's name); this is another.");
        return;
      }
      RecordFormats.Header header = RecordFormats.Header.read(row, where, problems);
      supported[0] = header != null;
      name = header == null ? null : header.name();
    });
    return supported[0];
  }

  /** Reads a file of nested objects, grouped by the record each row names in its key column. */
  private Map<String, List<Node.Obj>> readNested(CsvLayout.Table table) {
    String key = table.parentKey();
    Map<String, List<Node.Obj>> byParent = new LinkedHashMap<>();
    readTable(table, (row, where) -> {
      Node parent = row.remove(key);
      if (!(parent instanceof Node.Scalar s) || s.text().isBlank()) {
        problems.add(Kind.MISSING_FIELD, where.field(key).at(row), null,
            "This row has no '" + key + "', which is required: it says which " + key + " the row belongs to.");
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
    readTable(table, (row, where) -> {
      List<Node.Obj> children = field == null ? null : nested.remove(type.idOf(row));
      int[] childLines = new int[children == null ? 0 : children.size()];
      if (children != null) {
        Node.Arr list = new Node.Arr(row.line(), 0);
        for (int i = 0; i < children.size(); i++) {
          list.add(children.get(i));
          childLines[i] = children.get(i).line();
        }
        row.put(field.field(), list, row.line(), 0);
      }
      if (assembly.bind(type, row, where, Set.of())) {
        positions.add(type.kind(), where, row.line(), field == null ? null : field.field(),
            field == null ? null : files.get(field.table().file()), childLines);
      }
    });
  }

  /** Reports nested rows whose record is not in the main file. */
  private void reportOrphans(CsvLayout.Table parent, Map<String, List<Node.Obj>> left) {
    CsvLayout.Nested field = parent.nested();
    left.forEach((id, rows) -> {
      for (Node.Obj row : rows) {
        Where where = files.get(field.table().file()).field(field.table().parentKey());
        problems.add(Kind.UNKNOWN_REFERENCE, where.at(row), id, "This row of " + field.table().file()
            + " belongs to " + field.table().parentKey() + " " + Messages.quote(id) + ", which is not in "
            + parent.file() + ".");
      }
    });
  }

  /** Receives each row of a file as an object, with the file's place. */
  private interface RowHandler {
    void row(Node.Obj row, Where.Csv where);
  }

  /** Reads one file, if it exists: the header, then each row that is not wholly empty. */
  private void readTable(CsvLayout.Table table, RowHandler handler) {
    Path file = directory.resolve(table.file());
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      CsvParser parser = null;
      try {
        parser = TextInput.CSV.createParser(TextInput.utf8(in));
        readRows(parser, table, handler);
      } catch (IOException e) {
        TextInput.reportUnparsable(e, parser, problems, table.file(), 0);
      }
    } catch (IOException e) {
      problems.addLoss(Kind.UNREADABLE, new Location(table.file(), 0, 0, null), null,
          "The file cannot be read: " + e.getMessage() + ".");
    }
  }

  private void readRows(CsvParser parser, CsvLayout.Table table, RowHandler handler) throws IOException {
    List<Node.Scalar> header = nextRow(parser);
    if (header == null) {
      return;
    }
    CsvLayout.Column[] columns = new CsvLayout.Column[header.size()];
    Where.Csv where = readHeader(table, header, columns);
    if (where == null) {
      return;
    }
    files.put(table.file(), where);
    List<Node.Scalar> cells;
    while ((cells = nextRow(parser)) != null) {
      if (cells.stream().allMatch(c -> c.text().isEmpty())) {
        continue;
      }
      int line = cells.get(0).line();
      if (cells.size() != header.size()) {
        problems.addLoss(Kind.MALFORMED, new Location(table.file(), line, 0, null), null, "This row has "
            + cells.size() + " cells but the header has " + header.size() + " columns, so it is not read.");
        continue;
      }
      Node.Obj row = new Node.Obj(line, 1);
      for (int i = 0; i < columns.length; i++) {
        Node.Scalar cell = cells.get(i);
        if (columns[i] != null && !cell.text().isEmpty()) {
          place(row, columns[i], cell);
        }
      }
      handler.row(row, where);
    }
  }

  /**
   * Checks the header: names the format does not define, repeated names, missing required columns.
   * Fills {@code columns} with each position's column ({@code null} where it is ignored) and
   * returns the file's place, or {@code null} when a required column is missing and the rows cannot
   * be read.
   */
  private Where.@Nullable Csv readHeader(CsvLayout.Table table, List<Node.Scalar> header, CsvLayout.Column[] columns) {
    Map<String, CsvLayout.Column> fixed = table.fixedColumns();
    String attributes = table.attributePrefix();
    Map<String, Integer> positionByName = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).text();
      Location at = new Location(table.file(), header.get(i).line(), i + 1, name.isEmpty() ? null : name);
      if (positionByName.putIfAbsent(name, i + 1) != null) {
        problems.add(Kind.DUPLICATE_KEY, at, null, "The column '" + name + "' appears more than once; keep one.");
      } else if (fixed.containsKey(name)) {
        columns[i] = fixed.get(name);
      } else if (attributes != null && name.startsWith(attributes) && name.length() > attributes.length()) {
        columns[i] = new CsvLayout.Column(name, List.of(attributes.substring(0, attributes.length() - 1),
            name.substring(attributes.length())), false);
      } else {
        List<String> known = new ArrayList<>(fixed.keySet());
        if (attributes != null) {
          known.add(attributes + "NAME");
        }
        problems.add(Kind.UNKNOWN_FIELD, at, null, (name.isEmpty() ? "Column " + (i + 1) + " has no name."
            : "Unknown column '" + name + "'" + Messages.didYouMean(name, fixed.keySet()))
            + " Columns of " + table.file() + ": " + String.join(", ", known) + ".");
      }
    }
    boolean complete = true;
    for (String required : table.requiredColumns()) {
      if (!positionByName.containsKey(required)) {
        problems.addLoss(Kind.MISSING_FIELD, new Location(table.file(), header.get(0).line(), 0, required), null,
            "The file has no column '" + required + "', which is required, so its rows are not read.");
        complete = false;
      }
    }
    return complete ? new Where.Csv(table.file(), Map.copyOf(positionByName), null) : null;
  }

  /** Puts a cell into the row object where its column says: a field, a nested field, an attribute, or list items. */
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

  /** The next row's cells as text, each with its line and its position in the row; {@code null} at the end. */
  private static @Nullable List<Node.Scalar> nextRow(CsvParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    List<Node.Scalar> cells = new ArrayList<>();
    int lastLine = parser.currentTokenLocation().getLineNr();
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      lastLine = parser.currentTokenLocation().getLineNr();
      cells.add(new Node.Scalar(Node.Scalar.Type.TEXT, parser.getText(), lastLine, cells.size() + 1));
    }
    if (cells.isEmpty()) {
      cells.add(new Node.Scalar(Node.Scalar.Type.TEXT, "", lastLine, 1));
    }
    return cells;
  }
}
