package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks as a person fills them in with Excel: real dates and numbers, text where they typed
 * text.
 */
class WorkbookReaderTest {

  @TempDir Path dir;

  /** A workbook being made the way Excel makes one: typed cells, a date format on date cells. */
  private static final class Book implements AutoCloseable {
    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle dateStyle;
    final CellStyle timeStyle;

    Book() {
      dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      timeStyle = workbook.createCellStyle();
      timeStyle.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
    }

    /**
     * A sheet with a header row and rows of values: String, Number, Boolean, LocalDate or
     * LocalTime.
     */
    Book sheet(String name, List<String> header, List<?>... rows) {
      Sheet sheet = workbook.createSheet(name);
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        top.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].size(); c++) {
          Object value = rows[r].get(c);
          var cell = row.createCell(c);
          if (value instanceof String s) {
            if (!s.isEmpty()) {
              cell.setCellValue(s);
            }
          } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (value instanceof LocalTime t) {
            cell.setCellValue(t.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(timeStyle);
          }
        }
      }
      return this;
    }

    Path save(Path file) throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      return file;
    }

    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }

  private static Book basics() {
    return new Book()
        .sheet("README", List.of("Notes for the people filling this in"))
        .sheet(
            "initiatives",
            List.of("id", "name", "start"),
            List.of("i1", "Board", LocalDate.of(2024, 1, 1)))
        .sheet(
            "participants",
            List.of("id", "perspective", "attributes.age-band"),
            List.of("p1", "carer", "25-34"),
            List.of("p2", "professional", ""));
  }

  @Test
  void read_realDatesNumbersTimesAndBooleans_areReadAsTheirValues() throws IOException {
    Path file;
    try (Book book =
        basics()
            .sheet(
                "activities",
                List.of(
                    "id",
                    "initiative",
                    "type",
                    "stage",
                    "date",
                    "startTime",
                    "durationMinutes",
                    "provisions"),
                List.of(
                    "a1",
                    "i1",
                    "board",
                    "design",
                    LocalDate.of(2024, 3, 21),
                    LocalTime.of(10, 30),
                    90,
                    "step-free;hearing-loop"))
            .sheet(
                "attendance",
                List.of("activity", "participant", "attended", "speakingTurns"),
                List.of("a1", "p1", true, 4),
                List.of("a1", "p2", false, ""))
            .sheet(
                "payments",
                List.of("id", "participant", "activity", "kind", "amount", "currency", "offered"),
                List.of("pay1", "p1", "a1", "fee", 1250.5, "GBP", LocalDate.of(2024, 3, 21)))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    Dataset dataset = WorkbookReader.read(file);

    assertThat(dataset.activities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 21));
              assertThat(a.startTime()).isEqualTo(LocalTime.of(10, 30));
              assertThat(a.durationMinutes()).isEqualTo(90);
              assertThat(a.provisions()).hasSize(2);
            });
    assertThat(dataset.attendance()).extracting(a -> a.attended()).containsExactly(true, false);
    assertThat(dataset.payments().get(0).amount()).isEqualByComparingTo(new BigDecimal("1250.5"));
    assertThat(dataset.participants().get(0).attributes()).containsEntry("age-band", "25-34");
  }

  @Test
  void read_problems_areLocatedBySheetCellColumnAndRecord() throws IOException {
    Path file;
    try (Book book =
        basics()
            .sheet(
                "activities",
                List.of("id", "initiative", "type", "stage", "date"),
                List.of("a1", "i1", "board", "design", LocalDate.of(2024, 3, 21)),
                List.of("a2", "i9", "board", "nowhere", LocalDate.of(2024, 3, 22)))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    List<Problem> problems = problems(file);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "activities!D3 stage [a2]: 'stage' has the unknown code 'nowhere'. Known codes: commissioning, design, "
                + "delivery, evaluation.");
    assertThat(problems.get(0).location()).isEqualTo(Location.cell("activities", 3, 4, "stage"));
  }

  @Test
  void read_datesTypedAsText_areOneProblemForTheColumnAndReadWhenDeclared() throws IOException {
    Path file;
    try (Book book =
        basics()
            .sheet(
                "activities",
                List.of("id", "initiative", "type", "stage", "date"),
                List.of("a1", "i1", "board", "design", "21/03/2024"),
                List.of("a2", "i1", "board", "design", "22/03/2024"))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    assertThat(problems(file))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo(Location.cell("activities", 2, 5, "date"));
              assertThat(p.message())
                  .startsWith(
                      "Column 'date' of activities: 2 values look like dd/mm/yyyy (the first "
                          + "in row 2). Write dates as yyyy-mm-dd or as real dates");
            });
    assertThat(WorkbookReader.read(file, new Dialect(null, "dd/mm/yyyy", null)).activities())
        .extracting(a -> a.date())
        .containsExactly(LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 22));
  }

  @Test
  void read_missingColumn_isOneProblemAndTheOtherSheetsAreStillChecked() throws IOException {
    Path file;
    try (Book book =
        basics()
            .sheet(
                "activities",
                List.of("id", "initiative", "type", "stage"),
                List.of("a1", "i1", "board", "design"))
            .sheet(
                "attendance",
                List.of("activity", "participant", "attended"),
                List.of("a1", "p7", true))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    assertThat(problems(file))
        .extracting(Problem::toString)
        .containsExactly(
            "activities!1:1 date: The sheet has no column 'date', which is required: add it, with a value in every row.",
            "attendance!B2 participant [a1/p7]: The attendance 'a1/p7' refers to participant 'p7', which is not in "
                + "the dataset.");
  }

  @Test
  void read_unknownSheet_isAProblemAndNotesAreIgnored() throws IOException {
    Path file;
    try (Book book = basics().sheet("_lists", List.of("codes")).sheet("Sheet1", List.of("x"))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    assertThat(problems(file))
        .extracting(Problem::toString)
        .containsExactly("Sheet1: 'Sheet1' is not a sheet of the format. Its rows are not read.");
  }

  @Test
  void read_fileThatIsNotAWorkbook_isUnreadable() throws IOException {
    Path file = Files.writeString(dir.resolve("records.xlsx"), "id,perspective\np1,carer\n");

    assertThat(problems(file))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.UNREADABLE);
              assertThat(p.message()).contains("not an Excel workbook");
            });
  }

  @Test
  void read_workbookWithNoSheetOfTheFormat_isAProblem() throws IOException {
    Path file;
    try (Book book = new Book().sheet("README", List.of("notes"))) {
      file = book.save(dir.resolve("records.xlsx"));
    }

    assertThat(problems(file))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("the workbook has none of the sheets of the format"));
  }

  private static List<Problem> problems(Path file) {
    return catchThrowableOfType(InvalidInputException.class, () -> WorkbookReader.read(file))
        .problems();
  }
}
