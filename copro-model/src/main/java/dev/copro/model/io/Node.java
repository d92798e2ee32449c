package dev.copro.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A value as read from a JSON document, a JSON line or a CSV row, with the line and column where it
 * began. One record is held as a tree of these only while it is bound, so memory follows the
 * records, not the text.
 */
sealed interface Node permits Node.Container, Node.Scalar {

  /** The 1-based line where the value began. */
  int line();

  /** The 1-based column where the value began (for CSV: the cell's position in its row). */
  int column();

  /** The value's JSON type in words, for messages such as "must be a date, not a number". */
  String describe();

  /** An object or array: where it began, for problems about a whole record or a missing field. */
  abstract sealed class Container implements Node permits Obj, Arr {
    private final int line;
    private final int column;

    Container(int line, int column) {
      this.line = line;
      this.column = column;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }

  /** An object: named values in the order read. A key read twice keeps its first value. */
  final class Obj extends Container {
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private @Nullable List<Scalar> duplicateKeys;
    private @Nullable Where origin;

    Obj(int line, int column) {
      super(line, column);
    }

    @Override
    public String describe() {
      return "an object";
    }

    @Nullable Node get(String name) {
      return fields.get(name);
    }

    Set<String> names() {
      return fields.keySet();
    }

    /** Adds a value; a repeated key is remembered, with where the key stood, and not stored. */
    void put(String name, Node value, int keyLine, int keyColumn) {
      if (fields.putIfAbsent(name, value) != null) {
        if (duplicateKeys == null) {
          duplicateKeys = new ArrayList<>(1);
        }
        duplicateKeys.add(new Scalar(Scalar.Type.STRING, name, keyLine, keyColumn));
      }
    }

    /** The object under {@code name}, created empty if there is none yet (for CSV columns such as {@code response.date}). */
    Obj child(String name) {
      Node existing = fields.get(name);
      if (existing instanceof Obj obj) {
        return obj;
      }
      Obj created = new Obj(line(), column());
      fields.put(name, created);
      return created;
    }

    @Nullable Node remove(String name) {
      return fields.remove(name);
    }

    /** The keys that appeared more than once, each at the position of a repetition. */
    List<Scalar> duplicateKeys() {
      return duplicateKeys == null ? List.of() : duplicateKeys;
    }

    /** Where this object really is, when it came from another file than its parent (CSV rows nested into a record). */
    @Nullable Where origin() {
      return origin;
    }

    void origin(Where where) {
      this.origin = where;
    }
  }

  /** An array. */
  final class Arr extends Container {
    private final List<Node> items = new ArrayList<>();

    Arr(int line, int column) {
      super(line, column);
    }

    @Override
    public String describe() {
      return "an array";
    }

    List<Node> items() {
      return items;
    }

    void add(Node item) {
      items.add(item);
    }
  }

  /**
   * A single value: its type and its text as written (numbers keep their exact digits).
   *
   * @param type what kind of value it is
   * @param text the text: a string's content, a number's digits, {@code true}/{@code false}, or {@code null}
   */
  record Scalar(Type type, String text, int line, int column) implements Node {

    /** The kinds of single value. */
    enum Type {
      STRING("a string"),
      NUMBER("a number"),
      BOOLEAN("true or false"),
      NULL("null"),
      /** A CSV cell: text that the binder reads as whatever the field holds (number, date, code…). */
      TEXT("text");

      private final String words;

      Type(String words) {
        this.words = words;
      }
    }

    @Override
    public String describe() {
      return type.words;
    }

    /** Whether this stands for no value: JSON {@code null} or an empty string or cell. */
    boolean isEmpty() {
      return type == Type.NULL || ((type == Type.STRING || type == Type.TEXT) && text.isEmpty());
    }
  }
}
