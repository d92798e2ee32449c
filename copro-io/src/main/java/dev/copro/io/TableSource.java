package dev.copro.io;

import dev.copro.model.validation.Location;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Tables of text cells laid out as the CSV folder form's files ({@link TableFormat}): the sheets of
 * a workbook, the tables or views of a database. {@link DatasetReader#readTables} reads them with
 * the CSV form's rules — the same columns, the same values, the same problems — each located the
 * way the source names its places ({@link Form}).
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public interface TableSource {

  /** How problems name a place in the source. */
  enum Form {
    /** A file: {@code activities.csv:12:2 date}, the row's line and the cell's position in it. */
    FILE,
    /** A workbook's sheet: {@code activities!B12 date} ({@link Location#cell}). */
    SHEET,
    /**
     * A database table or view, whose rows have no order: {@code activities date} and the record's
     * id.
     */
    TABLE
  }

  /** How problems name places in this source. */
  Form form();

  /**
   * The names of the tables the source holds, as it names them, for reporting those the format does
   * not define (their rows would otherwise be ignored without a word). A source that cannot tell,
   * or that reads only the tables it is asked for, returns an empty list.
   *
   * @throws IOException if the source cannot be listed
   */
  List<String> names() throws IOException;

  /**
   * The name the source gives the table of the format named {@code table} ({@code activities}):
   * {@code activities.csv} for a folder, {@code activities} for a sheet or a database table. It
   * names the table in locations and messages.
   */
  String nameOf(String table);

  /**
   * Opens a table of the format by its name ({@code activities}); {@code null} when the source does
   * not hold it, which means no records of its kind.
   *
   * @throws IOException if the table cannot be read
   */
  @Nullable Rows open(String table) throws IOException;

  /** The rows of one table, the header first. */
  interface Rows extends Closeable {

    /**
     * The next row, the header first; {@code null} at the end.
     *
     * @throws IOException if the table cannot be read further; text that cannot be parsed may be
     *     reported as a {@link com.fasterxml.jackson.core.JsonProcessingException} with its
     *     location
     */
    @Nullable Row next() throws IOException;
  }

  /**
   * One row.
   *
   * @param number its number: the line where it begins in a file, the row in a sheet, the position
   *     in the query's result for a database table
   * @param cells each cell's text, the first column first; an empty string for an empty cell
   */
  record Row(int number, List<String> cells) {

    /** Checks presence and copies the cells. */
    public Row {
      Objects.requireNonNull(cells, "cells");
      if (number < 1) {
        throw new IllegalArgumentException("rows are numbered from 1");
      }
      cells = List.copyOf(cells);
    }
  }
}
