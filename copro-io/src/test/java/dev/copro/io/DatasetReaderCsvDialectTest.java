package dev.copro.io;

import static dev.copro.io.Inputs.only;
import static dev.copro.io.Inputs.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Dataset;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files as spreadsheet programs save them: a byte-order mark, CRLF line ends, semicolons
 * between cells (the European default), dates written dd/mm/yyyy and amounts written £1,250.00.
 */
class DatasetReaderCsvDialectTest {

  @TempDir Path folder;

  /** Writes a file as Excel's "CSV UTF-8" does: a byte-order mark and CRLF line ends. */
  private void excelFile(String name, String... lines) throws IOException {
    String text = "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private void basics(char delimiter) throws IOException {
    String d = String.valueOf(delimiter);
    excelFile(
        "initiatives.csv",
        String.join(d, "id", "name", "start"),
        String.join(d, "i1", "Board", "2024-01-01"));
    excelFile(
        "participants.csv",
        String.join(d, "id", "perspective"),
        String.join(d, "p1", "carer"),
        String.join(d, "p2", "professional"));
  }

  @Test
  void readCsv_semicolonsBomAndCrlf_areRecognisedFromTheHeader() throws IOException {
    basics(';');
    excelFile(
        "activities.csv",
        "id;initiative;type;stage;date;provisions",
        "a1;i1;board;design;2024-02-01;\"step-free;hearing-loop\"");

    Dataset dataset = DatasetReader.readCsv(folder);

    assertThat(dataset.activities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.date()).isEqualTo(LocalDate.of(2024, 2, 1));
              assertThat(a.provisions()).hasSize(2);
            });
    assertThat(dataset.participants()).hasSize(2);
  }

  @Test
  void readCsv_tabs_areRecognisedFromTheHeader() throws IOException {
    basics('\t');

    assertThat(DatasetReader.readCsv(folder).participants()).hasSize(2);
  }

  @Test
  void readCsv_headerWithTwoDelimiters_isOneProblemNotAGuess() throws IOException {
    basics(',');
    excelFile("activities.csv", "id;initiative,type;stage;date", "a1;i1,board;design;2024-02-01");

    Problem problem = only(problems(() -> DatasetReader.readCsv(folder)), Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("activities.csv", 1, 0, null));
    assertThat(problem.message()).contains("';'").contains("','").contains("copro-csv.json");
  }

  @Test
  void readCsv_declaredDelimiter_winsOverTheHeader() throws IOException {
    basics(';');
    Files.writeString(folder.resolve(Dialect.MANIFEST), "{\"delimiter\": \";\"}");
    excelFile(
        "activities.csv",
        "id;initiative;type;stage;title;date",
        "a1;i1;board;design;Plan, draft;2024-02-01");

    assertThat(DatasetReader.readCsv(folder).activities())
        .singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Plan, draft"));
  }

  @Test
  void readCsv_undeclaredDayFirstDates_areOneProblemForTheColumn() throws IOException {
    basics(',');
    String[] rows = new String[98];
    rows[0] = "id,initiative,type,stage,date";
    for (int i = 1; i < rows.length; i++) {
      rows[i] = "a" + i + ",i1,board,design," + String.format("%02d/03/2024", 1 + i % 28);
    }
    rows[20] = "a20,i1,board,design,21/03/2024";
    excelFile("activities.csv", rows);

    List<Problem> problems = problems(() -> DatasetReader.readCsv(folder));

    Problem problem = only(problems, Kind.INVALID_VALUE);
    assertThat(problems).hasSize(1);
    assertThat(problem.location()).isEqualTo(new Location("activities.csv", 2, 5, "date"));
    assertThat(problem.message())
        .isEqualTo(
            "Column 'date' of activities.csv: 97 values look like dd/mm/yyyy "
                + "(the first in line 2). Write dates as yyyy-mm-dd, or declare the date format dd/mm/yyyy: \"dates\": "
                + "\"dd/mm/yyyy\" in copro-csv.json beside the files, or --date-format dd/mm/yyyy on the command line.");
  }

  @Test
  void readCsv_declaredDayFirstDates_areRead() throws IOException {
    basics(',');
    Files.writeString(folder.resolve(Dialect.MANIFEST), "{\"dates\": \"dd/mm/yyyy\"}");
    excelFile(
        "activities.csv",
        "id,initiative,type,stage,date,invitedOn",
        "a1,i1,board,design,21/03/2024,1/3/2024",
        "a2,i1,board,design,2024-03-22,");

    Dataset dataset = DatasetReader.readCsv(folder);

    assertThat(dataset.activities())
        .extracting(a -> a.date())
        .containsExactly(LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 22));
    assertThat(dataset.activities().get(0).invitedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void readCsv_declaredDateThatIsNotADay_isAProblemOfItsCell() throws IOException {
    basics(',');
    excelFile("activities.csv", "id,initiative,type,stage,date", "a1,i1,board,design,31/02/2024");

    Problem problem =
        only(
            problems(() -> DatasetReader.readCsv(folder, new Dialect(null, "dd/mm/yyyy", null))),
            Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(new Location("activities.csv", 2, 5, "date"));
    assertThat(problem.recordId()).isEqualTo("a1");
    assertThat(problem.message()).contains("dd/mm/yyyy, as declared");
  }

  private void payments(String... amounts) throws IOException {
    basics(',');
    String[] rows = new String[amounts.length + 1];
    rows[0] = "id,participant,kind,amount,currency,offered";
    for (int i = 0; i < amounts.length; i++) {
      rows[i + 1] = "pay" + i + ",p1,fee,\"" + amounts[i] + "\",GBP,2024-03-01";
    }
    excelFile("payments.csv", rows);
  }

  @Test
  void readCsv_undeclaredPoundsWithThousands_areOneProblemForTheColumn() throws IOException {
    payments("£50.00", "£1,250.00", "12.40");

    List<Problem> problems = problems(() -> DatasetReader.readCsv(folder));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo(new Location("payments.csv", 2, 4, "amount"));
              assertThat(p.message())
                  .startsWith(
                      "Column 'amount' of payments.csv: 2 values look like numbers written "
                          + "with a currency sign")
                  .contains("1250.50")
                  .contains("\"numbers\": \"1,234.56\"");
            });
  }

  @Test
  void readCsv_declaredNumberStyle_readsPoundsAndThousands() throws IOException {
    payments("£50.00", "£1,250.00", "12.40", "1250");
    Files.writeString(folder.resolve(Dialect.MANIFEST), "{\"numbers\": \"1,234.56\"}");

    assertThat(DatasetReader.readCsv(folder).payments())
        .extracting(p -> p.amount())
        .containsExactly(
            new BigDecimal("50.00"),
            new BigDecimal("1250.00"),
            new BigDecimal("12.40"),
            new BigDecimal("1250"));
  }

  @Test
  void readCsv_declaredCommaDecimals_readsEuropeanAmounts() throws IOException {
    payments("1.250,50", "€ 3,20");

    assertThat(
            DatasetReader.readCsv(folder, new Dialect(null, null, Dialect.NumberStyle.COMMA))
                .payments())
        .extracting(p -> p.amount())
        .containsExactly(new BigDecimal("1250.50"), new BigDecimal("3.20"));
  }

  @Test
  void readCsv_numberNotInTheDeclaredStyle_isAProblemOfItsCell() throws IOException {
    payments("1,25,0.00");

    Problem problem =
        only(
            problems(
                () ->
                    DatasetReader.readCsv(
                        folder, new Dialect(null, null, Dialect.NumberStyle.POINT))),
            Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(new Location("payments.csv", 2, 4, "amount"));
    assertThat(problem.message()).contains("written 1,234.56").contains("as declared");
  }

  @Test
  void readCsv_optionsWinOverTheManifest() throws IOException {
    basics(',');
    Files.writeString(folder.resolve(Dialect.MANIFEST), "{\"dates\": \"mm/dd/yyyy\"}");
    excelFile("activities.csv", "id,initiative,type,stage,date", "a1,i1,board,design,21/03/2024");

    assertThat(
            DatasetReader.readCsv(folder, new Dialect(null, "dd/mm/yyyy", null))
                .activities()
                .get(0)
                .date())
        .isEqualTo(LocalDate.of(2024, 3, 21));
  }

  @Test
  void readCsv_manifestWithMistakes_listsThemAll() throws IOException {
    basics(',');
    Files.writeString(
        folder.resolve(Dialect.MANIFEST),
        "{\"delimiter\": \"|\", \"date\": \"dd/mm/yyyy\", " + "\"numbers\": \"1'234.56\"}");

    List<Problem> problems = problems(() -> DatasetReader.readCsv(folder));

    assertThat(problems)
        .extracting(p -> p.location().path())
        .containsExactly("/date", "/delimiter", "/numbers");
    assertThat(problems.get(0).message()).contains("did you mean 'dates'?");
  }

  @Test
  void readCsv_manifestSettingTwice_isAProblem() throws IOException {
    basics(',');
    Files.writeString(
        folder.resolve(Dialect.MANIFEST), "{\"dates\": \"dd/mm/yyyy\", \"dates\": \"mm/dd/yyyy\"}");

    assertThat(problems(() -> DatasetReader.readCsv(folder)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_KEY);
              assertThat(p.location()).isEqualTo(Location.at(Dialect.MANIFEST, "/dates"));
              assertThat(p.message())
                  .isEqualTo("The setting 'dates' appears more than once; keep one.");
            });
  }

  @Test
  void readCsv_missingRequiredColumn_doesNotHideTheOtherFilesProblems() throws IOException {
    basics(',');
    excelFile(
        "activities.csv", "id,initiative,type,stage", "a1,i1,board,design", "a2,i9,board,nowhere");
    excelFile("attendance.csv", "activity,participant,attended", "a1,p1,true", "a1,p7,true");

    List<Problem> problems = problems(() -> DatasetReader.readCsv(folder));

    assertThat(problems)
        .extracting(Problem::kind)
        .containsExactlyInAnyOrder(Kind.MISSING_FIELD, Kind.INVALID_VALUE, Kind.UNKNOWN_REFERENCE);
    assertThat(problems)
        .filteredOn(p -> p.kind() == Kind.MISSING_FIELD)
        .singleElement()
        .satisfies(
            p -> assertThat(p.location()).isEqualTo(new Location("activities.csv", 1, 0, "date")));
    assertThat(problems)
        .filteredOn(p -> p.kind() == Kind.UNKNOWN_REFERENCE)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.location())
                    .isEqualTo(new Location("attendance.csv", 3, 2, "participant")));
  }

  @Test
  void readCsv_missingIdColumn_isOneProblemAndReferencesToItsRecordsAreNotReported()
      throws IOException {
    basics(',');
    excelFile("activities.csv", "initiative,type,stage,date", "i1,board,design,2024-02-01");
    excelFile("attendance.csv", "activity,participant,attended", "a1,p1,true", "a1,p9,true");

    List<Problem> problems = problems(() -> DatasetReader.readCsv(folder));

    assertThat(problems)
        .extracting(Problem::kind)
        .containsExactlyInAnyOrder(Kind.MISSING_FIELD, Kind.UNKNOWN_REFERENCE);
    assertThat(problems)
        .filteredOn(p -> p.kind() == Kind.UNKNOWN_REFERENCE)
        .singleElement()
        .satisfies(p -> assertThat(p.location().path()).isEqualTo("participant"));
  }

  @Test
  void read_workbook_isAProblemSayingHowToReadIt() throws IOException {
    Path workbook = Files.write(folder.resolve("records.xlsx"), new byte[] {'P', 'K', 3, 4});

    Problem problem = only(problems(() -> DatasetReader.read(workbook)), Kind.UNREADABLE);

    assertThat(problem.message()).contains("WorkbookReader");
  }

  @Test
  void dialect_refusesWhatItCannotRead() {
    assertThatThrownBy(() -> new Dialect('|', null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dialect(null, "dd/mm/yy", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            Dialect.read(
                new ByteArrayInputStream(
                    "{\"delimiter\": \"tab\"}".getBytes(StandardCharsets.UTF_8)),
                "x.json"))
        .isEqualTo(new Dialect('\t', null, null));
  }
}
