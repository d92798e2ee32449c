package dev.copro.io;

import org.jspecify.annotations.Nullable;

/**
 * How one field's value is read from a located tree and written back. Written values are plain Java
 * values that both the JSON and the CSV writers understand: {@code String}, {@code Boolean}, {@code
 * Integer}, {@code Long}, {@code BigDecimal}, {@code List} and {@code Map<String, ?>}.
 *
 * @param <V> the type of the value in the model
 */
interface ValueType<V> {

  /**
   * What {@link #readValid} returns for a value that has a problem, which {@link #read} then
   * reports.
   */
  Object INVALID =
      new Object() {
        @Override
        public String toString() {
          return "INVALID";
        }
      };

  /**
   * Reads the value held by {@code node}, or reports why it cannot and returns {@code null}. Never
   * called for an absent value (missing, {@code null}, empty string or cell).
   */
  @Nullable V read(Node node, Reading at);

  /**
   * Reads the value held by {@code node} if it has no problem, reporting nothing: the value that
   * {@link #read} would return, or {@link #INVALID} whenever {@link #read} would report a problem.
   * Almost every value of a file is valid, and reading them without a place to report saves a place
   * per value; a type that does not say returns {@link #INVALID}, which sends every value through
   * {@link #read}.
   */
  default Object readValid(Node node) {
    return INVALID;
  }

  /** The value in written form (see the type's description). */
  Object write(V value);

  /** What the value is, for the CSV layout. */
  default Shape shape() {
    return Shape.SCALAR;
  }

  /** Whether the value is an empty collection, which the writers leave out. */
  default boolean isEmpty(V value) {
    return false;
  }

  /**
   * The object type of the value, or of each item, for {@link Shape#OBJECT} and {@link
   * Shape#OBJECT_LIST}.
   */
  default @Nullable ObjectType<?> objectType() {
    return null;
  }

  /**
   * What one value (or, for a list, each item) is, for describing a column to other tabular forms.
   */
  default TableFormat.ValueKind kind() {
    return TableFormat.ValueKind.TEXT;
  }

  /** The codes a coded value takes, in their order of declaration; empty for other values. */
  default java.util.List<String> codes() {
    return java.util.List.of();
  }

  /** The forms a value takes, which decide its columns in CSV. */
  enum Shape {
    /** One value: one cell. */
    SCALAR,
    /** A list of single values: one cell, items separated by {@code ;}. */
    LIST,
    /** Free attributes: one column per attribute, {@code attributes.NAME}. */
    MAP,
    /** A nested object: one column per field, {@code response.date}. */
    OBJECT,
    /** A list of nested objects: rows of a file of their own, such as {@code votes.csv}. */
    OBJECT_LIST
  }
}
