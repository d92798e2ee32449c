package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples and templates in docs/ are read by the library, so they stay true. */
class DatasetFormatDocsTest {

  private static final Path DOCS = Path.of("..", "docs");

  /** The code block that follows {@code <!-- NAME -->} in a document. */
  private static String block(String document, String name) throws IOException {
    String text = Files.readString(DOCS.resolve(document), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- " + Pattern.quote(name) + " -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL)
            .matcher(text);
    assertThat(block.find()).as(name + " in " + document).isTrue();
    return block.group(1);
  }

  private static Dataset example() throws IOException {
    return Inputs.json(block("dataset-format.md", "example: dataset"));
  }

  @Test
  void datasetFormat_example_isValidAndHasEveryKindOfRecord() throws IOException {
    Dataset dataset = example();

    assertThat(dataset.name()).isEqualTo("Riverside community mental health redesign");
    assertThat(dataset.initiatives()).hasSize(1);
    assertThat(dataset.participants()).hasSize(4);
    assertThat(dataset.activities()).hasSize(2);
    assertThat(dataset.attendance()).hasSize(6);
    assertThat(dataset.contributions()).hasSize(3);
    assertThat(dataset.decisions()).hasSize(2);
    assertThat(dataset.payments()).hasSize(2);
    assertThat(dataset.surveys()).hasSize(1);
    assertThat(dataset.surveyResponses()).hasSize(2);
    assertThat(
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(DatasetFormat.schema())
                .validate(block("dataset-format.md", "example: dataset"), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void datasetFormat_jsonLinesExample_isValid() throws IOException {
    Dataset dataset = Inputs.jsonLines(block("dataset-format.md", "example: json-lines"));

    assertThat(dataset.name()).isEqualTo("Lines example");
    assertThat(dataset.decisions().get(0).votes()).hasSize(2);
  }

  @Test
  void csvFormat_templates_areTheHeadersTheWriterWrites(@TempDir Path folder) throws IOException {
    DatasetWriter.writeCsv(Dataset.empty(), folder);

    for (String file : CsvLayout.fileNames()) {
      String written = Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8).get(0);
      assertThat(block("csv-format.md", "template: " + file)).as(file).isEqualTo(written + "\n");
    }
  }

  @Test
  void csvFormat_example_holdsTheSameDatasetAsTheJsonExample(@TempDir Path folder)
      throws IOException {
    for (String file : CsvLayout.fileNames()) {
      Files.writeString(
          folder.resolve(file), block("csv-format.md", "example: " + file), StandardCharsets.UTF_8);
    }

    assertThat(DatasetReader.readCsv(folder)).isEqualTo(example());
  }
}
