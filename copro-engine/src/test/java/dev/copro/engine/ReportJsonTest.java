package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.Principle;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  private static Report read(String json) {
    return ReportJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "report.json");
  }

  /** A report using every part of the format. */
  private static Report everything() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("initiatives", 1L);
    counts.put("participants", 12L);
    Measurement full =
        Measurement.of(0.25, 12)
            .confidence(new Interval(0.1, 0.4, 0.95))
            .component("zeta", 1.0E-4)
            .component("alpha", -3.5)
            .breakdown(
                new Breakdown(
                    "perspective",
                    List.of(
                        Group.of("carer", 0.5, 6),
                        new Group("other", null, null, true),
                        Group.noValue("professional", 7))))
            .finding(
                Finding.of(
                    "late", Severity.HIGH, "2 late", List.of("payment:pay-1", "payment:pay-2")))
            .warning("1 payment has no date")
            .build();
    return new Report(
        Report.FORMAT,
        new Report.DatasetSummary(null, counts),
        new Report.ConfigurationSummary(
            new Bloc(EnumSet.of(dev.copro.model.Perspective.CARER)),
            7,
            PeriodUnit.MONTH,
            LocalDate.of(2025, 2, 28),
            List.of(Dimension.PERSPECTIVE, new Dimension("age-band"))),
        List.of(
            new Report.MetricResult(
                "acme.b.full",
                "1.2.3",
                "Full",
                "Everything",
                EnumSet.of(Principle.EQUALITY, Principle.RECIPROCITY),
                Unit.SHARE,
                full,
                Rating.RED,
                Thresholds.lowerIsBetter(0.1, 0.2),
                null),
            new Report.MetricResult(
                "acme.a.none",
                "1.0.0",
                "None",
                "",
                Set.of(),
                Unit.DAYS,
                Measurement.noValue("nothing dated"),
                null,
                null,
                null),
            new Report.MetricResult(
                "acme.c.failed",
                "1.0.0",
                "Failed",
                "",
                Set.of(),
                Unit.COUNT,
                null,
                null,
                null,
                "threw java.lang.IllegalStateException: boom")),
        List.of(
            new Report.RuleResult(
                "acme.r.rule",
                "1.0.0",
                "Rule",
                "",
                Set.of(Principle.DIVERSITY),
                List.of(Finding.of("x", Severity.INFO, "seen", List.of())),
                null),
            new Report.RuleResult(
                "acme.r.broken",
                "1.0.0",
                "Broken",
                "",
                Set.of(),
                List.of(),
                "acme.r.broken: oops")),
        List.of(
            new PluginFailure(
                null, "/plugins/empty.jar", "the jar registers no metric or rule of its own"),
            new PluginFailure("com.example.X", "/plugins/x.jar", "threw java.lang.Error")),
        List.of("a warning"));
  }

  @Test
  void write_thenRead_equalReportAndSameBytes() {
    Report report = everything();
    String json = ReportJson.toJson(report);

    Report back = read(json);

    assertThat(back).isEqualTo(report);
    assertThat(ReportJson.toJson(back)).isEqualTo(json);
    assertThat(back.metrics())
        .extracting(Report.MetricResult::id)
        .containsExactly("acme.a.none", "acme.b.full", "acme.c.failed");
    assertThat(back.metrics())
        .extracting(Report.MetricResult::status)
        .containsExactly(Report.Status.NO_VALUE, Report.Status.OK, Report.Status.FAILED);
    assertThat(back.metric("acme.b.full").orElseThrow().measurement().components().keySet())
        .containsExactly("zeta", "alpha");
  }

  @Test
  void write_engineReport_roundTrips() {
    Report report;
    try (Copro copro =
        Copro.builder()
            .classLoader(Fixtures.plugins("good", "hostile", "broken"))
            .configuration(
                Configuration.builder()
                    .enable(TestPlugins.IDS)
                    .enable("acme.hostile.returns-nan")
                    .breakdowns("perspective", "postcode")
                    .build())
            .build()) {
      report = copro.evaluate(Fixtures.dataset());
    }

    assertThat(read(ReportJson.toJson(report))).isEqualTo(report);
    assertThat(report.pluginFailures()).isNotEmpty();
    assertThat(report.warnings()).isNotEmpty();
  }

  @Test
  void write_findingWithMoreRecordsThanItLists_countsTheOthersAndReadsBack() {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      refs.add("attendance:a-" + (1000 + i) + "/p-1");
    }
    Measurement m =
        Measurement.of(0.5, 250)
            .finding(Finding.of("unmet", Severity.HIGH, "250 unmet", refs))
            .finding(Finding.of("met", Severity.INFO, "2 met", refs.subList(0, 2)))
            .build();
    Report report =
        new Report(
            Report.FORMAT,
            new Report.DatasetSummary(null, Map.of()),
            everything().configuration(),
            List.of(
                new Report.MetricResult(
                    "acme.m", "1.0.0", "M", "", Set.of(), Unit.SHARE, m, null, null, null)),
            List.of(),
            List.of(),
            List.of());

    String json = ReportJson.toJson(report);

    assertThat(json)
        .contains("\"attendance:a-1099/p-1\"\n")
        .doesNotContain("attendance:a-1100/p-1")
        .contains("\"evidenceOmitted\": 150");
    // Only the finding that leaves records out says so.
    assertThat(json.split("evidenceOmitted", -1)).hasSize(2);
    Report back = read(json);
    assertThat(back).isEqualTo(report);
    assertThat(back.metrics().get(0).measurement().findings())
        .extracting(Finding::evidenceOmitted)
        .containsExactly(150L, 0L);
  }

  @Test
  void write_absentValuesLeftOut_fixedFieldOrder() {
    String json = ReportJson.toJson(everything());

    assertThat(json).doesNotContain("null").endsWith("}\n").doesNotContain("\r");
    assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"dataset\""));
    assertThat(json.indexOf("\"metrics\"")).isLessThan(json.indexOf("\"rules\""));
    // A suppressed group keeps only its key; groups sit at the seventh level of nesting.
    assertThat(json)
        .contains(
            "{\n"
                + " ".repeat(16)
                + "\"key\": \"other\",\n"
                + " ".repeat(16)
                + "\"suppressed\": true\n"
                + " ".repeat(14)
                + "}");
  }

  @Test
  void read_problems_listedWithLocations() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                read(
                    """
        {
          "format": "copro-report/1",
          "dataset": {"records": {"participants": 1.5}},
          "configuration": {"bloc": ["carer"], "suppressionMinimum": 5, "periodUnit": "week",
            "referenceDate": "2025-01-01", "breakdowns": []},
          "metrics": [{"id": "acme.x", "version": "1", "name": "X", "description": "", "principles": [],
            "unit": "share", "status": "ok", "failure": "boom"}],
          "rules": [],
          "pluginFailures": [],
          "warnings": [],
          "extra": true
        }"""));

    assertThat(e.problems())
        .extracting(Problem::kind, p -> p.location().line(), p -> p.location().path())
        .containsExactly(
            tuple(Problem.Kind.MALFORMED, 3, "/dataset/records/participants"),
            tuple(Problem.Kind.INVALID_VALUE, 4, "/configuration/periodUnit"),
            tuple(Problem.Kind.INCONSISTENT, 7, "/metrics/0/status"),
            tuple(Problem.Kind.UNKNOWN_FIELD, 11, "/extra"));
  }

  @Test
  void read_otherFormat_rejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> read("{\"format\": \"copro-report/9\"}"));

    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::kind)
        .isEqualTo(Problem.Kind.UNSUPPORTED_FORMAT);
  }

  @Test
  void docs_reportExample_readsAndIsWrittenIdentically() throws IOException {
    String example = Fixtures.jsonExample("report-format.md");

    Report report = read(example);

    assertThat(ReportJson.toJson(report)).isEqualTo(example);
    assertThat(report.metrics())
        .extracting(Report.MetricResult::status)
        .contains(Report.Status.OK, Report.Status.NO_VALUE, Report.Status.FAILED);
  }
}
