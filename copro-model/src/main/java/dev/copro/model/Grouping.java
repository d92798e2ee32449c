package dev.copro.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Records grouped by a key, in compressed rows: one int array of positions ordered by key, and an
 * offset per key. Built once in two passes; lookups return views without copying. Records whose key
 * is null are in no group.
 */
final class Grouping<T> {

  private final List<T> records;
  private final StringIndex groupOf;
  private final int[] offsets;
  private final int[] positions;

  Grouping(List<T> records, Function<T, @Nullable String> key) {
    this.records = records;
    this.groupOf = new StringIndex(16);
    int[] groupOfRecord = new int[records.size()];
    int[] counts = new int[16];
    for (int i = 0; i < records.size(); i++) {
      String k = key.apply(records.get(i));
      if (k == null) {
        groupOfRecord[i] = -1;
        continue;
      }
      int g = groupOf.putIfAbsent(k, groupOf.size());
      if (g == StringIndex.ABSENT) {
        g = groupOf.size() - 1;
        if (g == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
      }
      groupOfRecord[i] = g;
      counts[g]++;
    }
    int groups = groupOf.size();
    offsets = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      offsets[g + 1] = offsets[g] + counts[g];
    }
    positions = new int[offsets[groups]];
    int[] next = Arrays.copyOf(offsets, groups);
    for (int i = 0; i < records.size(); i++) {
      int g = groupOfRecord[i];
      if (g >= 0) {
        positions[next[g]++] = i;
      }
    }
  }

  /** The records with the given key, in their original order; empty if none. */
  List<T> get(String key) {
    int g = groupOf.get(key);
    if (g == StringIndex.ABSENT) {
      return List.of();
    }
    return new Group(offsets[g], offsets[g + 1]);
  }

  private final class Group extends AbstractList<T> implements RandomAccess {
    private final int from;
    private final int to;

    Group(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return records.get(positions[from + index]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
