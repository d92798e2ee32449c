package dev.copro.cli;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PeriodUnit;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.ProgressListener;
import dev.copro.engine.Report;
import dev.copro.model.Dataset;
import dev.copro.model.validation.Suggestions;
import dev.copro.report.Escape;
import dev.copro.report.RenderOptions;
import dev.copro.report.ReportRenderer;
import dev.copro.report.ReportRenderer.Format;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copro evaluate [DATASET…]}: evaluates each dataset (the bundled sample when none is given)
 * with one engine and writes one report per dataset in the chosen format.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Evaluate datasets and write a report: text, Markdown, HTML, PDF or JSON.",
      "",
      "The report gives a scorecard of the principles, the ladder position, the warning signs of tokenism with "
          + "their evidence, and every indicator with its value, n and rating.",
      "",
      "A DATASET is a JSON file (copro-dataset/1), a JSON Lines file (.jsonl or .ndjson), an Excel workbook "
          + "(.xlsx), a folder of CSV files, or a database's JDBC URL. "
          + "With no DATASET, the bundled sample is evaluated. Several DATASETs are evaluated one by one, each "
          + "giving its own report: written to standard output one after another, or, with --out DIR, to "
          + "DIR/NAME.EXT, NAME being the dataset's file or folder name. Every dataset is read and checked "
          + "before any is evaluated."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILED,
      ExitCodes.HELP_BAD_INPUT,
      ExitCodes.HELP_FINDINGS,
      ExitCodes.HELP_PLUGIN_FAILURE,
      ExitCodes.HELP_OUT_OF_MEMORY
    })
final class EvaluateCommand implements Callable<Integer> {

  /** Breakdown names that are not participant dimensions: the engine makes them from its slices. */
  private static final Set<String> SLICES = Set.of("initiative", "period");

  /** The dimensions every dataset has, in the order the help names them. */
  private static final List<String> BUILT_IN = List.of("perspective", "initiative", "period");

