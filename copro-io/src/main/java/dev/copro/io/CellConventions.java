package dev.copro.io;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates and numbers of one table's cells by the declared {@link Dialect}, and, where
 * nothing is declared, notices the cells a spreadsheet program wrote its own way (dd/mm/yyyy,
 * {@code £1,250.00}): their problems are silenced cell by cell and reported once per column, saying
 * what the values look like and what to declare.
 */
final class CellConventions {

  private static final Pattern SLASHED_DATE =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern WRITTEN_NUMBER =
      Pattern.compile("-?[£€$]?\\s?-?\\d[\\d,. ]*\\s?[£€$]?");

  private final Dialect dialect;
  private final TableSource.Form form;
  private final String table;
  private final Problems problems;
  private final Map<String, Column> columns = new LinkedHashMap<>();

  /**
   * @param table the table's name as the source gives it ({@code activities.csv})
   */
  CellConventions(Dialect dialect, TableSource.Form form, String table, Problems problems) {
    this.dialect = dialect;
    this.form = form;
    this.table = table;
    this.problems = problems;
  }

  /**
   * The cell's text as the format reads it. A cell whose value is written another way is noted for
   * its column's problem, and its own problems are silenced.
   *
   * @param kind what the column holds
   * @param where the cell's place
   * @param recordId the id in the row, for the column's problem, or {@code null}
   */
  String read(
      TableFormat.ValueKind kind,
      String header,
      String text,
      int line,
      Where.Csv where,
      @Nullable String recordId) {
    switch (kind) {
      case DATE -> {
        return date(header, text, line, where, recordId);
      }
      case AMOUNT, WHOLE_NUMBER -> {
        return number(kind == TableFormat.ValueKind.AMOUNT, header, text, line, where, recordId);
      }
      default -> {
        return text;
      }
    }
  }

  private String date(
      String header, String text, int line, Where.Csv where, @Nullable String recordId) {
    if (looksIso(text)) {
      return text; // the binder checks it is a real day
    }
    if (dialect.dates() != null) {
      try {
        return dialect.parseDate(text).toString();
      } catch (DateTimeException e) {
        problems.add(
            Kind.INVALID_VALUE,
            where.at(line, 0),
            recordId,
            "'"
                + header
                + "' must be a date written "
                + dialect.dates()
                + ", as declared, or yyyy-mm-dd, not "
                + Messages.quote(text)
                + ".");
        problems.silence(where, line);
        return text;
      }
    }
    Matcher slashed = SLASHED_DATE.matcher(text.strip());
    if (slashed.matches()) {
      Column column = note(header, line, where, recordId);
      int first = Integer.parseInt(slashed.group(1));
      int second = Integer.parseInt(slashed.group(3));
      column.separator = slashed.group(2);
      column.dayFirst |= first > 12;
      column.monthFirst |= second > 12;
      problems.silence(where, line);
    }
    return text;
  }

  private String number(
      boolean amount,
      String header,
      String text,
      int line,
      Where.Csv where,
      @Nullable String recordId) {
    if (looksPlain(text)) {
      return text; // the binder checks its digits
    }
    if (dialect.numbers() != null) {
      String number = dialect.parseNumber(text, amount);
      if (number != null) {
        return number;
      }
      problems.add(
          Kind.INVALID_VALUE,
          where.at(line, 0),
          recordId,
          "'"
              + header
              + "' must be a number written "
              + dialect.numbers().example()
              + (amount ? " (a currency sign before or after it is allowed)" : "")
              + ", as declared, not "
              + Messages.quote(text)
              + ".");
      problems.silence(where, line);
      return text;
    }
    if (WRITTEN_NUMBER.matcher(text.strip()).matches()) {
      Column column = note(header, line, where, recordId);
      column.currencySign |= !Dialect.withoutCurrencySign(text).equals(text.strip());
      column.style = styleOf(Dialect.withoutCurrencySign(text), column.style);
      problems.silence(where, line);
    }
    return text;
  }

  private Column note(String header, int line, Where.Csv where, @Nullable String recordId) {
    Column column =
        columns.computeIfAbsent(header, h -> new Column(where.at(line, 0), recordId, line));
    column.count++;
    return column;
  }

