package dev.copro.io;

import static dev.copro.io.Inputs.json;
import static dev.copro.io.Inputs.jsonProblems;
import static dev.copro.io.Inputs.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Vote;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per kind of problem in a JSON document, each checking the kind, the location (line,
 * column and JSON Pointer, counted by hand from the text) and the record id.
 */
class DatasetReaderJsonTest {

  /** Lines 1–3: an initiative i1 starting 2024-01-01, participants p1 and p2. */
  private static final String PREAMBLE =
      """
      {"format": "copro-dataset/1",
      "initiatives": [{"id": "i1", "name": "Board", "start": "2024-01-01"}],
      "participants": [{"id": "p1", "perspective": "carer"}, {"id": "p2", "perspective": "professional"}],
      """;

  /** Line 4: activity a1 of i1, on 2024-02-01. */
  private static final String ACTIVITY =
      """
      "activities": [{"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01"}],
      """;

  private static Location at(int line, int column, String pointer) {
    return new Location("test.json", line, column, pointer);
  }

  @Test
  void readJson_validDocument_givesItsRecords() {
    Dataset dataset =
        json(
            PREAMBLE
                + ACTIVITY
                + """
        "attendance": [{"activity": "a1", "participant": "p1", "attended": true}]}
        """);

    assertThat(dataset.participants()).extracting(p -> p.id()).containsExactly("p1", "p2");
    assertThat(dataset.attendance()).containsExactly(Attendance.attended("a1", "p1"));
  }

  @Test
  void readJson_brokenSyntax_isMalformedWhereItBreaksAndKeepsEarlierProblems() {
    List<Problem> problems =
        jsonProblems(
            """
        {"format": "copro-dataset/1",
        "participants": [
          {"id": "p1", "perspective": "carer", "joind": "2024-01-01"},
          {"id": "p2" "perspective": "carer"}
        ]}
        """);

    assertThat(problems)
        .extracting(Problem::kind)
        .containsExactly(Kind.UNKNOWN_FIELD, Kind.MALFORMED);
    Problem malformed = problems.get(1);
    // The second string on line 4 starts at column 15, where a comma was expected.
    assertThat(malformed.location().line()).isEqualTo(4);
    assertThat(malformed.location().column()).isEqualTo(15);
    assertThat(malformed.message()).contains("not well-formed");
  }

