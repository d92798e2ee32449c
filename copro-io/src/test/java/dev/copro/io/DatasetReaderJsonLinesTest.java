package dev.copro.io;

import static dev.copro.io.Inputs.jsonLines;
import static dev.copro.io.Inputs.jsonLinesProblems;
import static dev.copro.io.Inputs.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetReaderJsonLinesTest {

  private static final String HEADER = "{\"format\": \"copro-dataset/1\", \"name\": \"Lines\"}\n";

  @Test
  void readJsonLines_headerThenRecords_givesTheDataset() {
    Dataset dataset =
        jsonLines(
            HEADER
                + """
        {"record": "initiative", "id": "i1", "name": "Board", "start": "2024-01-01"}

        {"record": "participant", "id": "p1", "perspective": "carer"}\r
        {"record": "participant", "id": "p2", "perspective": "professional"}
        """);

    assertThat(dataset.name()).isEqualTo("Lines");
    assertThat(dataset.initiatives()).extracting(i -> i.id()).containsExactly("i1");
    assertThat(dataset.participants()).extracting(p -> p.id()).containsExactly("p1", "p2");
  }

  @Test
  void readJsonLines_equalDatesAndTimes_areOneInstanceEach() {
    Dataset dataset =
        jsonLines(
            HEADER
                + """
        {"record": "initiative", "id": "i1", "name": "Board", "start": "2024-01-01"}
        {"record": "activity", "id": "a1", "initiative": "i1", "type": "meeting", "stage": "design", "date": "2024-03-05", "startTime": "10:30"}
        {"record": "activity", "id": "a2", "initiative": "i1", "type": "meeting", "stage": "design", "date": "2024-03-05", "startTime": "10:30"}
        {"record": "activity", "id": "a3", "initiative": "i1", "type": "meeting", "stage": "design", "date": "2035-03-05", "startTime": "10:31"}
        """);

    List<Activity> activities = dataset.activities();
    assertThat(activities.get(1).date()).isSameAs(activities.get(0).date());
    assertThat(activities.get(1).startTime()).isSameAs(activities.get(0).startTime());
    // Other days and minutes are read as themselves.
    assertThat(activities.get(2).date()).isEqualTo(LocalDate.of(2035, 3, 5));
    assertThat(activities.get(2).startTime()).isEqualTo(LocalTime.of(10, 31));
  }

  @Test
  void readJsonLines_brokenLine_isReportedAndTheNextLinesAreStillRead() {
    List<Problem> problems =
        jsonLinesProblems(
            HEADER
                + """
        {"record": "participant", "id": "p1", "perspective": "carer"}
        {"record": "participant", "id": "p2", "perspective": "carer" "oops": 1}
        {"record": "participnt", "id": "p3", "perspective": "carer"}
        {"record": "participant", "id": "p4", "perspective": "carrer"}
        """);

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().line(), Problem::recordId)
        .containsExactly(
            tuple(Kind.MALFORMED, 3, null),
            tuple(Kind.INVALID_VALUE, 4, null),
            tuple(Kind.INVALID_VALUE, 5, "p4"));
    assertThat(problems.get(1).message())
        .contains("'participnt'")
        .contains("did you mean 'participant'?");
    assertThat(problems.get(2).location())
        .isEqualTo(new Location("test.jsonl", 5, 54, "/participants/1/perspective"));
  }

  @Test
  void readJsonLines_crossRecordProblem_pointsAtTheRecordsLine() {
    Problem problem =
        only(
            jsonLinesProblems(
                HEADER
                    + """
        {"record": "participant", "id": "p1", "perspective": "carer"}
        {"record": "participant", "id": "p4", "perspective": "carer", "joined": "2024-02-01", "left": "2024-01-01"}
        """),
            Kind.DATE_ORDER);

    assertThat(problem.location())
        .isEqualTo(new Location("test.jsonl", 3, 1, "/participants/1/left"));
    assertThat(problem.recordId()).isEqualTo("p4");
  }

  @Test
  void readJsonLines_noHeader_isUnsupportedFormat() {
    Problem problem =
        only(
            jsonLinesProblems(
                """
        {"record": "participant", "id": "p1", "perspective": "carer"}
        """),
            Kind.UNSUPPORTED_FORMAT);

    assertThat(problem.location()).isEqualTo(new Location("test.jsonl", 1, 1, null));
  }

  @Test
  void readJsonLines_otherVersion_isUnsupportedAndStopsReading() {
    Problem problem =
        only(
            jsonLinesProblems(
                """
        {"format": "copro-dataset/9"}
        {"record": "participant", "id": "p1", "perspective": "newcode"}
        """),
            Kind.UNSUPPORTED_FORMAT);

    assertThat(problem.location()).isEqualTo(new Location("test.jsonl", 1, 12, "/format"));
    assertThat(problem.message()).contains("'copro-dataset/9'");
  }

  @Test
  void readJsonLines_unknownHeaderField_isReportedWithSuggestion() {
    Problem problem =
        only(
            jsonLinesProblems(
                """
        {"format": "copro-dataset/1", "nmae": "x"}
        """),
            Kind.UNKNOWN_FIELD);

    assertThat(problem.location()).isEqualTo(new Location("test.jsonl", 1, 39, "/nmae"));
    assertThat(problem.message()).contains("did you mean 'name'?");
  }

  @Test
  void readJsonLines_lineWithoutRecordKind_isMissingField() {
    Problem problem =
        only(
            jsonLinesProblems(
                HEADER
                    + """
        {"id": "p1", "perspective": "carer"}
        """),
            Kind.MISSING_FIELD);

    assertThat(problem.location()).isEqualTo(new Location("test.jsonl", 2, 1, null));
  }

  @Test
  void readJsonLines_overlongLine_isMalformedAndReadingGoesOn() {
    String huge =
        "{\"record\": \"participant\", \"id\": \""
            + "x".repeat(JsonLinesDatasetReader.MAX_LINE)
            + "\"}\n";
    List<Problem> problems =
        jsonLinesProblems(
            HEADER
                + huge
                + """
        {"record": "participant", "id": "p2", "perspective": "carrer"}
        """);

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().line())
        .containsExactly(tuple(Kind.MALFORMED, 2), tuple(Kind.INVALID_VALUE, 3));
  }
}
