package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads a dataset from an Excel workbook (.xlsx): one sheet per kind of record, named and laid out
 * as the CSV folder form's files (docs/xlsx-format.md) — a sheet {@code activities} with the
 * columns of {@code activities.csv}. Cells may hold text, or real Excel dates, times, numbers and
 * true/false values; a date cell is read as its day. The rules and problems are the CSV form's,
 * each located by sheet and cell ({@code activities!B12 date}) and the record's id.
 *
 * <p>Sheets named {@code README}, and sheets whose name starts with {@code _}, are notes and lists
 * for the people filling the workbook in, and are not read; any other sheet that is not one of the
 * format's is a problem.
 *
 * <p>Memory is bounded: each sheet is read as a stream of XML, one row at a time, never as a whole
 * workbook in memory; the workbook's table of shared strings is held.
 *
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public final class WorkbookReader {

  private WorkbookReader() {}

  /**
   * Reads a workbook.
   *
   * @param file the .xlsx file
   * @return the dataset, valid
   * @throws InvalidInputException if the file cannot be read as a workbook or the dataset has
   *     problems, listing every one
   */
  public static Dataset read(Path file) {
    return read(file, Dialect.UNDECLARED);
  }

  /**
   * Reads a workbook whose text cells write dates or numbers in a declared dialect (real Excel
   * dates and numbers need no declaration).
   *
   * @param file the .xlsx file
   * @param dialect how dates and numbers written as text are to be read
   * @return the dataset, valid
   * @throws InvalidInputException if the file cannot be read as a workbook or the dataset has
   *     problems, listing every one
   */
  public static Dataset read(Path file, Dialect dialect) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw unreadable(name, "There is no file " + file + ".");
    }
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      Sheets sheets = new Sheets(workbook);
      return DatasetReader.readTables(sheets, dialect, "workbook " + name);
    } catch (InvalidFormatException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw unreadable(
          name,
          "The file is not an Excel workbook (.xlsx): save it from the spreadsheet program "
              + "as an Excel workbook.");
    } catch (IOException | OpenXML4JException | SAXException e) {
      throw unreadable(name, "The workbook cannot be read: " + e.getMessage() + ".");
    }
  }

  /**
   * Whether a sheet is a note for people rather than data: {@code README}, or a name starting with
   * {@code _}.
   */
  static boolean isNote(String sheet) {
    return sheet.equalsIgnoreCase("README") || sheet.startsWith("_");
  }

  private static InvalidInputException unreadable(String name, String message) {
    return new InvalidInputException(
        "workbook " + name,
        List.of(new Problem(Problem.Kind.UNREADABLE, Location.at(name, null), null, message)));
  }

  /** The sheets of one workbook as tables. */
  private static final class Sheets implements TableSource {
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;

    Sheets(OPCPackage workbook) throws IOException, OpenXML4JException, SAXException {
      this.reader = new XSSFReader(workbook);
      this.strings = new ReadOnlySharedStringsTable(workbook);
      this.styles = reader.getStylesTable();
    }

    @Override
    public Form form() {
      return Form.SHEET;
    }

    @Override
    public List<String> names() throws IOException {
      List<String> names = new ArrayList<>();
      forEachSheet(
          (name, in) -> {
            if (!isNote(name)) {
              names.add(name);
            }
            return false;
          });
      return names;
    }

    @Override
    public String nameOf(String table) {
      return table;
    }

    @Override
    public @Nullable Rows open(String table) throws IOException {
      Rows[] found = {null};
      forEachSheet(
          (name, in) -> {
            if (name.equals(table)) {
              found[0] = new SheetRows(in, strings, styles);
              return true;
            }
            return false;
          });
      return found[0];
    }

    /**
     * Visits each sheet with its data, closing each one the visitor does not keep, until it says
     * stop.
     */
    private void forEachSheet(SheetVisitor visitor) throws IOException {
      try {
        Iterator<InputStream> sheets = reader.getSheetsData();
        XSSFReader.SheetIterator named = (XSSFReader.SheetIterator) sheets;
        while (sheets.hasNext()) {
          InputStream in = sheets.next();
          boolean keep = visitor.visit(named.getSheetName(), in);
          if (keep) {
            return;
          }
          in.close();
        }
      } catch (InvalidFormatException e) {
        throw new IOException("the workbook's sheets cannot be read", e);
      }
    }
  }

  @FunctionalInterface
  private interface SheetVisitor {
    /** Returns true to keep the sheet's stream open and stop. */
    boolean visit(String name, InputStream data) throws IOException;
  }

  /**
   * The rows of one sheet, pulled from its XML one at a time. Cells are given as text: shared and
   * inline strings as they are, numbers in plain decimal notation, date-formatted numbers as {@code
   * yyyy-mm-dd} (or {@code HH:mm} for a time of day), true/false values as {@code true} and {@code
   * false}, errors as their Excel text ({@code #N/A}).
   */
  private static final class SheetRows implements TableSource.Rows {
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private int width = -1;
    private int lastRow;

    SheetRows(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles)
        throws IOException {
      this.in = in;
      this.strings = strings;
      this.styles = styles;
      try {
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      } catch (XMLStreamException e) {
        in.close();
        throw new IOException("the sheet cannot be read: " + e.getMessage(), e);
      }
    }

    @Override
    public TableSource.@Nullable Row next() throws IOException {
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
            String r = xml.getAttributeValue(null, "r");
            int number = r == null ? lastRow + 1 : Integer.parseInt(r);
            lastRow = number;
            List<String> cells = readCells();
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
              cells.remove(cells.size() - 1);
            }
            if (width < 0 && cells.isEmpty()) {
              continue; // a formatted but empty row above the header
            }
            if (width < 0) {
              width = cells.size();
            }
            while (cells.size() < width) {
              cells.add("");
            }
            return new TableSource.Row(number, cells);
          }
        }
        return null;
      } catch (XMLStreamException | RuntimeException e) {
        throw new IOException(
            "the sheet cannot be read after row " + lastRow + ": " + e.getMessage(), e);
      }
    }

    /**
     * Reads the cells of the current row, up to its end; a cell without a reference follows the one
     * before.
     */
    private List<String> readCells() throws XMLStreamException {
      Map<Integer, String> byColumn = new LinkedHashMap<>();
      int column = 0;
      int last = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String reference = xml.getAttributeValue(null, "r");
          column = reference == null ? column + 1 : columnOf(reference);
          String type = xml.getAttributeValue(null, "t");
          String style = xml.getAttributeValue(null, "s");
          String text = cellText(type, style);
          if (!text.isEmpty()) {
            byColumn.put(column, text);
            last = Math.max(last, column);
          }
        }
      }
      List<String> cells = new ArrayList<>(last);
      for (int i = 1; i <= last; i++) {
        cells.add(byColumn.getOrDefault(i, ""));
      }
      return cells;
    }

    /** Reads a cell's value, up to its end. */
    private String cellText(@Nullable String type, @Nullable String style)
        throws XMLStreamException {
      String value = null;
      StringBuilder inline = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v" -> value = xml.getElementText();
            case "t" ->
                (inline == null ? inline = new StringBuilder() : inline)
                    .append(xml.getElementText());
            default -> {}
          }
        }
      }
      if (inline != null) {
        return inline.toString();
      }
      if (value == null) {
        return "";
      }
      return switch (type == null ? "n" : type) {
        case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
        case "b" -> value.strip().equals("1") ? "true" : "false";
        case "str", "inlineStr", "e" -> value;
        default -> number(value.strip(), style);
      };
    }

    /** A numeric cell: a date or time when its format is one, else the number in plain notation. */
    private String number(String value, @Nullable String style) {
      if (style != null && !style.isEmpty()) {
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
        if (cellStyle != null) {
          int format = cellStyle.getDataFormat();
          String pattern = cellStyle.getDataFormatString();
          double number = Double.parseDouble(value);
          if (pattern != null
              && DateUtil.isADateFormat(format, pattern)
              && DateUtil.isValidExcelDate(number)) {
            LocalDateTime at = DateUtil.getLocalDateTime(number);
            boolean timeOnly = number < 1 && pattern.toLowerCase(Locale.ROOT).contains("h");
            return timeOnly
                ? String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute())
                : at.toLocalDate().toString();
          }
        }
      }
      return value.indexOf('E') >= 0 || value.indexOf('e') >= 0
          ? new BigDecimal(value).toPlainString()
          : value;
    }

    /** The 1-based column of a cell reference such as {@code B12}. */
    private static int columnOf(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
        column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
      }
      return column;
    }

    @Override
    public void close() throws IOException {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        throw new IOException(e);
      } finally {
        in.close();
      }
    }
  }
}
