package dev.copro.metrics.support;

import java.util.List;

/**
 * Record ids to their positions in a list: an open-addressing table of strings, looked up without
 * boxing, since the streaming metrics look up an id or two for every event. Immutable.
 */
public final class IdTable {

  private final String[] keys;
  private final int[] positions;
  private final int mask;

  /** The table of {@code ids}, each to its index in the list; a repeated id keeps its first position. */
  public IdTable(List<String> ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 + 1)) * 2;
    keys = new String[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      int slot = slot(id);
      while (keys[slot] != null && !keys[slot].equals(id)) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        keys[slot] = id;
        positions[slot] = i;
      }
    }
  }

  /** The position of {@code id}, or -1 if it is not in the table. */
  public int get(String id) {
    int slot = slot(id);
    String key;
    while ((key = keys[slot]) != null) {
      if (key.equals(id)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
