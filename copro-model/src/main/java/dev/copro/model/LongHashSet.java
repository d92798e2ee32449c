package dev.copro.model;

/**
 * A set of longs in one open-addressing array with linear probing: 8 bytes a slot and no object per
 * element. Sized for an expected number of elements, it is at most 3/4 full with them (about 11
 * bytes per element) and never grows unless more come; grown, it doubles when 3/4 full, so it stays
 * between 3/8 and 3/4 full (11 to 22 bytes per element). The validator keeps one per kind of event
 * record, so that checking millions of events for repeats costs a few bytes each instead of a
 * string each.
 */
final class LongHashSet {

  /** Marks an empty slot; the element 0 itself is held apart in {@link #hasZero}. */
  private static final long EMPTY = 0L;

  private long[] slots;
  private int size;
  private boolean hasZero;

  /** An empty set, small until it grows. */
  LongHashSet() {
    this(0);
  }

  /**
   * An empty set with room for {@code expected} elements: it does not grow until one more comes.
   */
  LongHashSet(long expected) {
    // At most 3/4 full with the expected elements: 3 × slots ≥ 4 × expected.
    slots =
        new long
            [(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expected + (expected + 2) / 3))];
  }

  /** Adds {@code value}; returns whether it was new. */
  boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    int i = home(value, slots.length);
    while (slots[i] != EMPTY) {
      if (slots[i] == value) {
        return false;
      }
      i = next(i, slots.length);
    }
    slots[i] = value;
    if (4L * ++size > 3L * slots.length) {
      grow();
    }
    return true;
  }

  /** The number of slots, which grows when the set is more than 3/4 full. */
  int capacity() {
    return slots.length;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long value : old) {
      if (value != EMPTY) {
        int i = home(value, slots.length);
        while (slots[i] != EMPTY) {
          i = next(i, slots.length);
        }
        slots[i] = value;
      }
    }
  }

  private static int next(int i, int length) {
    return i + 1 == length ? 0 : i + 1;
  }

  /**
   * The slot where probing for {@code value} starts: its hash scaled to the table's length (a
   * multiplication rather than a remainder, so any length works). The hash is MurmurHash3's 64-bit
   * finaliser, so that neighbouring values (pairs of indexes) land far apart.
   */
  private static int home(long value, int length) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (((h & 0xffffffffL) * length) >>> 32);
  }
}
