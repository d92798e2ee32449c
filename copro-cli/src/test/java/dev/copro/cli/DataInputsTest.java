package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs people have — a workbook, CSV files saved by a spreadsheet program, a database — and
 * the mistakes that once gave a report of nothing: each is a clear error, exit 2, with a hint.
 */
class DataInputsTest {

  @TempDir Path dir;

  @Test
  void validate_theFolderInitMade_saysTheFilesAreOneLevelDown() {
    Cli.run("init", dir.toString());

    Cli.Run run = Cli.run("validate", dir.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out())
        .contains("There is no dataset here")
        .contains(
            "the folder "
                + dir.resolve("csv")
                + " holds the CSV files of a dataset: read that folder")
        .contains(dir.resolve("dataset.xlsx") + " is a workbook");
  }

  @Test
  void evaluate_emptyFolder_isAnErrorNotAReportOfNothing() {
    Cli.Run run = Cli.run("evaluate", dir.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("There is no dataset here");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_datasetWithoutRecords_isAnError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"format\": \"copro-dataset/1\"}");

    Cli.Run run = Cli.run("evaluate", empty.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(empty + " holds no records, so there is nothing to evaluate")
        .contains("copro init");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_unknownByDimension_isAnErrorWithTheNearestName() {
    Cli.Run run = Cli.run("evaluate", "--by", "age_band");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "--by age_band: no participant of the bundled sample dataset has the attribute "
                + "'age_band'")
        .contains("Did you mean 'age-band'?")
        .contains("perspective, initiative, period, age-band");
  }

  @Test
  void evaluate_configurationGivenAsTheDataset_saysToUseConfig() {
    Cli.run("init", dir.toString());

    Cli.Run run = Cli.run("evaluate", dir.resolve("copro-config.json").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("is an evaluation configuration, not a dataset: give it with --config");
  }

  @Test
  void init_printsTheNextCommands_andItsWorkbookEvaluates() {
    Cli.Run init = Cli.run("init", dir.toString());
    Path workbook = dir.resolve("dataset.xlsx");

    assertThat(init.out())
        .contains("copro validate " + workbook)
        .contains("copro evaluate " + workbook + " --config " + dir.resolve("copro-config.json"));
    Cli.Run validate = Cli.run("validate", workbook.toString(), dir.resolve("csv").toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).contains("ok: " + workbook + ": 76 records");
    Cli.Run evaluate =
        Cli.run(
            "evaluate",
            workbook.toString(),
            "--config",
            dir.resolve("copro-config.json").toString(),
            "--format",
            "json");
    assertThat(evaluate.code()).isZero();
    assertThat(evaluate.out())
        .isEqualTo(
            Cli.run(
                    "evaluate",
                    dir.resolve("dataset.json").toString(),
                    "--config",
                    dir.resolve("copro-config.json").toString(),
                    "--format",
                    "json")
                .out()
                .replace(dir.resolve("dataset.json").toString(), workbook.toString()));
  }

  @Test
  void evaluate_csvSavedBySpreadsheet_needsItsDateFormatDeclared() throws IOException {
    Cli.run("init", dir.toString());
    Path csv = dir.resolve("csv");
    // As a European spreadsheet program saves it: a byte-order mark, CRLF, semicolons, dates day
    // first.
    Path activities = csv.resolve("activities.csv");
    String rewritten =
        Files.readAllLines(activities).stream()
            .map(line -> semicolons(line).replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3/$2/$1"))
            .reduce("\uFEFF", (text, line) -> text + line + "\r\n");
    Files.writeString(activities, rewritten, StandardCharsets.UTF_8);

    Cli.Run undeclared = Cli.run("validate", csv.toString());
    Cli.Run declared = Cli.run("validate", "--date-format", "dd/mm/yyyy", csv.toString());

    assertThat(undeclared.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(undeclared.out())
        .contains("Column 'date' of activities.csv: 3 values look like dd/mm/yyyy")
        .contains("--date-format dd/mm/yyyy");
    assertThat(undeclared.out().lines().filter(l -> l.contains("activities.csv"))).hasSize(2);
    assertThat(declared.code()).isZero();
  }

  /**
   * A line of comma-separated cells with semicolons between them instead, quoting the cells that
   * hold one.
   */
  private static String semicolons(String line) {
    java.util.List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return String.join(
        ";",
        cells.stream().map(c -> c.contains(";") || c.contains(",") ? '"' + c + '"' : c).toList());
  }

  @Test
  void schema_sql_printsTheTablesForPostgresql() {
    Cli.Run run = Cli.run("schema", "--sql");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("CREATE TABLE participants (")
        .contains("CREATE TABLE survey_responses (");
  }

  @Test
  void evaluate_databaseUrlWithAPassword_isRefusedWithoutEchoingIt() {
    Cli.Run run = Cli.run("evaluate", "jdbc:postgresql://localhost/copro?user=me&password=s3cret");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("COPRO_DB_PASSWORD").doesNotContain("s3cret");
  }

  @Test
  void evaluate_database_readsWithCredentialsFromTheEnvironment() throws Exception {
    Cli.run("init", dir.toString());
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement sql = connection.createStatement()) {
        sql.execute("CREATE ROLE evaluator LOGIN PASSWORD 'pa55word'");
        sql.execute("CREATE SCHEMA copro AUTHORIZATION evaluator");
      }
      String url =
          "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=copro";
      Environment withCredentials =
          Environment.PIPES.withVariables(
              Map.of(Database.USER, "evaluator", Database.PASSWORD, "pa55word"));
      try (Connection connection =
              java.sql.DriverManager.getConnection(url, "evaluator", "pa55word");
          Statement sql = connection.createStatement()) {
        sql.execute(Cli.run("schema", "--sql").out());
        sql.execute(
            "INSERT INTO initiatives (id, name, start) VALUES ('i1', 'Board', DATE '2024-01-01')");
        sql.execute(
            "INSERT INTO participants (id, perspective) VALUES ('p1', 'carer'), ('p2', 'professional')");
        sql.execute(
            "INSERT INTO activities (id, initiative, type, stage, date) VALUES "
                + "('a1', 'i1', 'board', 'design', DATE '2024-02-01')");
        sql.execute(
            "INSERT INTO attendance (activity, participant, attended) VALUES ('a1', 'p1', true), "
                + "('a1', 'p2', true), ('a1', 'p9', true)");
      }

      Cli.Run invalid = Cli.run(withCredentials, "validate", url);
      Cli.Run unreachable =
          Cli.run(
              withCredentials,
              "validate",
              "jdbc:postgresql://localhost:"
                  + (postgres.getPort() + 1)
                  + "/postgres?currentSchema=copro");

      assertThat(invalid.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(invalid.out())
          .contains(
              "copro: database jdbc:postgresql://localhost:"
                  + postgres.getPort()
                  + "/postgres has 1 problem:")
          .contains("attendance participant [a1/p9]")
          .doesNotContain("pa55word")
          .doesNotContain("currentSchema");
      assertThat(unreachable.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(unreachable.err())
          .contains(
              "cannot read the database jdbc:postgresql://localhost:"
                  + (postgres.getPort() + 1)
                  + "/postgres: ")
          .doesNotContain("pa55word");

      try (Connection connection =
              java.sql.DriverManager.getConnection(url, "evaluator", "pa55word");
          Statement sql = connection.createStatement()) {
        sql.execute("DELETE FROM attendance WHERE participant = 'p9'");
      }
      Cli.Run evaluate = Cli.run(withCredentials, "evaluate", url, "--format", "json");
      assertThat(evaluate.code()).isZero();
      assertThat(evaluate.out()).contains("\"format\"").doesNotContain("pa55word");
    }
  }
}
