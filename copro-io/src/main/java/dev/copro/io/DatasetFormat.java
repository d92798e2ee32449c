package dev.copro.io;

import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The {@code copro-dataset/1} format itself ({@link Dataset#FORMAT}): its JSON Schema, for tools
 * that check or document datasets without this library (the CLI prints it).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatasetFormat {

  private static final String SCHEMA_RESOURCE = "/dev/copro/io/copro-dataset-1.schema.json";

  private DatasetFormat() {}

  /**
   * The JSON Schema (draft 2020-12) of the JSON document form. It checks structure, types, codes
   * and single-value ranges; references between records, date order and the other cross-record
   * rules are checked by {@link DatasetReader} only.
   *
   * @return the schema as JSON text
   */
  public static String schema() {
    return Schema.TEXT;
  }

  /** Loads the schema once, on first use. */
  private static final class Schema {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in =
          Objects.requireNonNull(
              DatasetFormat.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("the schema is missing from the copro-model jar", e);
      }
    }
  }
}
