package dev.copro.io;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value as read from a JSON document, a JSON line or a CSV row, with the line and column where it
 * began. One record is held as a tree of these only while it is bound, so memory follows the
 * records, not the text. {@link LocatedJson} reads JSON into these trees.
 *
 * <p>For copro's own modules; no compatibility is promised to others. Only reading is public: the
 * readers of this package build the trees.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public sealed interface Node permits Node.Container, Node.Scalar {

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

  /**
   * An object: named values in the order read. A key read twice keeps its first value; the repeats
   * are kept apart ({@link #duplicates()}).
   *
   * <p>Held in two parallel arrays and searched by scan, since a record has a dozen fields at most;
   * an object with more (hostile input may hold many keys) is also indexed by name, so that reading
   * it stays linear.
   */
  final class Obj extends Container {
    /** Objects with more fields than this are indexed by name. */
    private static final int SCAN_LIMIT = 16;

    /** Room for the fields of most records before the arrays grow. */
    private static final int CAPACITY = 8;

    private String[] names = new String[CAPACITY];
    private Node[] values = new Node[CAPACITY];
    private int size;

    /**
     * A bit per name held, chosen by its hash code: a name whose bit is clear is certainly not
     * held.
     */
    private long hashBits;

    /**
     * Position of each name, kept only for objects with more than {@link #SCAN_LIMIT} fields;
     * rebuilt on demand.
     */
    private @Nullable Map<String, Integer> index;

    private @Nullable List<Duplicate> duplicates;
    private @Nullable Where origin;

    Obj(int line, int column) {
      super(line, column);
    }

    @Override
    public String describe() {
      return "an object";
    }

    /** The value of {@code name}, or {@code null} if the object has none. */
    public @Nullable Node get(String name) {
      int i = find(name);
      return i < 0 ? null : values[i];
    }

    /** The names in the order read (a live view). */
    public Set<String> names() {
      return new AbstractSet<>() {
        @Override
        public Iterator<String> iterator() {
          return Arrays.asList(names).subList(0, size).iterator();
        }

        @Override
        public boolean contains(Object o) {
          return o instanceof String name && find(name) >= 0;
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    /** How many distinct names the object holds. */
    public int size() {
      return size;
    }

    /** The {@code i}-th distinct name in the order read, {@code 0 <= i < size()}. */
    public String name(int i) {
      return names[i];
    }

    /** The value of the {@code i}-th name. */
    public Node value(int i) {
      return values[i];
    }

    /**
     * Adds a value; a repeated key is remembered apart, with where the key stood, and its value is
     * not looked up.
     */
    void put(String name, Node value, int keyLine, int keyColumn) {
      if (find(name) >= 0) {
        if (duplicates == null) {
          duplicates = new ArrayList<>(1);
        }
        duplicates.add(
            new Duplicate(new Scalar(Scalar.Type.STRING, name, keyLine, keyColumn), value));
      } else {
        append(name, value);
      }
    }

    /**
     * The object under {@code name}, created empty if there is none yet (for CSV columns such as
     * {@code response.date}).
     */
    Obj child(String name) {
      int i = find(name);
      if (i >= 0 && values[i] instanceof Obj obj) {
        return obj;
      }
      Obj created = new Obj(line(), column());
      if (i >= 0) {
        values[i] = created; // a value that is not an object gives way, keeping its place
      } else {
        append(name, created);
      }
      return created;
    }

    @Nullable Node remove(String name) {
      int i = find(name);
      if (i < 0) {
        return null;
      }
      Node removed = values[i];
      System.arraycopy(names, i + 1, names, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      names[size] = null;
      values[size] = null;
      index = null;
      return removed;
    }

    /** The keys that appeared again after their first value, in the order read. */
    public List<Duplicate> duplicates() {
      return duplicates == null ? List.of() : duplicates;
    }

    /**
     * Where this object really is, when it came from another file than its parent (CSV rows nested
     * into a record).
     */
    @Nullable Where origin() {
      return origin;
    }

    void origin(Where where) {
      this.origin = where;
    }

    private int find(String name) {
      if (size > SCAN_LIMIT) {
        if (index == null) {
          index = new HashMap<>(2 * size);
          for (int i = 0; i < size; i++) {
            index.put(names[i], i);
          }
        }
        Integer i = index.get(name);
        return i == null ? -1 : i;
      }
      int hash = name.hashCode();
      if ((hashBits & (1L << hash)) == 0) {
        return -1; // most lookups of a new name while the object is read, and of absent fields
      }
      // Parsers hand out field names interned, so a name held is most often the very string
      // searched for.
      for (int i = 0; i < size; i++) {
        if (names[i] == name) {
          return i;
        }
      }
      for (int i = 0; i < size; i++) {
        if (names[i].hashCode() == hash && names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private void append(String name, Node value) {
      if (size == names.length) {
        names = Arrays.copyOf(names, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      if (index != null) {
        index.put(name, size);
      }
      names[size] = name;
      values[size] = value;
      hashBits |= 1L << name.hashCode();
      size++;
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

    /** The elements in order. */
    public List<Node> items() {
      return items;
    }

    void add(Node item) {
      items.add(item);
    }
  }

  /**
   * A key that appeared again in an object, and the value that came with it.
   *
   * @param key the key, as a string where it stood
   * @param value the value it came with, which the object does not hold
   */
  record Duplicate(Scalar key, Node value) {}

  /**
   * A single value: its type and its text as written (numbers keep their exact digits).
   *
   * @param type what kind of value it is
   * @param text the text: a string's content, a number's digits, {@code true}/{@code false}, or
   *     {@code null}
   * @param line the 1-based line where the value began
   * @param column the 1-based column where the value began (for CSV: the cell's position in its
   *     row)
   */
  record Scalar(Type type, String text, int line, int column) implements Node {

    /** The kinds of single value. */
    public enum Type {
      STRING("a string"),
      NUMBER("a number"),
      BOOLEAN("true or false"),
      NULL("null"),
      /**
       * A CSV cell: text that the binder reads as whatever the field holds (number, date, code…).
       */
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
