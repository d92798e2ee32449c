package dev.copro.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Rows of text in aligned columns, for the terminal: each column as wide as its widest cell, two
 * spaces between columns, the last column not padded. A column may have a style (colour) applied to
 * each cell after its width is measured, so escape codes never upset the alignment.
 */
@API(status = API.Status.INTERNAL, since = "0.3.0")
public final class TextTable {

  private final List<List<String>> rows = new ArrayList<>();
  private final Map<Integer, UnaryOperator<String>> styles = new HashMap<>();

  /** Adds a row; rows may have different numbers of cells. */
  public TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** Styles every cell of a column (0-based), for instance with colour. */
  public TextTable style(int column, UnaryOperator<String> style) {
    styles.put(column, style);
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The table, each row on a line ending {@code \n}, trailing spaces trimmed.
   *
   * @param indent spaces before each row
   */
  public String render(int indent) {
    List<Integer> widths = new ArrayList<>();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (widths.size() <= i) {
          widths.add(0);
        }
        widths.set(i, Math.max(widths.get(i), row.get(i).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(" ".repeat(indent));
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(styles.getOrDefault(i, UnaryOperator.identity()).apply(cell));
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths.get(i) - cell.length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
