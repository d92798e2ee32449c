package dev.copro.io;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while reading one dataset, and whether some records could not be read at all
 * (the text broke off, a line or row could not be parsed), in which case the cross-record rules are
 * not checked: they would report references to the records that were lost.
 */
final class Problems {

  private final List<Problem> list = new ArrayList<>();
  private final Set<String> silencedCells = new HashSet<>();
  private final Set<String> silencedColumns = new HashSet<>();
  private int silenced;
  private boolean incomplete;

  void add(Problem.Kind kind, Location location, @Nullable String recordId, String message) {
    list.add(new Problem(kind, location, recordId, message));
  }

  /**
   * Silences the problems the binder finds in one cell of a table, which a problem of its own (one
   * per column) already reports. They still count: the record is not read.
   */
  void silence(Where.Csv cell, int line) {
    silencedCells.add(cell.source() + '\u0000' + line + '\u0000' + cell.column());
  }

  /**
   * Silences the binder's problems in a whole column, a missing one, which a problem of its own
   * reports.
   */
  void silenceColumn(Where.Csv column) {
    silencedColumns.add(column.source() + '\u0000' + column.column());
  }

  /**
   * Whether problems at {@code where}, in the row or object that begins at {@code line}, are
   * silenced; if so, the problem is counted as found but not listed.
   */
  boolean silenced(Where where, int line) {
    if ((silencedCells.isEmpty() && silencedColumns.isEmpty())
        || !(where instanceof Where.Csv cell)
        || cell.column() == null) {
      return false;
    }
    boolean silent =
        silencedColumns.contains(cell.source() + '\u0000' + cell.column())
            || silencedCells.contains(cell.source() + '\u0000' + line + '\u0000' + cell.column());
    if (silent) {
      silenced++;
    }
    return silent;
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

  /** The problems found, listed or silenced. */
  int count() {
    return list.size() + silenced;
  }

  List<Problem> list() {
    return list;
  }

  boolean incomplete() {
    return incomplete;
  }
}
