package dev.copro.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copro.engine.Report;
import dev.copro.io.JdbcDatasetReader;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host's own tables in a real PostgreSQL, read through the example's views. By hand: m-104 did
 * not consent, so the views show three participants, two meetings and five attendances (one
 * initiative: eleven records); DSR-01 was chaired by a social worker and DSR-02 by a family carer,
 * so the bloc chaired 1 of 2 meetings with chairs: leadership 0.5.
 */
class HostDatabaseExampleTest {

  private static EmbeddedPostgres postgres;
  private static DataSource database;

  @BeforeAll
  static void casebook() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    database = postgres.getPostgresDatabase();
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA casebook");
      sql.execute(
          "CREATE TABLE casebook.projects (code text PRIMARY KEY, title text, started date)");
      sql.execute(
          "CREATE TABLE casebook.members (member_ref text PRIMARY KEY, role text, age_band text,"
              + " consented boolean)");
      sql.execute(
          "CREATE TABLE casebook.meetings (code text PRIMARY KEY, project text, stage text, held_on date,"
              + " minutes int, chair text)");
      sql.execute(
          "CREATE TABLE casebook.attendees (meeting text, member_ref text, came boolean, turns int)");
      sql.execute(
          "INSERT INTO casebook.projects VALUES ('DSR', 'Day services review', DATE '2025-01-06')");
      sql.execute(
          "INSERT INTO casebook.members VALUES ('m-101', 'service user', '25-44', true),"
              + " ('m-102', 'family carer', '45-64', true), ('m-103', 'social worker', NULL, true),"
              + " ('m-104', 'service user', '65+', false)");
      sql.execute(
          "INSERT INTO casebook.meetings VALUES ('DSR-01', 'DSR', 'design', DATE '2025-02-03', 120, 'm-103'),"
              + " ('DSR-02', 'DSR', 'design', DATE '2025-03-03', 90, 'm-102')");
      sql.execute(
          "INSERT INTO casebook.attendees VALUES ('DSR-01', 'm-101', true, 4), ('DSR-01', 'm-103', true, 9),"
              + " ('DSR-01', 'm-104', true, 2), ('DSR-02', 'm-101', true, 6), ('DSR-02', 'm-102', true, 5),"
              + " ('DSR-02', 'm-103', false, NULL)");
      HostDatabaseExample.createViews(connection);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void views_showTheConsentingMembersAsParticipants() {
    Dataset dataset = JdbcDatasetReader.read(database, HostDatabaseExample.SCHEMA);

    assertThat(dataset.participants())
        .extracting(p -> p.id(), p -> p.perspective())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("m-101", Perspective.LIVED_EXPERIENCE),
            org.assertj.core.groups.Tuple.tuple("m-102", Perspective.CARER),
            org.assertj.core.groups.Tuple.tuple("m-103", Perspective.PROFESSIONAL));
    assertThat(dataset.participants().get(0).attributes()).containsEntry("age-band", "25-44");
    assertThat(dataset.activities())
        .extracting(a -> a.chairs())
        .containsExactly(java.util.List.of("m-103"), java.util.List.of("m-102"));
    assertThat(dataset.attendance()).hasSize(5);
  }

  @Test
  void evaluate_givesAReportOnTheHostsRecords() {
    Report report = HostDatabaseExample.evaluate(database);

    assertThat(report.dataset().records().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(11);
    assertThat(report.metrics())
        .filteredOn(m -> m.id().equals("copro.power.leadership"))
        .singleElement()
        .satisfies(m -> assertThat(m.measurement().value()).isEqualTo(0.5));
  }

  @Test
  void evaluate_aHostRowTheViewsCannotMap_isALocatedProblem() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO casebook.meetings VALUES ('DSR-03', 'DSR', 'planning', DATE '2025-04-07', 60, NULL)");
      try {
        InvalidInputException problems =
            catchThrowableOfType(
                InvalidInputException.class, () -> HostDatabaseExample.evaluate(database));

        assertThat(problems.problems())
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.location()).isEqualTo(new Location("activities", 0, 0, "stage"));
                  assertThat(p.recordId()).isEqualTo("DSR-03");
                });
      } finally {
        sql.execute("DELETE FROM casebook.meetings WHERE code = 'DSR-03'");
      }
    }
  }
}
