package dev.copro.model.io;

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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from JSON Lines: a header line, then one record per line. Lines are independent,
 * so a line that cannot be parsed is reported and reading goes on with the next.
 */
final class JsonLinesDatasetReader {

  /** Longest line accepted, in characters: room for a record with a few strings of the longest size. */
  static final int MAX_LINE = 4 * TextInput.MAX_STRING;

  private static final String RECORD = "record";

  /** The field that belongs to the line, not to the record it holds. */
  private static final Set<String> CONTAINER_FIELDS = Set.of(RECORD);

  private final String source;
  private final Problems problems = new Problems();
  private final DatasetAssembly assembly;
  private final JsonPositions positions;
  private final Map<String, RecordType<?>> byCode = RecordFormats.byCode();
  private final SharedStrings strings = new SharedStrings();
  /** Records of each kind so far, by {@link RecordKind#ordinal()}. */
  private final int[] counts = new int[RecordKind.values().length];
  /** The place of a whole line, and of each collection, whose records are placed by their index. */
  private final Where line;
  private final Map<RecordKind, Where> collections = new EnumMap<>(RecordKind.class);
  private @Nullable String name;

  private JsonLinesDatasetReader(String source) {
    this.source = source;
    this.assembly = new DatasetAssembly("dataset " + source, problems);
    this.positions = new JsonPositions(source);
    this.line = new Where.Json(source, "");
    for (RecordKind kind : RecordKind.values()) {
      collections.put(kind, new Where.Json(source, "/" + kind.collection()));
    }
  }

  static Dataset read(InputStream in, String source) {
    JsonLinesDatasetReader reader = new JsonLinesDatasetReader(source);
    try {
      reader.readLines(new LineReader(TextInput.utf8(in), MAX_LINE));
    } catch (IOException e) {
      TextInput.reportUnparsable(e, null, reader.problems, source, 0);
    }
    return reader.assembly.build(reader.name, reader.positions);
  }

  private void readLines(LineReader lines) throws IOException {
    boolean header = true;
    String text;
    while ((text = lines.next()) != null) {
      int number = lines.number();
      if (lines.tooLong()) {
        problems.addLoss(Kind.MALFORMED, new Location(source, number, 1, null), null,
            "The line is longer than " + MAX_LINE + " characters, so it is not read.");
      } else if (!text.isBlank()) {
        Node.Obj node = parseLine(text, number);
        if (node != null && header) {
          header = false;
          if (node.get(RECORD) == null || node.get("format") != null) {
            if (!readHeader(node)) {
              return;
            }
            continue;
          }
          problems.add(Kind.UNSUPPORTED_FORMAT, new Location(source, number, 1, null), null,
              "The first line must be the header {\"format\": \"" + Dataset.FORMAT + "\"}.");
        }
        if (node != null) {
          readRecord(node);
        }
      }
    }
    if (header) {
      problems.add(Kind.UNSUPPORTED_FORMAT, new Location(source, 1, 1, null), null,
          "The file has no header line {\"format\": \"" + Dataset.FORMAT + "\"} and no records.");
    }
  }

  /** Parses one line as one JSON object, or reports why not (the line's record is lost). */
  private Node.@Nullable Obj parseLine(String text, int number) {
    try (JsonParser parser = TextInput.JSON.createParser(text)) {
      try {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
          problems.addLoss(Kind.MALFORMED, new Location(source, number, parser.currentTokenLocation().getColumnNr(),
              null), null, "Each line must hold one JSON object, not " + JsonDatasetReader.describe(token) + ".");
          return null;
        }
        Node.Obj node = (Node.Obj) TextInput.readTree(parser, number - 1, strings);
        if (parser.nextToken() != null) {
          problems.addLoss(Kind.MALFORMED, new Location(source, number, parser.currentTokenLocation().getColumnNr(),
              null), null, "The line holds more than one JSON value; put each record on its own line.");
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

  /** Reads the header line; returns false when its format is not one this library reads, which ends reading. */
  private boolean readHeader(Node.Obj node) {
    RecordFormats.Header header = RecordFormats.Header.read(node, new Where.Json(source, ""), problems);
    if (header == null) {
      return false;
    }
    name = header.name();
    return true;
  }

  private void readRecord(Node.Obj node) {
    Node kind = node.get(RECORD);
    if (kind == null) {
      problems.addLoss(Kind.MISSING_FIELD, line.at(node), null,
          "The line has no \"record\" saying what kind of record it is (" + String.join(", ", byCode.keySet()) + ").");
      return;
    }
    if (!(kind instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.STRING) {
      problems.addLoss(Kind.MALFORMED, line.field(RECORD).at(kind), null,
          "'record' must be a string naming the kind of record, not " + kind.describe() + ".");
      return;
    }
    RecordType<?> type = byCode.get(s.text());
    if (type == null) {
      problems.addLoss(Kind.INVALID_VALUE, line.field(RECORD).at(kind), null, "'record' has the unknown kind "
          + Messages.quote(s.text()) + Messages.didYouMean(s.text(), byCode.keySet())
          + " Known kinds: " + String.join(", ", byCode.keySet()) + ".");
      return;
    }
    int index = counts[type.kind().ordinal()]++;
    if (assembly.bind(type, node, collections.get(type.kind()).index(index), CONTAINER_FIELDS)) {
      positions.add(type.kind(), index, node.line(), node.column());
    }
  }
}
