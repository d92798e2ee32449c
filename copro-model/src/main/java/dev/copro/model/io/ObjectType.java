package dev.copro.model.io;

import dev.copro.model.validation.Problem.Kind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A record or nested object of the format: its fields in record-component order, and how to build
 * it from their values. Reading collects every problem of the object (unknown, missing and
 * repeated fields, bad values) before giving up on it.
 *
 * @param <T> the model type
 */
final class ObjectType<T> {

  private final String noun;
  private final List<Field<T, ?>> fields;
  private final Map<String, Field<T, ?>> byName = new LinkedHashMap<>();
  private final Function<Values, T> create;

  /**
   * An object type.
   *
   * @param noun what one such object is called in messages ("participant", "survey item")
   * @param fields the fields, in the order they are written
   * @param create builds the object from the values read; may throw IllegalArgumentException
   *     for values that contradict each other
   */
  ObjectType(String noun, List<Field<T, ?>> fields, Function<Values, T> create) {
    this.noun = noun;
    this.fields = List.copyOf(fields);
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
    Map<String, Object> values = new HashMap<>();
    for (Field<T, ?> field : fields) {
      readField(field, node, here, values);
    }
    for (String name : node.names()) {
      if (!byName.containsKey(name) && !ignored.contains(name)) {
        here.field(name).report(Kind.UNKNOWN_FIELD, Objects.requireNonNull(node.get(name)),
            "Unknown field '" + name + "' in this " + noun + Messages.didYouMean(name, byName.keySet()));
      }
    }
    if (here.problems().count() > before) {
      return null;
    }
    try {
      return create.apply(new Values(values));
    } catch (IllegalArgumentException e) {
      // The records' own checks of values that contradict each other; their messages name codes, not content.
      here.report(Kind.INCONSISTENT, node, "This " + noun + " is not consistent: " + e.getMessage() + ".");
      return null;
    }
  }

  private <V> void readField(Field<T, V> field, Node.Obj node, Reading at, Map<String, Object> into) {
    Node value = node.get(field.name());
    Reading fieldAt = at.field(field.name());
    if (value == null || (value instanceof Node.Scalar scalar && scalar.isEmpty())) {
      if (field.required()) {
        fieldAt.report(Kind.MISSING_FIELD, value == null ? node : value,
            "This " + noun + " has no '" + field.name() + "', which is required.");
      } else if (field.defaultValue() != null) {
        into.put(field.name(), field.defaultValue());
      }
      return;
    }
    V read = field.type().read(value, fieldAt);
    if (read != null) {
      into.put(field.name(), read);
    }
  }

  /** Reports every key that appeared more than once in {@code node}. */
  static void reportDuplicateKeys(Node.Obj node, Reading at) {
    for (Node.Scalar key : node.duplicateKeys()) {
      at.field(key.text()).report(Kind.DUPLICATE_KEY, key,
          "The key '" + key.text() + "' appears more than once in the same object; keep one.");
    }
  }

  /** The object in written form: present fields in order, absent values and empty collections left out. */
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
    private final Map<String, Object> values;

    private Values(Map<String, Object> values) {
      this.values = values;
    }

    /** The value of a required field (or one with a default), which reading guarantees is present. */
    <V> V required(Field<?, V> field) {
      return Objects.requireNonNull(optional(field), field.name());
    }

    /** The value of an optional field, or {@code null} if it was absent. */
    @SuppressWarnings("unchecked") // values are stored under their field's name by that field's own type
    <V> @Nullable V optional(Field<?, V> field) {
      return (V) values.get(field.name());
    }
  }
}
