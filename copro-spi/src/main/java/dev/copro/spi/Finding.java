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
 * @param code a stable, lower-case code for the kind of finding, such as {@code no-feedback}
 * @param severity how serious it is
 * @param message what was found, in plain words
 * @param evidence references to the records that triggered it, in a stable order
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Finding(String code, Severity severity, String message, List<String> evidence) {

  /** Checks presence and takes an immutable copy of the evidence. */
  public Finding {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
  }

  /** A finding whose evidence is the given references. */
  public static Finding of(String code, Severity severity, String message, Collection<String> evidence) {
    return new Finding(code, severity, message, new ArrayList<>(evidence));
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
