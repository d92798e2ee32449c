package dev.copro.metrics.support;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code int} values, with open addressing and no
 * boxing: the state the streaming metrics keep per pair of reference records (an activity and a
 * group of participants, an initiative and a participant), looked up for every event. Keys are
 * usually two positions packed as {@code first * size + second}, so that their order is the order
 * of the pairs. Not thread-safe.
 */
public final class LongIntMap {

  private static final long EMPTY = -1;

  private long[] keys;
  private int[] values;
  private int size;

  /** An empty map. */
  public LongIntMap() {
    this(8);
  }

  /**
   * An empty map with room for {@code expected} keys: it does not grow before it holds more, so a
   * metric that knows about how many keys it will hold allocates once.
   *
   * @param expected how many keys it is expected to hold; not negative
   */
  public LongIntMap(int expected) {
    int capacity = capacity(expected);
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
  }

  /** The table size for {@code expected} keys: a power of two at least twice as large, from 16. */
  private static int capacity(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected must not be negative, not " + expected);
    }
    return Math.max(16, Integer.highestOneBit(Math.max(1, 2 * expected - 1)) << 1);
  }

  /** How many keys it holds. */
  public int size() {
    return size;
  }

  /** The value of {@code key}, or {@code absent} if it holds none. */
  public int get(long key, int absent) {
    int slot = find(key);
    return keys[slot] == EMPTY ? absent : values[slot];
  }

  /**
   * The value of {@code key}, first set to {@code value} if it holds none: with {@code size()} as
   * the value, it numbers the keys densely from 0 in the order they first came, in one lookup.
   */
  public int putIfAbsent(long key, int value) {
    int slot = insert(key, value);
    return values[slot];
  }

  /** Adds {@code delta} to the value of {@code key}, which starts at 0. */
  public void add(long key, int delta) {
    int slot = insert(key, 0);
    values[slot] += delta;
  }

  /** Sets the value of {@code key} to {@code value} if it holds none or a larger one. */
  public void min(long key, int value) {
    int slot = insert(key, value);
    values[slot] = Math.min(values[slot], value);
  }

  /** Sets the bits {@code bits} in the value of {@code key}, which starts at 0. */
  public void or(long key, int bits) {
    int slot = insert(key, 0);
    values[slot] |= bits;
  }

  /** Sets in this map's values every bit of {@code other}'s ({@link #or}). */
  public void orAll(LongIntMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        or(other.keys[i], other.values[i]);
      }
    }
  }

  /** Adds every value of {@code other} to this map's ({@link #add}). */
  public void addAll(LongIntMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        add(other.keys[i], other.values[i]);
      }
    }
  }

  /** Keeps the smaller value of each key of {@code other} ({@link #min}). */
  public void minAll(LongIntMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        min(other.keys[i], other.values[i]);
      }
    }
  }

  /** The keys, in ascending order. */
  public long[] sortedKeys() {
    long[] sorted = new long[size];
    int next = 0;
    for (long key : keys) {
      if (key != EMPTY) {
        sorted[next++] = key;
      }
    }
    Arrays.sort(sorted);
    return sorted;
  }

  private int find(long key) {
    if (key < 0) {
      throw new IllegalArgumentException("keys must not be negative, not " + key);
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The slot of {@code key}, made with {@code initial} as its value if it was not there. */
  private int insert(long key, int initial) {
    int slot = find(key);
    if (keys[slot] == EMPTY) {
      if (2 * (size + 1) > keys.length) {
        grow();
        slot = find(key);
      }
      keys[slot] = key;
      values[slot] = initial;
      size++;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