  /**
   * Reports each column whose values were written another way: once, with what to write or declare.
   */
  void report() {
    columns.forEach(
        (header, column) -> {
          String values = column.count == 1 ? "1 value looks" : column.count + " values look";
          String first =
              column.count == 1
                  ? ""
                  : form == TableSource.Form.TABLE
                      ? ""
                      : " (the first in "
                          + (form == TableSource.Form.SHEET ? "row " : "line ")
                          + column.firstLine
                          + ")";
          String message;
          if (column.separator != null) {
            String s = column.separator;
            String shape =
                column.dayFirst && !column.monthFirst
                    ? "dd" + s + "mm" + s + "yyyy"
                    : column.monthFirst && !column.dayFirst
                        ? "mm" + s + "dd" + s + "yyyy"
                        : "dd" + s + "mm" + s + "yyyy or mm" + s + "dd" + s + "yyyy";
            String declare =
                column.dayFirst == column.monthFirst ? "dd" + s + "mm" + s + "yyyy" : shape;
            message =
                "Column '"
                    + header
                    + "' of "
                    + table
                    + ": "
                    + values
                    + " like "
                    + shape
                    + first
                    + ". Write dates as yyyy-mm-dd"
                    + (form == TableSource.Form.SHEET ? " or as real dates" : "")
                    + ", or declare the date format "
                    + declare
                    + declareWhere("dates", declare, "--date-format")
                    + ".";
          } else {
            String style =
                column.style == null ? Dialect.NumberStyle.POINT.example() : column.style;
            message =
                "Column '"
                    + header
                    + "' of "
                    + table
                    + ": "
                    + values
                    + " like numbers written with "
                    + (column.currencySign
                        ? "a currency sign" + (column.style == null ? "" : " and separators")
                        : "thousands or decimal separators")
                    + " (such as "
                    + (column.currencySign ? "£" : "")
                    + style
                    + ")"
                    + first
                    + ". Write plain numbers such as 1250.50, or declare how numbers are written, "
                    + style
                    + declareWhere("numbers", style, "--numbers")
                    + ".";
          }
          problems.add(Kind.INVALID_VALUE, column.at, column.recordId, message);
        });
  }

  /** Where to declare a setting, for this form. */
  private String declareWhere(String setting, String value, String option) {
    return form == TableSource.Form.FILE
        ? ": \""
            + setting
            + "\": \""
            + value
            + "\" in "
            + Dialect.MANIFEST
            + " beside the files, or "
            + option
            + " "
            + value
            + " on the command line"
        : " (" + option + " " + value + " on the command line)";
  }

  /**
   * The number style a written number suggests: the last separator before one or two digits is the
   * decimal one.
   */
  private static @Nullable String styleOf(String text, @Nullable String known) {
    int comma = text.lastIndexOf(',');
    int point = text.lastIndexOf('.');
    if (comma < 0 && point < 0) {
      return text.indexOf(' ') > 0 ? Dialect.NumberStyle.SPACE_COMMA.example() : known;
    }
    boolean commaDecimal = comma > point && text.length() - comma - 1 <= 2;
    if (commaDecimal) {
      return text.indexOf(' ') > 0
          ? Dialect.NumberStyle.SPACE_COMMA.example()
          : Dialect.NumberStyle.COMMA.example();
    }
    return Dialect.NumberStyle.POINT.example();
  }

  /** Whether the text has the shape of yyyy-mm-dd, the format's way, whatever its digits. */
  private static boolean looksIso(String text) {
    return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
  }

  /**
   * Whether the text is written as the format writes numbers: digits, a point, a sign, an exponent.
   */
  private static boolean looksPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  /** What was noticed in one column. */
  private static final class Column {
    final Location at;
    final @Nullable String recordId;
    final int firstLine;
    int count;
    @Nullable String separator;
    boolean dayFirst;
    boolean monthFirst;
    boolean currencySign;
    @Nullable String style;

    Column(Location at, @Nullable String recordId, int firstLine) {
      this.at = at;
      this.recordId = recordId;
      this.firstLine = firstLine;
    }
  }
}
