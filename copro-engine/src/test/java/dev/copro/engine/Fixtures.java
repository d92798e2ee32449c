package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Datasets and plugin class loaders shared by the engine's tests. */
final class Fixtures {

  private Fixtures() {}

  /**
   * A class loader that sees the {@code META-INF/services} files of the named directories under
   * {@code plugins/} in the test resources, and the test classes through its parent. The services
   * files are not at the root of the test class path, so nothing else discovers these plugins.
   */
  static ClassLoader plugins(String... directories) {
    List<URL> urls = new ArrayList<>();
    for (String directory : directories) {
      URL url = Fixtures.class.getResource("/plugins/" + directory + "/");
      if (url == null) {
        throw new IllegalArgumentException("no test plugin directory " + directory);
      }
      urls.add(url);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), Fixtures.class.getClassLoader());
  }

  /** The path of a test plugin directory. */
  static Path pluginPath(String directory) {
    try {
      return Path.of(Fixtures.class.getResource("/plugins/" + directory + "/").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first {@code json} code block of a document in the repository's docs folder.
   *
   * @throws IllegalStateException if it has none
   */
  static String jsonExample(String document) throws IOException {
    String text = Files.readString(Path.of("..", "docs", document));
    Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
    if (!example.find()) {
      throw new IllegalStateException("no json example in docs/" + document);
    }
    return example.group(1);
  }

  /** A builder for an engine over the well-behaved test plugins only. */
  static Copro.Builder goodEngine() {
    return Copro.builder().classLoader(plugins("good"));
  }

  /**
   * Two initiatives, fifteen participants and four activities:
   *
   * <ul>
   *   <li>p-01…p-06 lived experience, p-07…p-09 carers, p-10…p-15 professionals;
   *   <li>a-1 (i-1, 2025-01-15): all 15 invited; p-01…p-06 and p-10…p-15 attended (12 of 15);
   *   <li>a-2 (i-1, 2025-02-10): all 15 invited; p-01…p-03, p-07…p-09, p-10…p-15 attended (12 of
   *       15);
   *   <li>a-3 (i-2, 2025-04-20): p-01…p-12 invited; p-01…p-09 attended (9 of 12);
   *   <li>a-4 (i-2, 2025-08-05): p-04…p-07 and p-13…p-15 invited; all but p-07 attended (6 of 7).
   * </ul>
   *
   * So 39 of 49 invitations were taken up; by perspective, lived experience 18 of 21, carers 6 of
   * 10, professionals 15 of 18.
   */
  static Dataset dataset() {
    Dataset.Builder b = Dataset.builder().name("fixture");
    LocalDate start = LocalDate.of(2025, 1, 1);
    b.add(new Initiative("i-1", "Board", null, start, null, Set.of(), Map.of()));
    b.add(new Initiative("i-2", "Redesign", null, start, null, Set.of(), Map.of()));
    for (int i = 1; i <= 15; i++) {
      Perspective perspective =
          i <= 6
              ? Perspective.LIVED_EXPERIENCE
              : i <= 9 ? Perspective.CARER : Perspective.PROFESSIONAL;
      b.add(
          new Participant(
              p(i),
              perspective,
              null,
              null,
              null,
              Set.of(),
              i % 2 == 0 ? Map.of("age-band", "18-40") : Map.of("age-band", "41-plus"),
              null));
    }
    b.add(activity("a-1", "i-1", LocalDate.of(2025, 1, 15)));
    b.add(activity("a-2", "i-1", LocalDate.of(2025, 2, 10)));
    b.add(activity("a-3", "i-2", LocalDate.of(2025, 4, 20)));
    b.add(activity("a-4", "i-2", LocalDate.of(2025, 8, 5)));
    for (int i = 1; i <= 15; i++) {
      b.add(invitation("a-1", i, i <= 6 || i >= 10));
      b.add(invitation("a-2", i, i <= 3 || i >= 7));
      if (i <= 12) {
        b.add(invitation("a-3", i, i <= 9));
      }
      if ((i >= 4 && i <= 7) || i >= 13) {
        b.add(invitation("a-4", i, i != 7));
      }
    }
    return b.build();
  }

  /**
   * {@link #dataset()} with one contribution, {@code c-1} by {@code p-01} at {@code a-4}, adopted
   * in a response dated {@code responded}: an event dated after every other record.
   */
  static Dataset withAdoptedContribution(LocalDate responded) {
    return dataset().toBuilder()
        .add(
            new Contribution(
                "c-1",
                "a-4",
                "p-01",
                ContributionKind.PROPOSAL,
                null,
                true,
                null,
                new Response(responded, ResponseOutcome.ADOPTED, null)))
        .build();
  }

  static String p(int i) {
    return String.format("p-%02d", i);
  }

  static Activity activity(String id, String initiative, LocalDate date) {
    return Activity.builder(id, initiative, ActivityType.MEETING, LifecycleStage.DESIGN, date)
        .build();
  }

  static Attendance invitation(String activity, int participant, boolean attended) {
    return new Attendance(activity, p(participant), true, attended, null, null);
  }

  /** The report without the named metric's result, to compare with a run that never had it. */
  static Report without(Report report, String metricId) {
    return new Report(
        report.format(),
        report.dataset(),
        report.configuration(),
        report.metrics().stream().filter(m -> !m.id().equals(metricId)).toList(),
        report.rules(),
        report.pluginFailures(),
        report.warnings());
  }
}
