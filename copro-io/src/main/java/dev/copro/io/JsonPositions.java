package dev.copro.io;

import dev.copro.model.RecordKind;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.RecordLocator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where each record that was read began in a JSON document or JSON Lines file: its index among the
 * records of its kind in the file, its line and its column. Records that could not be read are not
 * in the dataset, so the dataset's index of a record can be less than its index in the file;
 * locations use the file's.
 */
final class JsonPositions implements RecordLocator {

  private final String source;
  private final Map<RecordKind, IntList> positions = new EnumMap<>(RecordKind.class);

  JsonPositions(String source) {
    this.source = source;
  }

  /**
   * Records that the next record of {@code kind} in the dataset is entry {@code fileIndex},
   * starting at line:column.
   */
  void add(RecordKind kind, int fileIndex, int line, int column) {
    IntList list = positions.computeIfAbsent(kind, k -> new IntList());
    list.add(fileIndex);
    list.add(line);
    list.add(column);
  }

  @Override
  public Location locate(RecordKind kind, int index, @Nullable String field) {
    IntList list = Objects.requireNonNull(positions.get(kind), "no record of this kind was added");
    return location(
        source, kind, list.get(3 * index), list.get(3 * index + 1), list.get(3 * index + 2), field);
  }

  /**
   * The location of entry {@code fileIndex} of {@code kind} in a file, or of one of its fields:
   * where the record begins, and its JSON Pointer.
   */
  static Location location(
      String source, RecordKind kind, int fileIndex, int line, int column, @Nullable String field) {
    String record = "/" + kind.collection() + "/" + fileIndex;
    return new Location(source, line, column, field == null ? record : record + "/" + field);
  }
}
