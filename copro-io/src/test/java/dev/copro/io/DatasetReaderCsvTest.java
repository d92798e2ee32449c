package dev.copro.io;

import static dev.copro.io.Inputs.only;
import static dev.copro.io.Inputs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import dev.copro.model.VotePosition;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.Problem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderCsvTest {

  @TempDir Path folder;

  private void file(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A small valid folder: one initiative, two participants, one activity. */
  private void basics() throws IOException {
    file("initiatives.csv", "id,name,start\ni1,Board,2024-01-01\n");
    file("participants.csv", "id,perspective,joined,left\np1,carer,,\np2,professional,,\n");
    file("activities.csv", "id,initiative,type,stage,date\na1,i1,board,design,2024-02-01\n");
  }

  private List<Problem> csvProblems() {
    return problems(() -> DatasetReader.readCsv(folder));
  }

  @Test
  void readCsv_spreadsheetFolder_givesTheSameRecordsAsJson() throws IOException {
    file("dataset.csv", "format,name\ncopro-dataset/1,Spreadsheet example\n");
    file(
        "initiatives.csv",
        """
        id,name,organisation,start,end,stages,attributes.funder
        i1,Mental health board,Council,2024-01-01,,design;delivery,NHS
        """);
    // Saved by a spreadsheet: a byte-order mark and Windows line ends.
    file(
        "participants.csv",
        "\uFEFFid,perspective,joined,left,accessNeeds,attributes.age-band,attributesAsOf\r\n"
            + "p1,lived-experience,2023-12-01,,step-free; other:Makaton,25-34,2024-01-01\r\n"
            + "p2,professional,,,,,\r\n"
            + "p3,other:peer researcher,,,,,\r\n"
            + ",,,,,,\r\n");
    file(
        "activities.csv",
        """
        id,initiative,type,stage,title,date,startTime,durationMinutes,invitedOn,provisions,chairs
        a1,i1,board,design,"Board, first",2024-02-01,10:00,120,2024-01-10,step-free;hearing-loop,p1;p2
        """);
    file(
        "attendance.csv",
        """
        activity,participant,invited,attended,speakingSeconds,speakingTurns
        a1,p1,TRUE,TRUE,300,4
        a1,p2,,false,,
        """);
    file(
        "contributions.csv",
        """
        id,activity,participant,kind,date,documented,summary,response.date,response.outcome,response.reason
        c1,a1,p1,proposal,,true,,2024-03-01,declined,no-budget
        c2,a1,p1,concern,,false,,,,
        """);
    file(
        "decisions.csv",
        """
        id,initiative,activity,stage,date,title,rule,quota,adopts,consultations
        d1,i1,a1,,2024-02-01,,weighted-vote,2,c1,a1
        """);
    file(
        "votes.csv",
        """
        decision,participant,weight,position
        d1,p1,2,for
        d1,p2,1,
        """);

    Dataset expected =
        Dataset.builder()
            .name("Spreadsheet example")
            .add(
                new Initiative(
                    "i1",
                    "Mental health board",
                    "Council",
                    LocalDate.of(2024, 1, 1),
                    null,
                    Set.of(LifecycleStage.DESIGN, LifecycleStage.DELIVERY),
                    Map.of("funder", "NHS")))
            .add(
                new Participant(
                    "p1",
                    Perspective.LIVED_EXPERIENCE,
                    null,
                    LocalDate.of(2023, 12, 1),
                    null,
                    Set.of(
                        AccessProvision.of(AccessKind.STEP_FREE), AccessProvision.other("Makaton")),
                    Map.of("age-band", "25-34"),
                    LocalDate.of(2024, 1, 1)))
            .add(Participant.of("p2", Perspective.PROFESSIONAL))
            .add(
                new Participant(
                    "p3",
                    Perspective.OTHER,
                    "peer researcher",
                    null,
                    null,
                    Set.of(),
                    Map.of(),
                    null))
            .add(
                Activity.builder(
                        "a1",
                        "i1",
                        ActivityType.BOARD,
                        LifecycleStage.DESIGN,
                        LocalDate.of(2024, 2, 1))
                    .title("Board, first")
                    .startTime(LocalTime.of(10, 0))
                    .durationMinutes(120)
                    .invitedOn(LocalDate.of(2024, 1, 10))
                    .provisions(AccessKind.STEP_FREE, AccessKind.HEARING_LOOP)
                    .chairs("p1", "p2")
                    .build())
            .add(new Attendance("a1", "p1", true, true, 300, 4))
            .add(new Attendance("a1", "p2", true, false, null, null))
            .add(
                new Contribution(
                    "c1",
                    "a1",
                    "p1",
                    ContributionKind.PROPOSAL,
                    null,
                    true,
                    null,
                    new Response(
                        LocalDate.of(2024, 3, 1),
                        ResponseOutcome.DECLINED,
                        DeclineReason.NO_BUDGET)))
            .add(
                new Contribution(
                    "c2", "a1", "p1", ContributionKind.CONCERN, null, false, null, null))
            .add(
                Decision.builder("d1", "i1", LocalDate.of(2024, 2, 1), DecisionRule.WEIGHTED_VOTE)
                    .activity("a1")
                    .quota(2L)
                    .votes(List.of(new Vote("p1", 2, VotePosition.FOR), new Vote("p2", 1, null)))
                    .adopts("c1")
                    .consultations("a1")
                    .build())
            .build();
    assertThat(DatasetReader.readCsv(folder)).isEqualTo(expected);
    assertThat(DatasetReader.read(folder)).isEqualTo(expected);
  }

  @Test
  void readCsv_badValue_isLocatedByFileLineColumnNumberAndName() throws IOException {
    file("participants.csv", "id,perspective,joined\np1,carer,\np2,carer,2024-02-30\n");

    Problem problem = only(csvProblems(), Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 3, 3, "joined"));
    assertThat(problem.recordId()).isEqualTo("p2");
    assertThat(problem.message()).contains("yyyy-MM-dd").contains("'2024-02-30'");
  }

  @Test
  void readCsv_rowAfterAMultiLineCell_isLocatedOnItsOwnLine() throws IOException {
    basics();
    file(
        "activities.csv",
        """
        id,initiative,type,stage,title,date
        a1,i1,board,design,"two
        lines",2024-02-01
        a2,i1,bored,design,,2024-02-01
        """);

    Problem problem = only(csvProblems(), Kind.INVALID_VALUE);

    assertThat(problem.location()).isEqualTo(new Location("activities.csv", 4, 3, "type"));
    assertThat(problem.message()).contains("did you mean 'board'?");
  }

  @Test
  void readCsv_crossRecordProblem_isLocatedAtTheRowAndColumn() throws IOException {
    file("participants.csv", "id,perspective,joined,left\np1,carer,2024-03-01,2024-02-01\n");

    Problem problem = only(csvProblems(), Kind.DATE_ORDER);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 2, 4, "left"));
    assertThat(problem.recordId()).isEqualTo("p1");
  }

  @Test
  void readCsv_problemInAVote_isLocatedInVotesCsv() throws IOException {
    basics();
    file("decisions.csv", "id,initiative,activity,date,rule\nd1,i1,a1,2024-02-01,consensus\n");
    file("votes.csv", "decision,participant,weight\nd1,p1,1\nd1,p2,-2\n");

    Problem problem = only(csvProblems(), Kind.NEGATIVE_VALUE);

    assertThat(problem.location()).isEqualTo(new Location("votes.csv", 3, 3, "weight"));
    assertThat(problem.recordId()).isEqualTo("d1");
  }

  @Test
  void readCsv_voteOfNoDecision_isUnknownReference() throws IOException {
    basics();
    file("votes.csv", "decision,participant,weight\nd9,p1,1\n");

    Problem problem = only(csvProblems(), Kind.UNKNOWN_REFERENCE);

    assertThat(problem.location()).isEqualTo(new Location("votes.csv", 2, 1, "decision"));
    assertThat(problem.recordId()).isEqualTo("d9");
  }

  @Test
  void readCsv_rowWithTheWrongNumberOfCells_isMalformed() throws IOException {
    file("participants.csv", "id,perspective\np1,carer\np2,carer,extra\n");

    Problem problem = only(csvProblems(), Kind.MALFORMED);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 3, 0, null));
    assertThat(problem.message()).contains("3 cells").contains("2 columns");
  }

  @Test
  void readCsv_unknownHeader_isReportedWithTheNearestColumn() throws IOException {
    file("participants.csv", "id,perspective,joind\np1,carer,2024-01-01\n");

    Problem problem = only(csvProblems(), Kind.UNKNOWN_FIELD);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 1, 3, "joind"));
    assertThat(problem.message()).contains("did you mean 'joined'?");
  }

  @Test
  void readCsv_headerTwice_isDuplicateKey() throws IOException {
    file("participants.csv", "id,perspective,id\np1,carer,p1\n");

    Problem problem = only(csvProblems(), Kind.DUPLICATE_KEY);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 1, 3, "id"));
  }

  @Test
  void readCsv_requiredColumnMissing_isReportedOnceForTheFile() throws IOException {
    file("participants.csv", "id,joined\np1,\np2,\n");

    Problem problem = only(csvProblems(), Kind.MISSING_FIELD);

    assertThat(problem.location()).isEqualTo(new Location("participants.csv", 1, 0, "perspective"));
  }

  @Test
  void readCsv_nestedFieldMissing_isLocatedAtItsColumn() throws IOException {
    basics();
    file(
        "contributions.csv",
        """
        id,activity,participant,kind,documented,response.date,response.outcome
        c1,a1,p1,proposal,true,,adopted
        """);

    Problem problem = only(csvProblems(), Kind.MISSING_FIELD);

    assertThat(problem.location())
        .isEqualTo(new Location("contributions.csv", 2, 6, "response.date"));
    assertThat(problem.recordId()).isEqualTo("c1");
  }

  @Test
  void readCsv_misnamedFile_isReportedWithTheNearestName() throws IOException {
    basics();
    file("particpants.csv", "id,perspective\np9,carer\n");

    Problem problem = only(csvProblems(), Kind.UNKNOWN_FIELD);

    assertThat(problem.location()).isEqualTo(new Location("particpants.csv", 0, 0, null));
    assertThat(problem.message()).contains("did you mean 'participants.csv'?");
  }

  @Test
  void readCsv_otherFormatVersion_isUnsupported() throws IOException {
    basics();
    file("dataset.csv", "format,name\ncopro-dataset/2,x\n");

    Problem problem = only(csvProblems(), Kind.UNSUPPORTED_FORMAT);

    assertThat(problem.location()).isEqualTo(new Location("dataset.csv", 2, 1, "format"));
  }

  @Test
  void readCsv_hugeCell_isMalformedNotAnOutOfMemory() throws IOException {
    file(
        "participants.csv",
        "id,perspective\np1,carer\np2," + "x".repeat(TextInput.MAX_STRING + 1) + "\n");

    Problem problem = only(csvProblems(), Kind.MALFORMED);

    assertThat(problem.location().source()).isEqualTo("participants.csv");
    assertThat(problem.location().line()).isEqualTo(3);
    assertThat(problem.message()).contains("safety limit");
  }

  @Test
  void readCsv_folderWithNoFileOfTheFormat_isAProblemNotAnEmptyDataset() {
    Problem problem = only(csvProblems(), Kind.UNREADABLE);

    assertThat(problem.location()).isEqualTo(Location.at(folder.toString(), null));
    assertThat(problem.message()).contains("no dataset here").contains("participants.csv");
  }

  @Test
  void readCsv_folderWhoseFilesAreOneLevelDown_saysWhichFolderToRead() throws IOException {
    Files.createDirectories(folder.resolve("csv"));
    Files.writeString(
        folder.resolve("csv").resolve("participants.csv"), "id,perspective\np1,carer\n");
    Files.writeString(folder.resolve("dataset.json"), "{}");

    Problem problem = only(csvProblems(), Kind.UNREADABLE);

    assertThat(problem.message())
        .contains("the folder " + folder.resolve("csv") + " holds the CSV files")
        .contains(folder.resolve("dataset.json") + " may be a dataset");
  }

  @Test
  void readCsv_someFilesMissing_meanNoRecordsOfTheirKinds() throws IOException {
    file("participants.csv", "id,perspective\np1,carer\n");

    assertThat(DatasetReader.readCsv(folder).participants()).hasSize(1);
    assertThat(DatasetReader.readCsv(folder).activities()).isEmpty();
  }

  @Test
  void read_missingPath_isUnreadable() {
    Problem problem =
        only(problems(() -> DatasetReader.read(folder.resolve("absent.json"))), Kind.UNREADABLE);

    assertThat(problem.location()).isEqualTo(new Location("absent.json", 0, 0, null));
    assertThat(
            only(problems(() -> DatasetReader.readCsv(folder.resolve("absent"))), Kind.UNREADABLE))
        .isNotNull();
  }

  @Test
  void read_fileEndingJsonl_isReadAsJsonLines() throws IOException {
    file(
        "data.ndjson",
        "{\"format\": \"copro-dataset/1\"}\n{\"record\": \"participant\", \"id\": \"p1\", "
            + "\"perspective\": \"carer\"}\n");

    assertThat(DatasetReader.read(folder.resolve("data.ndjson")).participants()).hasSize(1);
  }

  @Test
  void read_invalidUtf8_isMalformed() throws IOException {
    byte[] text =
        "{\"format\": \"copro-dataset/1\", \"name\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    text[text.length - 3] = (byte) 0xC3; // a lead byte followed by '"', which cannot continue it
    Files.write(folder.resolve("bad.json"), text);

    Problem problem =
        only(problems(() -> DatasetReader.read(folder.resolve("bad.json"))), Kind.MALFORMED);

    assertThat(problem.location().source()).isEqualTo("bad.json");
    assertThat(problem.message()).contains("UTF-8");
  }
}
