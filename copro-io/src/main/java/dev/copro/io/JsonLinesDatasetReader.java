package dev.copro.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from JSON Lines: a header line, then one record per line. Lines are independent,
 * so a line that cannot be parsed is reported and reading goes on with the next.
 *
 * <p>One reading may take only some of the record lines, leaving the others to another reading of
 * the same file ({@link Records#takes}): the streaming reader reads the reference records in one
 * pass and the events in another, each through this code, so that every line is read and reported
 * exactly as {@link #read} reads and reports it.
 */
final class JsonLinesDatasetReader {

  /**
   * Longest line accepted, in characters: room for a record with a few strings of the longest size.
   */
  static final int MAX_LINE = 4 * TextInput.MAX_STRING;

  /** The field that names a line's kind of record. */
  static final String RECORD = "record";

  /** The fields of a line that are not the record's own. */
  static final Set<String> IGNORED = Set.of(RECORD);

  private final String source;
  private final Problems problems;
  private final Records records;
  private final Map<String, RecordType<?>> byCode = RecordFormats.byCode();

  /** Shares the short strings that lines repeat (ids, dates), one table per reading. */
  private final SharedStrings strings = new SharedStrings();

  /** Records of each kind so far, by {@link RecordKind#ordinal()}. */
  private final int[] counts = new int[RecordKind.values().length];

  /** The place of a whole line, and of each collection, whose records are placed by their index. */
  private final Where line;

  private final Map<RecordKind, Where> collections = new EnumMap<>(RecordKind.class);
  private @Nullable String name;
  private int recordsFrom = Integer.MAX_VALUE;

  /** What one reading does with the lines that hold records. */
  interface Records {

    /**
     * Whether this reading takes a record line, judged from its text before it is parsed. A reading
     * must take all the lines of a kind or none, so that records keep their indexes.
     */
    boolean takes(String line);

    /**
     * Takes one record line of a known kind.
     *
     * @param type the record's kind
     * @param fileIndex its index among the lines of its kind in the file
     * @param node the line, parsed
     * @param where the record's place in the file
     */
    void take(RecordType<?> type, int fileIndex, Node.Obj node, Where where);
  }

  JsonLinesDatasetReader(String source, Problems problems, Records records) {
    this.source = source;
    this.problems = problems;
    this.records = records;
    this.line = new Where.Json(source, "");
    for (RecordKind kind : RecordKind.values()) {
      collections.put(kind, new Where.Json(source, "/" + kind.collection()));
    }
  }

  static Dataset read(InputStream in, String source) {
    Problems problems = new Problems();
    DatasetAssembly assembly = new DatasetAssembly("dataset " + source, problems);
    JsonPositions positions = new JsonPositions(source);
    JsonLinesDatasetReader reader =
        new JsonLinesDatasetReader(
            source,
            problems,
            new Records() {
              @Override
              public boolean takes(String line) {
                return true;
              }

              @Override
              public void take(RecordType<?> type, int fileIndex, Node.Obj node, Where where) {
                if (assembly.bind(type, node, where, IGNORED)) {
                  positions.add(type.kind(), fileIndex, node.line(), node.column());
                }
              }
            });
    reader.readAll(in);
    return assembly.build(reader.name(), positions);
  }

  /**
   * Reads the header and the record lines this reading takes. Returns whether the text was read to
   * its end; if not, the problem that stopped it is reported.
   */
  boolean readAll(InputStream in) {
    try {
      readLines(new LineReader(TextInput.utf8(in), MAX_LINE));
      return true;
    } catch (IOException e) {
      TextInput.reportUnparsable(e, null, problems, source, 0);
      return false;
    }
  }

  /**
   * Reads the record lines this reading takes from line {@link #recordsFrom()} of another reading
   * of the same file, which read the header and the lines before.
   *
   * @throws IOException if the text cannot be read; not reported
   */
  void readRecords(InputStream in, int from) throws IOException {
    LineReader lines = new LineReader(TextInput.utf8(in), MAX_LINE);
    String text;
    while ((text = lines.next()) != null) {
      if (lines.number() >= from && !lines.tooLong() && !text.isBlank() && records.takes(text)) {
        Node.Obj node = parseLine(text, lines.number());
        if (node != null) {
          readRecord(node);
        }
      }
    }
  }

  /** The dataset's name from the header, or {@code null}. */
  @Nullable String name() {
    return name;
  }

  /**
   * The first line that can hold a record: the line after the header, or the first line if it is a
   * record; {@link Integer#MAX_VALUE} when no line can (no header, or a header of another version).
   */
  int recordsFrom() {
    return recordsFrom;
  }

  private void readLines(LineReader lines) throws IOException {
    boolean header = true;
    String text;
    while ((text = lines.next()) != null) {
      int number = lines.number();
      if (lines.tooLong()) {
        problems.addLoss(
            Kind.MALFORMED,
            new Location(source, number, 1, null),
            null,
            "The line is longer than " + MAX_LINE + " characters, so it is not read.");
      } else if (!text.isBlank() && (header || records.takes(text))) {
        Node.Obj node = parseLine(text, number);
        if (node != null && header) {
          header = false;
          if (node.get(RECORD) == null || node.get("format") != null) {
            if (!readHeader(node)) {
              return;
            }
            recordsFrom = number + 1;
            continue;
          }
          recordsFrom = number;
          problems.add(
              Kind.UNSUPPORTED_FORMAT,
              new Location(source, number, 1, null),
              null,
              "The first line must be the header {\"format\": \"" + Dataset.FORMAT + "\"}.");
          if (!records.takes(text)) {
            continue;
          }
        }
        if (node != null) {
          readRecord(node);
        }
      }
    }
    if (header) {
      problems.add(
          Kind.UNSUPPORTED_FORMAT,
          new Location(source, 1, 1, null),
          null,
          "The file has no header line {\"format\": \"" + Dataset.FORMAT + "\"} and no records.");
    }
  }

  /** Parses one line as one JSON object, or reports why not (the line's record is lost). */
  private Node.@Nullable Obj parseLine(String text, int number) {
    try (JsonParser parser = LocatedJson.parser(text)) {
      try {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
          problems.addLoss(
              Kind.MALFORMED,
              new Location(source, number, parser.currentTokenLocation().getColumnNr(), null),
              null,
              "Each line must hold one JSON object, not "
                  + JsonDatasetReader.describe(token)
                  + ".");
          return null;
        }
        Node.Obj node = (Node.Obj) LocatedJson.read(parser, number - 1, strings);
        if (parser.nextToken() != null) {
          problems.addLoss(
              Kind.MALFORMED,
              new Location(source, number, parser.currentTokenLocation().getColumnNr(), null),
              null,
              "The line holds more than one JSON value; put each record on its own line.");
          return null;
        }
        return node;
      } catch (IOException e) {
        TextInput.reportUnparsable(e, parser, problems, source, number - 1);
        return null;
      }
    } catch (IOException e) {
      TextInput.reportUnparsable(e, null, problems, source, number - 1);
      return null;
    }
  }

  /**
   * Reads the header line; returns false when its format is not one this library reads, which ends
   * reading.
   */
  private boolean readHeader(Node.Obj node) {
    RecordFormats.Header header = RecordFormats.Header.read(node, line, problems);
    if (header == null) {
      return false;
    }
    name = header.name();
    return true;
  }

  private void readRecord(Node.Obj node) {
    Node kind = node.get(RECORD);
    if (kind == null) {
      problems.addLoss(
          Kind.MISSING_FIELD,
          line.at(node),
          null,
          "The line has no \"record\" saying what kind of record it is ("
              + String.join(", ", byCode.keySet())
              + ").");
      return;
    }
    if (!(kind instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.STRING) {
      problems.addLoss(
          Kind.MALFORMED,
          line.field(RECORD).at(kind),
          null,
          "'record' must be a string naming the kind of record, not " + kind.describe() + ".");
      return;
    }
    RecordType<?> type = byCode.get(s.text());
    if (type == null) {
      problems.addLoss(
          Kind.INVALID_VALUE,
          line.field(RECORD).at(kind),
          null,
          "'record' has the unknown kind "
              + Messages.quote(s.text())
              + Messages.didYouMean(s.text(), byCode.keySet())
              + " Known kinds: "
              + String.join(", ", byCode.keySet())
              + ".");
      return;
    }
    int index = counts[type.kind().ordinal()]++;
    Where collection =
        Objects.requireNonNull(collections.get(type.kind()), "every kind has its collection");
    records.take(type, index, node, collection.index(index));
  }
}
