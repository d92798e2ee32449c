package dev.copro.cli;

import dev.copro.engine.Configuration;
import dev.copro.io.DatasetReader;
import dev.copro.io.DatasetWriter;
import dev.copro.io.WorkbookWriter;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copro init DIR}: writes a starter dataset, as JSON and as CSV files, and the default
 * configuration, for a user to edit into their own.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a starter dataset and configuration to edit.",
      "",
      "Writes a starter dataset to edit into your own, three ways: as dataset.xlsx, an Excel workbook with a "
          + "README sheet, one sheet per record kind, drop-down lists for the codes and date-formatted date "
          + "columns; as dataset.json; and as CSV files in csv/ (one per record kind, with headers even where "
          + "empty). Also writes the default configuration with every setting spelled out, copro-config.json. "
          + "Makes DIR if needed; does not replace files unless --force. Ends by printing the commands to run "
          + "next."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILED,
      "2:A file to write exists already (use --force), or a wrong command line."
    })
final class InitCommand implements Callable<Integer> {

  /** The class-path resource of the starter dataset, relative to this class. */
  static final String STARTER = "starter-dataset.json";

  static final String DATASET_FILE = "dataset.json";
  static final String CSV_FOLDER = "csv";
  static final String CONFIG_FILE = "copro-config.json";
  static final String WORKBOOK_FILE = "dataset.xlsx";

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to write into.")
  private Path directory;

  @Option(names = "--force", description = "Replace the files if they exist.")
  private boolean force;

  @Override
  public Integer call() {
    Path json = directory.resolve(DATASET_FILE);
    Path csv = directory.resolve(CSV_FOLDER);
    Path config = directory.resolve(CONFIG_FILE);
    Path workbook = directory.resolve(WORKBOOK_FILE);
    if (!force) {
      List<Path> existing =
          List.of(json, csv, workbook, config).stream().filter(Files::exists).toList();
      if (!existing.isEmpty()) {
        throw new CommandFailure(
            ExitCodes.BAD_INPUT,
            "not replacing what exists: "
                + String.join(", ", existing.stream().map(Path::toString).toList())
                + " (use --force to replace)");
      }
    }
    Dataset starter = starter();
    try {
      Files.createDirectories(directory);
      try (OutputStream out = Files.newOutputStream(json)) {
        DatasetWriter.writeJson(starter, out);
      }
      DatasetWriter.writeCsv(starter, csv);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        WorkbookWriter.write(starter, out);
      }
      Files.writeString(config, Configuration.defaults().toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(ExitCodes.FAILED, "cannot write into " + directory + ": " + e, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote:");
    out.println(
        "  "
            + workbook
            + "  a starter dataset to edit in a spreadsheet program: a README sheet, drop-down "
            + "lists for the codes");
    out.println("  " + json + "  the same dataset as copro-dataset/1 JSON");
    out.println("  " + csv + "  the same dataset as CSV files, one per record kind");
    out.println("  " + config + "  the default configuration, every setting spelled out");
    out.println("Next, edit one of them into your own records, then check and evaluate it:");
    out.println("  copro validate " + workbook);
    out.println(
        "  copro evaluate "
            + workbook
            + " --config "
            + config
            + " --out "
            + directory.resolve("report.html"));
    out.println("The same for the other forms:");
    out.println("  copro validate " + csv);
    out.println("  copro evaluate " + json + " --config " + config);
    out.flush();
    return ExitCodes.OK;
  }

  /** The starter dataset, read (and so checked) from the jar. */
  static Dataset starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException(STARTER + " is missing from the copro command-line jar");
      }
      return DatasetReader.readJson(in, STARTER);
    } catch (IOException e) {
      throw new UncheckedIOException("the starter dataset cannot be read", e);
    }
  }
}
