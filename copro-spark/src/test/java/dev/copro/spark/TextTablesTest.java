package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@link TextTables}: Spark's column names and typed cells become the CSV form's headers and text,
 * as the SQL source turns a database's.
 */
class TextTablesTest {

  @Test
  void header_sqlAndAttributeNames_areTheFormatsNames() {
    assertThat(
            TextTables.header(
                "participants",
                new String[] {
                  "ID",
                  "access_needs",
                  "attributes_as_of",
                  "attributes_age-band",
                  "attributes.gender"
                }))
        .containsExactly(
            "id", "accessNeeds", "attributesAsOf", "attributes.age-band", "attributes.gender");
  }

  @Test
  void cells_sparkTypes_areWrittenAsTheCsvFormWritesThem() {
    List<String> cells =
        TextTables.cells(
            RowFactory.create(
                Date.valueOf(LocalDate.of(2025, 3, 1)),
                Timestamp.valueOf(LocalDateTime.of(2025, 3, 2, 23, 59)),
                new BigDecimal("12.50"),
                1.0e7,
                true,
                null,
                CollectionConverters.asScala(List.of("a;b", "c\\d")).toSeq()));

    assertThat(cells)
        .containsExactly(
            "2025-03-01", "2025-03-02", "12.50", "10000000", "true", "", "a\\;b;c\\\\d");
  }
}
