package dev.copro.io;

import static dev.copro.io.Inputs.json;
import static dev.copro.io.Inputs.jsonLines;
import static dev.copro.io.Inputs.writeJson;
import static dev.copro.io.Inputs.writeJsonLines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.RecordKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives an equal dataset, in every form. */
class DatasetRoundTripTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 200)
  void json_writeThenRead_givesAnEqualDataset(@ForAll("datasets") Dataset dataset) {
    assertThat(json(writeJson(dataset))).isEqualTo(dataset);
  }

  @Property(tries = 200)
  void jsonLines_writeThenRead_givesAnEqualDataset(@ForAll("datasets") Dataset dataset) {
    assertThat(jsonLines(writeJsonLines(dataset))).isEqualTo(dataset);
  }

  @Property(tries = 100)
  void csv_writeThenRead_givesAnEqualDataset(@ForAll("datasets") Dataset dataset)
      throws IOException {
    Path folder = Files.createTempDirectory("copro-csv");
    try {
      DatasetWriter.writeCsv(dataset, folder);
      assertThat(DatasetReader.readCsv(folder)).isEqualTo(dataset);
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 50)
  void json_writingIsStable(@ForAll("datasets") Dataset dataset) {
    String written = writeJson(dataset);

    assertThat(writeJson(json(written))).isEqualTo(written);
  }

  @Test
  void datasetArbitraries_produceEveryKindOfRecord() {
    Set<RecordKind> seen = EnumSet.noneOf(RecordKind.class);
    DatasetArbitraries.datasets()
        .sampleStream()
        .limit(100)
        .forEach(
            d -> {
              for (RecordType<?> type : RecordFormats.ALL) {
                if (!type.recordsOf().apply(d).isEmpty()) {
                  seen.add(type.kind());
                }
              }
            });

    assertThat(seen).containsExactlyInAnyOrder(RecordKind.values());
  }

  @Test
  void writeJson_isPrettyPrintedInComponentOrderWithoutAbsentValues() {
    Dataset dataset =
        Dataset.builder()
            .name("Small")
            .add(
                new Participant(
                    "p1",
                    Perspective.OTHER,
                    "peer researcher",
                    LocalDate.of(2024, 1, 2),
                    null,
                    Set.of(),
                    Map.of(),
                    null))
            .add(
                new Payment(
                    "x1",
                    "p1",
                    null,
                    PaymentKind.FEE,
                    null,
                    new BigDecimal("25.50"),
                    Currency.getInstance("GBP"),
                    LocalDate.of(2024, 2, 1),
                    null,
                    null))
            .build();

    assertThat(writeJson(dataset))
        .isEqualTo(
            """
        {
          "format": "copro-dataset/1",
          "name": "Small",
          "participants": [
            {
              "id": "p1",
              "perspective": "other:peer researcher",
              "joined": "2024-01-02"
            }
          ],
          "payments": [
            {
              "id": "x1",
              "participant": "p1",
              "kind": "fee",
              "amount": 25.50,
              "currency": "GBP",
              "offered": "2024-02-01"
            }
          ]
        }
        """);
  }

  @Test
  void writeJsonLines_writesAHeaderThenOneRecordPerLine() {
    Dataset dataset = Dataset.builder().add(Participant.of("p1", Perspective.CARER)).build();

    assertThat(writeJsonLines(dataset))
        .isEqualTo(
            """
        {"format":"copro-dataset/1"}
        {"record":"participant","id":"p1","perspective":"carer"}
        """);
  }

  @Test
  void amounts_keepTheirExactDigits() {
    for (String amount : new String[] {"0.10", "1E+3", "12345678901234.5", "0.0000000001"}) {
      Dataset dataset =
          Dataset.builder()
              .add(Participant.of("p1", Perspective.CARER))
              .add(
                  new Payment(
                      "x1",
                      "p1",
                      null,
                      PaymentKind.EXPENSES,
                      null,
                      new BigDecimal(amount),
                      Currency.getInstance("EUR"),
                      LocalDate.of(2024, 2, 1),
                      null,
                      null))
              .build();

      assertThat(json(writeJson(dataset)).payments().get(0).amount())
          .isEqualTo(new BigDecimal(amount));
    }
  }

  @Test
  void writeCsv_writesEveryFileWithItsHeader(@TempDir Path folder) throws IOException {
    DatasetWriter.writeCsv(Dataset.empty(), folder);

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(CsvLayout.fileNames());
    }
    assertThat(Files.readString(folder.resolve("votes.csv")))
        .isEqualTo("decision,participant,weight,position\n");
    assertThat(DatasetReader.readCsv(folder)).isEqualTo(Dataset.empty());
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
