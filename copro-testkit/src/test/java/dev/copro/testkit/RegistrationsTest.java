package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.plugins.ReservedIdMetric;
import dev.copro.spi.Metric;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registration check, on plugin outputs compiled here: a metric {@code acme.Good} (with a
 * private helper metric and an anonymous one inside, which need no registration), an abstract
 * metric {@code acme.Base}, and a rule {@code acme.Check}.
 */
class RegistrationsTest {

  private static final String METRIC_FILE = "META-INF/services/dev.copro.spi.Metric";
  private static final String RULE_FILE = "META-INF/services/dev.copro.spi.Rule";

  static final Map<String, String> SOURCES =
      Map.of(
          "acme.Good",
              """
          package acme;

          import dev.copro.spi.*;

          public final class Good implements Metric {
            public Descriptor descriptor() {
              return Descriptor.builder("acme.good").name("Good").description("Measures nothing, well.").build();
            }

            public Measurement measure(EvaluationContext context) {
              Metric anonymous = new Metric() {
                public Descriptor descriptor() { return new Helper().descriptor(); }
                public Measurement measure(EvaluationContext c) { return Measurement.noValue("none"); }
              };
              return anonymous.measure(context);
            }

            private static final class Helper implements Metric {
              public Descriptor descriptor() { return Descriptor.builder("acme.helper").build(); }
              public Measurement measure(EvaluationContext context) { return Measurement.noValue("none"); }
            }
          }
          """,
          "acme.Base",
              """
          package acme;

          public abstract class Base implements dev.copro.spi.Metric {}
          """,
          "acme.Check",
              """
          package acme;

          import dev.copro.spi.*;
          import java.util.List;

          public final class Check implements Rule {
            public Descriptor descriptor() {
              return Descriptor.builder("acme.check").name("Check").description("Finds nothing.").build();
            }

            public List<Finding> check(EvaluationContext context) { return List.of(); }
          }
          """);

  @TempDir Path dir;

  private Path output(Map<String, String> files) {
    return PluginOutputs.classes(dir.resolve("classes"), SOURCES, files);
  }

  private static Map<String, String> files(String metrics, String rules) {
    Map<String, String> files = new LinkedHashMap<>();
    if (metrics != null) {
      files.put(METRIC_FILE, metrics);
    }
    if (rules != null) {
      files.put(RULE_FILE, rules);
    }
    return files;
  }

  private static java.util.List<String> problems(Path output) throws IOException {
    try (URLClassLoader loader = PluginOutputs.loader(output)) {
      return Registrations.problems(output, loader);
    }
  }

  @Test
  void everyPluginListed_noProblem_commentsAndBlankLinesAside() throws IOException {
    Path classes = output(files("# metrics\nacme.Good  # the one\n\n", "acme.Check\n"));

    assertThat(problems(classes)).isEmpty();
    assertThat(problems(PluginOutputs.jar(classes, dir.resolve("good.jar")))).isEmpty();
  }

  @Test
  void noServicesFiles_eachClassWithTheFileToCreate() throws IOException {
    assertThat(problems(output(Map.of())))
        .containsExactly(
            "acme.Good is a dev.copro.spi.Metric but there is no META-INF/services/dev.copro.spi.Metric: create it with "
                + "the line 'acme.Good' (in a Maven project, src/main/resources/META-INF/services/dev.copro.spi.Metric)",
            "acme.Check is a dev.copro.spi.Rule but there is no META-INF/services/dev.copro.spi.Rule: create it with the "
                + "line 'acme.Check' (in a Maven project, src/main/resources/META-INF/services/dev.copro.spi.Rule)");
  }

  @Test
  void classNotListed_theLineToAdd() throws IOException {
    assertThat(problems(output(files("# nothing yet\n", "acme.Check\n"))))
        .containsExactly(
            "acme.Good is a dev.copro.spi.Metric but META-INF/services/dev.copro.spi.Metric does not list it: add the "
                + "line 'acme.Good' to it (in a Maven project, src/main/resources/META-INF/services/dev.copro.spi.Metric)");
  }

  @Test
  void staleLine_theLineToRemove() throws IOException {
    assertThat(problems(output(files("acme.Good\nacme.Renamed\n", "acme.Check\n"))))
        .containsExactly(
            "META-INF/services/dev.copro.spi.Metric line 2 names 'acme.Renamed', which is not a class that can be "
                + "loaded: correct the class name, or remove the line");
  }

  @Test
  void ruleListedAsAMetric_theLineToRemove() throws IOException {
    assertThat(problems(output(files("acme.Good\nacme.Check\n", "acme.Check\n"))))
        .containsExactly(
            "META-INF/services/dev.copro.spi.Metric line 2 names 'acme.Check', which is not a dev.copro.spi.Metric: "
                + "remove the line");
  }