  @Test
  void readJson_unknownField_isReportedWithTheNearestKnownName() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [
        {"id": "p1", "perspective": "carer", "joind": "2024-01-01"}
        ]}
        """),
            Kind.UNKNOWN_FIELD);

    assertThat(problem.location()).isEqualTo(at(3, 47, "/participants/0/joind"));
    assertThat(problem.recordId()).isEqualTo("p1");
    assertThat(problem.message()).contains("'joind'").contains("did you mean 'joined'?");
  }

  @Test
  void readJson_missingRequiredField_pointsAtTheRecord() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "activities": [
          {"id": "a1", "initiative": "i1", "type": "meeting", "stage": "design"}
        ]}
        """),
            Kind.MISSING_FIELD);

    assertThat(problem.location()).isEqualTo(at(5, 3, "/activities/0/date"));
    assertThat(problem.recordId()).isEqualTo("a1");
    assertThat(problem.message()).contains("'date'");
  }

  @Test
  void readJson_unknownReference_isLocatedAtTheReferringRecord() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + ACTIVITY
                    + """
        "attendance": [
          {"activity": "a1", "participant": "p1", "attended": true},
          {"activity": "a1", "participant": "p9", "attended": true}
        ]}
        """),
            Kind.UNKNOWN_REFERENCE);

    assertThat(problem.location()).isEqualTo(at(7, 3, "/attendance/1/participant"));
    assertThat(problem.recordId()).isEqualTo("a1/p9");
    assertThat(problem.message()).contains("'p9'");
  }

  @Test
  void readJson_duplicateId_pointsAtTheSecondAndNamesTheFirst() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [
          {"id": "p1", "perspective": "carer"},
          {"id": "p1", "perspective": "professional"}
        ]}
        """),
            Kind.DUPLICATE_ID);

    assertThat(problem.location()).isEqualTo(at(4, 3, "/participants/1/id"));
    assertThat(problem.recordId()).isEqualTo("p1");
    assertThat(problem.message()).contains("test.json:3:3 /participants/0");
  }

  @Test
  void readJson_leftBeforeJoined_isDateOrder() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [
          {"id": "p1", "perspective": "carer", "joined": "2024-03-01", "left": "2024-02-01"}
        ]}
        """),
            Kind.DATE_ORDER);

    assertThat(problem.location()).isEqualTo(at(3, 3, "/participants/0/left"));
    assertThat(problem.recordId()).isEqualTo("p1");
  }

  @Test
  void readJson_paidBeforeOffered_isDateOrder() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "payments": [
          {"id": "pay1", "participant": "p1", "kind": "fee", "amount": 25.00, "currency": "GBP",
           "offered": "2024-03-01", "paid": "2024-02-28"}
        ]}
        """),
            Kind.DATE_ORDER);

    assertThat(problem.location()).isEqualTo(at(5, 3, "/payments/0/paid"));
    assertThat(problem.recordId()).isEqualTo("pay1");
  }

  @Test
  void readJson_responseBeforeItsContribution_isDateOrder() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + ACTIVITY
                    + """
        "contributions": [
          {"id": "c1", "activity": "a1", "participant": "p1", "kind": "proposal", "documented": true,
           "response": {"date": "2024-01-15", "outcome": "adopted"}}
        ]}
        """),
            Kind.DATE_ORDER);

    assertThat(problem.location()).isEqualTo(at(6, 3, "/contributions/0/response/date"));
    assertThat(problem.recordId()).isEqualTo("c1");
  }

  @Test
  void readJson_invitedAfterTheActivity_isDateOrder() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "activities": [
          {"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01",
           "invitedOn": "2024-02-03"}
        ]}
        """),
            Kind.DATE_ORDER);

    assertThat(problem.location()).isEqualTo(at(5, 3, "/activities/0/invitedOn"));
    assertThat(problem.recordId()).isEqualTo("a1");
  }

  @Test
  void readJson_negativeDuration_isNegativeValue() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "activities": [
          {"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01",
           "durationMinutes": -30}
        ]}
        """),
            Kind.NEGATIVE_VALUE);

    assertThat(problem.location()).isEqualTo(at(5, 3, "/activities/0/durationMinutes"));
    assertThat(problem.recordId()).isEqualTo("a1");
  }

  @Test
  void readJson_negativeVoteWeight_isNegativeValue() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + ACTIVITY
                    + """
        "decisions": [
          {"id": "d1", "initiative": "i1", "activity": "a1", "date": "2024-02-01", "rule": "consensus",
           "votes": [{"participant": "p1", "weight": -1}]}
        ]}
        """),
            Kind.NEGATIVE_VALUE);

    assertThat(problem.location()).isEqualTo(at(6, 3, "/decisions/0/votes/0/weight"));
    assertThat(problem.recordId()).isEqualTo("d1");
  }

  @Test
  void readJson_negativeAmount_isNegativeValue() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "payments": [
          {"id": "pay1", "participant": "p1", "kind": "expenses", "amount": -4.50, "currency": "GBP",
           "offered": "2024-03-01"}
        ]}
        """),
            Kind.NEGATIVE_VALUE);

    assertThat(problem.location()).isEqualTo(at(5, 3, "/payments/0/amount"));
    assertThat(problem.recordId()).isEqualTo("pay1");
    assertThat(problem.message()).contains("-4.50");
  }

  /** Votes of weight 2 and 1: the total is 3, so a quota must be in 1..3. */
  private static String weightedVote(long quota) {
    return PREAMBLE
        + ACTIVITY
        + """
        "decisions": [
          {"id": "d1", "initiative": "i1", "activity": "a1", "date": "2024-02-01", "rule": "weighted-vote",
           "quota": %d, "votes": [{"participant": "p1", "weight": 2}, {"participant": "p2"}]}
        ]}
        """
            .formatted(quota);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 4, -1})
  void readJson_quotaOutsideZeroToTotalWeight_isOutOfRange(long quota) {
    Problem problem = only(jsonProblems(weightedVote(quota)), Kind.OUT_OF_RANGE);

    assertThat(problem.location()).isEqualTo(at(6, 3, "/decisions/0/quota"));
    assertThat(problem.recordId()).isEqualTo("d1");
    assertThat(problem.message()).contains("(3)");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 3})
  void readJson_quotaWithinZeroToTotalWeight_isAccepted(long quota) {
    Dataset dataset = json(weightedVote(quota));

    assertThat(dataset.decisions().get(0).quota()).isEqualTo(quota);
    // p2's vote has no weight: it defaults to 1.
    assertThat(dataset.decisions().get(0).votes())
        .containsExactly(new Vote("p1", 2, null), new Vote("p2", 1, null));
  }

  @Test
  void readJson_surveyAnswerOffItsScale_isOutOfRange() {
    Problem problem =
        only(
            jsonProblems(
                PREAMBLE
                    + """
        "surveys": [{"id": "s1", "name": "Voice", "items": [
          {"id": "q1", "statement": "I felt listened to", "scaleMin": 1, "scaleMax": 5}]}],
        "surveyResponses": [
          {"id": "r1", "survey": "s1", "item": "q1", "participant": "p1", "date": "2024-05-01", "value": 6}
        ]}
        """),
            Kind.OUT_OF_RANGE);

    assertThat(problem.location()).isEqualTo(at(7, 3, "/surveyResponses/0/value"));
    assertThat(problem.recordId()).isEqualTo("r1");
  }

  @Test
  void readJson_otherFormatVersion_isUnsupportedAndStopsReading() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/2",
        "participants": [{"id": "p1", "perspective": "a-new-code"}]}
        """),
            Kind.UNSUPPORTED_FORMAT);

    assertThat(problem.location()).isEqualTo(at(1, 2, "/format"));
    assertThat(problem.recordId()).isNull();
    assertThat(problem.message()).contains("'copro-dataset/2'");
  }

  @Test
  void readJson_noFormat_isUnsupportedFormat() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"participants": [{"id": "p1", "perspective": "carer"}]}
        """),
            Kind.UNSUPPORTED_FORMAT);

    assertThat(problem.location()).isEqualTo(at(1, 1, "/format"));
  }

  @Test
  void readJson_keyTwiceInOneObject_isDuplicateKeyAtTheSecond() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [
          {"id": "p1", "perspective": "carer", "perspective": "professional"}
        ]}
        """),
            Kind.DUPLICATE_KEY);

    assertThat(problem.location()).isEqualTo(at(3, 40, "/participants/0/perspective"));
    assertThat(problem.recordId()).isEqualTo("p1");
  }

  @Test
  void readJson_deepNesting_isMalformedNotAStackOverflow() {
    int depth = 10_000;
    List<Problem> problems =
        jsonProblems(
            """
        {"format": "copro-dataset/1",
        "participants": [
        {"id": "p1", "perspective": "carer", "attributes": {"x": %s%s}}
        ]}
        """
                .formatted("[".repeat(depth), "]".repeat(depth)));

    Problem problem = only(problems, Kind.MALFORMED);
    // Levels: document, participants, participant, attributes, then the brackets from column 58:
    // the 29th bracket, at column 86, is level 33, one past the limit of 32; Jackson stops just
    // after it.
    assertThat(problem.location().line()).isEqualTo(3);
    assertThat(problem.location().column()).isEqualTo(87);
    assertThat(problem.message()).contains("safety limit");
  }

  @Test
  void readJson_hugeString_isMalformedNotAnOutOfMemory() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [{"id": "p1", "perspective": "carer", "attributes": {"x": "%s"}}]}
        """
                    .formatted("x".repeat(TextInput.MAX_STRING + 1))),
            Kind.MALFORMED);

    assertThat(problem.location().line()).isEqualTo(2);
    assertThat(problem.message()).contains("safety limit");
  }

  @Test
  void readJson_misspeltCode_isInvalidWithTheNearestCode() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [{"id": "p1", "perspective": "lived experience"}]}
        """),
            Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(at(2, 46, "/participants/0/perspective"));
    assertThat(problem.recordId()).isEqualTo("p1");
    assertThat(problem.message())
        .contains("'lived experience'")
        .contains("did you mean 'lived-experience'?")
        .contains("Known codes: lived-experience, carer, professional, commissioner, other:LABEL.");
  }

  @Test
  void readJson_otherWithoutLabel_isInvalid() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [{"id": "p1", "perspective": "other"}]}
        """),
            Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(at(2, 46, "/participants/0/perspective"));
    assertThat(problem.message()).contains("other:LABEL");
  }

  @Test
  void readJson_otherWithLabel_keepsTheLabel() {
    Dataset dataset =
        json(
            """
        {"format": "copro-dataset/1",
        "participants": [{"id": "p1", "perspective": "other:peer researcher", "accessNeeds": ["other:Makaton"]}]}
        """);

    assertThat(dataset.participants().get(0).perspectiveLabel()).isEqualTo("peer researcher");
    assertThat(dataset.participants().get(0).accessNeeds())
        .extracting(a -> a.code())
        .containsExactly("other:Makaton");
  }

  @Test
  void readJson_valueOfTheWrongJsonType_isMalformed() {
    Problem problem =
        only(
            jsonProblems(
                """
        {"format": "copro-dataset/1",
        "participants": [{"id": "p1", "perspective": "carer", "joined": 20240101}]}
        """),
            Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(at(2, 65, "/participants/0/joined"));
    assertThat(problem.message()).contains("must be a date").contains("not a number");
  }

  @Test
  void readJson_attendanceWithoutInvited_defaultsToInvited() {
    Dataset dataset =
        json(
            PREAMBLE
                + ACTIVITY
                + """
        "attendance": [{"activity": "a1", "participant": "p1", "attended": false}]}
        """);

    assertThat(dataset.attendance().get(0).invited()).isTrue();
  }

  @Test
  void readJson_referenceToARecordThatCouldNotBeRead_isNotReportedAgain() {
    List<Problem> problems =
        jsonProblems(
            """
        {"format": "copro-dataset/1",
        "initiatives": [{"id": "i1", "name": "Board", "start": "2024-01-01"}],
        "participants": [{"id": "p1", "perspective": "carers"}],
        "activities": [{"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01"}],
        "attendance": [
          {"activity": "a1", "participant": "p1", "attended": true},
          {"activity": "a1", "participant": "p9", "attended": true}
        ]}
        """);

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().path(), Problem::recordId)
        .containsExactly(
            tuple(Kind.INVALID_VALUE, "/participants/0/perspective", "p1"),
            tuple(Kind.UNKNOWN_REFERENCE, "/attendance/1/participant", "a1/p9"));
  }

  @Test
  void readJson_manyProblems_areAllReportedAtOnce() {
    List<Problem> problems =
        jsonProblems(
            """
        {"format": "copro-dataset/1",
        "initiatives": [{"id": "i1", "name": "Board", "start": "2024-01-01", "end": "2023-12-31"}],
        "participants": [
          {"id": "p1", "perspective": "carer", "joined": "2024-03-01", "left": "2024-02-01"},
          {"id": "p2", "perspective": "profesional", "joind": "2024-01-01"},
          {"id": "p1", "perspective": "professional"},
          {"id": "p3", "perspective": "carer", "joined": "2024-13-01"}
        ],
        "activities": [
          {"id": "a1", "initiative": "i9", "type": "board", "stage": "design", "date": "2024-02-01",
           "durationMinutes": -5, "invitedOn": "2024-02-03"},
          {"id": "a2", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01",
           "chairs": ["p7"]}
        ],
        "attendance": [{"activity": "a2", "participant": "p1", "attended": false, "speakingTurns": 3}],
        "payments": [{"id": "x1", "participant": "p1", "kind": "fee", "amount": 10, "currency": "gbp",
          "offered": "2024-01-01"}],
        "decisions": [{"id": "d1", "initiative": "i1", "date": "2024-02-01", "rule": "weighted-vote"}],
        "surprise": []
        }
        """);

    assertThat(problems)
        .extracting(Problem::kind, p -> p.location().path(), Problem::recordId)
        .containsExactlyInAnyOrder(
            tuple(Kind.DATE_ORDER, "/initiatives/0/end", "i1"),
            tuple(Kind.DATE_ORDER, "/participants/0/left", "p1"),
            tuple(Kind.INVALID_VALUE, "/participants/1/perspective", "p2"),
            tuple(Kind.UNKNOWN_FIELD, "/participants/1/joind", "p2"),
            tuple(Kind.DUPLICATE_ID, "/participants/2/id", "p1"),
            tuple(Kind.INVALID_VALUE, "/participants/3/joined", "p3"),
            tuple(Kind.UNKNOWN_REFERENCE, "/activities/0/initiative", "a1"),
            tuple(Kind.NEGATIVE_VALUE, "/activities/0/durationMinutes", "a1"),
            tuple(Kind.DATE_ORDER, "/activities/0/invitedOn", "a1"),
            tuple(Kind.UNKNOWN_REFERENCE, "/activities/1/chairs/0", "a2"),
            tuple(Kind.INCONSISTENT, "/attendance/0/attended", "a2/p1"),
            tuple(Kind.INVALID_VALUE, "/payments/0/currency", "x1"),
            tuple(Kind.MISSING_FIELD, "/decisions/0/stage", "d1"),
            tuple(Kind.MISSING_FIELD, "/decisions/0/quota", "d1"),
            tuple(Kind.UNKNOWN_FIELD, "/surprise", null));
    // Lines are those of each record (validation) or value (reading).
    assertThat(problems.get(0).location().line()).isEqualTo(2);
    assertThat(problems)
        .filteredOn(p -> "p3".equals(p.recordId()))
        .extracting(p -> p.location().line())
        .containsExactly(7);
  }
}
