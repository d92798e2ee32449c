package dev.copro.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Strings mapped to non-negative ints, in one open-addressed table: the indexes of a dataset hold a
 * million ids, and a hash map's entry object and boxed value per id cost more than the lookups; the
 * default metrics look up an id or two for every event. Not thread-safe while it is filled; safe to
 * read from many threads once filled and safely published (held in a final field, for instance).
 *
 * <p>copro's one table of ids, for its own modules (the model's indexes, the default metrics); no
 * compatibility is promised to others.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class StringIndex {

  /** What {@link #get} and {@link #putIfAbsent} return for a key that is not in the index. */
  public static final int ABSENT = -1;

  private String[] keys;
  private int[] values;
  private int size;

  /**
   * An empty index sized for {@code expected} keys, growing if more come.
   *
   * @param expected how many keys are expected; a guess, 0 or more
   */
  public StringIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    values = new int[capacity];
  }

  /**
   * Each id mapped to its position in a list; an id that repeats keeps its first position.
   *
   * @param ids the ids
   * @return the index, filled
   */
  public static StringIndex positions(List<String> ids) {
    StringIndex index = new StringIndex(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  /**
   * The value of a key.
   *
   * @param key the key
   * @return its value, or {@link #ABSENT} if it has none
   */
  public int get(String key) {
    String[] table = keys;
    int mask = table.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      String found = table[slot];
      if (found == null) {
        return ABSENT;
      }
      if (found == key || found.equals(key)) {
        return values[slot];
      }
    }
  }

  /**
   * Maps a key to a value unless it is mapped already.
   *
   * @param key the key
   * @param value its value, 0 or more
   * @return the value it had before, or {@link #ABSENT} if it had none (and now has {@code value})
   */
  public int putIfAbsent(String key, int value) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    for (String found; (found = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (found == key || found.equals(key)) {
        return values[slot];
      }
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return ABSENT;
  }

  /** How many keys the index holds. */
  public int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /**
   * Spreads the hash so that ids differing only in their last characters do not crowd neighbouring
   * slots.
   */
  private static int slot(String key, int mask) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
