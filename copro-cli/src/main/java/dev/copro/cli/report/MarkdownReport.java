package dev.copro.cli.report;

import dev.copro.cli.report.ReportView.Ladder;
import dev.copro.cli.report.ReportView.PrincipleScore;
import dev.copro.cli.report.ReportView.Scorecard;
import dev.copro.cli.report.ReportView.Series;
import dev.copro.cli.report.ReportView.SourcedFinding;
import dev.copro.cli.report.ReportView.VoiceShare;
import dev.copro.cli.report.ReportView.WarningSigns;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report.MetricResult;
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
    line("Source: " + md(view.source()) + ". As of " + configuration.referenceDate() + "; bloc: "
        + md(view.bloc()) + "; " + view.records() + " records; periods: " + configuration.periodUnit().code()
        + "; groups under " + configuration.suppressionMinimum() + " are suppressed.");
    section("Principles");
    view.scorecard().ifPresentOrElse(this::principles, () -> unavailable(ReportView.SCORECARD));
    section("Ladder of co-production");
    view.ladder().ifPresentOrElse(this::ladder, () -> unavailable(ReportView.LADDER));
    section("Warning signs of tokenism");
    view.warningSigns().ifPresentOrElse(this::warningSigns, () -> unavailable(ReportView.WARNING_SIGNS));
    metrics();
    breakdowns();
    timeSeries();
    voice();
    findings();
    failures();
    notes();
    return out.toString();
  }

  private void principles(Scorecard scorecard) {
    line("Overall score **" + Values.format(scorecard.unit(), scorecard.score()) + "** ("
        + Values.rating(scorecard.rating()) + "), from " + Escape.code(ReportView.SCORECARD) + ".");
    line("");
    line("| Principle | Score | Rating |");
    line("|---|---:|---|");
    for (PrincipleScore principle : scorecard.principles()) {
      row(principle.principle().code(), Values.format(scorecard.unit(), principle.score()),
          Values.rating(principle.rating()));
    }
    explanations(scorecard.explanations());
  }

  /** The findings that explain a headline metric, as a list. */
  private void explanations(List<Finding> findings) {
    if (!findings.isEmpty()) {
      line("");
      findings.forEach(f -> line("- " + md(f.message())));
    }
  }

  private void ladder(Ladder ladder) {
    line(md(ladder.describe()) + ", from " + Escape.code(ReportView.LADDER) + ".");
    explanations(ladder.explanations());
  }

  private void warningSigns(WarningSigns signs) {
    line("**" + Values.whole(signs.detected()) + "** found of " + signs.assessed() + " assessed ("
        + Values.rating(signs.rating()) + "), from " + Escape.code(ReportView.WARNING_SIGNS) + ".");
    if (signs.findings().isEmpty()) {
      return;
    }
    line("");
    line("| Severity | Sign | What was found | Evidence |");
    line("|---|---|---|---|");
    for (Finding finding : signs.findings()) {
      row(finding.severity().name(), Escape.code(finding.code()), md(finding.message()), evidence(finding));
    }
  }

  private void metrics() {
    section("Indicators");
    line("| Metric | Name | Value | n | Rating |");
    line("|---|---|---:|---:|---|");
    for (MetricResult metric : view.metrics()) {
      Measurement m = metric.measurement();
      String value;
      String n = "";
      if (m == null) {
        value = "failed: " + md(String.valueOf(metric.failure()));
      } else if (m.value() == null) {
        value = "no value: " + md(String.valueOf(m.noValueReason()));
        n = Long.toString(m.n());
      } else {
        value = Values.measured(metric.unit(), m);
        n = Long.toString(m.n());
      }
      row(Escape.code(metric.id()), md(metric.name()), value, n, Values.rating(metric.rating()));
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
        line("");
        line("### " + Escape.code(metric.id()) + " by " + md(breakdown.dimension()));
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
    line(header.toString());
    line(rule.toString());
    for (Series s : series) {
      Map<String, Group> byPeriod = new TreeMap<>();
      s.points().forEach(g -> byPeriod.put(g.key(), g));
      List<String> cells = new ArrayList<>();
      cells.add(Escape.code(s.metric().id()));
      for (String period : periods) {
        Group group = byPeriod.get(period);
        cells.add(group == null ? "" : Values.group(s.unit(), group));
      }
      row(cells.toArray(String[]::new));
    }
  }

  private void voice() {
    List<VoiceShare> shares = view.voiceByPerspective().orElse(null);
    if (shares == null) {
      return;
    }
    section("Voice by perspective");
    line("Share of the talking and share of the attendances, by perspective, from "
        + Escape.code(ReportView.VOICE) + ".");
    line("");
    line("| Perspective | Share of the talking | Share of the attendances |");
    line("|---|---:|---:|");
    for (VoiceShare share : shares) {
      row(md(share.perspective()), Values.group(Unit.SHARE, share.voice()),
          share.attendance() == null ? "" : Values.group(Unit.SHARE, share.attendance()));
    }
  }

  private void findings() {
    List<SourcedFinding> findings = view.otherFindings();
    if (findings.isEmpty()) {
      return;
    }
    section("Other findings");
    line("| Source | Severity | Code | What was found | Evidence |");
    line("|---|---|---|---|---|");
    for (SourcedFinding f : findings) {
      row(Escape.code(f.source()), f.finding().severity().name(), Escape.code(f.finding().code()),
          md(f.finding().message()), evidence(f.finding()));
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
      line("- Could not load " + (failure.className() == null ? "a plugin" : Escape.code(failure.className()))
          + " from " + Escape.code(failure.source()) + ": " + md(failure.reason()));
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
      line("- " + (note.metricId() == null ? "" : Escape.code(note.metricId()) + ": ") + md(note.text()));
    }
  }

  private static String evidence(Finding finding) {
    return String.join(", ", finding.evidence().stream().map(Escape::code).toList());
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId).ifPresent(u -> line("Not available: " + Escape.code(u.metricId()) + " "
        + md(u.reason()) + "."));
  }

  private void section(String title) {
    line("");
    line("## " + title);
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
