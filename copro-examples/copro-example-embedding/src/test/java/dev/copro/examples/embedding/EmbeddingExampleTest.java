package dev.copro.examples.embedding;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.Pseudonymiser;
import dev.copro.spi.Rating;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
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
 * so leadership is 2/5; of the four resolutions, DSR-01/1 and DSR-04/1 were agreed with service users
 * or carers and DSR-04/2 and DSR-06/1 without, so decision inclusion is 1/2 — red against its
 * thresholds of 0.9 and 0.6.
 */
class EmbeddingExampleTest {

  private static final byte[] KEY = "an example key of 32 bytes, or more".getBytes(StandardCharsets.UTF_8);
  private static final Pseudonymiser PSEUDONYMS = Pseudonymiser.withKey(KEY);
  private static final Report REPORT = EmbeddingExample.evaluate(PSEUDONYMS);

  @Test
  void evaluate_endToEnd_everyDefaultMetricGivesAResult() {
    assertThat(REPORT.pluginFailures()).isEmpty();
    assertThat(EmbeddingExample.failures(REPORT)).isEmpty();
    assertThat(REPORT.metrics()).extracting(Report.MetricResult::id)
        .contains("copro.power.leadership", "copro.power.decision-inclusion", "copro.access.notice")
        .allMatch(id -> id.startsWith("copro."));
    assertThat(REPORT.dataset().records()).containsEntry("initiatives", 1L).containsEntry("participants", 9L)
        .containsEntry("activities", 6L).containsEntry("attendance", 9L + 8 + 7 + 9 + 4 + 9)
        .containsEntry("decisions", 4L);
    assertThat(REPORT.configuration().referenceDate()).isEqualTo(EmbeddingExample.AS_OF);
  }

  @Test
  void evaluate_leadership_twoOfFiveChairedMeetings() {
    assertThat(REPORT.metric("copro.power.leadership").orElseThrow()).isOk()
        .hasValueCloseTo(2.0 / 5, within(1e-12)).hasN(5)
        .hasWarningContaining("1 activity has no chairs recorded");
  }

  @Test
  void evaluate_decisionInclusion_halfTheResolutions_redWithTheOthersAsEvidence() {
    assertThat(REPORT.metric("copro.power.decision-inclusion").orElseThrow()).isOk()
        .hasValue(0.5).hasN(4).hasRating(Rating.RED)
        .hasFindingWithEvidence("about-us-without-us", "decision:DSR-04/2", "decision:DSR-06/1");
  }

  @Test
  void report_holdsPseudonyms_neverMembershipNumbers() {
    String json = ReportJson.toJson(REPORT);

    for (Casebook.Member member : CasebookSample.MEMBERS) {
      assertThat(json).doesNotContain(member.membershipNumber());
    }
  }

  @Test
  void mapping_pseudonymisesMembers_stablyUnderOneKey() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    Dataset dataset = mapping.toDataset(CasebookSample.PROJECTS, CasebookSample.MEMBERS, CasebookSample.MEETINGS);
    String carer = mapping.participant("M-1004");

    assertThat(carer).isEqualTo(PSEUDONYMS.pseudonymise("M-1004")).matches("p-[0-9a-f]{32}")
        .isNotEqualTo(new CasebookMapping(Pseudonymiser.withKey(new byte[32])).participant("M-1004"));
    assertThat(dataset.participant(carer).orElseThrow().perspective()).isEqualTo(Perspective.CARER);
    assertThat(dataset.participant(carer).orElseThrow().attributes()).containsEntry("age-band", "45-64");
    assertThat(dataset.activity("DSR-02").orElseThrow().chairs()).containsExactly(carer, mapping.participant("M-1006"));
  }

  @Test
  void mapping_keepsWhatCaseBookMeans() {
    CasebookMapping mapping = new CasebookMapping(PSEUDONYMS);
    Dataset dataset = mapping.toDataset(CasebookSample.PROJECTS, CasebookSample.MEMBERS, CasebookSample.MEETINGS);
    String volunteer = mapping.participant("M-1009");

    Activity dropIn = dataset.activity("DSR-05").orElseThrow();
    assertThat(dropIn.type()).isEqualTo(ActivityType.OTHER);
    assertThat(dropIn.typeLabel()).isEqualTo("drop-in");
    assertThat(dataset.attendanceAt("DSR-05")).contains(new Attendance("DSR-05", volunteer, false, true, null, null));
    assertThat(dataset.participant(volunteer).orElseThrow().perspectiveLabel()).isEqualTo("volunteer");
    assertThat(dataset.activity("DSR-03").orElseThrow().noticeDays()).isEqualTo(2L);
    assertThat(dataset.decision("DSR-04/2").orElseThrow().votes()).hasSize(3);
  }

  @Test
  void print_scorecardLinePerMetric() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EmbeddingExample.print(REPORT, new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines.get(0)).isEqualTo("Scorecard of casebook as of 2025-06-30");
    assertThat(lines).hasSize(1 + REPORT.metrics().size()).doesNotContain("Failed:");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Leadership").contains("0.400 share"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Decision inclusion")
        .contains("red", "0.500 share", "1 finding"));
  }

  @Test
  void failures_listFailedMetrics_failedRules_andPluginsThatDidNotLoad() {
    Report.MetricResult metric = REPORT.metrics().get(0);
    Report broken = new Report(REPORT.format(), REPORT.dataset(), REPORT.configuration(),
        List.of(new Report.MetricResult(metric.id(), metric.version(), metric.name(), metric.description(),
            metric.principles(), metric.unit(), null, null, null, metric.id() + ": threw java.lang.RuntimeException")),
        List.of(new Report.RuleResult("acme.rule", "1.0.0", "Rule", "", java.util.Set.of(), List.of(),
            "acme.rule: returned null instead of a list of findings")),
        List.of(new dev.copro.engine.PluginFailure("org.acme.Broken", "plugins/acme.jar", "could not be loaded")),
        List.of());

    assertThat(EmbeddingExample.failures(broken)).containsExactly(metric.id() + ": threw java.lang.RuntimeException",
        "acme.rule: returned null instead of a list of findings", "plugins/acme.jar: could not be loaded");
    assertThat(EmbeddingExample.scorecard(broken)).singleElement().asString().endsWith("failed");
  }

  @Test
  void key_fromHex_orElseRandomWithANote() {
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    PrintStream printer = new PrintStream(notes, true, StandardCharsets.UTF_8);

    assertThat(EmbeddingExample.key(HexFormat.of().formatHex(KEY), printer)).isEqualTo(KEY);
    assertThat(notes.size()).isZero();
    assertThat(EmbeddingExample.key(null, printer)).hasSize(Pseudonymiser.MIN_KEY_BYTES);
    assertThat(notes.toString(StandardCharsets.UTF_8)).contains("CASEBOOK_PSEUDONYM_KEY is not set");
    assertThatThrownBy(() -> EmbeddingExample.key("not hex", printer)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void main_writesTheReport_asTheJavaApiHasIt(@TempDir Path work) throws Exception {
    Path file = work.resolve("report.json");

    EmbeddingExample.main(new String[] {file.toString()});

    try (InputStream in = Files.newInputStream(file)) {
      Report read = ReportJson.read(in);
      // The key is random when the environment has none, so only what does not rest on pseudonyms is compared.
      assertThat(read.metrics()).extracting(Report.MetricResult::id, Report.MetricResult::status)
          .isEqualTo(REPORT.metrics().stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.status()))
              .toList());
    }
  }
}
