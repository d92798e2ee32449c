package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The located reader's trees hold each value where Jackson's token location puts it, with Jackson's
 * text, whether strings are shared or not; repeated keys keep their first value and are kept apart
 * with theirs.
 */
class LocatedJsonTest {

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "\r\n", "\r", "\t  ", "\n    ");
    Arbitrary<String> scalar =
        Arbitraries.of(
            "\"a-1\"",
            "\"\"",
            "\"Zoë 😀\"",
            "\"x\\\"y\\u00e9\"",
            "12",
            "-0.5e3",
            "true",
            "false",
            "null",
            "\"" + "long".repeat(20) + "\"");
    Arbitrary<String> entry =
        Arbitraries.lazyOf(
            () -> scalar,
            () ->
                Arbitraries.of("\"k\"", "\"activity\"", "\"é\"")
                    .flatMap(
                        key ->
                            space.flatMap(
                                s -> scalar.map(v -> "{" + s + key + s + ":" + s + v + s + "}"))),
            () ->
                scalar
                    .list()
                    .ofMaxSize(4)
                    .flatMap(
                        items -> space.map(s -> "[" + s + String.join("," + s, items) + s + "]")));
    return entry
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .flatMap(
            entries ->
                space.map(
                    s ->
                        "{"
                            + s
                            + "\"records\":"
                            + s
                            + "["
                            + s
                            + String.join("," + s, entries)
                            + s
                            + "]"
                            + s
                            + "}"));
  }

  @Property(tries = 300)
  void read_everyValueAtJacksonsTokenLocationWithJacksonsText(@ForAll("documents") String document)
      throws IOException {
    List<String> expected = new ArrayList<>();
    try (JsonParser jackson = new JsonFactory().createParser(document)) {
      for (JsonToken token; (token = jackson.nextToken()) != null; ) {
        if (token.isScalarValue() || token.isStructStart()) {
          JsonLocation at = jackson.currentTokenLocation();
          expected.add(
              at.getLineNr()
                  + ":"
                  + at.getColumnNr()
                  + " "
                  + (token.isStructStart() ? token : jackson.getText()));
        }
      }
    }
    for (SharedStrings strings : new SharedStrings[] {null, new SharedStrings()}) {
      try (InputStream in = new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
          JsonParser fromBytes = LocatedJson.parser(in);
          JsonParser fromText = LocatedJson.parser(document)) {
        for (JsonParser parser : List.of(fromBytes, fromText)) {
          parser.nextToken();
          assertThat(flatten(LocatedJson.read(parser, 0, strings), new ArrayList<>()))
              .containsExactlyElementsOf(expected);
          assertThat(parser.nextToken()).isNull();
        }
      }
    }
  }

  /** The values in document order, each as {@code line:column text}. */
  private static List<String> flatten(Node node, List<String> into) {
    String at = node.line() + ":" + node.column() + " ";
    if (node instanceof Node.Obj obj) {
      into.add(at + JsonToken.START_OBJECT);
      for (int i = 0; i < obj.size(); i++) {
        flatten(obj.value(i), into);
      }
    } else if (node instanceof Node.Arr arr) {
      into.add(at + JsonToken.START_ARRAY);
      arr.items().forEach(item -> flatten(item, into));
    } else {
      into.add(at + ((Node.Scalar) node).text());
    }
    return into;
  }

  @Test
  void read_repeatedKeys_firstValueKeptAndEachRepeatWithItsValue() throws IOException {
    try (JsonParser parser =
        LocatedJson.parser("{\"a\": 1,\n \"a\": {\"b\": 2, \"b\": [3]},\n \"c\": null}")) {
      parser.nextToken();
      Node.Obj root = (Node.Obj) LocatedJson.read(parser);

      assertThat(root.names()).containsExactly("a", "c");
      assertThat(((Node.Scalar) root.get("a")).text()).isEqualTo("1");
      assertThat(root.duplicates())
          .singleElement()
          .satisfies(
              repeat -> {
                assertThat(repeat.key())
                    .isEqualTo(new Node.Scalar(Node.Scalar.Type.STRING, "a", 2, 2));
                Node.Obj value = (Node.Obj) repeat.value();
                assertThat(value.line()).isEqualTo(2);
                assertThat(value.column()).isEqualTo(7);
                assertThat(value.duplicates())
                    .singleElement()
                    .satisfies(
                        inner -> {
                          assertThat(inner.key().text()).isEqualTo("b");
                          assertThat(inner.key().column()).isEqualTo(16);
                          assertThat(inner.value()).isInstanceOf(Node.Arr.class);
                        });
              });
    }
  }

  @Test
  void parser_byteOrderMarkSkippedBadBytesLocatedDeepNestingRefused() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
    try (JsonParser parser = LocatedJson.parser(new ByteArrayInputStream(bom))) {
      parser.nextToken();
      assertThat(((Node.Arr) LocatedJson.read(parser)).items())
          .singleElement()
          .isEqualTo(new Node.Scalar(Node.Scalar.Type.NUMBER, "1", 1, 2));
    }
    byte[] latin1 = "[\"caf\u00e9\"]".getBytes(StandardCharsets.ISO_8859_1);
    try (JsonParser parser = LocatedJson.parser(new ByteArrayInputStream(latin1))) {
      assertThatThrownBy(
              () -> {
                parser.nextToken();
                LocatedJson.read(parser);
              })
          .isInstanceOf(CharacterCodingException.class)
          .hasMessage("bytes that are not UTF-8 at line 1, column 6");
    }
    String deep = "[".repeat(TextInput.MAX_DEPTH + 1) + "]".repeat(TextInput.MAX_DEPTH + 1);
    try (JsonParser parser = LocatedJson.parser(deep)) {
      assertThatThrownBy(
              () -> {
                parser.nextToken();
                LocatedJson.read(parser);
              })
          .isInstanceOf(StreamConstraintsException.class);
    }
  }
}
