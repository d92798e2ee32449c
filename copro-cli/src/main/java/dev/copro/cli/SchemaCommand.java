package dev.copro.cli;

import dev.copro.io.DatasetFormat;
import dev.copro.io.SqlSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copro schema}: prints the JSON Schema of the dataset format, or with {@code --sql} the
 * PostgreSQL tables.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema of the dataset format, or its PostgreSQL tables.",
      "",
      "Prints the JSON Schema (draft 2020-12) of the copro-dataset/1 JSON format, for editors and tools that check "
          + "datasets without copro. The schema checks structure, types and codes; references between records "
          + "and the rules across records are checked by `copro validate`.",
      "",
      "With --sql, prints instead the PostgreSQL CREATE TABLE statements of the tables that `copro evaluate "
          + "jdbc:postgresql://…` reads (docs/sql-source.md)."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--sql",
      description = "Print the PostgreSQL DDL of the dataset's tables instead.")
  private boolean sql;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String schema = sql ? SqlSchema.postgresql() : DatasetFormat.schema();
    out.print(schema.endsWith("\n") ? schema : schema + "\n");
    out.flush();
    return ExitCodes.OK;
  }
}
