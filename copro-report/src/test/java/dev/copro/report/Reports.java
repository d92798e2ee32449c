package dev.copro.report;

import dev.copro.engine.PeriodUnit;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.engine.Report.MetricResult;
import dev.copro.engine.Report.RuleResult;
import dev.copro.model.Principle;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Reports built by hand with known numbers, for the report formats' tests. */
final class Reports {

  /** A name full of markup, as a hostile or careless plugin might give. */
  static final String HOSTILE_NAME = "<script>alert('x')</script> | *bold* [link](http://x)";

  static final String HOSTILE_MESSAGE = "<b>bold</b> & | pipe";
  static final String HOSTILE_EVIDENCE = "participant:<img src=x>";
  static final String HOSTILE_WARNING = "line1\nline2 <i>";

  private Reports() {}

  /**
   * Every section filled: the scorecard (65% amber, n 12; equality 0.8, diversity 0.5,
   * accessibility 0.3, reciprocity 1.0, and relationship 0.9, which is not one of the four
   * principles), the ladder (rung 5, Arnstein 5, IAP2 3, n 8: below the caution minimum of 10) with
   * the rule that placed it, a condition met and one not met for the next rung, two warning signs,
   * the voice metric with perspective, attendance and period breakdowns (some groups suppressed), a
   * hostile plugin metric, a metric without a value, a failed metric, a rule, a plugin failure and
   * a warning.
   */
  static Report full() {
    List<MetricResult> metrics = new ArrayList<>();
    metrics.add(
        metric(
            ReportView.SCORECARD,
            "Principles scorecard",
            Unit.SHARE,
            Measurement.of(0.65, 12)
                .component("equality", 0.8)
                .component("diversity", 0.5)
                .component("accessibility", 0.3)
                .component("reciprocity", 1.0)
                .component("relationship", 0.9)
                .finding(
                    Finding.of(
                        "principle-rating",
                        Severity.INFO,
                        "Equality is green (score 0.80).",
                        List.of()))
                .build(),
            Rating.AMBER,
            Thresholds.higherIsBetter(0.75, 0.4)));
    metrics.add(
        metric(
            ReportView.LADDER,
            "Ladder",
            Unit.LEVEL,
            Measurement.of(5, 8)
                .component("arnsteinRung", 5)
                .component("iap2Level", 3)
                .finding(
                    Finding.of(
                        "ladder-rule",
                        Severity.INFO,
                        "Rule 'engagement' placed it on 5.",
                        List.of()))
                .finding(
                    Finding.of(
                        "ladder-condition-met",
                        Severity.INFO,
                        "Influence 40% (needs at least 25%).",
                        List.of()))
                .finding(
                    Finding.of(
                        "ladder-condition-not-met",
                        Severity.INFO,
                        "Decision inclusion 30% (needs at least 50%).",
                        List.of()))
                .build(),
            Rating.AMBER,
            Thresholds.higherIsBetter(6, 4)));
    metrics.add(
        metric(
            ReportView.WARNING_SIGNS,
            "Warning signs",
            Unit.COUNT,
            Measurement.of(2, 9)
                .finding(
                    Finding.of(
                        "rubber-stamp",
                        Severity.HIGH,
                        "Brought in at the end.",
                        IntStream.rangeClosed(1, 10).mapToObj(i -> "activity:a" + i).toList()))
                .finding(
                    Finding.of(
                        "no-feedback",
                        Severity.MEDIUM,
                        "No feedback.",
                        List.of("contribution:c1", "contribution:c2")))
                .build(),
            Rating.AMBER,
            Thresholds.lowerIsBetter(0, 2)));
    metrics.add(
        metric(
            ReportView.VOICE,
            "Voice equality",
            Unit.SHARE,
            Measurement.of(0.724, 40)
                .breakdown(
                    new Breakdown(
                        "perspective",
                        List.of(
                            new Group("carer", null, null, true),
                            Group.of("lived-experience", 0.35, 12),
                            Group.of("professional", 0.65, 20))))
                .breakdown(
                    new Breakdown(
                        "perspective-attendance",
                        List.of(
                            new Group("carer", null, null, true),
                            Group.of("lived-experience", 0.45, 14),
                            Group.of("professional", 0.55, 17))))
                .breakdown(
                    new Breakdown(
                        "period",
                        List.of(
                            Group.of("2025-Q1", 0.5, 8),
                            new Group("2025-Q2", null, null, true),
                            Group.noValue("2025-Q3", 0),
                            Group.of("2025-Q4", 0.75, 9))))
                .finding(
                    Finding.of(
                        "dominant-voice",
                        Severity.MEDIUM,
                        "One voice had 58% of the talking.",
                        List.of("activity:a2")))
                .finding(
                    Finding.of(
                        "dominant-voice",
                        Severity.LOW,
                        "One voice had 41% of the talking.",
                        List.of("activity:a3", "activity:a2")))
                .build(),
            Rating.GREEN,
            Thresholds.higherIsBetter(0.7, 0.5)));
    metrics.add(
        metric(
            "acme.hostile",
            HOSTILE_NAME,
            Unit.RATIO,
            Measurement.of(1.5, 3)
                .breakdown(new Breakdown("perspective", List.of(Group.of("<key>", 1.0, 6))))
                .finding(
                    Finding.of(
                        "acme.markup", Severity.LOW, HOSTILE_MESSAGE, List.of(HOSTILE_EVIDENCE)))
                .warning(HOSTILE_WARNING)
                .build(),
            null,
            null));
    metrics.add(
        metric(
            "copro.diversity.representation",
            "Representation",
            Unit.INDEX,
            Measurement.noValue("no reference population is configured"),
            null,
            Thresholds.lowerIsBetter(0.1, 0.2)));
    metrics.add(
        new MetricResult(
            "acme.broken",
            "1.0.0",
            "Broken",
            "Breaks.",
            Set.of(),
            Unit.SHARE,
            null,
            null,
            null,
            "acme.broken: boom"));
    List<RuleResult> rules =
        List.of(
            new RuleResult(
                "acme.rule",
                "1.0.0",
                "A rule",
                "Checks.",
                Set.of(),
                List.of(Finding.of("acme.check", Severity.LOW, "Checked.", List.of("decision:d1"))),
                null));
    return report(
        "Hand-made",
        metrics,
        rules,
        List.of(new PluginFailure("acme.Missing", "/plugins/x.jar", "class not found")),
        List.of("no participant has the attribute 'x'"));
  }

  /** A report of the given metrics only, with no rules, failures or warnings. */
  static Report of(MetricResult... metrics) {
    return report("Few", List.of(metrics), List.of(), List.of(), List.of());
  }

  static MetricResult metric(
      String id,
      String name,
      Unit unit,
      Measurement measurement,
      Rating rating,
      Thresholds thresholds) {
    return new MetricResult(
        id,
        "1.0.0",
        name,
        "What " + id + " measures.",
        Set.of(Principle.EQUALITY),
        unit,
        measurement,
        rating,
        thresholds,
        null);
  }

  private static Report report(
      String name,
      List<MetricResult> metrics,
      List<RuleResult> rules,
      List<PluginFailure> failures,
      List<String> warnings) {
    Map<String, Long> records = new LinkedHashMap<>();
    records.put("participants", 40L);
    records.put("activities", 12L);
    return new Report(
        Report.FORMAT,
        new Report.DatasetSummary(name, records),
        new Report.ConfigurationSummary(
            Bloc.DEFAULT,
            5,
            PeriodUnit.QUARTER,
            LocalDate.of(2025, 12, 31),
            List.of(Dimension.PERSPECTIVE)),
        metrics,
        rules,
        failures,
        warnings);
  }
}
