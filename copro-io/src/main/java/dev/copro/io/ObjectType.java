package dev.copro.io;

import dev.copro.model.validation.Problem.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A record or nested object of the format: its fields in record-component order, and how to build
 * it from their values. Reading collects every problem of the object (unknown, missing and repeated
 * fields, bad values) before giving up on it.
 *
 * @param <T> the model type
 */
final class ObjectType<T> {

  private final String noun;
  private final List<Field<T, ?>> fields;
  private final Field<T, ?>[] fieldArray;
  private final Map<String, Field<T, ?>> byName = new LinkedHashMap<>();
  private final Function<Values, T> create;

  /**
   * An object type.
   *
   * @param noun what one such object is called in messages ("participant", "survey item")
   * @param fields the fields, in the order they are written
   * @param create builds the object from the values read; may throw IllegalArgumentException for
   *     values that contradict each other
   */
  ObjectType(String noun, List<Field<T, ?>> fields, Function<Values, T> create) {
    this.noun = noun;
    this.fields = List.copyOf(fields);
    @SuppressWarnings("unchecked") // an array of this type's own fields
    Field<T, ?>[] array = (Field<T, ?>[]) this.fields.toArray(new Field<?, ?>[0]);
    this.fieldArray = array;
    this.create = create;
    for (Field<T, ?> field : fields) {
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException("field " + field.name() + " twice in " + noun);
      }
    }
  }

  List<Field<T, ?>> fields() {
    return fields;
  }

  Set<String> fieldNames() {
    return byName.keySet();
  }

  /**
   * Reads an object, or reports all its problems and returns {@code null}.
   *
   * @param ignored names that belong to the container rather than the object (JSON Lines' "record")
   */
  @Nullable T read(Node.Obj node, Reading at, Set<String> ignored) {
    Reading here = node.origin() == null ? at : at.relocated(node.origin());
    int before = here.problems().count();
    reportDuplicateKeys(node, here);
    Object[] values = new Object[fieldArray.length];
    int known = 0;
    for (int i = 0; i < fieldArray.length; i++) {
      if (readField(fieldArray[i], node, here, values, i)) {
        known++;
      }
    }
    if (known + ignoredPresent(node, ignored) < node.size()) {
      for (int i = 0; i < node.size(); i++) {
        String name = node.name(i);
        if (!byName.containsKey(name) && !ignored.contains(name)) {
          here.field(name)
              .report(
                  Kind.UNKNOWN_FIELD,
                  node.value(i),
                  "Unknown field '"
                      + name
                      + "' in this "
                      + noun
                      + Messages.didYouMean(name, byName.keySet()));
        }
      }
    }
    if (here.problems().count() > before) {
      return null;
    }
    try {
      return create.apply(new Values(fieldArray, values));
    } catch (IllegalArgumentException e) {
      // The records' own checks of values that contradict each other; their messages name codes,
      // not content.
      here.report(
          Kind.INCONSISTENT, node, "This " + noun + " is not consistent: " + e.getMessage() + ".");
      return null;
    }
  }

  /**
   * Reads an object that has no problem at all, reporting nothing: what {@link #read} would return,
   * or {@link ValueType#INVALID} whenever {@link #read} would report a problem. Almost every record
   * of a file is valid, and is read this way without building a place per field.
   *
   * @param ignored names that belong to the container rather than the object (JSON Lines' "record")
   */
  Object readValid(Node.Obj node, Set<String> ignored) {
    if (!node.duplicates().isEmpty()) {
      return ValueType.INVALID;
    }
    Object[] values = new Object[fieldArray.length];
    int known = 0;
    for (int i = 0; i < fieldArray.length; i++) {
      Field<T, ?> field = fieldArray[i];
      Node value = node.get(field.name());
      if (value == null || (value instanceof Node.Scalar scalar && scalar.isEmpty())) {
        if (field.required()) {
          return ValueType.INVALID;
        }
        values[i] = field.defaultValue();
      } else {
        Object read = field.type().readValid(value);
        if (read == ValueType.INVALID) {
          return ValueType.INVALID;
        }
        values[i] = read;
      }
      if (value != null) {
        known++;
      }
    }
    if (known + ignoredPresent(node, ignored) < node.size()) {
      return ValueType.INVALID; // an unknown field
    }
    try {
      return create.apply(new Values(fieldArray, values));
    } catch (IllegalArgumentException e) {
      return ValueType.INVALID;
    }
  }

  /** How many of the names in {@code node} are ignored names that are not fields. */
  private int ignoredPresent(Node.Obj node, Set<String> ignored) {
    int present = 0;
    for (String name : ignored) {
      if (!byName.containsKey(name) && node.get(name) != null) {
        present++;
      }
    }
    return present;
  }

  /**
   * Reads one field into {@code into[position]}; returns whether the object holds the field's name
   * at all.
   */
  private <V> boolean readField(
      Field<T, V> field, Node.Obj node, Reading at, Object[] into, int position) {
    Node value = node.get(field.name());
    if (value == null || (value instanceof Node.Scalar scalar && scalar.isEmpty())) {
      if (field.required()) {
        at.field(field.name())
            .report(
                Kind.MISSING_FIELD,
                value == null ? node : value,
                "This " + noun + " has no '" + field.name() + "', which is required.");
      } else if (field.defaultValue() != null) {
        into[position] = field.defaultValue();
      }
      return value != null;
    }
    into[position] = field.type().read(value, at.field(field.name()));
    return true;
  }

  /** Reports every key that appeared more than once in {@code node}. */
  static void reportDuplicateKeys(Node.Obj node, Reading at) {
    for (Node.Duplicate duplicate : node.duplicates()) {
      Node.Scalar key = duplicate.key();
      at.field(key.text())
          .report(
              Kind.DUPLICATE_KEY,
              key,
              "The key '" + key.text() + "' appears more than once in the same object; keep one.");
    }
  }

  /**
   * The object in written form: present fields in order, absent values and empty collections left
   * out.
   */
  Map<String, Object> write(T value) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field<T, ?> field : fields) {
      writeField(field, value, out);
    }
    return out;
  }

  private static <T, V> void writeField(Field<T, V> field, T record, Map<String, Object> out) {
    V value = field.getter().apply(record);
    if (value != null && !field.type().isEmpty(value)) {
      out.put(field.name(), field.type().write(value));
    }
  }

  /** The values read for one object, by field. */
  static final class Values {
    private final Field<?, ?>[] fields;
    private final @Nullable Object[] values;
    private int next;

    private Values(Field<?, ?>[] fields, @Nullable Object[] values) {
      this.fields = fields;
      this.values = values;
    }

    /**
     * The value of a required field (or one with a default), which reading guarantees is present.
     */
    <V> V required(Field<?, V> field) {
      return Objects.requireNonNull(optional(field), field.name());
    }

    /** The value of an optional field of this object type, or {@code null} if it was absent. */
    @SuppressWarnings(
        "unchecked") // values are stored at their field's position by that field's own type
    <V> @Nullable V optional(Field<?, V> field) {
      // Records are built asking for their fields in order, so the search starts after the last
      // found.
      for (int n = 0, i = next; n < fields.length; n++, i = i + 1 == fields.length ? 0 : i + 1) {
        if (fields[i] == field) {
          next = i + 1 == fields.length ? 0 : i + 1;
          return (V) values[i];
        }
      }
      return null;
    }

    /**
     * The value of an optional field, or {@code absent} if it was absent: an empty collection for a
     * collection-valued field, which the records read the same as none.
     */
    <V> V optional(Field<?, V> field, V absent) {
      V value = optional(field);
      return value == null ? absent : value;
    }
  }
}
