package dev.copro.testkit;

import dev.copro.model.Principle;
import dev.copro.spi.Metric;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;

/**
 * Plugin outputs built inside a test, as a plugin's build would make them: sources compiled against
 * copro's SPI and model into a classes folder, with services files, optionally jarred. The classes
 * are on no class path of the test, so only {@link #loader} finds them.
 */
final class PluginOutputs {

  private PluginOutputs() {}

  /**
   * Compiles sources into {@code folder} and writes files beside the classes.
   *
   * @param sources Java sources by the class's full name
   * @param files other files by path, such as {@code META-INF/services/dev.copro.spi.Metric}
   */
  static Path classes(Path folder, Map<String, String> sources, Map<String, String> files) {
    try {
      Path src = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-src"));
      List<File> javaFiles = new ArrayList<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        javaFiles.add(Files.writeString(file, source.getValue()).toFile());
      }
      Files.createDirectories(folder);
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      StringWriter messages = new StringWriter();
      try (StandardJavaFileManager manager =
          compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
        boolean compiled =
            compiler
                .getTask(
                    messages,
                    manager,
                    null,
                    List.of(
                        "--release",
                        "17",
                        "-proc:none",
                        "-classpath",
                        classPath(),
                        "-d",
                        folder.toString()),
                    null,
                    manager.getJavaFileObjectsFromFiles(javaFiles))
                .call();
        if (!compiled) {
          throw new IllegalStateException("the test plugin does not compile:\n" + messages);
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = folder.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A jar of a classes folder. */
  static Path jar(Path classes, Path jar) {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class loader over a classes folder or jar whose parent is the SPI's, as a plugin jar gets.
   */
  static URLClassLoader loader(Path output) {
    try {
      return new URLClassLoader(new URL[] {output.toUri().toURL()}, Metric.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the SPI, the model and the annotations they use were loaded from. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(Metric.class, Principle.class, API.class, NullMarked.class)) {
      try {
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
