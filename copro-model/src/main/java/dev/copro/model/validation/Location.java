package dev.copro.model.validation;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is: the source (file name or "dataset"/"configuration" for objects built in
 * code), the line and column when known, and a path within the document.
 *
 * <p>A cell of a spreadsheet workbook is located by its sheet ({@link #cell}): its source is the
 * sheet's name followed by {@code !}, and it is written as a cell reference, {@code
 * activities!B12}.
 *
 * @param source the file name or the kind of in-memory input, never blank
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path a JSON Pointer ({@code /participants/3/left}) for JSON input, or the column name for
 *     CSV input; {@code null} when the problem concerns the whole source
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Location(String source, int line, int column, @Nullable String path) {

  /** Checks presence and that line and column are not negative. */
  public Location {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** A location known only by path, in a source without line numbers. */
  public static Location at(String source, @Nullable String path) {
    return new Location(source, 0, 0, path);
  }

  /**
   * A cell of a workbook's sheet: written {@code sheet!B12 column}, or {@code sheet!12:12 column}
   * for a whole row.
   *
   * @param sheet the sheet's name
   * @param row the 1-based row
   * @param column the 1-based column, or 0 for the whole row
   * @param columnName the name in the column's header, or {@code null}
   * @return the location, whose source is {@code sheet!}
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public static Location cell(String sheet, int row, int column, @Nullable String columnName) {
    return new Location(sheet + "!", row, column, columnName);
  }

  /**
   * {@code source:line:column path}, leaving out what is unknown; a workbook's cell as {@code
   * sheet!B12 path} (see {@link #cell}).
   */
  @Override
  public String toString() {
    if (source.endsWith("!") && line > 0) {
      StringBuilder cell = new StringBuilder(source);
      if (column > 0) {
        cell.append(columnLetters(column)).append(line);
      } else {
        cell.append(line).append(':').append(line);
      }
      if (path != null && !path.isEmpty()) {
        cell.append(' ').append(path);
      }
      return cell.toString();
    }
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (path != null && !path.isEmpty()) {
      out.append(' ').append(path);
    }
    return out.toString();
  }

  /** A spreadsheet's letters for a 1-based column: 1 is A, 27 is AA. */
  private static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }
}
