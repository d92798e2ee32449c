package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top command: help, version, and what happens without a subcommand. */
class CoproCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate", "metrics", "schema", "init"})
  void help_onEverySubcommand_printsItsUsage(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: copro " + command)
        .contains("-h, --help")
        .contains("-V, --version");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_ofTheTopCommand_listsSubcommandsAndExitCodes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("evaluate", "validate", "metrics", "schema", "init")
        .contains("Exit codes:")
        .containsPattern("\n +0 +Done\\.")
        .containsPattern("\n +4 +With --fail-on-plugin-failure");
  }

  @Test
  void helpCommand_showsASubcommandsUsage() {
    Cli.Run run = Cli.run("help", "evaluate");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: copro evaluate").contains("--fail-on=SEVERITY");
  }

  @Test
  void version_printsCoproAndJavaVersions() {
    Cli.Run top = Cli.run("--version");
    Cli.Run sub = Cli.run("evaluate", "--version");

    assertThat(top.code()).isZero();
    assertThat(top.out()).startsWith("copro " + VersionProvider.version() + "\nJava ");
    assertThat(VersionProvider.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
    assertThat(sub.out()).isEqualTo(top.out());
  }

  @Test
  void noSubcommand_isAUsageError() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command").contains("Try 'copro --help'");
  }

  @Test
  void unknownSubcommand_suggestsTheNearest() {
    Cli.Run run = Cli.run("evalute");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("evaluate");
  }
}
