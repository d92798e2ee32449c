package dev.copro.io;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record or nested object in the format: its name (the record component's), how its
 * value is read and written, whether it must be present, and what an absent optional value means.
 *
 * @param <T> the record type
 * @param <V> the field's value type
 * @param name the field name in JSON, and the column name in CSV
 * @param type how the value is read and written
 * @param required whether the value must be present
 * @param defaultValue the value when absent, or {@code null} for "not recorded" (empty collections
 *     for collection-valued fields)
 * @param getter reads the value from a record, for writing
 */
record Field<T, V>(
    String name,
    ValueType<V> type,
    boolean required,
    @Nullable V defaultValue,
    Function<T, @Nullable V> getter) {

  static <T, V> Field<T, V> required(String name, ValueType<V> type, Function<T, V> getter) {
    return new Field<>(name, type, true, null, getter);
  }

  static <T, V> Field<T, V> optional(
      String name, ValueType<V> type, Function<T, @Nullable V> getter) {
    return new Field<>(name, type, false, null, getter);
  }

  static <T, V> Field<T, V> optional(
      String name, ValueType<V> type, V defaultValue, Function<T, V> getter) {
    return new Field<>(name, type, false, defaultValue, getter);
  }
}
