package dev.copro.io;

import dev.copro.model.RecordKind;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.RecordLocator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where each record that was read came from in a CSV folder: its file and row, and for votes and
 * survey items the rows of the file they were kept in. Fields are located by column name; a nested
 * field ({@code response/date}) by its dotted column ({@code response.date}).
 */
final class CsvPositions implements RecordLocator {

  private final Map<RecordKind, Sheet> sheets = new EnumMap<>(RecordKind.class);

  /**
   * Records that the next record of {@code kind} in the dataset came from row {@code line}.
   *
   * @param where the record's file
   * @param nested the field kept in another file ("votes"), or {@code null}
   * @param nestedWhere that file, if it was read
   * @param nestedLines the rows of that file the record's nested objects came from, in order
   */
  void add(
      RecordKind kind,
      Where.Csv where,
      int line,
      @Nullable String nested,
      Where.@Nullable Csv nestedWhere,
      int[] nestedLines) {
    Sheet sheet = sheets.computeIfAbsent(kind, k -> new Sheet(where, nested, nestedWhere));
    sheet.lines.add(line);
    sheet.nestedLines.add(nestedLines);
  }

  @Override
  public Location locate(RecordKind kind, int index, @Nullable String field) {
    Sheet sheet = Objects.requireNonNull(sheets.get(kind), "no record of this kind was added");
    Where.Csv where = sheet.where;
    int line = sheet.lines.get(index);
    if (field == null) {
      return where.at(line, 0);
    }
    String[] steps = field.split("/");
    int from = 0;
    int[] nestedLines = sheet.nestedLines.get(index);
    if (steps.length > 2
        && steps[0].equals(sheet.nested)
        && sheet.nestedWhere != null
        && isIndex(steps[1])
        && Integer.parseInt(steps[1]) < nestedLines.length) {
      where = sheet.nestedWhere;
      line = nestedLines[Integer.parseInt(steps[1])];
      from = 2;
    }
    StringJoiner column = new StringJoiner(".");
    for (int i = from; i < steps.length; i++) {
      if (!isIndex(steps[i])) {
        column.add(steps[i]);
      }
    }
    return where.withColumn(column.toString()).at(line, 0);
  }

  private static boolean isIndex(String step) {
    return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
  }

  private static final class Sheet {
    final Where.Csv where;
    final @Nullable String nested;
    final Where.@Nullable Csv nestedWhere;
    final IntList lines = new IntList();
    final List<int[]> nestedLines = new ArrayList<>();

    Sheet(Where.Csv where, @Nullable String nested, Where.@Nullable Csv nestedWhere) {
      this.where = where;
      this.nested = nested;
      this.nestedWhere = nestedWhere;
    }
  }
}
