package dev.copro.io;

import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apiguardian.api.API;

/**
 * Writes a dataset as an Excel workbook (.xlsx) that {@link WorkbookReader} reads back: a {@code
 * README} sheet saying how to fill it in, then one sheet per table of the CSV form with its header
 * row, every sheet written even when it has no rows, so that the workbook doubles as a form to fill
 * in. The form prevents most mistakes itself: every coded column offers its codes in a drop-down
 * list, true/false columns offer {@code true} and {@code false}, dates are real Excel dates shown
 * {@code yyyy-mm-dd}, times are shown {@code hh:mm}, and numbers are numbers.
 *
 * <p>Rows are written through a window of 100, so a large dataset is written in bounded memory.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class WorkbookWriter {

  /** Rows below the records that the drop-down lists and formats cover, for records to be added. */
  static final int ROOM = 1000;

  /** The hidden sheet that holds the lists of codes the drop-down lists offer. */
  static final String CODES_SHEET = "_codes";

  private WorkbookWriter() {}

  /**
   * Writes the workbook. The stream is written but not closed.
   *
   * @param dataset the dataset; an empty one gives an empty form
   * @param out where the .xlsx bytes go
   * @throws IOException if writing fails
   */
  public static void write(Dataset dataset, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try {
      new Writing(workbook).write(dataset);
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  /** One workbook being written. */
  private static final class Writing {
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle amount;
    private final Sheet codes;
    private final Map<String, String> codeRanges = new LinkedHashMap<>();

    Writing(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setBorderBottom(BorderStyle.THIN);
      var formats = workbook.createDataFormat();
      date = workbook.createCellStyle();
      date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
      time = workbook.createCellStyle();
      time.setDataFormat(formats.getFormat("hh:mm"));
      amount = workbook.createCellStyle();
      amount.setDataFormat(formats.getFormat("0.00"));
      workbook.createSheet("README");
      codes = workbook.createSheet(CODES_SHEET);
    }

    void write(Dataset dataset) throws IOException {
      List<String> sheets = new ArrayList<>();
      DatasetWriter.writeTables(
          dataset,
          (table, headers, rows) -> {
            sheets.add(table);
            writeSheet(TableFormat.table(table).orElseThrow(), headers, rows);
          });
      writeReadme(sheets);
      workbook.setSheetOrder(CODES_SHEET, workbook.getNumberOfSheets() - 1);
      workbook.setSheetHidden(workbook.getSheetIndex(CODES_SHEET), true);
      workbook.setActiveSheet(0);
    }

    private void writeSheet(
        TableFormat.Table table, List<String> headers, List<List<String>> rows) {
      Sheet sheet = workbook.createSheet(table.name());
      Row top = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = top.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() + 4) * 256);
      }
      sheet.createFreezePane(0, 1);
      List<TableFormat.Column> columns =
          headers.stream()
              .map(
                  h ->
                      table
                          .column(h)
                          .orElse(
                              new TableFormat.Column(
                                  h, TableFormat.ValueKind.TEXT, false, false, List.of(), false)))
              .toList();
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            writeCell(row.createCell(c), columns.get(c), cells.get(c));
          }
        }
      }
      int last = rows.size() + ROOM;
      for (int c = 0; c < columns.size(); c++) {
        TableFormat.Column column = columns.get(c);
        if (!column.list()) {
          CellStyle style =
              switch (column.kind()) {
                case DATE -> date;
                case TIME -> time;
                case AMOUNT -> amount;
                default -> null;
              };
          if (style != null) {
            sheet.setDefaultColumnStyle(c, style);
          }
        }
        offerChoices(sheet, column, c, last);
      }
    }

    /**
     * Writes one value as the cell type its column holds: a date, a time, a number, true/false, or
     * text.
     */
    private void writeCell(Cell cell, TableFormat.Column column, String text) {
      if (column.list()) {
        cell.setCellValue(text);
        return;
      }
      switch (column.kind()) {
        case DATE -> {
          cell.setCellValue(LocalDate.parse(text));
          cell.setCellStyle(date);
        }
        case TIME -> {
          LocalTime at = LocalTime.parse(text);
          cell.setCellValue(at.toSecondOfDay() / 86_400.0);
          cell.setCellStyle(time);
        }
        case WHOLE_NUMBER -> cell.setCellValue(Double.parseDouble(text));
        case AMOUNT -> {
          cell.setCellValue(new BigDecimal(text).doubleValue());
          cell.setCellStyle(amount);
        }
        case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(text));
        default -> cell.setCellValue(text);
      }
    }

    /**
     * A drop-down list of the codes (or true and false) over the column's cells. A column where
     * {@code other} takes a label, or that lists several codes, warns instead of refusing, so that
     * {@code other:LABEL} and {@code code;code} can still be typed.
     */
    private void offerChoices(Sheet sheet, TableFormat.Column column, int c, int last) {
      List<String> choices =
          column.kind() == TableFormat.ValueKind.CODE
              ? column.codes()
              : column.kind() == TableFormat.ValueKind.BOOLEAN && !column.list()
                  ? List.of("true", "false")
                  : List.of();
      if (choices.isEmpty()) {
        return;
      }
      DataValidationHelper helper = sheet.getDataValidationHelper();
      DataValidationConstraint constraint = helper.createFormulaListConstraint(codeRange(choices));
      DataValidation validation =
          helper.createValidation(constraint, new CellRangeAddressList(1, last, c, c));
      boolean strict = !column.labelled() && !column.list();
      validation.setErrorStyle(
          strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
      validation.setShowErrorBox(true);
      validation.createErrorBox(
          "Not one of the codes",
          strict
              ? "Choose one of the codes in the list."
              : column.list()
                  ? "Choose codes from the list; separate several with ;"
                  : "Choose a code from the list, or write other:LABEL.");
      validation.setSuppressDropDownArrow(true); // for .xlsx, true shows the arrow
      sheet.addValidationData(validation);
    }

    /** The range of the hidden sheet that lists these choices, written there on first use. */
    private String codeRange(List<String> choices) {
      String key = String.join("\n", choices);
      return codeRanges.computeIfAbsent(
          key,
          k -> {
            int column = codeRanges.size();
            for (int i = 0; i < choices.size(); i++) {
              Row row = codes.getRow(i) != null ? codes.getRow(i) : codes.createRow(i);
              row.createCell(column).setCellValue(choices.get(i));
            }
            String letters = CellReference.convertNumToColString(column);
            return CODES_SHEET + "!$" + letters + "$1:$" + letters + "$" + choices.size();
          });
    }

    private void writeReadme(List<String> sheets) {
      Sheet readme = workbook.getSheet("README");
      List<String> lines =
          new ArrayList<>(
              List.of(
                  "copro dataset workbook (copro-dataset/1)",
                  "",
                  "Each sheet holds one kind of record, one record per row, under the header row. Keep the sheet names and "
                      + "the header names as they are.",
                  "Required columns must have a value in every row; leave other cells empty when there is nothing to say.",
                  "Coded columns offer their codes in a drop-down list. Where 'other' is allowed, write other:LABEL, such as "
                      + "other:peer researcher.",
                  "Dates are real dates (shown yyyy-mm-dd); times are shown hh:mm; amounts are plain numbers.",
                  "Lists of several values (access needs, provisions, chairs, adopts, consultations) go in one cell, "
                      + "separated by ;",
                  "Add a column attributes.NAME (such as attributes.age-band) to initiatives, participants or activities "
                      + "for your own attributes.",
                  "A decision's votes go in the votes sheet and a survey's items in survey-items, each row naming its "
                      + "decision or survey.",
                  "Sheets named README or starting with _ are not read.",
                  "",
                  "Check it:     copro validate THIS-FILE.xlsx",
                  "Evaluate it:  copro evaluate THIS-FILE.xlsx --out report.html",
                  "",
                  "Every column is described in docs/xlsx-format.md and docs/dataset-format.md.",
                  "",
                  "Sheets: " + String.join(", ", sheets)));
      for (int i = 0; i < lines.size(); i++) {
        readme.createRow(i).createCell(0).setCellValue(lines.get(i));
      }
      readme.setColumnWidth(0, 120 * 256);
    }
  }
}
