package dev.copro.cli;

import dev.copro.io.Dialect;
import dev.copro.io.JdbcDatasetReader;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A dataset in a SQL database, given as a JDBC URL ({@code jdbc:postgresql://host/db}). The user
 * name and password come from the environment ({@value #USER}, {@value #PASSWORD}), never from the
 * command line, where other users and the shell's history would see them; a URL that holds a
 * password is refused. Messages name the database by its URL without its parameters.
 */
final class Database {

  /** The environment variable of the database user. */
  static final String USER = "COPRO_DB_USER";

  /** The environment variable of the database password. */
  static final String PASSWORD = "COPRO_DB_PASSWORD";

  private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");

  private Database() {}

  /** Whether a dataset argument is a JDBC URL. */
  static boolean isUrl(String argument) {
    return argument.regionMatches(true, 0, "jdbc:", 0, 5);
  }

  /** The URL without its parameters and without a user name or password before the host. */
  static String redacted(String url) {
    String cut = url;
    for (char end : new char[] {'?', ';'}) {
      int at = cut.indexOf(end, "jdbc:".length());
      if (at >= 0) {
        cut = cut.substring(0, at);
      }
    }
    return USER_INFO.matcher(cut).replaceFirst("//");
  }

  /**
   * Reads the dataset from the database's tables or views, in the schema the URL names ({@code
   * ?currentSchema=copro} for PostgreSQL) or the user's default.
   *
   * @throws CommandFailure exit 2 for a URL that holds a password or a database that cannot be
   *     reached
   * @throws InvalidInputException listing the dataset's problems
   */
  static Dataset read(String url, Dialect dialect, Environment environment) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.contains("password=") || USER_INFO.matcher(url).find()) {
      throw new CommandFailure(
          ExitCodes.BAD_INPUT,
          "the database URL holds a user or password; give them in the "
              + "environment variables "
              + USER
              + " and "
              + PASSWORD
              + " instead (a command line is seen by other "
              + "users and kept in the shell's history)");
    }
    String name = redacted(url);
    Properties credentials = new Properties();
    String user = environment.variables().get(USER);
    String password = environment.variables().get(PASSWORD);
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    try (Connection connection = DriverManager.getConnection(url, credentials)) {
      return JdbcDatasetReader.read(connection, null, dialect);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("database " + name, e.problems());
    } catch (SQLException e) {
      String reason =
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
      if (password != null && !password.isEmpty()) {
        reason = reason.replace(password, "****");
      }
      if (reason.startsWith("No suitable driver")) {
        reason =
            "copro has no JDBC driver for this kind of database (it brings PostgreSQL's); put the driver's "
                + "jar on the class path";
      }
      throw new CommandFailure(
          ExitCodes.BAD_INPUT,
          "cannot read the database "
              + name
              + ": "
              + reason
              + (user == null ? " (" + USER + " and " + PASSWORD + " are not set)" : ""),
          e);
    }
  }
}
