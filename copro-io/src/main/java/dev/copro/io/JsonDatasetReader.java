package dev.copro.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copro.model.Dataset;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import dev.copro.model.validation.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset from one JSON document, streaming: each record is parsed into a small tree, bound
 * and dropped before the next is read.
 */
final class JsonDatasetReader {

  private static final String FORMAT = "format";
  private static final String NAME = "name";

  private final String source;
  private final Problems problems = new Problems();
  private final DatasetAssembly assembly;
  private final JsonPositions positions;
  private final Map<String, RecordType<?>> byCollection = RecordFormats.byCollection();
  private final SharedStrings strings = new SharedStrings();
  private @Nullable String name;
  private boolean formatSeen;

  private JsonDatasetReader(String source) {
    this.source = source;
    this.assembly = new DatasetAssembly("dataset " + source, problems);
    this.positions = new JsonPositions(source);
  }

  static Dataset read(InputStream in, String source) {
    JsonDatasetReader reader = new JsonDatasetReader(source);
    JsonParser parser = null;
    try {
      parser = LocatedJson.parser(in);
      reader.readDocument(parser);
    } catch (IOException e) {
      TextInput.reportUnparsable(e, parser, reader.problems, source, 0);
    }
    return reader.assembly.build(reader.name, reader.positions);
  }

  private void readDocument(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      Location at =
          token == null
              ? new Location(source, 1, 1, null)
              : location(parser.currentTokenLocation(), "");
      problems.addLoss(
          Kind.MALFORMED,
          at,
          null,
          token == null
              ? "The file is empty: a dataset is a JSON object that starts {\"format\": \""
                  + Dataset.FORMAT
                  + "\"."
              : "A dataset must be a JSON object ({…}), not " + describe(token) + ".");
      return;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = location(parser.currentTokenLocation(), "/" + key);
      token = parser.nextToken();
      if (!seen.add(key)) {
        problems.addLoss(
            Kind.DUPLICATE_KEY,
            keyAt,
            null,
            "The key '" + key + "' appears more than once in the dataset; keep one.");
        parser.skipChildren();
      } else if (key.equals(FORMAT)) {
        if (!readFormat(parser, keyAt)) {
          return;
        }
      } else if (key.equals(NAME)) {
        readName(parser, keyAt);
      } else if (byCollection.containsKey(key)) {
        readRecords(parser, byCollection.get(key));
      } else {
        // A misspelt collection loses its records: the references to them would all be reported.
        boolean lost = Suggestions.nearest(key, byCollection.keySet()).isPresent();
        Problems.Adder report = lost ? problems::addLoss : problems::add;
        report.add(
            Kind.UNKNOWN_FIELD,
            keyAt,
            null,
            "Unknown key '" + key + "' in the dataset" + Messages.didYouMean(key, topLevelKeys()));
        parser.skipChildren();
      }
    }
    if (!formatSeen) {
      problems.add(
          Kind.UNSUPPORTED_FORMAT,
          new Location(source, 1, 1, "/format"),
          null,
          "The dataset does not say its format: start it with \"format\": \""
              + Dataset.FORMAT
              + "\".");
    }
    if (parser.nextToken() != null) {
      problems.add(
          Kind.MALFORMED,
          location(parser.currentTokenLocation(), ""),
          null,
          "There is more text after the end of the dataset's JSON object.");
    }
  }

  /**
   * Checks the version; returns false when it is not one this library reads, which ends reading.
   */
  private boolean readFormat(JsonParser parser, Location at) throws IOException {
    formatSeen = true;
    if (parser.currentToken() == JsonToken.VALUE_STRING
        && parser.getText().equals(Dataset.FORMAT)) {
      return true;
    }
    String found =
        parser.currentToken() == JsonToken.VALUE_STRING
            ? Messages.quote(parser.getText())
            : describe(parser.currentToken());
    problems.addLoss(
        Kind.UNSUPPORTED_FORMAT,
        at,
        null,
        "This library reads the format '"
            + Dataset.FORMAT
            + "', but the dataset says "
            + found
            + "."
            + Messages.notADataset(
                parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : ""));
    return false;
  }

  private void readName(JsonParser parser, Location at) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      name = parser.getText().isEmpty() ? null : parser.getText();
    } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
      problems.add(
          Kind.MALFORMED,
          at,
          null,
          "'name' must be a string, not " + describe(parser.currentToken()) + ".");
      parser.skipChildren();
    }
  }

  private void readRecords(JsonParser parser, RecordType<?> type) throws IOException {
    String collection = type.kind().collection();
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problems.addLoss(
          Kind.MALFORMED,
          location(parser.currentTokenLocation(), "/" + collection),
          null,
          "'"
              + collection
              + "' must be an array of objects, not "
              + describe(parser.currentToken())
              + ".");
      parser.skipChildren();
      return;
    }
    // Each record's place is the collection's and its index: the pointer is written only for a
    // problem.
    Where records = new Where.Json(source, "/" + collection);
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        Node.Obj node = (Node.Obj) LocatedJson.read(parser, 0, strings);
        if (assembly.bind(type, node, records.index(index), Set.of())) {
          positions.add(type.kind(), index, node.line(), node.column());
        }
      } else {
        String pointer = "/" + collection + "/" + index;
        problems.addLoss(
            Kind.MALFORMED,
            location(parser.currentTokenLocation(), pointer),
            null,
            "Each entry of '" + collection + "' must be an object, not " + describe(token) + ".");
        parser.skipChildren();
      }
      index++;
    }
  }

  private List<String> topLevelKeys() {
    List<String> keys = new ArrayList<>(List.of(FORMAT, NAME));
    keys.addAll(byCollection.keySet());
    return keys;
  }

  private Location location(JsonLocation at, String pointer) {
    return new Location(
        source,
        Math.max(0, at.getLineNr()),
        Math.max(0, at.getColumnNr()),
        pointer.isEmpty() ? null : pointer);
  }

  /** A token's JSON type in words. */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the text";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
