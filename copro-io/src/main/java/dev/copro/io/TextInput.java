package dev.copro.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turning text into located trees safely: UTF-8 decoding that rejects bad bytes and skips a
 * byte-order mark, Jackson parsers with limits against hostile input, and a tree builder that
 * keeps its own stack instead of recursing.
 */
final class TextInput {

  /** Deepest nesting accepted; the format needs 5 levels (document, collection, record, votes, vote). */
  static final int MAX_DEPTH = 32;

  /** Longest string or CSV cell accepted, in characters. */
  static final int MAX_STRING = 1 << 20;

  /** Longest field name accepted, in characters. */
  static final int MAX_NAME = 1_000;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_STRING)
      .maxNameLength(MAX_NAME)
      .maxNumberLength(1_000)
      .build();

  /** Parses JSON; leaves the caller's stream open. */
  static final JsonFactory JSON = new LocatedJsonParser.Factory(new JsonFactoryBuilder()
      .streamReadConstraints(LIMITS)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE));

  /** Parses CSV rows as arrays of strings. */
  static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(LIMITS).build();

  /**
   * How Jackson names a bare word where a value belongs: it quotes the word, up to 256 characters,
   * which is free text when a string lost its quotes. Problem messages never quote free text.
   */
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '[^']*'");

  private TextInput() {}

  /**
   * A reader of UTF-8 text that skips a leading byte-order mark and fails on malformed bytes with
   * their line and column ({@link Utf8Reader.MalformedText}).
   */
  static Reader utf8(InputStream in) {
    return new BufferedReader(new Utf8Reader(in), 1 << 16);
  }

  /**
   * Reads the value at the parser's current token as a tree, leaving the parser on its last token.
   *
   * @param lineOffset added to the parser's line numbers (JSON Lines parses each line on its own)
   */
  static Node readTree(JsonParser parser, int lineOffset) throws IOException {
    return readTree(parser, lineOffset, null);
  }

  /**
   * Reads the value at the parser's current token as a tree, as {@link #readTree(JsonParser, int)}
   * does, taking short strings and numbers from {@code strings} so that repeated texts are one
   * instance.
   *
   * @param strings shared across the trees of one read, or {@code null} to build every string anew
   */
  static Node readTree(JsonParser parser, int lineOffset, @Nullable SharedStrings strings) throws IOException {
    LocatedJsonParser located = parser instanceof LocatedJsonParser p ? p : null;
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
      int line;
      int column;
      if (located != null) {
        line = located.tokenLine() + lineOffset;
        column = located.tokenColumn();
      } else {
        JsonLocation at = parser.currentTokenLocation();
        line = at.getLineNr() + lineOffset;
        column = at.getColumnNr();
      }
      Node value;
      switch (token) {
        case FIELD_NAME -> {
          name = parser.currentName();
          keyLine = line;
          keyColumn = column;
          token = parser.nextToken();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          if (depth == 0) {
            throw new NoSuchElementException(); // a tree cannot start with a closing token (as a stack's pop said)
          }
          Node closed = open[--depth];
          open[depth] = null;
          if (depth == 0) {
            return closed;
          }
          token = parser.nextToken();
          continue;
        }
        case START_OBJECT -> value = new Node.Obj(line, column);
        case START_ARRAY -> value = new Node.Arr(line, column);
        case VALUE_STRING -> value = new Node.Scalar(Node.Scalar.Type.STRING, text(parser, strings), line, column);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            value = new Node.Scalar(Node.Scalar.Type.NUMBER, text(parser, strings), line, column);
        case VALUE_TRUE, VALUE_FALSE -> value = new Node.Scalar(Node.Scalar.Type.BOOLEAN, parser.getText(), line, column);
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

  /** The current string's or number's text, shared through {@code strings} when it is short and the parser is ours. */
  private static String text(JsonParser parser, @Nullable SharedStrings strings) throws IOException {
    return strings != null && parser instanceof LocatedJsonParser located ? located.text(strings) : parser.getText();
  }

  /**
   * Reports text that cannot be parsed, where the parser stopped; the records after it are lost.
   *
   * @param parser the parser, for the location when the exception has none
   * @param lineOffset added to the parser's line numbers
   */
  static void reportUnparsable(IOException e, @Nullable JsonParser parser, Problems problems, String source,
      int lineOffset) {
    Location location;
    if (e instanceof Utf8Reader.MalformedText bad) {
      // The decoder counts lines over the whole input, so no offset applies.
      location = new Location(source, bad.line(), bad.column(), null);
    } else {
      JsonLocation at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null ? jpe.getLocation()
          : parser == null ? null : parser.currentLocation();
      location = at == null ? new Location(source, 0, 0, null)
          : new Location(source, Math.max(0, at.getLineNr()) + (at.getLineNr() > 0 ? lineOffset : 0),
              Math.max(0, at.getColumnNr()), null);
    }
    boolean text = e instanceof JsonProcessingException || e instanceof CharacterCodingException;
    problems.addLoss(text ? Kind.MALFORMED : Kind.UNREADABLE, location, null, describe(e));
  }

  private static String describe(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return "The input breaks a safety limit (nesting deeper than " + MAX_DEPTH + " levels, a string longer than "
          + MAX_STRING + " characters, a name longer than " + MAX_NAME + " characters or a number longer than 1000"
          + " digits), so it is not read further.";
    }
    if (e instanceof CharacterCodingException) {
      return "The text is not valid UTF-8; save the file as UTF-8.";
    }
    if (e instanceof JsonProcessingException jpe) {
      String message = UNRECOGNIZED_TOKEN.matcher(jpe.getOriginalMessage()).replaceAll("Unrecognized token")
          .replace('\n', ' ');
      return "The text is not well-formed: " + (message.length() > 200 ? message.substring(0, 200) + "…" : message) + ".";
    }
    return "The text could not be read: " + e.getMessage() + ".";
  }
}
