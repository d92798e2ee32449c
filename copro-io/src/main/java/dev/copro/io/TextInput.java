package dev.copro.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reading text safely: UTF-8 decoding that rejects bad bytes and skips a byte-order mark, limits
 * against hostile input for Jackson's parsers (JSON through {@link LocatedJson}, and CSV), and
 * problems for text that cannot be parsed.
 */
final class TextInput {

  /**
   * Deepest nesting accepted; the format needs 5 levels (document, collection, record, votes,
   * vote).
   */
  static final int MAX_DEPTH = 32;

  /** Longest string or CSV cell accepted, in characters. */
  static final int MAX_STRING = 1 << 20;

  /** Longest field name accepted, in characters. */
  static final int MAX_NAME = 1_000;

  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNameLength(MAX_NAME)
          .maxNumberLength(1_000)
          .build();

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
   * Reports text that cannot be parsed, where the parser stopped; the records after it are lost.
   *
   * @param parser the parser, for the location when the exception has none
   * @param lineOffset added to the parser's line numbers
   */
  static void reportUnparsable(
      IOException e,
      @Nullable JsonParser parser,
      Problems problems,
      String source,
      int lineOffset) {
    Location location;
    if (e instanceof Utf8Reader.MalformedText bad) {
      // The decoder counts lines over the whole input, so no offset applies.
      location = new Location(source, bad.line(), bad.column(), null);
    } else {
      JsonLocation at =
          e instanceof JsonProcessingException jpe && jpe.getLocation() != null
              ? jpe.getLocation()
              : parser == null ? null : parser.currentLocation();
      location =
          at == null
              ? new Location(source, 0, 0, null)
              : new Location(
                  source,
                  Math.max(0, at.getLineNr()) + (at.getLineNr() > 0 ? lineOffset : 0),
                  Math.max(0, at.getColumnNr()),
                  null);
    }
    boolean text = e instanceof JsonProcessingException || e instanceof CharacterCodingException;
    problems.addLoss(text ? Kind.MALFORMED : Kind.UNREADABLE, location, null, describe(e));
  }

  private static String describe(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return "The input breaks a safety limit (nesting deeper than "
          + MAX_DEPTH
          + " levels, a string longer than "
          + MAX_STRING
          + " characters, a name longer than "
          + MAX_NAME
          + " characters or a number longer than 1000"
          + " digits), so it is not read further.";
    }
    if (e instanceof CharacterCodingException) {
      return "The text is not valid UTF-8; save the file as UTF-8.";
    }
    if (e instanceof JsonProcessingException jpe) {
      String message =
          UNRECOGNIZED_TOKEN
              .matcher(jpe.getOriginalMessage())
              .replaceAll("Unrecognized token")
              .replace('\n', ' ');
      return "The text is not well-formed: "
          + (message.length() > 200 ? message.substring(0, 200) + "…" : message)
          + ".";
    }
    return "The text could not be read: " + e.getMessage() + ".";
  }
}
