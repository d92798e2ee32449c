package dev.copro.cli;

import dev.copro.model.io.DatasetFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copro schema}: prints the JSON Schema of the dataset format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Print the JSON Schema of the dataset format.",
        "",
        "Prints the JSON Schema (draft 2020-12) of the copro-dataset/1 JSON format, for editors and tools that check "
            + "datasets without copro. The schema checks structure, types and codes; references between records "
            + "and the rules across records are checked by `copro validate`."})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String schema = DatasetFormat.schema();
    out.print(schema.endsWith("\n") ? schema : schema + "\n");
    out.flush();
    return ExitCodes.OK;
  }
}
