package dev.copro.model.io;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while reading one dataset, and whether some records could not be read at all
 * (the text broke off, a line or row could not be parsed), in which case the cross-record rules
 * are not checked: they would report references to the records that were lost.
 */
final class Problems {

  private final List<Problem> list = new ArrayList<>();
  private boolean incomplete;

  void add(Problem.Kind kind, Location location, @Nullable String recordId, String message) {
    list.add(new Problem(kind, location, recordId, message));
  }

  /** Adds a problem that lost records: the cross-record rules will not be checked. */
  void addLoss(Problem.Kind kind, Location location, @Nullable String recordId, String message) {
    add(kind, location, recordId, message);
    incomplete = true;
  }

  /** Either way of adding a problem, for callers that decide whether it loses records. */
  @FunctionalInterface
  interface Adder {
    void add(Problem.Kind kind, Location location, @Nullable String recordId, String message);
  }

  int count() {
    return list.size();
  }

  List<Problem> list() {
    return list;
  }

  boolean incomplete() {
    return incomplete;
  }
}
