package dev.copro.io;

import static dev.copro.io.Inputs.json;
import static dev.copro.io.Inputs.jsonLines;
import static dev.copro.io.Inputs.writeJson;
import static dev.copro.io.Inputs.writeJsonLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.validation.InvalidInputException;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Broken input gives located problems, never another exception. */
class DatasetReaderRobustnessTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(3);
  }

  @Property(tries = 300)
  void readJson_textWithOneCharacterChanged_failsOnlyWithLocatedProblems(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll @CharRange(from = ' ', to = '~') char c) {
    assertReadsOrFailsCleanly(changed(writeJson(dataset), position, c), Inputs::json, "test.json");
  }

  @Property(tries = 300)
  void readJsonLines_textWithOneCharacterChanged_failsOnlyWithLocatedProblems(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll @CharRange(from = ' ', to = '~') char c) {
    assertReadsOrFailsCleanly(
        changed(writeJsonLines(dataset), position, c), Inputs::jsonLines, "test.jsonl");
  }

  @Test
  void readJson_byteOrderMarkAndNulls_areAccepted() {
    Dataset dataset =
        json(
            "\uFEFF{\"format\": \"copro-dataset/1\", \"name\": null,"
                + " \"participants\": [{\"id\": \"p1\", \"perspective\": \"carer\", \"joined\": null, \"left\": \"\"}]}");

    assertThat(dataset.name()).isNull();
    assertThat(dataset.participants().get(0).joined()).isNull();
    assertThat(dataset.participants().get(0).left()).isNull();
    assertThat(jsonLines("\uFEFF{\"format\": \"copro-dataset/1\"}\n").recordCount()).isZero();
  }

  private static String changed(String text, int position, char c) {
    int at = position % text.length();
    return text.substring(0, at) + c + text.substring(at + 1);
  }

  private static void assertReadsOrFailsCleanly(
      String text, Function<String, Dataset> reader, String source) {
    Dataset[] read = new Dataset[1];
    Throwable thrown = catchThrowable(() -> read[0] = reader.apply(text));

    if (thrown == null) {
      assertThat(read[0]).isNotNull();
    } else {
      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).problems())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.location().source()).isEqualTo(source));
    }
  }
}
