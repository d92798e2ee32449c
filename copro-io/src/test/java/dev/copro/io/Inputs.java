package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading test inputs from text and picking out the problems a test expects. */
final class Inputs {

  private Inputs() {}

  static Dataset json(String text) {
    return DatasetReader.readJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  static Dataset jsonLines(String text) {
    return DatasetReader.readJsonLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.jsonl");
  }

  /** The problems reading {@code text} as a JSON document must report. */
  static List<Problem> jsonProblems(String text) {
    return problems(() -> json(text));
  }

  /** The problems reading {@code text} as JSON Lines must report. */
  static List<Problem> jsonLinesProblems(String text) {
    return problems(() -> jsonLines(text));
  }

  /** The problems {@code read} must report by throwing {@link InvalidInputException}. */
  static List<Problem> problems(Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).contains(e.problems().get(0).toString());
      return e.problems();
    }
    return fail("expected the input to be rejected");
  }

  /** The one problem of {@code kind} among {@code problems}, which must hold no other kind. */
  static Problem only(List<Problem> problems, Problem.Kind kind) {
    assertThat(problems).as("problems").hasSize(1);
    assertThat(problems.get(0).kind()).as(problems.get(0).toString()).isEqualTo(kind);
    return problems.get(0);
  }

  static String writeJson(Dataset dataset) {
    return written(out -> DatasetWriter.writeJson(dataset, out));
  }

  static String writeJsonLines(Dataset dataset) {
    return written(out -> DatasetWriter.writeJsonLines(dataset, out));
  }

  /** Writes to a stream. */
  private interface Writing {
    void writeTo(OutputStream out) throws IOException;
  }

  private static String written(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writing.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
