package dev.copro.examples.embedding;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.engine.results.DefaultMetrics;
import dev.copro.engine.results.Headline;
import dev.copro.engine.results.SignFinding;
import dev.copro.engine.results.WarningSign;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.Pseudonymiser;
import dev.copro.model.RecordKind;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Rating;
import dev.copro.spi.RecordRef;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example end to end. Hand-computed from {@link CasebookSample}: five meetings have
 * chairs recorded, of which DSR-02 (a carer) and DSR-04 (a service user) were chaired by the bloc,
 * so leadership is 2/5; of the four resolutions, DSR-01/1 and DSR-04/1 were agreed with service
 * users or carers and DSR-04/2 and DSR-06/1 without, so decision inclusion is 1/2 — red against its
 * thresholds of 0.9 and 0.6. Of the four ideas, I-03 was neither minuted nor answered; M-1002, who
 * needs step-free access, came to DSR-03, whose venue had none.
 *
 * <p>The other tests of this module (in {@link EmbeddingMistakesTest}) show what happens when the
 * host gets things wrong.
 */
class EmbeddingExampleTest {

  private static final byte[] KEY =
      "an example key of 32 bytes, or more".getBytes(StandardCharsets.UTF_8);
  private static final Pseudonymiser PSEUDONYMS = Pseudonymiser.withKey(KEY);
  private static final Report REPORT = EmbeddingExample.evaluate(PSEUDONYMS);

  private static Dataset sampleDataset(CasebookMapping mapping) {
    return mapping.toDataset(
        CasebookSample.PROJECTS,
        CasebookSample.PEOPLE,
        CasebookSample.MEETINGS,
        CasebookSample.IDEAS,
        CasebookSample.CLAIMS);
  }

  @Test
  void evaluate_endToEnd_everyDefaultMetricGivesAResult() {
    assertThat(REPORT.pluginFailures()).isEmpty();
    assertThat(REPORT.warnings()).isEmpty();
    assertThat(EmbeddingExample.failures(REPORT)).isEmpty();
    assertThat(REPORT.metrics())
        .extracting(Report.MetricResult::id)
        .containsExactlyElementsOf(DefaultMetrics.ALL);
    assertThat(REPORT.dataset().records())
        .containsEntry("initiatives", 1L)
        .containsEntry("participants", 9L)
        .containsEntry("activities", 6L)
        .containsEntry("attendance", 9L + 8 + 7 + 9 + 4 + 9)
        .containsEntry("decisions", 4L)
        .containsEntry("contributions", 4L)
        .containsEntry("payments", 3L);
    assertThat(REPORT.configuration().referenceDate()).isEqualTo(EmbeddingExample.AS_OF);
  }

  @Test
  void page_isTheCommandLinesHtmlPage_withTheDescriptorsSentences() {
    String page;
    try (dev.copro.engine.Copro copro = EmbeddingExample.engine()) {
      page = EmbeddingExample.page(copro, REPORT);
    }

    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n")
        .contains("<svg ")
        .contains("<title>copro report: " + REPORT.dataset().name() + "</title>")
        .contains("Source: Casebook.")
        // Leadership's description, as its descriptor gives it, under its name.
        .contains("<strong>Leadership</strong><br/><code>copro.power.leadership</code>");
  }

  @Test
  void evaluate_leadership_twoOfFiveChairedMeetings() {
    assertThat(REPORT.metric(DefaultMetrics.LEADERSHIP).orElseThrow())
        .isOk()
        .hasValueCloseTo(2.0 / 5, within(1e-12))
        .hasN(5)
        .hasWarningContaining("1 activity has no chairs recorded");
  }

  @Test
  void evaluate_decisionInclusion_halfTheResolutions_redWithTheOthersAsEvidence() {
    assertThat(REPORT.metric(DefaultMetrics.DECISION_INCLUSION).orElseThrow())
        .isOk()
        .hasValue(0.5)
        .hasN(4)
        .hasRating(Rating.RED)
        .hasFindingWithEvidence("about-us-without-us", "decision:DSR-04/2", "decision:DSR-06/1");
  }

  @Test
  void evaluate_noticeRatedWithTheThresholdsConfiguredInCode() {
    Report.MetricResult notice = REPORT.metric(DefaultMetrics.NOTICE).orElseThrow();

    assertThat(notice.thresholds())
        .isEqualTo(EmbeddingExample.CONFIGURATION.thresholds().get(DefaultMetrics.NOTICE));
    assertThat(notice.measurement().components()).containsKey(DefaultMetrics.NOTICE_MEDIAN_DAYS);
  }

