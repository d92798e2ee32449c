package dev.copro.model.validation;

import dev.copro.model.RecordKind;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Says where a record came from, so that validation can locate the problems it finds. Readers
 * supply one that knows files, lines and columns; records built in code get {@link
 * #inMemory(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface RecordLocator {

  /**
   * The location of a record or of one of its fields.
   *
   * @param kind the kind of record
   * @param index the record's position among the records of its kind, from 0
   * @param field the field concerned (a JSON field name, possibly with a nested path such as {@code
   *     votes/2/weight}), or {@code null} for the whole record
   */
  Location locate(RecordKind kind, int index, @Nullable String field);

  /**
   * Locates records by JSON Pointer into the dataset's JSON form, in a source of the given name.
   */
  static RecordLocator inMemory(String source) {
    return (kind, index, field) ->
        Location.at(
            source, "/" + kind.collection() + "/" + index + (field == null ? "" : "/" + field));
  }
}
