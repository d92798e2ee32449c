package dev.copro.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.copro.model.Dataset;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes datasets in the {@code copro-dataset/1} format (docs/dataset-format.md): as one JSON
 * document, as JSON Lines, or as a folder of CSV files (docs/csv-format.md).
 *
 * <p>Output is deterministic: fields in the order of the record components, records in the
 * dataset's order, attributes and sets sorted, {@code \n} line ends, UTF-8 without a byte-order
 * mark. Absent optional values and empty collections are left out (in CSV: empty cells). Reading
 * what was written gives an equal dataset, with one exception: text is never written empty, so an
 * empty optional text ({@code ""}) reads back as absent, and empty required text does not read.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatasetWriter {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private DatasetWriter() {}

  /**
   * Writes a dataset as one pretty-printed JSON document. The stream is flushed, not closed.
   *
   * @param dataset the dataset
   * @param out where to write UTF-8 text
   * @throws IOException if writing fails
   */
  public static void writeJson(Dataset dataset, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      json.writeStartObject();
      json.writeStringField("format", Dataset.FORMAT);
      if (dataset.name() != null) {
        json.writeStringField("name", dataset.name());
      }
      for (RecordType<?> type : RecordFormats.ALL) {
        writeCollection(json, type, dataset);
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /**
   * Writes a dataset as JSON Lines: a header line, then one record per line, kinds in the order of
   * {@link dev.copro.model.RecordKind}. The stream is flushed, not closed.
   *
   * @param dataset the dataset
   * @param out where to write UTF-8 text
   * @throws IOException if writing fails
   */
  public static void writeJsonLines(Dataset dataset, OutputStream out) throws IOException {
    try (JsonLines lines = jsonLines(out, dataset.name())) {
      for (RecordType<?> type : RecordFormats.ALL) {
        for (Object record : type.recordsOf().apply(dataset)) {
          lines.write((Record) record);
        }
      }
    }
  }

  /**
   * Starts writing a dataset as JSON Lines one record at a time, for datasets too large to hold
   * (read them back with {@link DatasetReader#streamJsonLines}): writes the header line now, then
   * each {@link JsonLines#write} writes one record line. Records of different kinds may be written
   * in any order; within a kind, the order written is the records' order. Nothing is checked:
   * records that break the rules between records are written as they are. Closing the writer ends
   * the last line and flushes the stream, but does not close it.
   *
   * @param out where to write UTF-8 text
   * @param name the dataset's name, or {@code null}
   * @return the writer
   * @throws IOException if writing fails
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static JsonLines jsonLines(OutputStream out, @Nullable String name) throws IOException {
    JsonGenerator json = generator(out);
    json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("format", Dataset.FORMAT);
    if (name != null) {
      header.put("name", name);
    }
    writeValue(json, header);
    return new JsonLines(json);
  }

  /**
   * Writes the records of a dataset as JSON Lines, one line each, as they come; made by {@link
   * DatasetWriter#jsonLines}. Holds nothing but its output buffer. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class JsonLines implements Closeable {
    private final JsonGenerator json;

    private JsonLines(JsonGenerator json) {
      this.json = json;
    }

    /**
     * Writes one record on a line of its own.
     *
     * @param record an {@link dev.copro.model.Initiative}, {@link dev.copro.model.Participant},
     *     {@link dev.copro.model.Activity}, {@link dev.copro.model.Attendance}, {@link
     *     dev.copro.model.Contribution}, {@link dev.copro.model.Decision}, {@link
     *     dev.copro.model.Payment}, {@link dev.copro.model.Survey} or {@link
     *     dev.copro.model.SurveyResponse}
     * @throws IllegalArgumentException if {@code record} is of another class
     * @throws IOException if writing fails
     */
    public void write(Record record) throws IOException {
      RecordType<?> type = RecordFormats.of(record);
      if (type == null) {
        throw new IllegalArgumentException(
            "not a record of a dataset: " + record.getClass().getName());
      }
      writeLine(type, record);
    }

    private <T> void writeLine(RecordType<T> type, Object record) throws IOException {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("record", type.kind().code());
      line.putAll(type.type().write(type.javaType().cast(record)));
      writeValue(json, line);
    }

    /** Ends the last line and flushes the stream, which stays open. */
    @Override
    public void close() throws IOException {
      json.writeRaw('\n');
      json.close();
    }
  }

  /**
   * Writes a dataset as a folder of CSV files, creating the folder if needed and replacing the
   * files of the format that are in it. Every file is written, with its header even when there are
   * no records, so the folder doubles as a template.
   *
   * @param dataset the dataset
   * @param directory the folder
   * @throws IOException if writing fails
   */
  public static void writeCsv(Dataset dataset, Path directory) throws IOException {
    Files.createDirectories(directory);
    writeTables(
        dataset,
        (table, header, rows) -> {
          try (Writer out =
              Files.newBufferedWriter(directory.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            writeCsvLine(out, header);
            for (List<String> row : rows) {
              writeCsvLine(out, row);
            }
          }
        });
  }

  /**
   * Receives the tables of a dataset laid out as the CSV folder form's files ({@link TableFormat}),
   * for writing them in another tabular form, such as a workbook's sheets.
   *
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  @FunctionalInterface
  public interface TableSink {
    /**
     * Receives one table.
     *
     * @param table the table's name ({@code activities})
     * @param header the column names, with an {@code attributes.NAME} column for each attribute
     *     that a record of the table has
     * @param rows each record's cells as the CSV form writes them; an empty string for no value
     * @throws IOException if writing fails
     */
    void table(String table, List<String> header, List<List<String>> rows) throws IOException;
  }

  /**
   * Gives every table of the dataset to {@code sink}, in the order of {@link TableFormat#tables()},
   * with its header even when it has no rows.
   *
   * @param dataset the dataset
   * @param sink what receives the tables
   * @throws IOException if the sink fails
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public static void writeTables(Dataset dataset, TableSink sink) throws IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("format", Dataset.FORMAT);
    if (dataset.name() != null) {
      header.put("name", dataset.name());
    }
    Map<String, List<Row>> byFile = new LinkedHashMap<>();
    byFile.put(CsvLayout.DATASET.file(), List.of(new Row(null, header)));
    for (RecordType<?> type : RecordFormats.ALL) {
      CsvLayout.Table table = CsvLayout.table(type.kind());
      List<Row> rows = rows(type, dataset);
      byFile.put(table.file(), rows);
      if (table.nested() != null) {
        List<Row> nestedRows = new ArrayList<>();
        String field = table.nested().field();
        for (Row row : rows) {
          Object items = row.values().remove(field);
          if (items instanceof List<?> list) {
            String id = (String) row.values().get("id");
            list.forEach(item -> nestedRows.add(new Row(id, asMap(item))));
          }
        }
        byFile.put(table.nested().table().file(), nestedRows);
      }
    }
    for (String file : CsvLayout.fileNames()) {
      writeTable(
          CsvLayout.byFile(file),
          Objects.requireNonNull(byFile.get(file), "every file was filled above"),
          sink);
    }
  }

  private static <T> void writeCollection(JsonGenerator json, RecordType<T> type, Dataset dataset)
      throws IOException {
    List<T> records = type.recordsOf().apply(dataset);
    if (records.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(type.kind().collection());
    for (T record : records) {
      writeValue(json, type.type().write(record));
    }
    json.writeEndArray();
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /**
   * Writes a value in the written form of {@link ValueType}: strings, booleans, numbers, lists and
   * maps.
   */
  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(ValueTypes.exact(d));
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        writeValue(json, item);
      }
      json.writeEndArray();
    } else {
      json.writeStartObject();
      for (Map.Entry<String, Object> entry : asMap(value).entrySet()) {
        json.writeFieldName(entry.getKey());
        writeValue(json, entry.getValue());
      }
      json.writeEndObject();
    }
  }

  @SuppressWarnings("unchecked") // maps in the written form always have string keys
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  /** One CSV row in written form, with the record it belongs to for nested files. */
  private record Row(@Nullable String parent, Map<String, Object> values) {}

  private static <T> List<Row> rows(RecordType<T> type, Dataset dataset) {
    List<Row> rows = new ArrayList<>();
    for (T record : type.recordsOf().apply(dataset)) {
      rows.add(new Row(null, type.type().write(record)));
    }
    return rows;
  }

  private static void writeTable(CsvLayout.Table table, List<Row> rows, TableSink sink)
      throws IOException {
    String prefix = table.attributePrefix();
    Set<String> attributes = new TreeSet<>();
    if (prefix != null) {
      String field = prefix.substring(0, prefix.length() - 1);
      rows.forEach(
          r -> attributes.addAll(asMap(r.values().getOrDefault(field, Map.of())).keySet()));
    }
    List<CsvLayout.Column> columns = table.columns(attributes);
    List<String> headers = columns.stream().map(CsvLayout.Column::header).toList();
    List<List<String>> cellRows = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (CsvLayout.Column column : columns) {
        String parent = row.parent();
        cells.add(
            parent != null && column.header().equals(table.parentKey())
                ? parent
                : cell(row.values(), column));
      }
      cellRows.add(cells);
    }
    String file = table.file();
    sink.table(file.substring(0, file.length() - ".csv".length()), headers, cellRows);
  }

  private static String cell(Map<String, Object> values, CsvLayout.Column column) {
    Object value = values;
    for (String step : column.path()) {
      value = value instanceof Map<?, ?> map ? map.get(step) : null;
    }
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return CsvLayout.join(list.stream().map(DatasetWriter::text).toList());
    }
    return text(value);
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? ValueTypes.exact(d) : value.toString();
  }

  /**
   * Writes one line of RFC 4180 CSV, quoting cells that hold a comma, a quote, a line break or
   * outer spaces.
   */
  private static void writeCsvLine(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = cells.get(i);
      boolean quote =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0
              || (!cell.isEmpty() && cell.strip().length() != cell.length());
      out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    out.write('\n');
  }
}