  @Test
  void headline_scorecardOfTypedLines_oneRatingPerPrinciple() {
    var card = Headline.of(REPORT).scorecard().orElseThrow();
    Report.MetricResult scorecard = REPORT.metric(DefaultMetrics.SCORECARD).orElseThrow();

    assertThat(card.overall()).isEqualTo(scorecard.measurement().value());
    assertThat(card.principles())
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line.score())
                  .isEqualTo(scorecard.measurement().components().get(line.principle().code()));
              assertThat(line.rating()).isNotNull();
            });
    assertThat(card.principle(Principle.EQUALITY)).isPresent();
  }

  @Test
  void headline_ladderRungWithItsEquivalentsAndRule() {
    var place = Headline.of(REPORT).ladder().orElseThrow();
    var ladder = REPORT.metric(DefaultMetrics.LADDER).orElseThrow().measurement();

    assertThat((double) place.rung().level()).isEqualTo(ladder.value());
    assertThat((double) place.arnstein().level())
        .isEqualTo(ladder.components().get(DefaultMetrics.LADDER_ARNSTEIN_RUNG));
    assertThat((double) place.iap2().level())
        .isEqualTo(ladder.components().get(DefaultMetrics.LADDER_IAP2_LEVEL));
    assertThat(place.rule()).isNotBlank();
  }

  @Test
  void headline_warningSignsWithTypedEvidence_namingCasebooksRecords() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    sampleDataset(mapping);
    List<SignFinding> signs = Headline.of(REPORT).warningSigns();

    SignFinding noFeedback =
        signs.stream().filter(s -> s.sign() == WarningSign.NO_FEEDBACK).findFirst().orElseThrow();
    assertThat(noFeedback.evidence())
        .containsExactly(new RecordRef(RecordKind.CONTRIBUTION, "I-03"));
    SignFinding access =
        signs.stream()
            .filter(s -> s.sign() == WarningSign.ACCESS_IGNORED)
            .findFirst()
            .orElseThrow();
    assertThat(access.evidence())
        .extracting(ref -> EmbeddingExample.casebookRecord(ref, mapping))
        .contains("member M-1002 at meeting DSR-03");
  }

  @Test
  void report_holdsPseudonyms_neverMembershipNumbersNorIdeasSummaries() {
    String json = ReportJson.toJson(REPORT);

    for (Casebook.Person person : CasebookSample.PEOPLE) {
      assertThat(json).doesNotContain(person.membershipNumber());
    }
    for (Casebook.Idea idea : CasebookSample.IDEAS) {
      assertThat(json).doesNotContain(idea.summary());
    }
  }

  @Test
  void mapping_pseudonymisesPeople_stablyUnderOneKey_andKnowsWhoIsBehindEach() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    Dataset dataset = sampleDataset(mapping);
    String carer = mapping.participant("M-1004");

    assertThat(carer)
        .isEqualTo(PSEUDONYMS.pseudonymise("M-1004"))
        .matches("p-[0-9a-f]{32}")
        .isNotEqualTo(
            new CasebookMapping(Pseudonymiser.withKey(new byte[32])).participant("M-1004"));
    assertThat(mapping.membershipNumber(carer)).contains("M-1004");
    assertThat(dataset.participant(carer).orElseThrow().perspective()).isEqualTo(Perspective.CARER);
    assertThat(dataset.participant(carer).orElseThrow().attributes())
        .containsEntry("age-band", "45-64");
    assertThat(dataset.activity("DSR-02").orElseThrow().chairs())
        .containsExactly(carer, mapping.participant("M-1006"));
  }

  @Test
  void mapping_keepsWhatCasebookMeans() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    Dataset dataset = sampleDataset(mapping);
    String volunteer = mapping.participant("M-1009");

    Activity dropIn = dataset.activity("DSR-05").orElseThrow();
    assertThat(dropIn.type()).isEqualTo(ActivityType.OTHER);
    assertThat(dropIn.typeLabel()).isEqualTo("drop-in");
    assertThat(dataset.attendanceAt("DSR-05"))
        .contains(new Attendance("DSR-05", volunteer, false, true, null, null));
    assertThat(dataset.participant(volunteer).orElseThrow().perspectiveLabel())
        .isEqualTo("volunteer");
    assertThat(dataset.activity("DSR-03").orElseThrow().noticeDays()).isEqualTo(2L);
    assertThat(dataset.decision("DSR-04/1").orElseThrow().adopts()).containsExactly("I-01");
    assertThat(dataset.contribution("I-02").orElseThrow().response().outcome())
        .isEqualTo(ResponseOutcome.DECLINED);
    assertThat(dataset.contribution("I-03").orElseThrow().response()).isNull();
    assertThat(dataset.contribution("I-03").orElseThrow().summary()).isNull();
    assertThat(dataset.payment("X-01").orElseThrow().amount()).isEqualTo(new BigDecimal("12.40"));
    assertThat(dataset.payment("X-03").orElseThrow().paid()).isNull();
  }

  @Test
  void print_headlineThenEveryMetric() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    Report report;
    try (var copro = EmbeddingExample.engine()) {
      report = EmbeddingExample.evaluate(copro, mapping);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EmbeddingExample.print(report, mapping, new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines.get(0)).isEqualTo("Scorecard of casebook as of 2025-06-30");
    assertThat(lines)
        .anySatisfy(
            line -> assertThat(line).startsWith("equality").matches(".* (green|amber|red)"));
    assertThat(lines)
        .anySatisfy(
            line -> assertThat(line).startsWith("Ladder: ").contains("Arnstein: ", "IAP2: "));
    assertThat(lines).contains("  in Casebook: idea I-03");
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("Leadership").contains("0.400 share"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Decision inclusion")
                    .contains("red", "0.500 share", "1 finding"));
    assertThat(lines).doesNotContain("Failed:").noneMatch(line -> line.contains("p-"));
  }

  @Test
  void failures_listFailedMetrics_failedRules_andPluginsThatDidNotLoad() {
    Report.MetricResult metric = REPORT.metrics().get(0);
    Report broken =
        new Report(
            REPORT.format(),
            REPORT.dataset(),
            REPORT.configuration(),
            List.of(
                new Report.MetricResult(
                    metric.id(),
                    metric.version(),
                    metric.name(),
                    metric.description(),
                    metric.principles(),
                    metric.unit(),
                    null,
                    null,
                    null,
                    "threw java.lang.RuntimeException")),
            List.of(
                new Report.RuleResult(
                    "acme.rule",
                    "1.0.0",
                    "Rule",
                    "",
                    java.util.Set.of(),
                    List.of(),
                    "returned null instead of a list of findings")),
            List.of(
                new dev.copro.engine.PluginFailure(
                    "org.acme.Broken", "plugins/acme.jar", "could not be loaded")),
            List.of());

    assertThat(EmbeddingExample.failures(broken))
        .containsExactly(
            metric.id() + ": threw java.lang.RuntimeException",
            "acme.rule: returned null instead of a list of findings",
            "org.acme.Broken from plugins/acme.jar: could not be loaded");
    assertThat(EmbeddingExample.scorecard(broken)).singleElement().asString().endsWith("failed");
  }

  @Test
  void key_fromHex_orElseRandomWithANote() {
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    PrintStream printer = new PrintStream(notes, true, StandardCharsets.UTF_8);

    assertThat(EmbeddingExample.key(HexFormat.of().formatHex(KEY), printer)).isEqualTo(KEY);
    assertThat(notes.size()).isZero();
    assertThat(EmbeddingExample.key(null, printer)).hasSize(Pseudonymiser.MIN_KEY_BYTES);
    assertThat(notes.toString(StandardCharsets.UTF_8))
        .contains("CASEBOOK_PSEUDONYM_KEY is not set");
    assertThatThrownBy(() -> EmbeddingExample.key("not hex", printer))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void main_writesTheReport_asTheJavaApiHasIt(@TempDir Path work) throws Exception {
    Path file = work.resolve("report.json");

    EmbeddingExample.main(new String[] {file.toString()});

    try (InputStream in = Files.newInputStream(file)) {
      Report read = ReportJson.read(in);
      // The key is random when the environment has none, so only what does not rest on pseudonyms
      // is compared.
      assertThat(read.metrics())
          .extracting(Report.MetricResult::id, Report.MetricResult::status)
          .isEqualTo(
              REPORT.metrics().stream()
                  .map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.status()))
                  .toList());
    }
  }

  @Test
  void sample_mapsWithoutAProblem() {
    assertThat(
            catchThrowableOfType(
                RuntimeException.class, () -> sampleDataset(new CasebookMapping(PSEUDONYMS))))
        .isNull();
  }
}
