package dev.copro.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.copro.io.LocatedJson;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document as the readers of configurations and reports see it: copro-io's located tree
 * ({@link LocatedJson}, the reader datasets are read with too), each node given its JSON Pointer
 * and its scalar a Java type, so that each problem they find is located. Duplicate keys are
 * problems (the first value is kept); malformed JSON is one problem at the place it breaks.
 */
final class JsonTree {

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
   * @param scalar for strings, numbers and booleans: a {@link String}, {@link Integer}, {@link
   *     Long}, {@link BigInteger}, {@link Double} or {@link Boolean}; else {@code null}
   * @param fields for objects, the members in document order; else empty
   * @param elements for arrays, the elements; else empty
   */
  record Node(
      Type type,
      String pointer,
      int line,
      int column,
      @Nullable Object scalar,
      Map<String, Node> fields,
      List<Node> elements) {

    /** The member with the given key, or {@code null}. */
    @Nullable Node get(String key) {
      return fields.get(key);
    }
  }

  /**
   * Reads a document with copro-io's located reader ({@link LocatedJson}): UTF-8, with its limits
   * against hostile input.
   *
   * @param in the document
   * @param source its name, for locations
   * @param problems where to add problems
   * @return the root, or {@code null} if the document is not well-formed JSON
   * @throws UncheckedIOException if the stream cannot be read
   */
  static @Nullable Node parse(InputStream in, String source, List<Problem> problems) {
    try (JsonParser parser = LocatedJson.parser(in)) {
      if (parser.nextToken() == null) {
        problems.add(
            new Problem(
                Problem.Kind.MALFORMED,
                new Location(source, 1, 1, ""),
                null,
                "the document is empty"));
        return null;
      }
      Node root = typed(LocatedJson.read(parser), "", source, problems);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(
            new Problem(
                Problem.Kind.MALFORMED,
                location(source, at, ""),
                null,
                "unexpected content after the end of the document"));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new Problem(
              Problem.Kind.MALFORMED,
              at == null ? Location.at(source, null) : location(source, at, null),
              null,
              "not well-formed JSON: " + e.getOriginalMessage()));
      return null;
    } catch (CharacterCodingException e) {
      // Bytes that are not UTF-8: the document's fault, not the stream's.
      problems.add(
          new Problem(
              Problem.Kind.MALFORMED,
              Location.at(source, ""),
              null,
              "the document is not valid text; save it as UTF-8 (" + e.getMessage() + ")"));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * The engine's view of a located value: its JSON Pointer, its scalar as a typed value, and a
   * problem for each repeated key (at the repeated value, whose own content is checked too).
   */
  private static Node typed(
      dev.copro.io.Node node, String pointer, String source, List<Problem> problems) {
    int line = Math.max(0, node.line());
    int column = Math.max(0, node.column());
    if (node instanceof dev.copro.io.Node.Obj object) {
      Map<String, Node> fields = new LinkedHashMap<>();
      for (int i = 0; i < object.size(); i++) {
        String key = object.name(i);
        fields.put(key, typed(object.value(i), pointer + "/" + escape(key), source, problems));
      }
      for (dev.copro.io.Node.Duplicate repeat : object.duplicates()) {
        String key = repeat.key().text();
        Node child = typed(repeat.value(), pointer + "/" + escape(key), source, problems);
        problems.add(
            new Problem(
                Problem.Kind.DUPLICATE_KEY,
                new Location(source, child.line(), child.column(), child.pointer()),
                null,
                "the key '" + key + "' appears twice in one object; the first is used"));
      }
      return new Node(
          Type.OBJECT, pointer, line, column, null, Collections.unmodifiableMap(fields), List.of());
    }
    if (node instanceof dev.copro.io.Node.Arr array) {
      List<Node> elements = new ArrayList<>(array.items().size());
      for (dev.copro.io.Node item : array.items()) {
        elements.add(typed(item, pointer + "/" + elements.size(), source, problems));
      }
      return new Node(Type.ARRAY, pointer, line, column, null, Map.of(), List.copyOf(elements));
    }
    dev.copro.io.Node.Scalar scalar = (dev.copro.io.Node.Scalar) node;
    return switch (scalar.type()) {
      case STRING, TEXT -> scalar(Type.STRING, pointer, line, column, scalar.text());
      case NUMBER -> scalar(Type.NUMBER, pointer, line, column, number(scalar.text()));
      case BOOLEAN ->
          scalar(Type.BOOLEAN, pointer, line, column, Boolean.parseBoolean(scalar.text()));
      case NULL -> new Node(Type.NULL, pointer, line, column, null, Map.of(), List.of());
    };
  }

  /**
   * A number as Jackson types it: a whole number as an {@link Integer}, {@link Long} or {@link
   * BigInteger}, the smallest that holds it; one with a fraction or exponent as a {@link Double}.
   */
  private static Object number(String digits) {
    if (digits.indexOf('.') >= 0 || digits.indexOf('e') >= 0 || digits.indexOf('E') >= 0) {
      return Double.parseDouble(digits);
    }
    BigInteger value = new BigInteger(digits);
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  private static Node scalar(Type type, String pointer, int line, int column, Object value) {
    return new Node(type, pointer, line, column, value, Map.of(), List.of());
  }

  private static Location location(String source, JsonLocation at, @Nullable String pointer) {
    return new Location(
        source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), pointer);
  }

  /** A key escaped for a JSON Pointer (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
