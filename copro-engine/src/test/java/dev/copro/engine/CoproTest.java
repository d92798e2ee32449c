package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoproTest {

  private static final Dataset DATA = Fixtures.dataset();

  private static Report evaluate(Configuration config) {
    try (Copro copro = Fixtures.goodEngine().configuration(config).build()) {
      return copro.evaluate(DATA);
    }
  }

  private static Measurement measurement(Report report, String id) {
    return report.metric(id).orElseThrow().measurement();
  }

  private static Breakdown breakdown(Measurement m, String dimension) {
    return m.breakdowns().stream()
        .filter(b -> b.dimension().equals(dimension))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void plugins_discoveredInClassLoader_listedWithDescriptorKindAndSource() {
    Configuration config = Configuration.builder().disable(TestPlugins.ActivityCount.ID).build();
    try (Copro copro = Fixtures.goodEngine().configuration(config).build()) {
      assertThat(copro.plugins())
          .extracting(PluginInfo::id)
          .containsExactly(
              TestPlugins.ActivityCount.ID,
              TestPlugins.AttendanceRate.ID,
              TestPlugins.LowRateRule.ID,
              TestPlugins.MeanOfShares.ID);
      PluginInfo count = copro.plugins().get(0);
      assertThat(count.kind()).isEqualTo(PluginInfo.Kind.METRIC);
      assertThat(count.enabled()).isFalse();
      assertThat(count.className()).isEqualTo(TestPlugins.ActivityCount.class.getName());
      assertThat(count.source())
          .isEqualTo(PluginLoader.location(TestPlugins.class))
          .contains("test-classes");
      assertThat(count.descriptor().parameters())
          .extracting(p -> p.name())
          .containsExactly("minimumAttendees");
      assertThat(copro.plugins().get(2).kind()).isEqualTo(PluginInfo.Kind.RULE);
      assertThat(copro.pluginFailures()).isEmpty();
    }
  }

  @Test
  void plugins_explicitInstances_needNoDiscovery() {
    try (Copro copro =
        Copro.builder()
            .classPathDiscovery(false)
            .metrics(new TestPlugins.CoproPrefixed())
            .build()) {
      assertThat(copro.plugins())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.id()).isEqualTo("copro.test.prefixed");
                assertThat(p.source()).endsWith("(given to the builder)");
              });
      assertThat(
              copro
                  .evaluate(DATA)
                  .metric("copro.test.prefixed")
                  .orElseThrow()
                  .measurement()
                  .value())
          .isEqualTo(15.0);
    }
  }

  @Test
  void evaluate_directMetric_valueNAndRatingFromDescriptorThresholds() {
    Report report = evaluate(Configuration.defaults());

    Report.MetricResult rate = report.metric(TestPlugins.AttendanceRate.ID).orElseThrow();
    assertThat(rate.status()).isEqualTo(Report.Status.OK);
    // 39 of 49 invitations taken up: below the green 0.8, above the amber 0.5.
    assertThat(rate.measurement().value()).isCloseTo(39.0 / 49, within(1e-12));
    assertThat(rate.measurement().n()).isEqualTo(49);
    assertThat(rate.rating()).isEqualTo(Rating.AMBER);
    assertThat(rate.thresholds()).isEqualTo(Thresholds.higherIsBetter(0.8, 0.5));
    assertThat(rate.failure()).isNull();
  }

  @Test
  void evaluate_configuredThresholds_overrideTheDescriptors() {
    Report greener =
        evaluate(
            Configuration.builder()
                .thresholds(TestPlugins.AttendanceRate.ID, Thresholds.higherIsBetter(0.75, 0.5))
                .build());
    // A metric that declares no thresholds may be rated in either direction: four activities is
    // red.
    Report lowerIsBetter =
        evaluate(
            Configuration.builder()
                .thresholds(TestPlugins.ActivityCount.ID, Thresholds.lowerIsBetter(2, 3))
                .build());

    assertThat(greener.metric(TestPlugins.AttendanceRate.ID).orElseThrow().rating())
        .isEqualTo(Rating.GREEN);
    assertThat(lowerIsBetter.metric(TestPlugins.ActivityCount.ID).orElseThrow().rating())
        .isEqualTo(Rating.RED);
    // A metric without thresholds is not rated.
    assertThat(greener.metric(TestPlugins.ActivityCount.ID).orElseThrow().rating()).isNull();
  }

  @Test
  void evaluate_perspectiveBreakdown_primaryAndSecondarySuppression() {
    Breakdown byPerspective =
        breakdown(
            measurement(evaluate(Configuration.defaults()), TestPlugins.AttendanceRate.ID),
            "perspective");

    // Carers rest on 3 people (< 5): suppressed. That leaves one suppressed group, so the smallest
    // other group is suppressed too: lived experience and professionals both have 6, and
    // lived-experience comes first. Professionals took up 15 of 18 invitations.
    assertThat(byPerspective.groups())
        .containsExactly(
            new Group("carer", null, null, true),
            new Group("lived-experience", null, null, true),
            Group.of("professional", 15.0 / 18, 6, 6));
  }

  @Test
  void evaluate_suppressionMinimum_isConfigurable() {
    Breakdown byPerspective =
        breakdown(
            measurement(
                evaluate(Configuration.builder().suppressionMinimum(3).build()),
                TestPlugins.AttendanceRate.ID),
            "perspective");

    assertThat(byPerspective.groups())
        .containsExactly(
            Group.of("carer", 6.0 / 10, 3, 3),
            Group.of("lived-experience", 18.0 / 21, 6, 6),
            Group.of("professional", 15.0 / 18, 6, 6));
  }

  @Test
  void evaluate_sliceableMetric_breakdownsPerInitiativeAndQuarter() {
    Measurement rate =
        measurement(evaluate(Configuration.defaults()), TestPlugins.AttendanceRate.ID);

    // A slice's n is the metric's (invitations); its people are everyone invited to it.
    assertThat(breakdown(rate, "initiative").groups())
        .containsExactly(Group.of("i-1", 24.0 / 30, 30, 15), Group.of("i-2", 15.0 / 19, 19, 15));
    assertThat(breakdown(rate, "period").groups())
        .containsExactly(
            Group.of("2025-Q1", 24.0 / 30, 30, 15),
            Group.of("2025-Q2", 9.0 / 12, 12, 12),
            Group.of("2025-Q3", 6.0 / 7, 7, 7));
  }

  @Test
  void evaluate_scopedRecords_perInitiativeAndPeriod() {
    Measurement count =
        measurement(
            evaluate(Configuration.builder().suppressionMinimum(1).build()),
            TestPlugins.ActivityCount.ID);

    assertThat(count.value()).isEqualTo(4.0);
    assertThat(breakdown(count, "initiative").groups())
        .containsExactly(Group.of("i-1", 2, 2, 15), Group.of("i-2", 2, 2, 15));
    assertThat(breakdown(count, "period").groups())
        .containsExactly(
            Group.of("2025-Q1", 2, 2, 15),
            Group.of("2025-Q2", 1, 1, 12),
            Group.of("2025-Q3", 1, 1, 7));
  }

  @Test
  void evaluate_monthlyPeriods_includeEmptyMonthsAsSuppressedGroups() {
    Measurement count =
        measurement(
            evaluate(
                Configuration.builder().periodUnit(PeriodUnit.MONTH).suppressionMinimum(1).build()),
            TestPlugins.ActivityCount.ID);

    // The empty months have no one in them.
    assertThat(breakdown(count, "period").groups())
        .containsExactly(
            Group.of("2025-01", 1, 1, 15),
            Group.of("2025-02", 1, 1, 15),
            new Group("2025-03", null, null, true),
            Group.of("2025-04", 1, 1, 12),
            new Group("2025-05", null, null, true),
            new Group("2025-06", null, null, true),
            new Group("2025-07", null, null, true),
            Group.of("2025-08", 1, 1, 7));
  }

  @Test
  void evaluate_periodUnitNone_noPeriodBreakdown() {
    Measurement count =
        measurement(
            evaluate(Configuration.builder().periodUnit(PeriodUnit.NONE).build()),
            TestPlugins.ActivityCount.ID);

    assertThat(count.breakdowns()).extracting(Breakdown::dimension).containsExactly("initiative");
  }

  @Test
  void evaluate_parameters_reachTheMetric() {
    Report report =
        evaluate(
            Configuration.builder()
                .parameter(TestPlugins.ActivityCount.ID, "minimumAttendees", 10)
                .build());

    // Only a-1 and a-2 had at least ten attending.
    assertThat(measurement(report, TestPlugins.ActivityCount.ID).value()).isEqualTo(2.0);
  }

  @Test
  void evaluate_attributeBreakdown_configuredDimensionFollowsPerspective() {
    Measurement rate =
        measurement(
            evaluate(
                Configuration.builder()
                    .breakdowns("age-band", "perspective")
                    .suppressionMinimum(1)
                    .build()),
            TestPlugins.AttendanceRate.ID);

    assertThat(rate.breakdowns())
        .extracting(Breakdown::dimension)
        .containsExactly("perspective", "age-band", "initiative", "period");
    // Odd-numbered participants (p-01, 03 … 15: eight people) are 41-plus. Their invitations:
    // a-1 8 (6 attended), a-2 8 (7), a-3 6 (5), a-4 4 (3): 21 of 26. The other seven took up 18 of
    // 23.
    assertThat(breakdown(rate, "age-band").groups())
        .containsExactly(Group.of("18-40", 18.0 / 23, 7, 7), Group.of("41-plus", 21.0 / 26, 8, 8));
  }

  @Test
  void evaluate_aggregateMetric_seesDirectOutcomesInIdOrder() {
    Report report = evaluate(Configuration.defaults());

    Measurement mean = measurement(report, TestPlugins.MeanOfShares.ID);
    // The only direct share is the attendance rate.
    assertThat(mean.value()).isCloseTo(39.0 / 49, within(1e-12));
    assertThat(mean.findings())
        .singleElement()
        .extracting(Finding::evidence)
        .isEqualTo(List.of("metric:" + TestPlugins.AttendanceRate.ID));
    // Aggregates are not sliced.
    assertThat(mean.breakdowns()).isEmpty();
  }

  @Test
  void evaluate_rules_seeEveryMetricOutcomeInIdOrder() {
    Report report =
        evaluate(
            Configuration.builder()
                .thresholds(TestPlugins.AttendanceRate.ID, Thresholds.higherIsBetter(0.9, 0.85))
                .build());

    Report.RuleResult rule = report.rule(TestPlugins.LowRateRule.ID).orElseThrow();
    assertThat(rule.status()).isEqualTo(Report.Status.OK);
    assertThat(rule.findings()).extracting(Finding::code).containsExactly("red-rating", "seen");
    assertThat(rule.findings().get(0).evidence()).containsExactly(TestPlugins.AttendanceRate.ID);
    assertThat(rule.findings().get(1).evidence())
        .containsExactly(
            TestPlugins.ActivityCount.ID,
            TestPlugins.AttendanceRate.ID,
            TestPlugins.MeanOfShares.ID);
  }

  @Test
  void evaluate_disabledPlugins_areNotRun() {
    Report report =
        evaluate(
            Configuration.builder()
                .enable(TestPlugins.ActivityCount.ID, TestPlugins.LowRateRule.ID)
                .build());

    assertThat(report.metrics())
        .extracting(Report.MetricResult::id)
        .containsExactly(TestPlugins.ActivityCount.ID);
    assertThat(report.rules())
        .extracting(Report.RuleResult::id)
        .containsExactly(TestPlugins.LowRateRule.ID);
  }

  @Test
  void evaluate_summaries_describeDatasetAndEffectiveConfiguration() {
    Report report = evaluate(Configuration.builder().bloc(Perspective.CARER).build());

    assertThat(report.format()).isEqualTo("copro-report/1");
    assertThat(report.dataset().name()).isEqualTo("fixture");
    assertThat(report.dataset().records())
        .containsEntry("initiatives", 2L)
        .containsEntry("participants", 15L)
        .containsEntry("activities", 4L)
        .containsEntry("attendance", 49L)
        .containsEntry("decisions", 0L);
    assertThat(report.configuration().bloc().perspectives()).containsExactly(Perspective.CARER);
    assertThat(report.configuration().suppressionMinimum()).isEqualTo(5);
    assertThat(report.configuration().periodUnit()).isEqualTo(PeriodUnit.QUARTER);
    // No reference date configured: the latest date in the dataset.
    assertThat(report.configuration().referenceDate()).isEqualTo(LocalDate.of(2025, 8, 5));
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void evaluate_unrecordedAttribute_warns() {
    Report report = evaluate(Configuration.builder().breakdowns("perspective", "postcode").build());

    assertThat(report.warnings()).singleElement().asString().contains("'postcode'");
  }

  @Test
  void evaluate_emptyDataset_givesNoValueNotFailure() {
    try (Copro copro = Fixtures.goodEngine().build()) {
      Report report = copro.evaluate(Dataset.empty());

      assertThat(report.metric(TestPlugins.AttendanceRate.ID).orElseThrow().status())
          .isEqualTo(Report.Status.NO_VALUE);
      assertThat(report.metric(TestPlugins.ActivityCount.ID).orElseThrow().measurement().value())
          .isZero();
      assertThat(report.metric(TestPlugins.MeanOfShares.ID).orElseThrow().status())
          .isEqualTo(Report.Status.NO_VALUE);
    }
  }

  @Test
  void evaluate_afterClose_isRefused() {
    Copro copro = Fixtures.goodEngine().build();
    copro.close();

    assertThatThrownBy(() -> copro.evaluate(DATA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void build_noMetricFound_warnsInTheEngineAndInEveryReport() {
    try (Copro copro = Copro.builder().classPathDiscovery(false).build()) {
      Report report = copro.evaluate(DATA);

      assertThat(copro.warnings()).containsExactly(Copro.NO_METRICS);
      assertThat(report.metrics()).isEmpty();
      assertThat(report.warnings()).first().isEqualTo(Copro.NO_METRICS);
      assertThat(Copro.NO_METRICS).contains("copro-metrics");
    }
  }

  @Test
  void build_noMetricFoundWhenRequired_isAConfigurationProblem() {
    assertThatThrownBy(
            () ->
                Copro.builder()
                    .classPathDiscovery(false)
                    .rules(new TestPlugins.LowRateRule())
                    .requireMetrics(true)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.kind()).isEqualTo(Problem.Kind.CONFIGURATION);
                          assertThat(p.message())
                              .startsWith("no metric was found")
                              .contains("copro-metrics");
                        }));
  }

  @Test
  void build_metricsFound_noEngineWarning() {
    try (Copro copro = Fixtures.goodEngine().requireMetrics(true).build()) {
      assertThat(copro.warnings()).isEmpty();
      assertThat(copro.evaluate(DATA).warnings()).doesNotContain(Copro.NO_METRICS);
    }
  }

  @Test
  void builder_invalidSettings_areRefusedAtOnce() {
    assertThatThrownBy(() -> Copro.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Copro.builder().timeBudget(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void report_statusAndLookups() {
    Report report = evaluate(Configuration.defaults());

    assertThat(report.metric("acme.unknown")).isEmpty();
    assertThat(report.metrics()).extracting(Report.MetricResult::id).isSorted();
    assertThat(List.of(Report.Status.values()))
        .extracting(Report.Status::code)
        .containsExactly("ok", "no-value", "failed");
  }

  /** A plugin metric that constructs its measurement directly, with 1,500 findings. */
  private static final class ManyFindings implements Metric {
    static final String ID = "acme.test.many-findings";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .name("Many findings")
          .unit(Unit.COUNT)
          .range(ValueRange.NON_NEGATIVE)
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return new Measurement(1.0, null, 1, null, Map.of(), List.of(), findings(1500), List.of());
    }

    static List<Finding> findings(int count) {
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        findings.add(Finding.of("many", Severity.INFO, "finding " + i, List.of("activity:a-" + i)));
      }
      return findings;
    }
  }

  @Test
  void evaluate_measurementConstructedWithMoreFindingsThanTheMaximum_listsTheFirstAndWarnsOnce() {
    try (Copro copro =
        Copro.builder().classPathDiscovery(false).metrics(new ManyFindings()).build()) {
      Report report = copro.evaluate(DATA);

      Measurement m = measurement(report, ManyFindings.ID);
      assertThat(m.findings()).containsExactlyElementsOf(ManyFindings.findings(1000));
      assertThat(m.warnings())
          .filteredOn(w -> w.contains("not listed"))
          .containsExactly("500 more findings not listed: a result lists at most 1,000.");
      String json = ReportJson.toJson(report);
      assertThat(
              ReportJson.toJson(
                  ReportJson.read(
                      new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                      "report.json")))
          .isEqualTo(json);
    }
  }
}
