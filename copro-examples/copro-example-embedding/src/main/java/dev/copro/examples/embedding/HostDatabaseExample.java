package dev.copro.examples.embedding;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.io.JdbcDatasetReader;
import dev.copro.model.Dataset;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A host application reading its own database through views: Casebook keeps its projects, members,
 * meetings and who came in its own tables (schema {@code casebook}); a handful of views in a schema
 * of their own ({@code copro}) present them with the names and columns of copro's tables
 * (docs/sql-source.md), and {@link JdbcDatasetReader} reads the views as a dataset. Nothing is
 * copied or exported, and the views decide what copro sees: here, only members who agreed to the
 * evaluation, by their opaque member reference (pseudonymous already; use the model's {@code
 * Pseudonymiser} when the host's ids identify people).
 */
public final class HostDatabaseExample {

  /** The schema of the views. */
  public static final String SCHEMA = "copro";

  /** The views over Casebook's tables, one statement each. */
  public static final List<String> VIEWS =
      List.of(
          "CREATE SCHEMA IF NOT EXISTS copro",
          "CREATE OR REPLACE VIEW copro.initiatives AS"
              + " SELECT code AS id, title AS name, 'Casebook' AS organisation, started AS start FROM casebook.projects",
          "CREATE OR REPLACE VIEW copro.participants AS"
              + " SELECT member_ref AS id,"
              + "   CASE role WHEN 'service user' THEN 'lived-experience' WHEN 'family carer' THEN 'carer'"
              + "     ELSE 'professional' END AS perspective,"
              + "   age_band AS \"attributes.age-band\""
              + " FROM casebook.members WHERE consented",
          "CREATE OR REPLACE VIEW copro.activities AS"
              + " SELECT m.code AS id, m.project AS initiative, 'meeting' AS type, m.stage, m.held_on AS date,"
              + "   m.minutes AS duration_minutes, m.chair AS chairs"
              + " FROM casebook.meetings m",
          "CREATE OR REPLACE VIEW copro.attendance AS"
              + " SELECT a.meeting AS activity, a.member_ref AS participant, a.came AS attended, a.turns AS speaking_turns"
              + " FROM casebook.attendees a JOIN casebook.members p ON p.member_ref = a.member_ref WHERE p.consented");

  /** The day the evaluation is as of, fixed so that the report does not change from run to run. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private HostDatabaseExample() {}

  /** Creates (or replaces) the views, on a connection whose user may read Casebook's tables. */
  public static void createViews(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      for (String view : VIEWS) {
        sql.execute(view);
      }
    }
  }

  /**
   * Reads the dataset through the views and evaluates it with the metrics on the class path.
   *
   * @throws dev.copro.model.validation.InvalidInputException listing every problem of the records
   *     the views show, each located by view, column and record id
   */
  public static Report evaluate(DataSource database) {
    Dataset dataset = JdbcDatasetReader.read(database, SCHEMA);
    Configuration configuration =
        Configuration.builder().breakdowns("perspective", "age-band").referenceDate(AS_OF).build();
    try (Copro copro = Copro.builder().configuration(configuration).build()) {
      return copro.evaluate(dataset);
    }
  }
}
