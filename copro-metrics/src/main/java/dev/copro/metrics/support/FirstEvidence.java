package dev.copro.metrics.support;

import dev.copro.spi.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The first {@link Finding#MAX_EVIDENCE} candidates for a finding's evidence in a fixed order,
 * without the others: what a streaming metric keeps of the records a finding may cite, since a
 * finding lists no more than that and counts the rest. The candidates kept are the same however the
 * records came and were split and merged, because only the order decides which are first; a metric
 * counts the candidates it does not keep itself.
 *
 * <p>A candidate that an ordering finds equal to one kept is not kept twice. Not thread-safe.
 *
 * @param <T> the type of candidate, often a reference ({@link Finding#ref}) or a day and a
 *     reference
 */
public final class FirstEvidence<T> {

  private final TreeSet<T> kept;

  /** An empty list of candidates in {@code order}, which must be a total order on them. */
  public FirstEvidence(Comparator<? super T> order) {
    kept = new TreeSet<>(order);
  }

  /**
   * Offers a candidate: kept if it is among the first {@link Finding#MAX_EVIDENCE} offered so far.
   */
  public void offer(T candidate) {
    if (kept.size() < Finding.MAX_EVIDENCE) {
      kept.add(candidate);
    } else if (kept.comparator().compare(candidate, kept.last()) < 0 && kept.add(candidate)) {
      kept.pollLast();
    }
  }

  /** Offers every candidate another list kept ({@link #offer}); the other is not changed. */
  public void offerAll(FirstEvidence<? extends T> other) {
    for (T candidate : other.kept) {
      offer(candidate);
    }
  }

  /** The candidates kept, first first. */
  public List<T> first() {
    return new ArrayList<>(kept);
  }

  /**
   * The candidates kept that pass {@code test}, first first, stopping at the first that does not:
   * the leading ones, for a test that holds of a prefix of the order (such as "older than a day" in
   * oldest-first order).
   */
  public List<T> leading(Predicate<? super T> test) {
    List<T> leading = new ArrayList<>();
    for (T candidate : kept) {
      if (!test.test(candidate)) {
        break;
      }
      leading.add(candidate);
    }
    return leading;
  }
}
