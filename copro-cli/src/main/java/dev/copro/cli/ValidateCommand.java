package dev.copro.cli;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.ProgressListener;
import dev.copro.io.DatasetReader;
import dev.copro.io.Dialect;
import dev.copro.model.stream.EventCounts;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copro validate DATASET…}: reads and checks datasets (and, with {@code --config}, a
 * configuration against the plugins), listing every problem with its location on standard output.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Check datasets and list every problem with its location.",
      "",
      "Checks datasets without evaluating them: the format, every field, the references between records and the "
          + "rules across records. Lists every problem found, each with its file, line and column, JSON Pointer "
          + "or CSV column, workbook cell (activities!B12) or database column, and record id, on standard "
          + "output; exits 2 if there is any.",
      "",
      "With --config, also checks the configuration against the plugins found (with --plugins)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Every dataset (and the configuration) is valid.",
      "2:Problems were found (listed on standard output), or a wrong command line.",
      ExitCodes.HELP_FAILED,
      "5:Not enough memory to read a dataset; the message says how much to give."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DATASET",
      arity = "1..*",
      description =
          "JSON, JSON Lines, an Excel workbook (.xlsx), a folder of CSV files, or a database "
              + "(jdbc:postgresql://HOST/DB, with COPRO_DB_USER and COPRO_DB_PASSWORD in the environment).")
  private List<String> datasets = new ArrayList<>();

  @ParentCommand private CoproCommand top;

  @Mixin private EngineOptions engine = new EngineOptions();

  @Mixin private StreamingOption streaming = new StreamingOption();

  @Mixin private DialectOptions dialect = new DialectOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean valid = true;
    if (engine.config != null) {
      valid = checkConfiguration(out);
    }
    Dialect declared = dialect.dialect(spec.commandLine());
    for (String dataset : datasets) {
      try {
        boolean streams = !Database.isUrl(dataset) && streaming.streams(Path.of(dataset));
        DatasetInput input =
            streams ? null : DatasetInput.readOne(dataset, streaming, declared, top.environment());
        String name = input == null ? dataset : input.source();
        // A dataset that does not stream is read into memory.
        long records =
            input == null
                ? streamedRecords(Path.of(dataset))
                : Objects.requireNonNull(input.dataset(), "read in memory").recordCount();
        out.println("ok: " + name + ": " + records + (records == 1 ? " record" : " records"));
      } catch (InvalidInputException e) {
        Failures.printProblems(out, e);
        valid = false;
      }
    }
    out.flush();
    return valid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /**
   * Checks a JSON Lines file as a stream, in bounded memory: its reference records, then its events
   * in a second pass. Returns its number of records.
   *
   * @throws InvalidInputException listing the problems of either pass
   */
  private static long streamedRecords(Path path) {
    StreamedDataset streamed = DatasetReader.streamJsonLines(path);
    EventCounts events = new EventCounts();
    streamed.stream(events);
    return streamed.references().recordCount() + events.total();
  }

  private boolean checkConfiguration(PrintWriter out) {
    try {
      Configuration configuration = engine.configuration();
      try (Copro copro = engine.engine(configuration, ProgressListener.NONE)) {
        out.println("ok: " + engine.config + ": " + copro.plugins().size() + " plugins");
      }
      return true;
    } catch (InvalidInputException e) {
      Failures.printProblems(out, e);
      return false;
    }
  }
}
