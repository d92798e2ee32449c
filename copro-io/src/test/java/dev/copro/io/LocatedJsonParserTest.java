package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The located parser's token positions are exactly Jackson's token locations, and its texts Jackson's texts. */
class LocatedJsonParserTest {

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "\r\n", "\r", "\t  ", "\n    ");
    Arbitrary<String> scalar = Arbitraries.of("\"a-1\"", "\"\"", "\"Zoë 😀\"", "\"x\\\"y\\u00e9\"", "12", "-0.5e3",
        "true", "false", "null", "\"" + "long".repeat(20) + "\"");
    Arbitrary<String> entry = Arbitraries.lazyOf(
        () -> scalar,
        () -> Arbitraries.of("\"k\"", "\"activity\"", "\"é\"").flatMap(key -> space.flatMap(s -> scalar.map(v ->
            "{" + s + key + s + ":" + s + v + s + "}"))),
        () -> scalar.list().ofMaxSize(4).flatMap(items -> space.map(s -> "[" + s + String.join("," + s, items) + s + "]")));
    return entry.list().ofMinSize(1).ofMaxSize(30).flatMap(entries -> space.map(s ->
        "{" + s + "\"records\":" + s + "[" + s + String.join("," + s, entries) + s + "]" + s + "}"));
  }

  @Property(tries = 300)
  void tokenLineAndColumn_areTheTokenLocation(@ForAll("documents") String document) throws IOException {
    for (JsonParser parser : List.of(
        TextInput.JSON.createParser(TextInput.utf8(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))),
        TextInput.JSON.createParser(document))) {
      try (parser) {
        assertThat(parser).isInstanceOf(LocatedJsonParser.class);
        LocatedJsonParser located = (LocatedJsonParser) parser;
        SharedStrings strings = new SharedStrings();
        for (JsonToken token; (token = parser.nextToken()) != null; ) {
          JsonLocation at = parser.currentTokenLocation();
          assertThat(located.tokenLine()).as("line of %s", token).isEqualTo(at.getLineNr());
          assertThat(located.tokenColumn()).as("column of %s", token).isEqualTo(at.getColumnNr());
          if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
            assertThat(located.text(strings)).isEqualTo(parser.getText());
          }
        }
      }
    }
  }
}
