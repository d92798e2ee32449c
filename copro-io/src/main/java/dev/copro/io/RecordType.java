package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A kind of record as the format holds it: its fields, how its id shows in problems, and where its
 * records go in a dataset.
 *
 * @param <T> the record type
 * @param kind the kind of record
 * @param javaType the model's class for it
 * @param type its fields and how to build it
 * @param idFields the fields that make up the id shown in problems, joined with {@code /}
 *     (attendance has no id of its own: {@code activity/participant})
 * @param addTo adds records to a dataset builder
 * @param recordsOf the records of this kind in a dataset
 */
record RecordType<T>(
    RecordKind kind,
    Class<T> javaType,
    ObjectType<T> type,
    List<String> idFields,
    BiConsumer<Dataset.Builder, List<T>> addTo,
    Function<Dataset, List<T>> recordsOf) {

  /**
   * The record's id as written in {@code node}, to name it in problems even when it cannot be read;
   * {@code null} if absent.
   */
  @Nullable String idOf(Node.Obj node) {
    if (idFields.size() == 1) {
      return idText(node, idFields.get(0));
    }
    StringBuilder id = new StringBuilder();
    for (String field : idFields) {
      String text = idText(node, field);
      if (text == null) {
        return null;
      }
      id.append(id.length() == 0 ? "" : "/").append(text);
    }
    return id.toString();
  }

  /** The text of an id field, or {@code null} if it is absent, empty or not text. */
  private static @Nullable String idText(Node.Obj node, String field) {
    if (!(node.get(field) instanceof Node.Scalar s)
        || s.isEmpty()
        || s.type() == Node.Scalar.Type.NUMBER
        || s.type() == Node.Scalar.Type.BOOLEAN) {
      return null;
    }
    return s.text();
  }
}
