package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of 150,000 attendance rows read in a 128 MB heap (the {@code large-inputs} execution
 * of the pom): the sheets are streamed a row at a time. Held as a whole workbook, POI's {@code
 * XSSFWorkbook} fails to open such a sheet in 128 MB and runs out of memory in 256 MB (measured
 * with POI 5.5.1 when this test was written; it opens in 512 MB).
 */
@Tag("large")
class WorkbookReaderLargeTest {

  private static final int ACTIVITIES = 1_500;
  private static final int PARTICIPANTS = 100;

  @TempDir Path dir;

  @Test
  void read_largeWorkbook_inBoundedMemory() throws IOException {
    Path file = dir.resolve("large.xlsx");
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try (OutputStream out = Files.newOutputStream(file)) {
      rows(
          workbook.createSheet("initiatives"),
          new String[] {"id", "name", "start"},
          1,
          (r, row) -> cells(row, "i1", "Board", "2024-01-01"));
      rows(
          workbook.createSheet("participants"),
          new String[] {"id", "perspective"},
          PARTICIPANTS,
          (r, row) -> cells(row, "p" + r, r % 2 == 0 ? "carer" : "professional"));
      rows(
          workbook.createSheet("activities"),
          new String[] {"id", "initiative", "type", "stage", "date"},
          ACTIVITIES,
          (r, row) -> cells(row, "a" + r, "i1", "meeting", "design", "2024-02-01"));
      rows(
          workbook.createSheet("attendance"),
          new String[] {"activity", "participant", "attended"},
          ACTIVITIES * PARTICIPANTS,
          (r, row) -> {
            cells(row, "a" + r / PARTICIPANTS, "p" + r % PARTICIPANTS);
            row.createCell(2).setCellValue(true);
          });
      workbook.write(out);
    } finally {
      workbook.close();
    }

    Dataset dataset = WorkbookReader.read(file);

    assertThat(dataset.attendance()).hasSize(ACTIVITIES * PARTICIPANTS);
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(128L << 20);
  }

  @FunctionalInterface
  private interface RowWriter {
    void write(int index, Row row);
  }

  private static void rows(Sheet sheet, String[] header, int count, RowWriter writer) {
    cells(sheet.createRow(0), header);
    for (int r = 0; r < count; r++) {
      writer.write(r, sheet.createRow(r + 1));
    }
  }

  private static void cells(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }
}
