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
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The report as one self-contained HTML page: inline CSS and inline SVG charts ({@link Charts}), no
 * scripts, no fonts, images or anything else fetched (its Content-Security-Policy forbids it), so it
 * can be mailed, archived and opened offline. Every chart has a table beside it or under it with
 * the same numbers, for screen readers and for copying. Every text from the report is escaped
 * ({@link Escape#html}).
 */
final class HtmlReport {

  /** Evidence lists longer than this are folded into a {@code <details>} element. */
  static final int EVIDENCE_INLINE = 6;

  private static final String STYLE = """
      :root{--green:#1b7a3a;--amber:#a35c00;--red:#b3261e;--none:#6b6b6b;--ink:#1d1d1f;--muted:#5a5a5f;\
      --line:#d9d9de;--soft:#f4f4f6;--accent:#24509a}
      *{box-sizing:border-box}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
      color:var(--ink);background:#fff;line-height:1.45}
      header{background:var(--soft);border-bottom:1px solid var(--line);padding:1.5rem 2rem}
      header h1{margin:0 0 .3rem;font-size:1.6rem}
      .meta{margin:0;color:var(--muted)}
      main{padding:0 2rem 2rem;max-width:1200px}
      section{margin-top:2rem}
      h2{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:.3rem}
      h3{font-size:1.05rem;margin-bottom:.4rem}
      .cards{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
      .cards figure{flex:1 1 440px}
      figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:1rem;background:#fff;max-width:100%}
      figcaption{font-weight:600;margin-bottom:.5rem}
      figcaption .id{font-weight:400;color:var(--muted);font-size:.85rem;display:block}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:1rem}
      svg.chart{max-width:100%;height:auto;display:block;font-size:12px}
      svg .grid{stroke:var(--line);stroke-width:1}
      svg .axis{fill:var(--muted);font-size:11px}
      svg .label{fill:var(--ink);font-size:13px}
      svg .label-current{font-weight:700;fill:#fff}
      svg .value{fill:var(--ink);font-size:12px}
      svg .note{fill:var(--muted);font-size:11px;font-style:italic}
      svg .suppressed{fill:var(--muted);font-size:11px;font-style:italic}
      svg .rating-green{fill:var(--green)}
      svg .rating-amber{fill:var(--amber)}
      svg .rating-red{fill:var(--red)}
      svg .rating-none{fill:var(--none)}
      svg .threshold{stroke-width:1.5;stroke-dasharray:4 3}
      svg .threshold-green{stroke:var(--green)}
      svg .threshold-amber{stroke:var(--amber)}
      svg .rung{fill:var(--soft);stroke:var(--line)}
      svg .rung-current{fill:var(--accent);stroke:var(--accent)}
      svg .band{stroke:var(--muted);stroke-width:2}
      svg .series{fill:none;stroke:var(--accent);stroke-width:2}
      svg .point{fill:var(--accent)}
      svg .voice{fill:var(--accent)}
      svg .attendance{fill:#9db4dc}
      table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}
      th,td{border:1px solid var(--line);padding:.35rem .6rem;text-align:left;vertical-align:top}
      th{background:var(--soft)}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      code{font-size:.88em;background:var(--soft);padding:0 .2em;border-radius:3px;overflow-wrap:break-word}
      .badge{display:inline-block;padding:0 .5em;border-radius:1em;color:#fff;font-size:.8rem;font-weight:700}
      .badge.green{background:var(--green)}.badge.amber{background:var(--amber)}.badge.red{background:var(--red)}
      .badge.none{background:var(--none)}
      .sev{font-weight:700}.sev.high{color:var(--red)}.sev.medium{color:var(--amber)}
      .suppressed{color:var(--muted);font-style:italic}
      .unavailable{color:var(--muted)}
      details summary{cursor:pointer;color:var(--accent)}
      footer{color:var(--muted);font-size:.85rem;padding:1rem 2rem;border-top:1px solid var(--line)}
      @media print{header{background:none}figure{break-inside:avoid}}
      """;

  private final ReportView view;
  private final StringBuilder out = new StringBuilder();

  private HtmlReport(ReportView view) {
    this.view = view;
  }

  /** The HTML page of a view. */
  static String render(ReportView view) {
    return new HtmlReport(view).write();
  }

  private String write() {
    var configuration = view.report().configuration();
    String title = "copro report: " + view.title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(h(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
        .append("<body>\n<header>\n<h1>").append(h(title)).append("</h1>\n<p class=\"meta\">Source: ")
        .append(h(view.source())).append(". As of ").append(configuration.referenceDate()).append("; bloc: ")
        .append(h(view.bloc())).append("; ").append(view.records()).append(" records; periods: ")
        .append(configuration.periodUnit().code()).append("; groups under ")
        .append(configuration.suppressionMinimum()).append(" are suppressed.</p>\n</header>\n<main>\n");
    glance();
    warningSigns();
    timeSeries();
    voice();
    indicators();
    findings();
    failures();
    notes();
    out.append("</main>\n<footer>Made with copro. Figures rest on the records given; groups too small to report are "
        + "shown as suppressed. Record ids are the dataset's own pseudonymous ids.</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void glance() {
    out.append("<section id=\"glance\">\n<h2>At a glance</h2>\n<div class=\"cards\">\n");
    out.append("<figure id=\"principles\">\n<figcaption>The four principles")
        .append(idCaption(ReportView.SCORECARD)).append("</figcaption>\n");
    Scorecard scorecard = view.scorecard().orElse(null);
    if (scorecard == null) {
      unavailable(ReportView.SCORECARD);
    } else {
      MetricResult metric = view.report().metric(ReportView.SCORECARD).orElseThrow();
      out.append("<p>Overall score <strong>").append(Values.format(scorecard.unit(), scorecard.score()))
          .append("</strong> ").append(badge(scorecard.rating())).append("</p>\n")
          .append(Charts.principles(scorecard, metric.thresholds())).append('\n');
      out.append("<table>\n<tr><th>Principle</th><th>Score</th><th>Rating</th></tr>\n");
      for (PrincipleScore principle : scorecard.principles()) {
        out.append("<tr><td>").append(h(principle.principle().code())).append("</td><td class=\"num\">")
            .append(Values.format(scorecard.unit(), principle.score())).append("</td><td>")
            .append(badge(principle.rating())).append("</td></tr>\n");
      }
      out.append("</table>\n");
      explanations("How the ratings came about", scorecard.explanations());
    }
    out.append("</figure>\n<figure id=\"ladder\">\n<figcaption>Ladder of co-production")
        .append(idCaption(ReportView.LADDER)).append("</figcaption>\n");
    Ladder ladder = view.ladder().orElse(null);
    if (ladder == null) {
      unavailable(ReportView.LADDER);
    } else {
      out.append("<p>").append(h(ladder.describe())).append("</p>\n").append(Charts.ladder(ladder)).append('\n');
      explanations("Why this rung", ladder.explanations());
    }
    out.append("</figure>\n</div>\n</section>\n");
  }

  private void warningSigns() {
    out.append("<section id=\"warning-signs\">\n<h2>Warning signs of tokenism</h2>\n");
    WarningSigns signs = view.warningSigns().orElse(null);
    if (signs == null) {
      unavailable(ReportView.WARNING_SIGNS);
      out.append("</section>\n");
      return;
    }
    out.append("<p><strong>").append(Values.whole(signs.detected())).append("</strong> found of ")
        .append(signs.assessed()).append(" assessed ").append(badge(signs.rating())).append(" <code>")
        .append(h(ReportView.WARNING_SIGNS)).append("</code></p>\n");
    if (!signs.findings().isEmpty()) {
      out.append("<table>\n<tr><th>Severity</th><th>Sign</th><th>What was found</th><th>Evidence</th></tr>\n");
      for (Finding finding : signs.findings()) {
        out.append("<tr><td>").append(severity(finding)).append("</td><td><code>").append(h(finding.code()))
            .append("</code></td><td>").append(h(finding.message())).append("</td><td>").append(evidence(finding))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</section>\n");
  }

  private void timeSeries() {
    List<Series> series = view.timeSeries();
    if (series.isEmpty()) {
      return;
    }
    out.append("<section id=\"over-time\">\n<h2>Indicators over time, by ")
        .append(view.report().configuration().periodUnit().code()).append("</h2>\n<div class=\"grid\">\n");
    for (Series s : series) {
      if (s.hasValue()) {
        out.append("<figure>\n<figcaption>").append(h(s.metric().name())).append(idCaption(s.metric().id()))
            .append("</figcaption>\n").append(Charts.series(s)).append("\n</figure>\n");
      }
    }
    out.append("</div>\n");
    List<String> blank = series.stream().filter(s -> !s.hasValue()).map(s -> "<code>" + h(s.metric().id())
        + "</code>").toList();
    if (!blank.isEmpty()) {
      out.append("<p class=\"unavailable\">No period has a value to draw (each is suppressed or has no value) for ")
          .append(String.join(", ", blank)).append(".</p>\n");
    }
    out.append("<details>\n<summary>The numbers</summary>\n<table>\n<tr><th>Metric</th>");
    List<String> periods = view.periods();
    periods.forEach(p -> out.append("<th>").append(h(p)).append("</th>"));
    out.append("</tr>\n");
    for (Series s : series) {
      Map<String, Group> byPeriod = new TreeMap<>();
      s.points().forEach(g -> byPeriod.put(g.key(), g));
      out.append("<tr><td><code>").append(h(s.metric().id())).append("</code></td>");
      for (String period : periods) {
        Group group = byPeriod.get(period);
        out.append(group == null ? "<td></td>" : groupCell(s.unit(), group));
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n</details>\n</section>\n");
  }

  private void voice() {
    List<VoiceShare> shares = view.voiceByPerspective().orElse(null);
    if (shares == null) {
      return;
    }
    out.append("<section id=\"voice\">\n<h2>Voice by perspective</h2>\n<figure>\n<figcaption>Who did the talking")
        .append(idCaption(ReportView.VOICE)).append("</figcaption>\n").append(Charts.voice(shares)).append('\n')
        .append("<table>\n<tr><th>Perspective</th><th>Share of the talking</th><th>Share of the attendances</th>"
            + "</tr>\n");
    for (VoiceShare share : shares) {
      out.append("<tr><td>").append(h(share.perspective())).append("</td>").append(groupCell(Unit.SHARE, share.voice()))
          .append(share.attendance() == null ? "<td></td>" : groupCell(Unit.SHARE, share.attendance()))
          .append("</tr>\n");
    }
    out.append("</table>\n</figure>\n</section>\n");
  }

  private void indicators() {
    out.append("<section id=\"indicators\">\n<h2>All indicators</h2>\n<table>\n<tr><th>Metric</th><th>Name</th>"
        + "<th>Value</th><th>n</th><th>Rating</th></tr>\n");
    for (MetricResult metric : view.metrics()) {
      Measurement m = metric.measurement();
      out.append("<tr><td><code>").append(h(metric.id())).append("</code></td><td>").append(h(metric.name()))
          .append("</td>");
      if (m == null) {
        out.append("<td class=\"unavailable\">failed: ").append(h(String.valueOf(metric.failure())))
            .append("</td><td></td>");
      } else if (m.value() == null) {
        out.append("<td class=\"unavailable\">no value: ").append(h(String.valueOf(m.noValueReason())))
            .append("</td><td class=\"num\">").append(m.n()).append("</td>");
      } else {
        out.append("<td class=\"num\">").append(h(Values.measured(metric.unit(), m))).append("</td><td class=\"num\">")
            .append(m.n()).append("</td>");
      }
      out.append("<td>").append(badge(metric.rating())).append("</td></tr>\n");
    }
    out.append("</table>\n");
    for (MetricResult metric : view.metrics()) {
      for (Breakdown breakdown : view.breakdownsBy(metric)) {
        out.append("<h3><code>").append(h(metric.id())).append("</code> by ").append(h(breakdown.dimension()))
            .append("</h3>\n<table>\n<tr><th>Group</th><th>Value</th><th>n</th></tr>\n");
        for (Group group : breakdown.groups()) {
          out.append("<tr><td>").append(h(group.key())).append("</td>").append(groupCell(metric.unit(), group))
              .append("<td class=\"num\">").append(Values.groupN(group)).append("</td></tr>\n");
        }
        out.append("</table>\n");
      }
    }
    out.append("</section>\n");
  }

  private void findings() {
    List<SourcedFinding> findings = view.otherFindings();
    if (findings.isEmpty()) {
      return;
    }
    out.append("<section id=\"findings\">\n<h2>Other findings</h2>\n<table>\n<tr><th>Source</th><th>Severity</th>"
        + "<th>Code</th><th>What was found</th><th>Evidence</th></tr>\n");
    for (SourcedFinding f : findings) {
      out.append("<tr><td><code>").append(h(f.source())).append("</code></td><td>").append(severity(f.finding()))
          .append("</td><td><code>").append(h(f.finding().code())).append("</code></td><td>")
          .append(h(f.finding().message())).append("</td><td>").append(evidence(f.finding())).append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private void failures() {
    List<ReportView.Failed> failed = view.failed();
    List<PluginFailure> plugins = view.pluginFailures();
    if (failed.isEmpty() && plugins.isEmpty()) {
      return;
    }
    out.append("<section id=\"failures\">\n<h2>Failures</h2>\n<ul>\n");
    for (PluginFailure failure : plugins) {
      out.append("<li>Could not load ")
          .append(failure.className() == null ? "a plugin" : "<code>" + h(failure.className()) + "</code>")
          .append(" from <code>").append(h(failure.source())).append("</code>: ").append(h(failure.reason()))
          .append("</li>\n");
    }
    for (ReportView.Failed f : failed) {
      out.append("<li><code>").append(h(f.id())).append("</code>: ").append(h(f.reason())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void notes() {
    List<ReportView.Note> notes = view.notes();
    if (notes.isEmpty()) {
      return;
    }
    out.append("<section id=\"notes\">\n<h2>Notes on the data</h2>\n<ul>\n");
    for (ReportView.Note note : notes) {
      out.append("<li>").append(note.metricId() == null ? "" : "<code>" + h(note.metricId()) + "</code>: ")
          .append(h(note.text())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /** The findings that explain a headline metric, folded under a summary. */
  private void explanations(String summary, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append("<details>\n<summary>").append(h(summary)).append("</summary>\n<ul>\n");
    findings.forEach(f -> out.append("<li>").append(h(f.message())).append("</li>\n"));
    out.append("</ul>\n</details>\n");
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId).ifPresent(u -> out.append("<p class=\"unavailable\">Not available: <code>")
        .append(h(u.metricId())).append("</code> ").append(h(u.reason())).append(".</p>\n"));
  }

  private static String idCaption(String id) {
    return "<span class=\"id\">" + h(id) + "</span>";
  }

  private static String groupCell(Unit unit, Group group) {
    return group.suppressed() ? "<td class=\"suppressed\">" + Values.SUPPRESSED + "</td>"
        : "<td class=\"num\">" + h(Values.group(unit, group)) + "</td>";
  }

  private static String badge(@Nullable Rating rating) {
    String name = rating == null ? "none" : rating.name().toLowerCase(Locale.ROOT);
    return "<span class=\"badge " + name + "\">" + Values.rating(rating) + "</span>";
  }

  private static String severity(Finding finding) {
    String code = finding.severity().code();
    return "<span class=\"sev " + code + "\">" + finding.severity().name() + "</span>";
  }

  private static String evidence(Finding finding) {
    List<String> refs = finding.evidence().stream().map(r -> "<code>" + h(r) + "</code>").toList();
    if (refs.size() <= EVIDENCE_INLINE) {
      return String.join(", ", refs);
    }
    return "<details><summary>" + refs.size() + " records</summary>" + String.join(", ", refs) + "</details>";
  }

  private static String h(String text) {
    return Escape.html(text);
  }
}
