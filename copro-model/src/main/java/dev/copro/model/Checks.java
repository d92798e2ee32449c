package dev.copro.model;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The problems a record builder finds in its own values, collected rather than thrown one at a
 * time: each setter checks its value as it is given, {@code build()} adds the rules between fields
 * and throws them all in one {@link InvalidInputException}, and {@link Dataset.Builder} collects
 * them with every other record's problems. Messages name fields and values a host set, never the
 * record's id: a problem carries the id apart ({@link Problem#recordId()}), where a dataset builder
 * can pseudonymise it.
 */
final class Checks {

  /** A problem with one field of a record (or the whole record when {@code field} is null). */
  record Found(Problem.Kind kind, @Nullable String field, String message) {}

  private final String noun;
  private final List<Found> found = new ArrayList<>();

  /** Checks for a record described as {@code noun} in messages ("participant", "payment"). */
  Checks(String noun) {
    this.noun = noun;
  }

  /** Checks that an id (a record's own or a reference) is present and not blank; returns it. */
  @Nullable String id(@Nullable String value, String field) {
    if (value == null) {
      missing(field);
    } else if (value.isBlank()) {
      add(Problem.Kind.MISSING_FIELD, field, "'" + field + "' is blank: it must name a record.");
    }
    return value;
  }

  /** Checks that a required value is present; returns it. */
  <T> @Nullable T required(@Nullable T value, String field) {
    if (value == null) {
      missing(field);
    }
    return value;
  }

  /** Checks that an optional number is not negative; returns it. */
  <N extends Number> @Nullable N notNegative(@Nullable N value, String field, String what) {
    if (value != null && value.doubleValue() < 0) {
      add(
          Problem.Kind.NEGATIVE_VALUE,
          field,
          "The " + noun + " has a negative " + what + " (" + value + ").");
    }
    return value;
  }

  /** Checks that an optional text, such as a label or an attribute, is not blank when given. */
  void notBlank(@Nullable String value, String field) {
    if (value != null && value.isBlank()) {
      add(
          Problem.Kind.MISSING_FIELD,
          field,
          "'" + field + "' is blank: leave it out or give it a value.");
    }
  }

  /** Checks the rule of "other": a label exactly when the code is {@code other}. */
  void label(@Nullable Coded code, @Nullable String label, String field) {
    if (code == null) {
      return;
    }
    boolean other = "other".equals(code.code());
    if (other && (label == null || label.isBlank())) {
      add(
          Problem.Kind.MISSING_FIELD,
          field,
          "'" + field + "' is required when the code is 'other': say what it is.");
    } else if (!other && label != null) {
      add(
          Problem.Kind.INCONSISTENT,
          field,
          "'" + field + "' is allowed only with the code 'other', not '" + code.code() + "'.");
    }
  }

  /** Adds a problem. */
  void add(Problem.Kind kind, @Nullable String field, String message) {
    found.add(new Found(kind, field, message));
  }

  private void missing(String field) {
    add(
        Problem.Kind.MISSING_FIELD,
        field,
        "This " + noun + " has no '" + field + "', which is required.");
  }

  /**
   * A copy to which {@code build()} adds the rules between fields, leaving the setters' own
   * problems as they are.
   */
  Checks copy() {
    Checks copy = new Checks(noun);
    copy.found.addAll(found);
    return copy;
  }

  /** The problems found. */
  List<Found> found() {
    return found;
  }

  /** The problems as located problems: {@code at} says where each field is. */
  List<Problem> located(Function<@Nullable String, Location> at, @Nullable String recordId) {
    List<Problem> problems = new ArrayList<>(found.size());
    for (Found f : found) {
      problems.add(new Problem(f.kind(), at.apply(f.field()), recordId, f.message()));
    }
    return problems;
  }

  /**
   * The record {@code create} makes, or, if any problem was found, an {@link InvalidInputException}
   * listing them, located by JSON Pointer into the record's JSON form ({@code /durationMinutes}) in
   * a source named after the kind ({@code activity}). The record's id is not quoted: the caller
   * knows which record it built.
   */
  <T> T build(RecordKind kind, Supplier<T> create) {
    if (!found.isEmpty()) {
      throw new InvalidInputException(
          kind.code(),
          located(field -> Location.at(kind.code(), field == null ? null : "/" + field), null));
    }
    return create.get();
  }
}
