package dev.copro.report;

import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report.MetricResult;
import dev.copro.report.ReportView.FindingGroup;
import dev.copro.report.ReportView.Ladder;
import dev.copro.report.ReportView.PrincipleScore;
import dev.copro.report.ReportView.Scorecard;
import dev.copro.report.ReportView.Series;
import dev.copro.report.ReportView.VoiceShare;
import dev.copro.report.ReportView.WarningSigns;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as GitHub-flavoured Markdown: the same sections as the HTML page, with tables where
 * the page has charts. Every text from the report is escaped ({@link Escape#markdown}) or put in a
 * code span ({@link Escape#code}); numbers are formatted by {@link Values}.
 */
final class MarkdownReport {

  private final ReportView view;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(ReportView view) {
    this.view = view;
  }

  /** The Markdown report of a view. */
  static String render(ReportView view) {
    return new MarkdownReport(view).write();
  }

  private String write() {
    var configuration = view.report().configuration();
    line("# copro report: " + md(view.title()));
    line("");
    line(
        (view.source().isEmpty() ? "" : "Source: " + md(view.source()) + ". ")
            + "As of "
            + configuration.referenceDate()
            + ". "
            + Values.count(view.records(), "record")
            + ". The bloc: participants "
            + "whose perspective is "
            + md(view.bloc())
            + ". Periods: "
            + configuration.periodUnit().code()
            + ". Groups "
            + "of fewer than "
            + Values.count(configuration.suppressionMinimum(), "person", "people")
            + " are suppressed"
            + (view.options().cautionBelow() > 0
                ? "; ratings resting on fewer than "
                    + Values.count(view.options().cautionBelow(), "record")
                    + " are marked \"caution\""
                : "")
            + ".");
    headline("The four principles", ReportView.SCORECARD);
    view.scorecard().ifPresentOrElse(this::principles, () -> unavailable(ReportView.SCORECARD));
    headline("Ladder of co-production", ReportView.LADDER);
    view.ladder().ifPresentOrElse(this::ladder, () -> unavailable(ReportView.LADDER));
    headline("Warning signs of tokenism", ReportView.WARNING_SIGNS);
    view.warningSigns()
        .ifPresentOrElse(this::warningSigns, () -> unavailable(ReportView.WARNING_SIGNS));
    metrics();
    breakdowns();
    timeSeries();
    voice();
    findings();
    failures();
    notes();
    glossary();
    return out.toString();
  }

  /** A headline section's heading, then what its metric measures and what good looks like. */
  private void headline(String title, String metricId) {
    section(title);
    view.report()
        .metric(metricId)
        .ifPresent(
            metric -> {
              line(
                  "*"
                      + md(metric.name())
                      + "*, "
                      + Escape.code(metricId)
                      + ": "
                      + md(view.summary(metric)));
              String good = view.goodLooksLike(metric);
              if (!good.isEmpty()) {
                line("Good looks like: " + md(good));
              }
              line("");
            });
  }

  private void principles(Scorecard scorecard) {
    boolean caution = scorecard.rating() != null && scorecard.n() < view.options().cautionBelow();
    line(
        "Overall score **"
            + Values.format(scorecard.unit(), scorecard.score())
            + "** ("
            + Values.rating(scorecard.rating())
            + (caution ? ", caution" : "")
            + "), "
            + Values.n(scorecard.n())
            + ".");
    line("");
    line("| Principle | Score | Rating |");
    line("|---|---:|---|");
    for (PrincipleScore principle : scorecard.four()) {
      row(
          principle.principle().code(),
          Values.format(scorecard.unit(), principle.score()),
          Values.rating(principle.rating())
              + (principle.capped() ? ", capped by warning signs" : ""));
    }
    for (PrincipleScore other : scorecard.others()) {
      line("");
      line(
          "Also scored, not one of the four principles: "
              + other.principle().code()
              + " "
              + Values.format(scorecard.unit(), other.score())
              + " ("
              + Values.rating(other.rating())
              + (other.capped() ? ", capped by warning signs" : "")
              + ").");
    }
    if (!scorecard.explanations().isEmpty()) {
      subsection("How the ratings came about");
      list(scorecard.explanations());
    }
  }

  private void list(List<Finding> findings) {
    findings.forEach(f -> line("- " + md(f.message())));
  }

  private void ladder(Ladder ladder) {
    line(md(ladder.describe()) + ", " + Values.n(ladder.n()) + ".");
    if (!ladder.splitsConditions()) {
      if (!ladder.explanations().isEmpty()) {
        subsection("Why this rung");
        list(ladder.explanations());
      }
      return;
    }
    subsection("Why this rung");
    list(ladder.rules());
    String next = ladder.nextRungName();
    line("");
    line("**Met** (conditions for " + (next == null ? "the next rung" : next) + "):");
    line("");
    if (ladder.met().isEmpty()) {
      line("- none");
    }
    list(ladder.met());
    line("");
    line("**Not met — this is what held it back:**");
    line("");
    if (ladder.notMet().isEmpty()) {
      line("- none");
    }
    list(ladder.notMet());
    if (!ladder.others().isEmpty()) {
      line("");
      list(ladder.others());
    }
  }

  private void warningSigns(WarningSigns signs) {
    long found = Math.round(signs.detected());
    line(
        "**"
            + Values.number(found)
            + "** of the "
            + Values.count(signs.assessed(), "sign")
            + " assessed "
            + (found == 1 ? "was" : "were")
            + " found ("
            + Values.rating(signs.rating())
            + ").");
    if (signs.findings().isEmpty()) {
      return;
    }
    line("");
    line("| Severity | Sign | What was found | Evidence |");
    line("|---|---|---|---|");
    for (Finding finding : signs.findings()) {
      row(
          finding.severity().name(),
          md(Values.title(finding.code())),
          md(finding.message()),
          evidence(finding));
    }
  }

  private void metrics() {
    section("Every metric");
    line("| Metric | Value | n | Rating | Id |");
    line("|---|---:|---:|---|---|");
    for (MetricResult metric : view.metrics()) {
      Measurement m = metric.measurement();
      String value;
      String n = "";
      if (m == null) {
        value = "failed: " + md(String.valueOf(metric.failure()));
      } else if (m.value() == null) {
        value = "no value: " + md(String.valueOf(m.noValueReason()));
        n = Values.number(m.n());
      } else {
        value = Values.measured(metric.unit(), m, view.range(metric));
        n = Values.number(m.n());
      }
      row(
          md(metric.name()),
          value,
          n,
          Values.rating(metric.rating()) + (view.caution(metric) ? ", caution" : ""),
          Escape.code(metric.id()));
    }
    if (view.metrics().isEmpty()) {
      line("");
      line("No metric was evaluated.");
      return;
    }
    section("What each metric measures");
    for (MetricResult metric : view.metrics()) {
      String good = view.goodLooksLike(metric);
      line(
          "- **"
              + md(metric.name())
              + "** ("
              + Escape.code(metric.id())
              + "): "
              + md(view.summary(metric))
              + (good.isEmpty() ? "" : " Good looks like: " + md(good)));
    }
  }

  private void breakdowns() {
    if (view.by().isEmpty()) {
      return;
    }
    section("Breakdowns");
    boolean any = false;
    for (MetricResult metric : view.metrics()) {
      for (Breakdown breakdown : view.breakdownsBy(metric)) {
        any = true;
        subsection(md(metric.name()) + " by " + md(breakdown.dimension()));
        Measurement m = metric.measurement();
        line(
            Escape.code(metric.id())
                + ". Overall: "
                + (m == null || m.value() == null
                    ? "no value"
                    : Values.format(metric.unit(), m.value()) + ", " + Values.n(m.n()))
                + ".");
        line("");
        line("| Group | Value | n |");
        line("|---|---:|---:|");
        for (Group group : breakdown.groups()) {
          row(md(group.key()), Values.group(metric.unit(), group), Values.groupN(group));
        }
      }
    }
    if (!any) {
      line("No metric has a breakdown by " + md(String.join(", ", view.by())) + ".");
    }
  }

  private void timeSeries() {
    List<Series> series = view.timeSeries();
    if (series.isEmpty()) {
      return;
    }
    List<String> periods = view.periods();
    section("Indicators over time, by " + view.report().configuration().periodUnit().code());
    StringBuilder header = new StringBuilder("| Metric |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String period : periods) {
      header.append(' ').append(md(period)).append(" |");
      rule.append("---:|");
    }
    line(header + " All periods |");
    line(rule + "---:|");
    for (Series s : series) {
      Map<String, Group> byPeriod = new TreeMap<>();
      s.points().forEach(g -> byPeriod.put(g.key(), g));
      List<String> cells = new ArrayList<>();
      cells.add(md(s.metric().name()));
      for (String period : periods) {
        Group group = byPeriod.get(period);
        cells.add(group == null ? "" : Values.group(s.unit(), group));
      }
      cells.add(s.overall() == null ? "no value" : Values.format(s.unit(), s.overall()));
      row(cells.toArray(String[]::new));
    }
  }

  private void voice() {
    List<VoiceShare> shares = view.voiceByPerspective().orElse(null);
    if (shares == null) {
      return;
    }
    section("Voice by perspective");
    line(
        "Share of the talking and share of the attendances, by perspective, from "
            + Escape.code(ReportView.VOICE)
            + ".");
    line("");
    line("| Perspective | Share of the talking | Share of the attendances |");
    line("|---|---:|---:|");
    for (VoiceShare share : shares) {
      row(
          md(share.perspective()),
          Values.group(Unit.SHARE, share.voice()),
          share.attendance() == null ? "" : Values.group(Unit.SHARE, share.attendance()));
    }
  }

  private void findings() {
    List<FindingGroup> groups = view.findingGroups();
    if (groups.isEmpty()) {
      return;
    }
    section("Other findings, by kind");
    for (FindingGroup group : groups) {
      subsection(md(group.title()) + ": " + group.severities());
      line(
          "From "
              + md(group.sourceName())
              + " ("
              + Escape.code(group.sourceId())
              + "), code "
              + Escape.code(group.code())
              + "; the most severe is "
              + group.worst().code()
              + "; "
              + Values.count(group.records(), "record")
              + " cited.");
      line("");
      line("| Severity | What was found | Evidence |");
      line("|---|---|---|");
      for (Finding finding : group.findings()) {
        row(finding.severity().name(), md(finding.message()), evidence(finding));
      }
    }
  }

  private void failures() {
    List<ReportView.Failed> failed = view.failed();
    List<PluginFailure> plugins = view.pluginFailures();
    if (failed.isEmpty() && plugins.isEmpty()) {
      return;
    }
    section("Failures");
    for (PluginFailure failure : plugins) {
      line(
          "- Could not load "
              + (failure.className() == null ? "a plugin" : Escape.code(failure.className()))
              + " from "
              + Escape.code(failure.source())
              + ": "
              + md(failure.reason()));
    }
    for (ReportView.Failed f : failed) {
      line("- " + Escape.code(f.id()) + ": " + md(f.reason()));
    }
  }

  private void notes() {
    List<ReportView.Note> notes = view.notes();
    if (notes.isEmpty()) {
      return;
    }
    section("Notes on the data");
    for (ReportView.Note note : notes) {
      line(
          "- "
              + (note.metricId() == null ? "" : Escape.code(note.metricId()) + ": ")
              + md(note.text()));
    }
  }

  private void glossary() {
    section("Words used");
    for (Glossary.Entry entry : Glossary.entries(view)) {
      line("- **" + md(entry.term()) + "**: " + md(entry.meaning()));
    }
  }

  private static String evidence(Finding finding) {
    String listed = String.join(", ", finding.evidence().stream().map(Escape::code).toList());
    return finding.evidenceOmitted() == 0
        ? listed
        : listed + " and " + Values.count(finding.evidenceOmitted(), "more record") + " not listed";
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId)
        .ifPresent(
            u -> line("Not available: " + Escape.code(u.metricId()) + " " + md(u.reason()) + "."));
  }

  private void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  private void subsection(String title) {
    line("");
    line("### " + title);
    line("");
  }

  private void row(String... cells) {
    line("| " + String.join(" | ", cells) + " |");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String md(String text) {
    return Escape.markdown(text);
  }
}
