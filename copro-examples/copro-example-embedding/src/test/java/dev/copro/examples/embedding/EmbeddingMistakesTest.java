package dev.copro.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.engine.results.DefaultMetrics;
import dev.copro.examples.embedding.Casebook.ExpenseClaim;
import dev.copro.examples.embedding.Casebook.Idea;
import dev.copro.examples.embedding.Casebook.IdeaStatus;
import dev.copro.examples.embedding.Casebook.Meeting;
import dev.copro.examples.embedding.Casebook.Person;
import dev.copro.model.Pseudonymiser;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a host gets when it gets things wrong, and what it can rely on: every mistake is one clear,
 * located problem (docs/embedding.md, "When something is wrong"), and one engine serves many
 * threads.
 */
class EmbeddingMistakesTest {

  private static final Pseudonymiser PSEUDONYMS =
      Pseudonymiser.withKey("an example key of 32 bytes, or more".getBytes(StandardCharsets.UTF_8));

  /** The repository root: tests run in the module's folder, two levels below it. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

  @Test
  void mapping_everyMistakeOfTheHostsRecords_inOneExceptionLocated_withoutAMembershipNumber() {
    List<Person> people = CasebookSample.PEOPLE;
    List<Meeting> meetings = new ArrayList<>(CasebookSample.MEETINGS);
    Meeting first = meetings.get(0);
    // minutes below zero, and invitations sent after the meeting
    meetings.add(
        new Meeting(
            "DSR-07",
            "DSR",
            first.kind(),
            first.phase(),
            LocalDate.of(2025, 6, 20),
            null,
            -30,
            LocalDate.of(2025, 6, 25),
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    // a project code mistyped
    meetings.add(
        new Meeting(
            "DSR-08",
            "DRS",
            first.kind(),
            first.phase(),
            LocalDate.of(2025, 6, 23),
            null,
            60,
            null,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    List<Idea> ideas = new ArrayList<>(CasebookSample.IDEAS);
    ideas.add(
        new Idea(
            "I-05",
            "DSR-06",
            "M-2001",
            "Bring back the bus",
            true,
            IdeaStatus.OPEN,
            null)); // not on the books
    List<ExpenseClaim> claims = new ArrayList<>(CasebookSample.CLAIMS);
    claims.add(
        new ExpenseClaim(
            "X-04", "M-1001", "DSR-06", -500, LocalDate.of(2025, 6, 9), null)); // negative

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new CasebookMapping(PSEUDONYMS)
                    .toDataset(CasebookSample.PROJECTS, people, meetings, ideas, claims));

    assertThat(e.problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .containsExactlyInAnyOrder(
            tuple(Problem.Kind.DATE_ORDER, "dataset /activities/6/invitedOn"),
            tuple(Problem.Kind.NEGATIVE_VALUE, "dataset /activities/6/durationMinutes"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "dataset /activities/7/initiative"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "dataset /contributions/4/participant"),
            tuple(Problem.Kind.NEGATIVE_VALUE, "dataset /payments/3/amount"));
    // M-2001 is quoted as its pseudonym: the membership number never reaches the text, or a log.
    assertThat(e.getMessage())
        .doesNotContain("M-2001")
        .contains(PSEUDONYMS.pseudonymise("M-2001"))
        .startsWith("dataset has 5 problems:");
  }

  @Test
  void configuration_thresholdsOffTheMetricsScale_aLocatedProblemAtStartUp() {
    // Days of notice given to a metric whose value is a share: every meeting would be red.
    Configuration wrong =
        Configuration.builder()
            .thresholds(DefaultMetrics.NOTICE, Thresholds.higherIsBetter(14, 7))
            .build();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Copro.builder().configuration(wrong).build());

    assertThat(e.problems())
        .extracting(p -> p.location().toString())
        .containsExactly(
            "configuration /thresholds/copro.access.notice/amber",
            "configuration /thresholds/copro.access.notice/green");
    assertThat(e.problems().get(1).message()).contains("is 14, outside the metric's range 0 to 1");
  }

  @Test
  void configuration_theDocumentedExample_fitsTheDefaultCatalog() throws IOException {
    Matcher json =
        Pattern.compile("## A full example\\s+```json\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(Files.readString(ROOT.resolve("docs/configuration.md")));
    assertThat(json.find()).isTrue();
    Configuration documented =
        Configuration.fromJson(
            new ByteArrayInputStream(json.group(1).getBytes(StandardCharsets.UTF_8)),
            "configuration.md");
    // The example's third-party plugin is not on this class path; its thresholds are what is
    // checked.
    Configuration.Builder defaultsOnly = Configuration.builder();
    documented.thresholds().forEach(defaultsOnly::thresholds);

    try (Copro copro = Copro.builder().configuration(defaultsOnly.build()).build()) {
      assertThat(copro.configuration().thresholds())
          .containsKeys(DefaultMetrics.NOTICE, DefaultMetrics.SEAT_SHARE);
    }
  }

  @Test
  void engine_noMetricOnTheClassPath_aWarningInEveryReport_orAnErrorWhenRequired() {
    try (Copro empty = Copro.builder().classPathDiscovery(false).build()) {
      Report report = empty.evaluate(dev.copro.model.Dataset.empty());
      assertThat(report.metrics()).isEmpty();
      assertThat(report.warnings())
          .first()
          .asString()
          .startsWith("no metric was found")
          .contains("copro-metrics");
    }

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Copro.builder().classPathDiscovery(false).requireMetrics(true).build());
    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("no metric was found");
  }

  @Test
  void engine_sharedByManyThreads_givesEachTheSameReportByteForByte() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Copro copro = EmbeddingExample.engine()) {
      List<Future<String>> reports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reports.add(
            threads.submit(
                () ->
                    ReportJson.toJson(
                        EmbeddingExample.evaluate(copro, new CasebookMapping(PSEUDONYMS)))));
      }
      Set<String> distinct = new java.util.HashSet<>();
      for (Future<String> report : reports) {
        distinct.add(report.get());
      }
      assertThat(distinct).hasSize(1);
    } finally {
      threads.shutdown();
    }
  }
}
