package dev.copro.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copro new-plugin DIR --id ID}: writes a plugin project that builds, passes its tests and
 * runs with {@code copro evaluate --plugins} as it is (see {@link PluginProject}).
 */
@Command(
    name = "new-plugin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a plugin project to start from: one metric and one rule, tested.",
      "",
      "Writes a Maven project into DIR (which must be new or empty): a metric with the given id, a parameter and "
          + "rating thresholds; a rule whose id is the metric's with -rule appended; their META-INF/services "
          + "registrations; the compatibility kit's tests and tests with hand-worked values. Its POM imports "
          + "copro-bom at this copro's version, compiles for Java 17 and fails a build in which no test ran. "
          + "`mvn verify` in DIR builds the plugin jar into DIR/target; `copro evaluate --plugins DIR/target` "
          + "runs it. Then change what the metric measures."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILED,
      "2:A wrong command line: an invalid or reserved id, an invalid package, or DIR not empty."
    })
final class NewPluginCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description = "The folder to write the project into: new, or empty.")
  private Path directory;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description =
          "The metric's id: lower-case words, at least two parts, your organisation's first, such as "
              + "org.example.my-metric. The prefix copro. is reserved.")
  private String id;

  @Option(
      names = "--package",
      paramLabel = "PACKAGE",
      description =
          "The Java package of the classes. Default: the id's parts without hyphens, such as "
              + "org.example.mymetric.")
  private @Nullable String packageName;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>(PluginProject.problems(id, packageName));
    problems.addAll(directoryProblems());
    if (!problems.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          problems.size() == 1
              ? "cannot write the plugin project: " + problems.get(0)
              : "cannot write the plugin project:"
                  + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    }
    PluginProject project =
        PluginProject.of(id, packageName, VersionProvider.version(), VersionProvider.junit());
    List<Path> written;
    try {
      written = project.writeTo(directory);
    } catch (IOException e) {
      throw new CommandFailure(ExitCodes.FAILED, "cannot write into " + directory + ": " + e, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Wrote the plugin project "
            + project.groupId()
            + ":"
            + project.artifactId()
            + " with the metric "
            + project.id()
            + " ("
            + project.packageName()
            + "."
            + project.metricClass()
            + ") and the rule "
            + project.ruleId()
            + " ("
            + project.packageName()
            + "."
            + project.ruleClass()
            + "):");
    written.forEach(file -> out.println("  " + file));
    out.println("Next, build and test it (Maven 3.6.3 or later), then evaluate with it:");
    out.println("  cd " + directory + " && mvn verify");
    out.println("  copro evaluate --plugins " + directory.resolve("target"));
    out.println(
        "Then change what " + project.metricClass() + ".measure computes, and its tests with it.");
    out.flush();
    return ExitCodes.OK;
  }

  private List<String> directoryProblems() {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          return List.of("the folder " + directory + " is not empty: name a new or empty folder");
        }
      } catch (IOException e) {
        return List.of("the folder " + directory + " cannot be read: " + e.getMessage());
      }
    } else if (Files.exists(directory)) {
      return List.of(directory + " is a file, not a folder");
    }
    return List.of();
  }
}
