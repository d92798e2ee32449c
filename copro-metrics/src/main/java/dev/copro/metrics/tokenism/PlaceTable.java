package dev.copro.metrics.tokenism;

import java.util.Arrays;

/**
 * The places ({@link PlaceKeys}) of the bloc and the key groups, each with whether it was attended
 * and the first day its payments count as late: one open-addressing table for both, so that an
 * attendance and a payment at the same place are one entry, sized ahead for the rows of a batch
 * rather than grown row by row, and read in no particular order. Not thread-safe.
 */
final class PlaceTable {

  /**
   * The late day of a place with no payment offered: no day of a payment can be this, and the first
   * payment replaces it.
   */
  static final int NOT_OFFERED = Integer.MIN_VALUE + 1;

  private static final long EMPTY = -1;

  private long[] keys = new long[0];
  private int[] lateFrom = new int[0];
  private boolean[] attended = new boolean[0];
  private int size;

  /**
   * Makes room for {@code more} places besides those held, so that adding them does not grow it.
   */
  void reserve(int more) {
    int needed = 2 * (size + more);
    if (needed <= keys.length) {
      return;
    }
    int capacity = Math.max(16, Integer.highestOneBit(needed - 1) << 1);
    long[] oldKeys = keys;
    int[] oldLate = lateFrom;
    boolean[] oldAttended = attended;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    lateFrom = new int[capacity];
    attended = new boolean[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        lateFrom[slot] = oldLate[i];
        attended[slot] = oldAttended[i];
      }
    }
  }

  /** Marks the place as attended. */
  void attend(long place) {
    // The slot first: inserting may replace the arrays.
    int slot = insert(place);
    attended[slot] = true;
  }

  /**
   * Keeps {@code late} as the place's late day if it is the first payment's or earlier than the one
   * kept.
   */
  void pay(long place, int late) {
    int slot = insert(place);
    lateFrom[slot] = lateFrom[slot] == NOT_OFFERED ? late : Math.min(lateFrom[slot], late);
  }

  /**
   * Adds the places of another table, attended by either and late from the earlier day; every place
   * there was attended or paid for.
   */
  void addAll(PlaceTable other) {
    reserve(other.size);
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        if (other.attended[i]) {
          attend(other.keys[i]);
        }
        if (other.lateFrom[i] != NOT_OFFERED) {
          pay(other.keys[i], other.lateFrom[i]);
        }
      }
    }
  }

  /** How many slots to read with {@link #attended(int)} and the others; some hold no place. */
  int slots() {
    return keys.length;
  }

  /** Whether the slot holds an attended place. */
  boolean attended(int slot) {
    return attended[slot];
  }

  /** The place in the slot. */
  long place(int slot) {
    return keys[slot];
  }

  /** The late day of the place in the slot, {@link #NOT_OFFERED} when no payment was offered. */
  int lateFrom(int slot) {
    return lateFrom[slot];
  }

  private int find(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int insert(long key) {
    if (keys.length == 0) {
      reserve(1);
    }
    int slot = find(key);
    if (keys[slot] == EMPTY) {
      if (2 * (size + 1) > keys.length) {
        reserve(1);
        slot = find(key);
      }
      keys[slot] = key;
      lateFrom[slot] = NOT_OFFERED;
      size++;
    }
    return slot;
  }
}
