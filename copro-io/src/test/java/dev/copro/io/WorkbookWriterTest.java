package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter workbook: it reads back as what was written, and its form offers the codes. */
class WorkbookWriterTest {

  private static final String DATASET =
      """
      {"format": "copro-dataset/1", "name": "Starter",
       "initiatives": [{"id": "i1", "name": "Board", "start": "2024-01-01", "stages": ["design", "delivery"]}],
       "participants": [{"id": "p1", "perspective": "carer", "accessNeeds": ["step-free"],
                         "attributes": {"age-band": "25-34"}},
                        {"id": "p2", "perspective": "other:peer researcher"}],
       "activities": [{"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-03-21",
                       "startTime": "10:30", "durationMinutes": 90, "invitedOn": "2024-03-01",
                       "provisions": ["step-free", "hearing-loop"], "chairs": ["p1"]}],
       "attendance": [{"activity": "a1", "participant": "p1", "attended": true, "speakingTurns": 4},
                      {"activity": "a1", "participant": "p2", "invited": false, "attended": true}],
       "contributions": [{"id": "c1", "activity": "a1", "participant": "p1", "kind": "proposal", "documented": true,
                          "response": {"date": "2024-04-01", "outcome": "adopted"}}],
       "decisions": [{"id": "d1", "initiative": "i1", "activity": "a1", "date": "2024-03-21", "rule": "weighted-vote",
                      "quota": 2, "votes": [{"participant": "p1", "weight": 2, "position": "for"}], "adopts": ["c1"]}],
       "payments": [{"id": "pay1", "participant": "p1", "activity": "a1", "kind": "fee", "amount": 1250.5,
                     "currency": "GBP", "offered": "2024-03-01", "paid": "2024-03-30"}]}
      """;

  @TempDir Path dir;

  private Path written(Dataset dataset) throws IOException {
    Path file = dir.resolve("starter.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.write(dataset, out);
    }
    return file;
  }

  private static Dataset dataset() {
    return DatasetReader.readJson(
        new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)), "starter.json");
  }

  @Test
  void write_readsBackAsTheSameDataset() throws IOException {
    Dataset dataset = dataset();

    assertThat(WorkbookReader.read(written(dataset))).isEqualTo(dataset);
  }

  @Test
  void write_emptyDataset_isAFormWithEverySheetAndItsHeader() throws IOException {
    try (InputStream in = Files.newInputStream(written(Dataset.empty()));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      List<String> expected = new ArrayList<>(List.of("README"));
      TableFormat.tables().forEach(t -> expected.add(t.name()));
      expected.add(WorkbookWriter.CODES_SHEET);
      assertThat(sheets).containsExactlyElementsOf(expected);
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex(WorkbookWriter.CODES_SHEET)))
          .isTrue();
      Row header = workbook.getSheet("activities").getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
    }
  }

  @Test
  void write_everyCodedColumn_offersItsCodesAndDatesAreFormatted() throws IOException {
    try (InputStream in = Files.newInputStream(written(dataset()));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (TableFormat.Table table : TableFormat.tables()) {
        XSSFSheet sheet = workbook.getSheet(table.name());
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        List<? extends DataValidation> validations = sheet.getDataValidations();
        for (TableFormat.Column column : table.columns()) {
          int c = headers.indexOf(column.name());
          boolean coded =
              column.kind() == TableFormat.ValueKind.CODE
                  || (column.kind() == TableFormat.ValueKind.BOOLEAN && !column.list());
          boolean offered =
              validations.stream()
                  .anyMatch(
                      v ->
                          v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == c
                              && v.getValidationConstraint().getFormula1().startsWith("_codes!"));
          assertThat(offered)
              .as("%s.%s offers a list", table.name(), column.name())
              .isEqualTo(coded);
          if (column.kind() == TableFormat.ValueKind.DATE) {
            assertThat(sheet.getColumnStyle(c).getDataFormatString())
                .as("%s.%s", table.name(), column.name())
                .isEqualTo("yyyy-mm-dd");
          }
        }
      }
      var date = workbook.getSheet("activities").getRow(1).getCell(5);
      assertThat(date.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .contains("copro dataset workbook");
    }
  }
}
