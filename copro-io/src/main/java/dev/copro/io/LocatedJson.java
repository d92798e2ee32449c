package dev.copro.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * copro's one reader of JSON into located trees ({@link Node}): datasets (a JSON document, JSON
 * Lines), a CSV folder's dialect file, and the engine's configurations and reports are all read
 * with it. It uses Jackson's public API only: each node's line and column are those of {@link
 * JsonParser#currentTokenLocation()}, and short texts are taken from {@link
 * JsonParser#getTextCharacters()}.
 *
 * <p>Its parsers read UTF-8 (a byte-order mark is skipped; bytes that are not UTF-8 fail with a
 * {@link java.nio.charset.CharacterCodingException} that says where), refuse hostile input (nesting
 * deeper than {@value TextInput#MAX_DEPTH} levels, a string longer than {@value
 * TextInput#MAX_STRING} characters, a name longer than {@value TextInput#MAX_NAME}, a number longer
 * than 1,000 digits) with a {@link com.fasterxml.jackson.core.JsonProcessingException}, and leave
 * the caller's stream open. The tree builder keeps its own stack instead of recursing.
 *
 * <p>For copro's own modules; no compatibility is promised to others.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LocatedJson {

  /** Leaves the caller's stream open; locations carry no reference to the source. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(TextInput.LIMITS)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private LocatedJson() {}

  /**
   * A parser of JSON text, before its first token.
   *
   * @param in UTF-8 text (a byte-order mark is skipped); read but not closed
   * @return the parser, which the caller closes
   * @throws IOException if the parser cannot be made
   */
  public static JsonParser parser(InputStream in) throws IOException {
    return JSON.createParser(TextInput.utf8(in));
  }

  /** A parser of text already in memory, such as one line of JSON Lines. */
  static JsonParser parser(String text) throws IOException {
    return JSON.createParser(text);
  }

  /**
   * Reads the value at the parser's current token as a located tree, leaving the parser on the
   * value's last token. A key that repeats in an object keeps its first value; the repeats are in
   * {@link Node.Obj#duplicates()}.
   *
   * @param parser a parser from {@link #parser(InputStream)}, on the value's first token
   * @return the value
   * @throws IOException if the text is not well-formed, breaks a limit or cannot be read
   */
  public static Node read(JsonParser parser) throws IOException {
    return read(parser, 0, null);
  }

  /**
   * Reads the value at the parser's current token as {@link #read(JsonParser)} does, taking short
   * strings and numbers from {@code strings} so that repeated texts are one instance.
   *
   * @param lineOffset added to the parser's line numbers (JSON Lines parses each line on its own)
   * @param strings shared across the trees of one read, or {@code null} to build every string anew
   */
  static Node read(JsonParser parser, int lineOffset, @Nullable SharedStrings strings)
      throws IOException {
    // The open objects and arrays, innermost last; the parser's depth limit bounds them.
    Node[] open = new Node[4];
    int depth = 0;
    String name = "";
    int keyLine = 0;
    int keyColumn = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      if (token == null) {
        throw new JsonParseException(parser, "Unexpected end of input");
      }
      if (token == JsonToken.FIELD_NAME) {
        name = parser.currentName();
        // Each location is a new object: asked for at a value's first token, and at a key only when
        // it repeats.
        if (depth > 0 && open[depth - 1] instanceof Node.Obj object && object.get(name) != null) {
          JsonLocation at = parser.currentTokenLocation();
          keyLine = at.getLineNr() + lineOffset;
          keyColumn = at.getColumnNr();
        }
        token = parser.nextToken();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        if (depth == 0) {
          throw new NoSuchElementException(); // a tree cannot start with a closing token (as a
          // stack's pop said)
        }
        Node closed = open[--depth];
        open[depth] = null;
        if (depth == 0) {
          return closed;
        }
        token = parser.nextToken();
        continue;
      }
      JsonLocation at = parser.currentTokenLocation();
      int line = at.getLineNr() + lineOffset;
      int column = at.getColumnNr();
      Node value;
      switch (token) {
        case START_OBJECT -> value = new Node.Obj(line, column);
        case START_ARRAY -> value = new Node.Arr(line, column);
        case VALUE_STRING ->
            value = new Node.Scalar(Node.Scalar.Type.STRING, text(parser, strings), line, column);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            value = new Node.Scalar(Node.Scalar.Type.NUMBER, text(parser, strings), line, column);
        case VALUE_TRUE, VALUE_FALSE ->
            value = new Node.Scalar(Node.Scalar.Type.BOOLEAN, parser.getText(), line, column);
        case VALUE_NULL -> value = new Node.Scalar(Node.Scalar.Type.NULL, "null", line, column);
        default -> throw new JsonParseException(parser, "Unexpected token " + token);
      }
      Node parent = depth == 0 ? null : open[depth - 1];
      if (parent instanceof Node.Obj obj) {
        obj.put(name, value, keyLine, keyColumn);
      } else if (parent instanceof Node.Arr arr) {
        arr.add(value);
      }
      if (value instanceof Node.Container) {
        if (depth == open.length) {
          open = Arrays.copyOf(open, 2 * depth);
        }
        open[depth++] = value;
      } else if (parent == null) {
        return value;
      }
      token = parser.nextToken();
    }
  }

  /** The current string's or number's text, shared through {@code strings} when it is short. */
  private static String text(JsonParser parser, @Nullable SharedStrings strings)
      throws IOException {
    if (strings == null) {
      return parser.getText();
    }
    // The length first: for a string, it reads the rest of it, checking it, as getText() would.
    int length = parser.getTextLength();
    if (length > SharedStrings.MAX_LENGTH) {
      return parser.getText();
    }
    return strings.of(parser.getTextCharacters(), parser.getTextOffset(), length);
  }
}
