package dev.copro.io;

import static dev.copro.io.Inputs.jsonLinesProblems;
import static dev.copro.io.Inputs.only;
import static dev.copro.io.Inputs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that is not what the format says: other encodings, line ends and a missing last line end.
 * (Byte-order marks and Windows line ends in CSV, and bad UTF-8 in a file, are in the format
 * tests.)
 */
class DatasetReaderEncodingTest {

  @TempDir Path folder;

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void readCsv_latin1Byte_isMalformedAtItsLineAndColumn() throws IOException {
    // 'é' in Latin-1 is the single byte E9, which UTF-8 reads as the start of a 3-byte sequence
    // that ','
    // cannot continue.
    Files.write(
        folder.resolve("participants.csv"), latin1("id,perspective\np1,carer\nJosé,carer\n"));

    Problem problem = only(problems(() -> DatasetReader.readCsv(folder)), Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 3, 4, null));
    assertThat(problem.message()).contains("not valid UTF-8");
  }

  @Test
  void readCsv_utf16File_isMalformedAtItsFirstCharacter() throws IOException {
    // Java writes UTF-16 with a big-endian byte-order mark, FE FF, and neither byte is UTF-8.
    Files.write(
        folder.resolve("participants.csv"),
        "id,perspective\np1,carer\n".getBytes(StandardCharsets.UTF_16));

    Problem problem = only(problems(() -> DatasetReader.readCsv(folder)), Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 1, 1, null));
  }

  @Test
  void readCsv_lastRowWithoutLineEnd_isRead() throws IOException {
    Files.writeString(
        folder.resolve("participants.csv"), "id,perspective\r\np1,carer\r\np2,professional");

    assertThat(DatasetReader.readCsv(folder).participants())
        .extracting(p -> p.id())
        .containsExactly("p1", "p2");
  }

  @Test
  void readJson_byteThatIsNotUtf8_isMalformedAtItsLineAndColumn() {
    byte[] text = latin1("{\"format\": \"copro-dataset/1\",\n  \"name\": \"Café\"}");

    Problem problem =
        only(
            problems(() -> DatasetReader.readJson(new ByteArrayInputStream(text), "test.json")),
            Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("test.json", 2, 15, null));
  }

  @Test
  void readJsonLines_byteThatIsNotUtf8_isMalformedAtItsLineAndColumn() {
    byte[] text =
        latin1(
            "{\"format\": \"copro-dataset/1\"}\n{\"record\": \"participant\", \"id\": \"p1\","
                + " \"perspective\": \"carer\"}\n{\"record\": \"participant\", \"id\": \"Zoë\", \"perspective\": \"carer\"}\n");

    Problem problem =
        only(
            problems(
                () -> DatasetReader.readJsonLines(new ByteArrayInputStream(text), "test.jsonl")),
            Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("test.jsonl", 3, 36, null));
  }

  @Test
  void readJsonLines_keyTwiceInOneRecord_isDuplicateKeyAtTheSecond() {
    Problem problem =
        only(
            jsonLinesProblems(
                "{\"format\": \"copro-dataset/1\"}\n"
                    + "{\"record\": \"participant\", \"id\": \"p1\", \"perspective\": \"carer\", \"id\": \"p2\"}\n"),
            Kind.DUPLICATE_KEY);

    assertThat(problem.location())
        .isEqualTo(new Location("test.jsonl", 2, 63, "/participants/0/id"));
  }
}
