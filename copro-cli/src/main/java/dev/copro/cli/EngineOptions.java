package dev.copro.cli;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.ProgressListener;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that shape the engine, shared by the commands that build one: {@code --config} and
 * {@code --plugins}.
 */
final class EngineOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The evaluation configuration (copro-config/1 JSON; `copro init` writes one to start from). "
              + "Default: every metric and rule with its defaults.")
  @Nullable Path config;

  @Option(
      names = "--plugins",
      paramLabel = "DIR",
      description =
          "A folder of plugin jars, each loaded through a class loader of its own. Repeatable.")
  List<Path> pluginDirectories = new ArrayList<>();

  /**
   * The configuration of {@code --config}, or the defaults.
   *
   * @throws InvalidInputException listing every problem of the file, or saying it cannot be read
   */
  Configuration configuration() {
    if (config == null) {
      return Configuration.defaults();
    }
    String source = fileName(config);
    try (InputStream in = Files.newInputStream(config)) {
      return Configuration.fromJson(in, source);
    } catch (NoSuchFileException e) {
      throw unreadable("configuration " + config, source, "There is no file " + config + ".");
    } catch (IOException e) {
      throw unreadable(
          "configuration " + config, source, "The file cannot be read: " + e.getMessage() + ".");
    }
  }

  /**
   * Builds an engine with the plugins of the class path and of {@code --plugins}.
   *
   * @param configuration the configuration to check the plugins against and evaluate with
   * @param listener who hears of progress
   * @throws InvalidInputException listing every problem with the plugins and the configuration
   */
  Copro engine(Configuration configuration, ProgressListener listener) {
    Copro.Builder builder =
        Copro.builder()
            .classLoader(EngineOptions.class.getClassLoader())
            .configuration(configuration)
            .listener(listener);
    pluginDirectories.forEach(builder::pluginDirectory);
    return builder.build();
  }

  /** The name locations give a file: its file name, as the dataset reader does. */
  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** The exception for a file that cannot be read, located at the file. */
  static InvalidInputException unreadable(String what, String source, String message) {
    return new InvalidInputException(
        what,
        List.of(new Problem(Problem.Kind.UNREADABLE, Location.at(source, null), null, message)));
  }
}
