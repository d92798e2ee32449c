package dev.copro.spi;

import dev.copro.model.RecordKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something found in the data that an evaluator should know about — a warning sign of tokenism, a
 * breach of a rule — with the evidence behind it.
 *
 * <p>Evidence is a list of record references written {@code KIND:ID} (see {@link #ref}), for
 * example {@code decision:d-12} or {@code attendance:a-3/p-7}, so that an evaluator can find the
 * records and act on them. Messages name counts and ids, never free text from the input.
 *
 * <p>A finding lists at most {@link #MAX_EVIDENCE} references, as a measurement lists at most
 * {@link Measurement#MAX_FINDINGS} findings: a reader starts from the first ones, and a finding
 * citing each of tens of thousands of records would fill the memory and the report without helping
 * anyone. When more are given, the first {@code MAX_EVIDENCE}, in the order given, are kept and
 * {@link #evidenceOmitted()} counts the others; nothing is dropped silently. A finding that already
 * lists no more than the maximum is taken as it is, so copying one never counts twice.
 *
 * @param code a stable, lower-case code for the kind of finding, such as {@code no-feedback}
 * @param severity how serious it is
 * @param message what was found, in plain words
 * @param evidence references to the records that triggered it, in a stable order; only the first
 *     {@link #MAX_EVIDENCE} are kept, and {@code evidenceOmitted} counts the others
 * @param evidenceOmitted how many more records triggered it than {@code evidence} lists; not
 *     negative. Since 0.2.0.
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Finding(
    String code, Severity severity, String message, List<String> evidence, long evidenceOmitted) {

  /**
   * The most references a finding lists as evidence: 100. Further references are counted in {@link
   * #evidenceOmitted()} instead.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final int MAX_EVIDENCE = 100;

  /**
   * Checks presence and takes an immutable copy of the evidence, keeping the first {@link
   * #MAX_EVIDENCE} references and counting the others in {@code evidenceOmitted}.
   *
   * @throws NullPointerException if the evidence or a reference in it is null
   * @throws IllegalArgumentException if the code is blank or {@code evidenceOmitted} is negative
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (evidenceOmitted < 0) {
      throw new IllegalArgumentException("evidenceOmitted must not be negative");
    }
    if (evidence.size() > MAX_EVIDENCE) {
      // Every reference is checked for null, as List.copyOf would, even those not listed.
      evidence.forEach(e -> Objects.requireNonNull(e, "evidence"));
      evidenceOmitted += evidence.size() - MAX_EVIDENCE;
      evidence = evidence.subList(0, MAX_EVIDENCE);
    }
    evidence = List.copyOf(evidence);
  }

  /**
   * A finding with the given evidence, the first {@link #MAX_EVIDENCE} references of it listed and
   * the others counted: the constructor of version 0.1.0.
   *
   * @since 0.1.0
   */
  public Finding(String code, Severity severity, String message, List<String> evidence) {
    this(code, severity, message, evidence, 0);
  }

  /** A finding whose evidence is the given references. */
  public static Finding of(
      String code, Severity severity, String message, Collection<String> evidence) {
    return new Finding(code, severity, message, new ArrayList<>(evidence), 0);
  }

  /**
   * The evidence as typed references, in order, leaving out entries that do not name a kind of
   * record and an id (see {@link RecordRef#parse}).
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public List<RecordRef> references() {
    return evidence.stream().map(RecordRef::parse).flatMap(java.util.Optional::stream).toList();
  }

  /** The reference {@code KIND:ID} to a record, for evidence. */
  public static String ref(RecordKind kind, String id) {
    return kind.code() + ":" + id;
  }
}
