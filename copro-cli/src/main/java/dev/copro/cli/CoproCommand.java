package dev.copro.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code copro}: the top command, which only holds the subcommands and the options they share.
 * {@link #commandLine} puts the tool together with its error handling; {@link Main} runs it.
 */
@Command(
    name = "copro",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measures co-production in health and social care: indicators, ratings, warning signs of tokenism and "
          + "reports from records of who took part, who decided, who was paid and who was told.",
      "",
      "Start with `copro evaluate`: with no dataset it evaluates the bundled sample."
    },
    subcommands = {
      EvaluateCommand.class,
      ValidateCommand.class,
      MetricsCommand.class,
      SchemaCommand.class,
      InitCommand.class,
      NewPluginCommand.class,
      CommandLine.HelpCommand.class
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
final class CoproCommand implements Callable<Integer> {

  private final Environment environment;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of errors, for a bug report.")
  boolean verbose;

  CoproCommand(Environment environment) {
    this.environment = environment;
  }

  /**
   * The tool, ready to {@link CommandLine#execute}: picocli parses the arguments, runs the
   * subcommand, and turns what it throws into a message on standard error and an exit code ({@link
   * ExitCodes}).
   *
   * @param environment whether the outputs are terminals
   * @param out standard output
   * @param err standard error
   */
  static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    CoproCommand command = new CoproCommand(environment);
    CommandLine cli = new CommandLine(command);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new Failures(command));
    cli.setParameterExceptionHandler(Failures::usage);
    return cli;
  }

  Environment environment() {
    return environment;
  }

  /** {@code copro} without a subcommand is a usage error: it says what the subcommands are. */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing a command: evaluate, validate, metrics, schema, init, new-plugin or help.");
  }
}
