package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.engine.results.DefaultMetrics;
import dev.copro.engine.results.Headline;
import dev.copro.engine.results.PrincipleScore;
import dev.copro.engine.results.WarningSign;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Principle;
import dev.copro.spi.Finding;
import dev.copro.spi.Metric;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Keeps the host-facing constants of {@link DefaultMetrics} (in copro-engine, which cannot see this
 * module) and {@link WarningSign} equal to what the default catalog really reports: every id, and
 * every component and finding code a default metric reports has a constant; and {@link Headline}
 * reads the verdicts the catalog gives by the contracts it documents.
 */
class DefaultMetricsTest {

  private static final Copro COPRO =
      Copro.builder()
          .configuration(
              Configuration.builder()
                  .parameter(
                      DefaultMetrics.REPRESENTATION,
                      "reference",
                      List.of(
                          "lived-experience=0.25",
                          "carer=0.25",
                          "professional=0.25",
                          "commissioner=0.25"))
                  .suppressionMinimum(1)
                  .build())
          .parallelism(1)
          .build();

  /**
   * The component constants of each metric id, by the naming of the constants: {@code
   * NOTICE_MEDIAN_DAYS} of {@code NOTICE}.
   */
  private static final Map<String, Set<String>> COMPONENTS = components();

  @AfterContainer
  static void close() {
    COPRO.close();
  }

