package dev.copro.metrics.support;

import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The records of one kind that a finding may cite: how many there are, exactly, and the ids of the
 * first {@link Finding#MAX_EVIDENCE} in id order — all that a finding lists, since it keeps only
 * that many references and counts the others. Two of them merge into the evidence of both (the
 * smallest ids of the two, truncated), whatever the order the records came in, so a streaming
 * accumulator keeps a bounded amount of evidence however many records qualify.
 *
 * <p>Within one kind, reference order ({@code KIND:ID}) is id order; {@link #finding} merges the
 * evidence of several kinds in reference order, as a {@link TreeSet} of the references would.
 * Counts assume each record is added once, as ids are unique in a valid dataset. Not thread-safe.
 *
 * @since 0.2.0
 */
public final class Evidence {

  private final RecordKind kind;
  private final FirstEvidence<String> first = new FirstEvidence<>(Comparator.naturalOrder());
  private long count;

  /** No evidence yet, of records of the given kind. */
  public Evidence(RecordKind kind) {
    this.kind = kind;
  }

  /** Evidence of the given kind with the given ids, each counted once. */
  public static Evidence of(RecordKind kind, Collection<String> ids) {
    Evidence evidence = new Evidence(kind);
    new TreeSet<>(ids).forEach(evidence::add);
    return evidence;
  }

  /**
   * Evidence of {@code count} records of the given kind, of which {@code first} are the first in id
   * order (or a superset of them), kept by a metric that orders its candidates without building
   * their ids.
   *
   * @throws IllegalArgumentException if {@code count} is less than the number of ids
   */
  public static Evidence counted(RecordKind kind, long count, Collection<String> first) {
    if (count < first.size()) {
      throw new IllegalArgumentException(
          "a count of " + count + " cannot cover " + first.size() + " ids");
    }
    Evidence evidence = new Evidence(kind);
    first.forEach(evidence.first::offer);
    evidence.count = count;
    return evidence;
  }

  /** Counts the record with the given id, keeping its id if it is among the first. */
  public void add(String id) {
    count++;
    first.offer(id);
  }

  /** Adds the records of other evidence of the same kind, taken in by another accumulator. */
  public void addAll(Evidence other) {
    count += other.count;
    first.offerAll(other.first);
  }

  /** How many records there are. */
  public long count() {
    return count;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The first references, in order. */
  private List<String> refs() {
    List<String> refs = new ArrayList<>(Finding.MAX_EVIDENCE);
    first.first().forEach(id -> refs.add(Finding.ref(kind, id)));
    return refs;
  }

  /**
   * A finding citing the records of every part, in reference order: the first {@link
   * Finding#MAX_EVIDENCE} references listed and the others counted, as {@link Finding#of} gives for
   * the set of all of them. The parts must be of different kinds, or cite different records.
   */
  public static Finding finding(String code, Severity severity, String message, Evidence... parts) {
    TreeSet<String> refs = new TreeSet<>();
    long total = 0;
    for (Evidence part : parts) {
      refs.addAll(part.refs());
      total += part.count;
    }
    List<String> listed =
        new ArrayList<>(refs).subList(0, Math.min(refs.size(), Finding.MAX_EVIDENCE));
    return new Finding(code, severity, message, List.copyOf(listed), total - listed.size());
  }
}
