package dev.copro.model;

/**
 * Strings mapped to non-negative ints, in one open-addressed table: the indexes of a dataset hold a
 * million ids, and a hash map's entry object and boxed value per id cost more than the lookups.
 * Not thread-safe while it is filled; safe to read from many threads once filled.
 */
final class StringIndex {

  /** What {@link #get} and {@link #putIfAbsent} return for a key that is not in the index. */
  static final int ABSENT = -1;

  private String[] keys;
  private int[] values;
  private int size;

  /** An index sized for {@code expected} keys, growing if more come. */
  StringIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    values = new int[capacity];
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  int get(String key) {
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

  /** Maps {@code key} to {@code value} unless it is mapped already; returns the earlier value, or {@link #ABSENT} if there was none. */
  int putIfAbsent(String key, int value) {
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
  int size() {
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

  /** Spreads the hash so that ids differing only in their last characters do not crowd neighbouring slots. */
  private static int slot(String key, int mask) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