  private static Map<String, Set<String>> components() {
    Map<String, String> ids = new HashMap<>();
    Map<String, String> others = new HashMap<>();
    for (Field field : DefaultMetrics.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) get(field);
        (value.startsWith("copro.") ? ids : others).put(field.getName(), value);
      }
    }
    Map<String, Set<String>> components = new HashMap<>();
    ids.values().forEach(id -> components.put(id, new TreeSet<>()));
    others.forEach(
        (name, value) -> {
          if (name.endsWith("_FINDING") || name.endsWith("_SUFFIX")) {
            return;
          }
          String metric =
              ids.keySet().stream()
                  .filter(prefix -> name.startsWith(prefix + "_"))
                  .max((a, b) -> Integer.compare(a.length(), b.length()))
                  .orElseThrow(
                      () ->
                          new AssertionError(
                              "the component constant "
                                  + name
                                  + " is named after no metric id constant"));
          components.get(ids.get(metric)).add(value);
        });
    Arrays.stream(Principle.values())
        .forEach(p -> components.get(DefaultMetrics.SCORECARD).add(p.code()));
    Arrays.stream(Principle.values())
        .forEach(
            p ->
                components
                    .get(DefaultMetrics.SCORECARD)
                    .add(p.code() + DefaultMetrics.SCORECARD_RATING_SUFFIX));
    Arrays.stream(WarningSign.values())
        .forEach(s -> components.get(DefaultMetrics.WARNING_SIGNS).add(s.component()));
    Arrays.stream(WarningSign.values())
        .forEach(
            s ->
                components
                    .get(DefaultMetrics.MINIER_CHECKLIST)
                    .add(s.component() + DefaultMetrics.MINIER_CHECKLIST_REPORTED_SUFFIX));
    return components;
  }

  private static Object get(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Example
  void all_isEveryDefaultMetricIdInIdOrder() {
    List<String> loaded = new ArrayList<>();
    ServiceLoader.load(Metric.class).forEach(m -> loaded.add(m.descriptor().id()));

    assertThat(DefaultMetrics.ALL).isSorted().containsExactlyInAnyOrderElementsOf(loaded);
    assertThat(COMPONENTS.keySet()).containsExactlyInAnyOrderElementsOf(loaded);
  }

  @Example
  void ladderFindingCodes_areTheLaddersOwn() {
    assertThat(
            List.of(
                DefaultMetrics.LADDER_RULE_FINDING,
                DefaultMetrics.LADDER_CONDITION_MET_FINDING,
                DefaultMetrics.LADDER_CONDITION_NOT_MET_FINDING,
                DefaultMetrics.LADDER_INITIATIVE_RUNG_FINDING,
                DefaultMetrics.LADDER_WEAKEST_INITIATIVE_FINDING))
        .containsExactly(
            dev.copro.metrics.ladder.LadderPlacement.RULE_FINDING,
            dev.copro.metrics.ladder.LadderPlacement.CONDITION_MET_FINDING,
            dev.copro.metrics.ladder.LadderPlacement.CONDITION_NOT_MET_FINDING,
            dev.copro.metrics.ladder.LadderPlacement.INITIATIVE_FINDING,
            dev.copro.metrics.ladder.LadderPlacement.WEAKEST_FINDING);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(6);
  }

  @Property(tries = 40)
  void everyComponentAndFindingCode_hasAConstant(@ForAll("datasets") Dataset dataset) {
    Report report = COPRO.evaluate(dataset);

    Set<String> signCodes = new HashSet<>();
    Arrays.stream(WarningSign.values())
        .forEach(
            s -> {
              signCodes.add(s.code());
              signCodes.addAll(s.relatedCodes());
            });
    for (Report.MetricResult result : report.metrics()) {
      if (result.measurement() == null) {
        continue;
      }
      assertThat(COMPONENTS.get(result.id()))
          .as("components of %s", result.id())
          .containsAll(result.measurement().components().keySet());
      List<String> codes = result.measurement().findings().stream().map(Finding::code).toList();
      switch (result.id()) {
        case DefaultMetrics.WARNING_SIGNS -> assertThat(signCodes).containsAll(codes);
        case DefaultMetrics.LADDER ->
            assertThat(
                    List.of(
                        DefaultMetrics.LADDER_RULE_FINDING,
                        DefaultMetrics.LADDER_INITIATIVE_RUNG_FINDING,
                        DefaultMetrics.LADDER_WEAKEST_INITIATIVE_FINDING,
                        DefaultMetrics.LADDER_CONDITION_MET_FINDING,
                        DefaultMetrics.LADDER_CONDITION_NOT_MET_FINDING))
                .containsAll(codes);
        case DefaultMetrics.SCORECARD ->
            assertThat(
                    List.of(
                        DefaultMetrics.PRINCIPLE_RATING_FINDING,
                        DefaultMetrics.OVERALL_CAPPED_FINDING,
                        DefaultMetrics.PEOPLE_AND_RECORDS_DIFFER_FINDING))
                .containsAll(codes);
        default -> {}
      }
    }
    assertHeadlineReadsTheVerdicts(report);
  }

  /**
   * The typed headline reads every verdict the catalog gave: a scored principle's rating as its
   * rating component gives it and its finding states it (not from the thresholds, which would miss
   * a cap), and a ladder with a value.
   */
  private static void assertHeadlineReadsTheVerdicts(Report report) {
    Headline headline = Headline.of(report);
    Report.MetricResult scorecard = report.metric(DefaultMetrics.SCORECARD).orElseThrow();
    if (scorecard.status() == Report.Status.OK) {
      assertThat(headline.scorecard()).isPresent();
      for (PrincipleScore line : headline.scorecard().orElseThrow().principles()) {
        String name =
            line.principle().code().substring(0, 1).toUpperCase(Locale.ROOT)
                + line.principle().code().substring(1);
        double points =
            switch (line.rating()) {
              case GREEN -> 1;
              case AMBER -> 0.5;
              case RED -> 0;
            };
        assertThat(scorecard.measurement().components())
            .containsEntry(
                line.principle().code() + DefaultMetrics.SCORECARD_RATING_SUFFIX, points);
        assertThat(scorecard.measurement().findings())
            .as("the finding stating the rating of %s", name)
            .anySatisfy(
                f ->
                    assertThat(f.message())
                        .containsPattern("^" + name + " is " + line.rating().code() + "\\b"));
      }
    } else {
      assertThat(headline.scorecard()).isEmpty();
    }
    Report.MetricResult ladder = report.metric(DefaultMetrics.LADDER).orElseThrow();
    assertThat(headline.ladder().isPresent()).isEqualTo(ladder.status() == Report.Status.OK);
    headline.ladder().ifPresent(place -> assertThat(place.rule()).isNotBlank());
  }
}