  @Test
  void abstractClassListed_unmakeable() throws IOException {
    assertThat(problems(output(files("acme.Good\nacme.Base\n", "acme.Check\n"))))
        .containsExactly(
            "META-INF/services/dev.copro.spi.Metric line 2 names 'acme.Base', which ServiceLoader cannot make: it is "
                + "abstract; list a concrete class instead");
  }

  @Test
  void classesServiceLoaderCannotMake_whyAndWhatToDo() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>(SOURCES);
    sources.put(
        "acme.Hidden",
        """
        package acme;

        final class Hidden extends Base {
          public dev.copro.spi.Descriptor descriptor() { return null; }
          public dev.copro.spi.Measurement measure(dev.copro.spi.EvaluationContext c) { return null; }
        }
        """);
    sources.put(
        "acme.Configured",
        """
        package acme;

        public final class Configured extends Base {
          public Configured(int size) {}
          public dev.copro.spi.Descriptor descriptor() { return null; }
          public dev.copro.spi.Measurement measure(dev.copro.spi.EvaluationContext c) { return null; }
        }
        """);
    Path classes =
        PluginOutputs.classes(
            dir.resolve("classes"),
            sources,
            files("acme.Good\nacme.Hidden\nacme.Configured\n", "acme.Check\n"));

    assertThat(problems(classes))
        .containsExactly(
            "META-INF/services/dev.copro.spi.Metric line 2 names 'acme.Hidden', which ServiceLoader cannot make: it is "
                + "not public; make it public",
            "META-INF/services/dev.copro.spi.Metric line 3 names 'acme.Configured', which ServiceLoader cannot make: it "
                + "has no no-argument constructor; add a public one");
  }

  @Test
  void classOfAnotherOutputListed_theLineToRemove() throws IOException {
    String other = ReservedIdMetric.class.getName();

    assertThat(problems(output(files("acme.Good\n" + other + "\n", "acme.Check\n"))))
        .singleElement()
        .asString()
        .startsWith(
            "META-INF/services/dev.copro.spi.Metric line 2 names '"
                + other
                + "', which is not in this output "
                + "but in "
                + Registrations.location(ReservedIdMetric.class).orElseThrow())
        .endsWith(": the engine loads only the classes a plugin jar holds, so remove the line");
  }

  @Test
  void jarWithoutTheRulesFile_theFileToCreate() throws IOException {
    Path jar = PluginOutputs.jar(output(files("acme.Good\n", null)), dir.resolve("plugin.jar"));

    assertThat(problems(jar))
        .singleElement()
        .asString()
        .startsWith(
            "acme.Check is a dev.copro.spi.Rule but there is no META-INF/services/dev.copro.spi.Rule");
  }

  @Test
  void problemsOfAClass_readItsOutput() throws Exception {
    Path classes = output(files("acme.Good\n", null));
    try (URLClassLoader loader = PluginOutputs.loader(classes)) {
      Class<?> good = Class.forName("acme.Good", false, loader);

      assertThat(Registrations.location(good)).contains(classes);
      assertThat(Registrations.problems(good))
          .singleElement()
          .asString()
          .startsWith("acme.Check is a ");
    }
  }

  @Test
  void kit_pluginNotRegistered_failsNamingTheLineToAdd() {
    UnregisteredKit.output = output(files(null, "acme.Check\n"));

    assertThat(KitRun.registrationFailure(UnregisteredKit.class))
        .startsWith(
            "AssertionFailedError: the registrations "
                + "in "
                + UnregisteredKit.output
                + ", which holds metric 'acme.good' (acme.Good), are wrong:\n"
                + "  - acme.Good is a dev.copro.spi.Metric but there is no META-INF/services/dev.copro.spi.Metric: create it "
                + "with the line 'acme.Good'")
        .contains("The engine finds plugins only through java.util.ServiceLoader");
  }

  @Test
  void kit_pluginRegistered_passes() {
    UnregisteredKit.output = output(files("acme.Good\n", "acme.Check\n"));

    assertThat(KitRun.registration(UnregisteredKit.class).succeeded().count()).isEqualTo(1);
    assertThat(KitRun.registration(UnregisteredKit.class).failed().count()).isZero();
  }

  /** The kit on {@code acme.Good}, loaded from {@link #output}. */
  @Tag("kit-fixture")
  static class UnregisteredKit extends MetricCompatibilityKit {
    static Path output;

    @Override
    protected Metric metric() {
      try {
        // Left open: the kit uses the class after this returns; the test's folder goes at its end.
        URLClassLoader loader = PluginOutputs.loader(output);
        return (Metric) Class.forName("acme.Good", true, loader).getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
