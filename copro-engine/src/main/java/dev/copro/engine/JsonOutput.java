package dev.copro.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * The one way the engine writes JSON: UTF-8, two-space indentation, {@code "key": value}, and
 * {@code \n} line endings whatever the platform, so that equal content gives equal bytes.
 */
final class JsonOutput {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private JsonOutput() {}

  /** Something that writes itself with a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * Writes one document followed by a newline; leaves {@code out} open.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  static void write(OutputStream out, Body body) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);
    try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(printer)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      body.write(json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a list of texts as a JSON array. */
  static void writeTexts(JsonGenerator json, String name, Collection<String> texts)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String text : texts) {
      json.writeString(text);
    }
    json.writeEndArray();
  }
}
