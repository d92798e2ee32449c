package dev.copro.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document read into a tree whose every node knows its line, column and JSON Pointer, so that
 * the readers of configurations and reports can locate each problem they find. Duplicate keys are
 * problems (the first value is kept); malformed JSON is one problem at the place it breaks.
 */
final class JsonTree {

  /** Leaves the caller's stream open: whoever opened it closes it. */
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private JsonTree() {}

  /** The types of node. */
  enum Type {
    OBJECT("an object"),
    ARRAY("a list"),
    STRING("a text"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  /**
   * One value of the document.
   *
   * @param type its type
   * @param pointer its JSON Pointer, {@code ""} for the root
   * @param line its 1-based line
   * @param column its 1-based column
   * @param scalar for strings, numbers and booleans: a {@link String}, {@link Integer},
   *     {@link Long}, {@link BigInteger}, {@link Double} or {@link Boolean}; else {@code null}
   * @param fields for objects, the members in document order; else empty
   * @param elements for arrays, the elements; else empty
   */
  record Node(Type type, String pointer, int line, int column, @Nullable Object scalar, Map<String, Node> fields,
      List<Node> elements) {

    /** The member with the given key, or {@code null}. */
    @Nullable Node get(String key) {
      return fields.get(key);
    }
  }

  /**
   * Reads a document.
   *
   * @param in the document
   * @param source its name, for locations
   * @param problems where to add problems
   * @return the root, or {@code null} if the document is not well-formed JSON
   * @throws UncheckedIOException if the stream cannot be read
   */
  static @Nullable Node parse(InputStream in, String source, List<Problem> problems) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      if (parser.nextToken() == null) {
        problems.add(new Problem(Problem.Kind.MALFORMED, new Location(source, 1, 1, ""), null, "the document is empty"));
        return null;
      }
      Node root = read(parser, "", source, problems);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(new Problem(Problem.Kind.MALFORMED, location(source, at, ""), null,
            "unexpected content after the end of the document"));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(new Problem(Problem.Kind.MALFORMED, at == null ? Location.at(source, null) : location(source, at, null),
          null, "not well-formed JSON: " + e.getOriginalMessage()));
      return null;
    } catch (CharConversionException e) {
      // Bytes that are not text in the encoding the document starts in: the document's fault, not the stream's.
      problems.add(new Problem(Problem.Kind.MALFORMED, Location.at(source, ""), null,
          "the document is not valid text; save it as UTF-8 (" + e.getMessage() + ")"));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static Node read(JsonParser parser, String pointer, String source, List<Problem> problems)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = Math.max(0, at.getLineNr());
    int column = Math.max(0, at.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          String childPointer = pointer + "/" + escape(key);
          Node child = read(parser, childPointer, source, problems);
          if (fields.putIfAbsent(key, child) != null) {
            problems.add(new Problem(Problem.Kind.DUPLICATE_KEY, new Location(source, child.line(), child.column(),
                childPointer), null, "the key '" + key + "' appears twice in one object; the first is used"));
          }
        }
        return new Node(Type.OBJECT, pointer, line, column, null, Collections.unmodifiableMap(fields), List.of());
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser, pointer + "/" + elements.size(), source, problems));
        }
        return new Node(Type.ARRAY, pointer, line, column, null, Map.of(), List.copyOf(elements));
      }
      case VALUE_STRING:
        return scalar(Type.STRING, pointer, line, column, parser.getText());
      case VALUE_NUMBER_INT:
        return scalar(Type.NUMBER, pointer, line, column, switch (parser.getNumberType()) {
          case INT -> parser.getIntValue();
          case LONG -> parser.getLongValue();
          default -> parser.getBigIntegerValue();
        });
      case VALUE_NUMBER_FLOAT:
        return scalar(Type.NUMBER, pointer, line, column, parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return scalar(Type.BOOLEAN, pointer, line, column, parser.getBooleanValue());
      default:
        return new Node(Type.NULL, pointer, line, column, null, Map.of(), List.of());
    }
  }

  private static Node scalar(Type type, String pointer, int line, int column, Object value) {
    return new Node(type, pointer, line, column, value, Map.of(), List.of());
  }

  private static Location location(String source, JsonLocation at, @Nullable String pointer) {
    return new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), pointer);
  }

  /** A key escaped for a JSON Pointer (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
