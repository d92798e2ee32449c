package dev.copro.model.validation;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a dataset or a configuration, with where it is and a message a
 * non-programmer understands.
 *
 * @param kind what sort of problem it is
 * @param location where it is
 * @param recordId the id of the record concerned, or {@code null} if none applies
 * @param message what is wrong and, where it helps, how to fix it
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Problem(Kind kind, Location location, @Nullable String recordId, String message) {

  /** Problems in the order of their sources, lines, columns and paths, so listings are stable. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.location().source())
          .thenComparingInt(p -> p.location().line())
          .thenComparingInt(p -> p.location().column())
          .thenComparing(p -> p.location().path(), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Problem::message);

  /** Checks presence. */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** {@code location [record id]: message}. */
  @Override
  public String toString() {
    return location + (recordId == null ? "" : " [" + recordId + "]") + ": " + message;
  }

  /** The sorts of problem. */
  public enum Kind {
    /** The file or folder does not exist or cannot be read. */
    UNREADABLE,
    /** The text is not well-formed JSON or CSV, or a value has the wrong JSON type. */
    MALFORMED,
    /** The format version is missing or not one this library reads. */
    UNSUPPORTED_FORMAT,
    /** A field that the format does not define. */
    UNKNOWN_FIELD,
    /** The same key twice in one JSON object. */
    DUPLICATE_KEY,
    /** A required field is missing or empty. */
    MISSING_FIELD,
    /** A value that cannot be read as what the field holds (a date, a code, a number). */
    INVALID_VALUE,
    /** An id that refers to no record of the expected kind. */
    UNKNOWN_REFERENCE,
    /** Two records of one kind with the same id. */
    DUPLICATE_ID,
    /** Dates in an impossible order, such as leaving before joining. */
    DATE_ORDER,
    /** A negative duration, weight, amount or count. */
    NEGATIVE_VALUE,
    /**
     * A value outside its allowed range, such as a quota above the total weight or an answer off
     * its scale.
     */
    OUT_OF_RANGE,
    /** Values that contradict one another, such as speaking time for someone who did not attend. */
    INCONSISTENT,
    /** A problem with evaluation configuration or with a plugin's identity. */
    CONFIGURATION
  }
}
