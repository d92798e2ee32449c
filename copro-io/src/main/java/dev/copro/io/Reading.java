package dev.copro.io;

import dev.copro.model.validation.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Where the binder is while it reads a value: the record's id, the place of the value, the field's
 * name for messages, and where problems go.
 *
 * @param problems where problems are collected
 * @param recordId the id of the record being read, or {@code null} if it has none (yet)
 * @param where the place of the value being read
 * @param name the field's name as messages show it
 */
record Reading(Problems problems, @Nullable String recordId, Where where, String name) {

  /** The reading of field {@code field} of the object being read here. */
  Reading field(String field) {
    return new Reading(problems, recordId, where.field(field), field);
  }

  /** The reading of item {@code index} of the list being read here. */
  Reading index(int index) {
    return new Reading(problems, recordId, where.index(index), name);
  }

  /** The same reading, placed elsewhere (a CSV row nested into a record from another file). */
  Reading relocated(Where to) {
    return new Reading(problems, recordId, to, name);
  }

  /**
   * Reports a problem with the value that {@code node} holds (or, for a missing value, its parent).
   */
  void report(Problem.Kind kind, Node node, String message) {
    if (problems.silenced(where, node.line())) {
      return;
    }
    problems.add(kind, where.at(node), recordId, message);
  }

  /** Reports that the value has the wrong JSON type. */
  void wrongType(Node node, String expected) {
    report(
        Problem.Kind.MALFORMED,
        node,
        "'" + name + "' must be " + expected + ", not " + node.describe() + ".");
  }
}
