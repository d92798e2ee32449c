package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Evidence;
import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Attendances a finding may cite, by place ({@link PlaceKeys}): how many there are, exactly, and
 * the first {@link Finding#MAX_EVIDENCE} places in the order of their evidence keys — what {@link
 * Evidence} keeps of attendance ids, without building a key for every attendance. Two of them merge
 * as evidence does, whatever the order the records came in. Not thread-safe.
 */
final class PlaceEvidence {

  private final PlaceKeys keys;

  /** The first places, in key order; grown as needed up to {@link Finding#MAX_EVIDENCE}. */
  private long[] first = new long[0];

  private int kept;
  private long count;

  PlaceEvidence(PlaceKeys keys) {
    this.keys = keys;
  }

  /** Counts the attendance at a place, keeping the place if it is among the first. */
  void add(long place) {
    count++;
    offer(place);
  }

  /**
   * Adds the attendances of other evidence over the same places, taken in by another accumulator.
   */
  void addAll(PlaceEvidence other) {
    count += other.count;
    for (int i = 0; i < other.kept; i++) {
      offer(other.first[i]);
    }
  }

  /** How many attendances there are. */
  long count() {
    return count;
  }

  /** The evidence: the count, and the keys of the first attendances. */
  Evidence evidence() {
    List<String> ids = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      ids.add(keys.attendanceKey(first[i]));
    }
    return Evidence.counted(RecordKind.ATTENDANCE, count, ids);
  }

  private void offer(long place) {
    if (kept == Finding.MAX_EVIDENCE && keys.compare(place, first[kept - 1]) >= 0) {
      return;
    }
    // The first of the kept places that comes after this one; a place with an equal key is kept
    // once.
    int low = 0;
    int high = kept;
    while (low < high) {
      int mid = (low + high) >>> 1;
      int c = keys.compare(first[mid], place);
      if (c == 0) {
        return;
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (kept == first.length) {
      if (kept < Finding.MAX_EVIDENCE) {
        first = Arrays.copyOf(first, Math.min(Finding.MAX_EVIDENCE, Math.max(8, kept * 2)));
      } else {
        kept--;
      }
    }
    System.arraycopy(first, low, first, low + 1, kept - low);
    first[low] = place;
    kept++;
  }
}