  @ParentCommand private CoproCommand top;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DATASET",
      arity = "0..*",
      description =
          "JSON, JSON Lines, an Excel workbook (.xlsx), a folder of CSV files, or a database "
              + "(jdbc:postgresql://HOST/DB, with COPRO_DB_USER and COPRO_DB_PASSWORD in the environment). Default: the "
              + "bundled sample dataset.")
  private List<String> datasets = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text (a scorecard for the terminal), markdown, html (one self-contained page with charts), pdf "
              + "(that page on A4 paper; needs --out), or json (the engine's copro-report/1). Default: the one --out "
              + "FILE's extension names (.txt, .md, .html, .pdf, .json), else text. An --out FILE whose extension names "
              + "another format is an error.")
  private @Nullable Format formatOption;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "PATH",
      description =
          "Write the report to this file instead of standard output. With several datasets, or when PATH "
              + "is a folder, one file per dataset goes into the folder PATH (made if missing).")
  private @Nullable Path out;

  @Option(
      names = "--caution-below",
      paramLabel = "N",
      defaultValue = "" + RenderOptions.DEFAULT_CAUTION_BELOW,
      description =
          "Mark a rating \"caution\" when it rests on fewer than N records (its n). 0 marks none. "
              + "Default: ${DEFAULT-VALUE}.")
  private int cautionBelow = RenderOptions.DEFAULT_CAUTION_BELOW;

  @Mixin private EngineOptions engine = new EngineOptions();

  @Mixin private StreamingOption streaming = new StreamingOption();

  @Mixin private DialectOptions dialect = new DialectOptions();

  @Option(
      names = "--period",
      paramLabel = "UNIT",
      description =
          "The period of the time series: month, quarter, year, or none. Default: the configuration's "
              + "(quarter unless configured).")
  private @Nullable PeriodUnit period;

  @Option(
      names = "--by",
      paramLabel = "DIMENSION",
      split = ",",
      description =
          "Show each metric's values broken down by perspective, initiative, period, or a participant "
              + "attribute (such as age-band), which is then added to the configuration's breakdowns. Repeatable, or "
              + "comma separated.")
  private List<String> by = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit 3 when a metric or rule reports a finding of this severity or worse: info, low, medium or "
              + "high.")
  private @Nullable Severity failOn;

  @Option(
      names = "--fail-on-plugin-failure",
      description =
          "Exit 4 when a plugin cannot be loaded or a metric or rule fails (the report lists them).")
  private boolean failOnPluginFailure;

  @Override
  public Integer call() {
    Format format = format();
    if (cautionBelow < 0) {
      throw new ParameterException(
          spec.commandLine(), "--caution-below must be 0 or more, not " + cautionBelow);
    }
    List<String> dimensions = dimensions();
    Configuration configuration = configure(engine.configuration(), dimensions);
    MemoryCheck memory = new MemoryCheck(top.environment().maxHeap());
    Step step = new Step();
    try {
      return evaluate(configuration, dimensions, format, memory, step);
    } catch (OutOfMemoryError e) {
      // Caught here, outside the evaluation's frame, so that what it held is garbage by now.
      throw memory.ranOut(step.doing, step.source, step.streamed, e);
    }
  }

  /** What the command is doing, for the message if the heap runs out. */
  private static final class Step {
    String doing = "starting";
    @Nullable String source;
    boolean streamed;

    void at(String what, @Nullable String dataset, boolean streaming) {
      doing = what;
      source = dataset;
      streamed = streaming;
    }
  }

  private int evaluate(
      Configuration configuration,
      List<String> dimensions,
      Format format,
      MemoryCheck memory,
      Step step) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Environment environment = top.environment();
    ProgressListener progress = ProgressBar.forTerminal(environment, stderr);
    try (Copro copro = engine.engine(configuration, progress)) {
      String only = datasets.size() == 1 ? datasets.get(0) : null;
      step.at(
          only == null ? "reading the datasets" : "reading " + only,
          only,
          only != null && !Database.isUrl(only) && streaming.streams(Path.of(only)));
      List<DatasetInput> inputs =
          datasets.isEmpty()
              ? List.of(DatasetInput.sample())
              : DatasetInput.read(
                  datasets, streaming, dialect.dialect(spec.commandLine()), environment);
      refuseEmpty(inputs);
      checkDimensions(inputs, dimensions);
      memory.check(inputs);
      Map<DatasetInput, Path> files = destinations(inputs, format);
      boolean colour = format == Format.TEXT && out == null && environment.stdoutIsTerminal();
      int code = ExitCodes.OK;
      for (int i = 0; i < inputs.size(); i++) {
        DatasetInput input = inputs.get(i);
        if (progress instanceof ProgressBar bar) {
          bar.label(input.name());
        }
        step.at("evaluating " + input.source(), input.source(), input.streamed() != null);
        Report report = input.evaluate(copro);
        step.at(
            "writing the report of " + input.source(), input.source(), input.streamed() != null);
        RenderOptions options =
            RenderOptions.builder()
                .source(input.source())
                .by(dimensions)
                .colour(colour)
                .cautionBelow(cautionBelow)
                .descriptorsOf(copro)
                .build();
        Path file = files.get(input);
        if (file == null) {
          String text = ReportRenderer.render(report, format, options);
          stdout.print(i > 0 && format != Format.JSON ? "\n" + text : text);
          stdout.flush();
        } else {
          write(file, report, format, options);
        }
        warnAboutFailures(stderr, input, report);
        code = Math.max(code, exitCode(report));
        if (MemoryCheck.ranOutIn(report)) {
          stderr.println("copro: " + memory.ranOutInPlugins(input));
          stderr.flush();
          code = ExitCodes.OUT_OF_MEMORY;
        }
      }
      return code;
    }
  }

  /**
   * The format: {@code --format} when given, else the one a single {@code --out FILE}'s extension
   * names, else text. An {@code --out FILE} whose extension names another format than {@code
   * --format} is refused, so that no file is written under a name that says another format.
   */
  private Format format() {
    Format named = null;
    if (out != null && datasets.size() <= 1 && !Files.isDirectory(out)) {
      Path name = out.getFileName();
      named = Format.forFileName(name == null ? "" : name.toString()).orElse(null);
    }
    if (formatOption != null && named != null && formatOption != named) {
      throw new ParameterException(
          spec.commandLine(),
          "--out "
              + Escape.terminal(String.valueOf(out))
              + " names a "
              + named.code()
              + " file, but --format is "
              + formatOption.code()
              + ": give --out a ."
              + formatOption.extension()
              + " file, or leave out --format to write "
              + named.code()
              + ".");
    }
    return formatOption != null ? formatOption : named != null ? named : Format.TEXT;
  }

  /** The {@code --by} names, checked, without repeats. */
  private List<String> dimensions() {
    Set<String> names = new LinkedHashSet<>();
    for (String name : by) {
      if (name.isBlank()) {
        throw new ParameterException(
            spec.commandLine(), "--by needs a dimension name, not an empty one");
      }
      names.add(name.strip());
    }
    return List.copyOf(names);
  }

  /** Refuses a dataset without records: its report would be a page of "no data" as of no date. */
  private static void refuseEmpty(List<DatasetInput> inputs) {
    for (DatasetInput input : inputs) {
      Dataset dataset =
          input.dataset() != null
              ? input.dataset()
              : Objects.requireNonNull(input.streamed()).references();
      if (dataset.recordCount() == 0) {
        throw new CommandFailure(
            ExitCodes.BAD_INPUT,
            Escape.terminal(input.source())
                + " holds no records, so "
                + "there is nothing to evaluate. Fill in its records first (`copro init DIR` writes a starter dataset to "
                + "edit), or check that this is the file you meant.");
      }
    }
  }

  /**
   * Refuses a {@code --by} attribute that no participant of a dataset has: every group would be
   * "not recorded". Suggests the nearest dimension the dataset has.
   */
  private static void checkDimensions(List<DatasetInput> inputs, List<String> dimensions) {
    for (String name : dimensions) {
      if (BUILT_IN.contains(name)) {
        continue;
      }
      for (DatasetInput input : inputs) {
        Dataset dataset =
            input.dataset() != null
                ? input.dataset()
                : Objects.requireNonNull(input.streamed()).references();
        Set<String> attributes = new TreeSet<>();
        dataset.participants().forEach(p -> attributes.addAll(p.attributes().keySet()));
        if (!attributes.contains(name)) {
          List<String> known = new ArrayList<>(BUILT_IN);
          known.addAll(attributes);
          String suggestion =
              Suggestions.nearest(name, known).map(s -> " Did you mean '" + s + "'?").orElse("");
          throw new CommandFailure(
              ExitCodes.BAD_INPUT,
              "--by "
                  + Escape.terminal(name)
                  + ": no participant of "
                  + Escape.terminal(input.source())
                  + " has the attribute '"
                  + Escape.terminal(name)
                  + "', so every "
                  + "group would be 'not recorded'."
                  + suggestion
                  + " Dimensions of this dataset: "
                  + Escape.terminal(String.join(", ", known))
                  + ".");
        }
      }
    }
  }

  /**
   * The configuration with {@code --period} and the participant dimensions of {@code --by} applied.
   */
  private Configuration configure(Configuration base, List<String> dimensions) {
    Configuration.Builder builder = base.toBuilder();
    if (period != null) {
      builder.periodUnit(period);
    }
    List<Dimension> breakdowns = new ArrayList<>(base.breakdowns());
    for (String name : dimensions) {
      Dimension dimension = new Dimension(name);
      if (!SLICES.contains(name) && !breakdowns.contains(dimension)) {
        breakdowns.add(dimension);
      }
    }
    return builder.breakdowns(breakdowns).build();
  }

  /**
   * Where each report goes: nowhere in the map for standard output, else a file. Checks the choice
   * before anything is evaluated.
   */
  private Map<DatasetInput, Path> destinations(List<DatasetInput> inputs, Format format) {
    Map<DatasetInput, Path> files = new IdentityHashMap<>();
    if (out == null) {
      if (format == Format.PDF) {
        throw new ParameterException(
            spec.commandLine(),
            "A PDF is a file, not text for the terminal: add --out "
                + "FILE.pdf (or --out DIR for several datasets).");
      }
      if (inputs.size() > 1 && format == Format.HTML) {
        throw new ParameterException(
            spec.commandLine(),
            "Several datasets make several HTML pages: use --out DIR "
                + "to write one file per dataset into DIR.");
      }
      return files;
    }
    if (inputs.size() == 1 && !Files.isDirectory(out)) {
      files.put(inputs.get(0), out);
      return files;
    }
    Map<String, List<String>> sources = new TreeMap<>();
    for (DatasetInput input : inputs) {
      String name = input.stem() + "." + format.extension();
      sources.computeIfAbsent(name, k -> new ArrayList<>()).add(input.source());
      files.put(input, out.resolve(name));
    }
    List<String> clashes =
        sources.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey() + " (from " + String.join(", ", e.getValue()) + ")")
            .toList();
    if (!clashes.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Several datasets would write the same report file in "
              + out
              + ": "
              + String.join("; ", clashes)
              + ". Rename the files or evaluate them separately.");
    }
    return files;
  }

  /** Writes the report to the file as it is made, without holding its whole text. */
  private static void write(Path file, Report report, Format format, RenderOptions options) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        ReportRenderer.write(report, format, options, out);
      }
    } catch (IOException e) {
      throw new CommandFailure(
          ExitCodes.FAILED, "cannot write the report to " + file + ": " + e, e);
    }
  }

  /**
   * Says on standard error which plugins failed, so that a log shows it even when the report goes
   * to a file. The reasons are the plugins' own text, escaped like the text report's.
   */
  private static void warnAboutFailures(PrintWriter stderr, DatasetInput input, Report report) {
    for (PluginFailure failure : report.pluginFailures()) {
      stderr.println(
          "copro: warning: could not load "
              + (failure.className() == null ? "a plugin" : Escape.terminal(failure.className()))
              + " from "
              + Escape.terminal(failure.source())
              + ": "
              + Escape.terminal(failure.reason()));
    }
    Stream.concat(
            report.metrics().stream()
                .filter(m -> m.failure() != null)
                .map(m -> m.id() + ": " + m.failure()),
            report.rules().stream()
                .filter(r -> r.failure() != null)
                .map(r -> r.id() + ": " + r.failure()))
        .forEach(
            reason ->
                stderr.println(
                    "copro: warning: " + input.source() + ": failed: " + Escape.terminal(reason)));
    stderr.flush();
  }

  /**
   * 4 for a plugin failure when asked, else 3 for a finding at or above {@code --fail-on}, else 0.
   */
  private int exitCode(Report report) {
    if (failOnPluginFailure && hasFailures(report)) {
      return ExitCodes.PLUGIN_FAILURE;
    }
    if (failOn != null && findings(report).anyMatch(f -> f.severity().compareTo(failOn) >= 0)) {
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  static boolean hasFailures(Report report) {
    return !report.pluginFailures().isEmpty()
        || report.metrics().stream().anyMatch(m -> m.status() == Report.Status.FAILED)
        || report.rules().stream().anyMatch(r -> r.status() == Report.Status.FAILED);
  }

  /** Every finding of every metric and rule. */
  static Stream<Finding> findings(Report report) {
    return Stream.concat(
        report.metrics().stream()
            .filter(m -> m.measurement() != null)
            .flatMap(m -> m.measurement().findings().stream()),
        report.rules().stream().flatMap(r -> r.findings().stream()));
  }
}
