package dev.copro.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;

/**
 * The plugin jars shipped with a job ({@code spark-submit --files}, {@code SparkContext.addFile}),
 * gathered in each JVM into a directory of their own, which the engine loads as a plugin directory:
 * each jar through a class loader of its own, as {@code copro evaluate --plugins DIR} does on one
 * machine. One directory per JVM and list of names, made once.
 */
final class ShippedPlugins {

  private static final Map<List<String>, Path> DIRECTORIES = new HashMap<>();

  private ShippedPlugins() {}

  /**
   * The directory holding the shipped jars {@code names}, in this JVM.
   *
   * @throws IllegalArgumentException if no file of one of the names was shipped with the job
   */
  static synchronized Path directory(List<String> names) {
    Path made = DIRECTORIES.get(names);
    if (made != null) {
      return made;
    }
    try {
      Path directory = Files.createTempDirectory("copro-plugins");
      directory.toFile().deleteOnExit();
      for (String name : names) {
        Path shipped = shipped(name);
        Path copy = directory.resolve(name);
        Files.copy(shipped, copy, StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
      }
      DIRECTORIES.put(List.copyOf(names), directory);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("copying the shipped plugin jars", e);
    }
  }

  private static Path shipped(String name) {
    Path shipped = Path.of(SparkFiles.get(name));
    if (!Files.isRegularFile(shipped)) {
      throw new IllegalArgumentException(
          "the plugin jar "
              + name
              + " was not shipped with the job: give it to spark-submit with --files (or to"
              + " SparkContext.addFile)");
    }
    return shipped;
  }
}
