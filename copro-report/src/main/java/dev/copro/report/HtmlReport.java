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
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The report as one self-contained page: inline CSS and inline SVG charts ({@link Charts}), nothing
 * fetched (its Content-Security-Policy forbids it), so it can be mailed, archived and opened
 * offline. Every chart has its numbers in a table beside it or under it, for screen readers and for
 * copying; every number has its unit; every metric its name before its id and a sentence saying
 * what it measures. Every text from the report is escaped ({@link Escape#html}).
 *
 * <p>The page is XHTML that HTML parsers read as HTML5 too: well-formed XML, so that the PDF
 * renderer can lay it out. It reads on a phone (nothing wider than the screen but tables, each in
 * its own scrolling box; charts scale to the width with their text) and prints on A4 with every
 * folded section open: in the print stylesheet where the browser supports {@code
 * ::details-content}, and with the page's one script, allowed by its hash and nothing else, which
 * opens them before printing and closes them after.
 */
final class HtmlReport {

  /** Evidence lists longer than this are folded into a {@code <details>} element. */
  static final int EVIDENCE_INLINE = 6;

  /** Opens every folded section before printing and closes the ones it opened after. */
  static final String PRINT_SCRIPT =
      "addEventListener('beforeprint',function(){"
          + "document.querySelectorAll('details:not([open])').forEach(function(d){d.open=true;d.dataset.printed='1';});});"
          + "addEventListener('afterprint',function(){"
          + "document.querySelectorAll('details[data-printed]').forEach(function(d){d.open=false;delete d.dataset.printed;});"
          + "});";

  /**
   * The Content-Security-Policy: inline styles, and the one script by its hash; nothing else,
   * nothing fetched.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src '" + sha256(PRINT_SCRIPT) + "'";

  // Colours are written out (no custom properties) so that the PDF renderer, which knows CSS 2.1
  // with
  // parts of CSS 3, shows them too. Each meets WCAG AA contrast on white, and white on each.
  private static final String STYLE =
      """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
      color:#1d1d1f;background:#fff;line-height:1.45;overflow-wrap:break-word}
      header{background:#f4f4f6;border-bottom:1px solid #d9d9de;padding:1rem}
      header h1{margin:0 0 .3rem;font-size:1.5rem}
      .meta{margin:.2rem 0;color:#55555a}
      main{padding:0 1rem 2rem;max-width:1200px}
      footer{color:#55555a;font-size:.85rem;padding:1rem;border-top:1px solid #d9d9de}
      @media (min-width:700px){header,footer{padding:1.25rem 2rem}main{padding:0 2rem 2rem}}
      section{margin-top:2rem}
      h2{font-size:1.25rem;border-bottom:2px solid #d9d9de;padding-bottom:.3rem}
      h3{font-size:1.05rem;margin:1rem 0 .4rem}
      h4{font-size:.95rem;margin:.8rem 0 .3rem}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,400px),1fr));gap:1.25rem}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,330px),1fr));gap:1rem}
      figure{margin:0;border:1px solid #d9d9de;border-radius:8px;padding:.9rem;background:#fff;min-width:0}
      figcaption{font-weight:600;margin-bottom:.4rem}
      figcaption .id{font-weight:400;color:#55555a;font-size:.85rem;display:block}
      .summary{margin:.2rem 0;color:#1d1d1f}
      .good{margin:.2rem 0 .6rem;color:#55555a;font-size:.92rem}
      .also{margin-top:.8rem;border-top:1px dashed #d9d9de;padding-top:.6rem}
      svg.chart{display:block;width:100%;height:auto;max-width:480px;margin:.4rem 0}
      svg .grid{stroke:#e4e4e8;stroke-width:1}
      svg .axis{fill:#55555a;font-size:13px}
      svg .label{fill:#1d1d1f;font-size:14px}
      svg .label-current{font-weight:700;fill:#fff}
      svg .value{fill:#1d1d1f;font-size:14px;font-weight:600}
      svg .note{fill:#55555a;font-size:13px;font-style:italic}
      svg .suppressed{fill:#55555a;font-size:13px;font-style:italic}
      svg .legend-text{fill:#1d1d1f;font-size:13px}
      svg .track{fill:#f0f0f3}
      svg .rating-green{fill:#1b7a3a}
      svg .rating-amber{fill:#a35c00}
      svg .rating-red{fill:#b3261e}
      svg .rating-none{fill:#6b6b6b}
      svg .threshold{stroke-width:2;stroke-dasharray:4 3}
      svg .threshold-green{stroke:#1b7a3a}
      svg .threshold-amber{stroke:#a35c00}
      svg .overall{stroke:#1d1d1f;stroke-width:2;stroke-dasharray:1 3}
      svg .rung{fill:#f4f4f6;stroke:#b9b9c0}
      svg .rung-current{fill:#24509a;stroke:#24509a}
      svg .band{stroke:#55555a;stroke-width:2}
      svg .series{fill:none;stroke:#24509a;stroke-width:2}
      svg .point{fill:#24509a}
      svg .group{fill:#24509a}
      svg .voice{fill:#24509a}
      svg .attendance{fill:#9db4dc}
      .table-scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}
      @media screen and (max-width:600px){table.stacked td{display:block;border:none;padding:.15rem .5rem}\
      table.stacked tr{display:block;border-top:1px solid #d9d9de;padding:.4rem 0}\
      table.stacked tr:first-child{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\
      table.stacked td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
      table{border-collapse:collapse;font-size:.92rem}
      th,td{border:1px solid #d9d9de;padding:.35rem .6rem;text-align:left;vertical-align:top}
      th{background:#f4f4f6}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.what{min-width:14rem;max-width:28rem}
      code{font-size:.88em;background:#f4f4f6;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
      .badge{display:inline-block;padding:0 .5em;border-radius:1em;color:#fff;font-size:.8rem;font-weight:700}
      .badge.green{background:#1b7a3a}.badge.amber{background:#a35c00}.badge.red{background:#b3261e}
      .badge.none{background:#fff;color:#55555a;border:1px solid #b9b9c0}
      .caution{display:inline-block;margin-left:.3em;padding:0 .4em;border:1px solid #a35c00;border-radius:1em;\
      color:#7a4500;font-size:.78rem;font-weight:600}
      .sev{font-weight:700}.sev.high{color:#b3261e}.sev.medium{color:#8a4e00}
      .count{color:#55555a;font-weight:400}
      .suppressed{color:#55555a;font-style:italic}
      .unavailable{color:#55555a}
      details{margin:.5rem 0}
      details summary{cursor:pointer;color:#24509a;font-weight:600}
      details.kind{border:1px solid #d9d9de;border-radius:6px;padding:.5rem .7rem}
      details.kind summary{color:#1d1d1f}
      dl.glossary dt{font-weight:700;margin-top:.5rem}
      dl.glossary dd{margin:0 0 0 1rem}
      @media print{
      @page{size:A4;margin:14mm 12mm}
      body{font-size:10pt}
      header{background:none;padding:0 0 .5rem}
      main{padding:0;max-width:none}
      footer{padding:.5rem 0}
      section{margin-top:1rem}
      .cards,.grid{display:block}
      figure,details.kind,tr{break-inside:avoid;page-break-inside:avoid}
      .cards>figure{break-inside:auto;page-break-inside:auto}
      figure{margin:0 0 .8rem}
      h2,h3,h4{break-after:avoid;page-break-after:avoid}
      .grid>figure{display:inline-block;width:49%;vertical-align:top}
      svg.chart{width:300px;max-width:none}
      .cards svg.chart{width:380px}
      code{font-size:7.5pt}
      table{width:100%}
      td.what{min-width:0;max-width:none}
      td.num{white-space:normal}
      .table-scroll{overflow:visible}
      details summary{color:#1d1d1f}
      details::details-content{content-visibility:visible;display:block}
      }
      """;

  private final ReportView view;
  private final StringBuilder out = new StringBuilder();

  /** The page's stylesheet, whose {@code svg .class} rules the PDF's chart drawer also follows. */
  static String styles() {
    return STYLE;
  }

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
    out.append(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(h(CONTENT_SECURITY_POLICY))
        .append("\"/>\n<title>")
        .append(h(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(h(title))
        .append("</h1>\n<p class=\"meta\">")
        .append(view.source().isEmpty() ? "" : "Source: " + h(view.source()) + ". ")
        .append("As of ")
        .append(configuration.referenceDate())
        .append(". ")
        .append(Values.count(view.records(), "record"))
        .append(". The bloc: participants whose perspective is ")
        .append(h(view.bloc()))
        .append(". Periods: ")
        .append(configuration.periodUnit().code())
        .append(".</p>\n<p class=\"meta\">Groups of fewer than ")
        .append(Values.count(configuration.suppressionMinimum(), "person", "people"))
        .append(" are suppressed");
    if (view.options().cautionBelow() > 0) {
      out.append("; ratings resting on fewer than ")
          .append(Values.count(view.options().cautionBelow(), "record"))
          .append(" are marked <span class=\"caution\">caution</span>");
    }
    out.append(
        ". The words used are explained <a href=\"#glossary\">at the end</a>.</p>\n</header>\n<main>\n");
    glance();
    warningSigns();
    timeSeries();
    breakdowns();
    voice();
    indicators();
    findings();
    failures();
    notes();
    glossary();
    out.append(
            "</main>\n<footer>Made with copro. Figures rest on the records given; groups too small to report are "
                + "shown as suppressed. Record ids are the dataset's own pseudonymous ids.</footer>\n<script>")
        .append(PRINT_SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  // ---- at a glance

  private void glance() {
    out.append("<section id=\"glance\">\n<h2>At a glance</h2>\n<div class=\"cards\">\n");
    out.append("<figure id=\"principles\" class=\"card\">\n<figcaption>The four principles")
        .append(idCaption(ReportView.SCORECARD))
        .append("</figcaption>\n");
    describe(ReportView.SCORECARD);
    Scorecard scorecard = view.scorecard().orElse(null);
    if (scorecard == null) {
      unavailable(ReportView.SCORECARD);
    } else {
      principles(scorecard);
    }
    out.append(
            "</figure>\n<figure id=\"ladder\" class=\"card\">\n<figcaption>Ladder of co-production")
        .append(idCaption(ReportView.LADDER))
        .append("</figcaption>\n");
    describe(ReportView.LADDER);
    Ladder ladder = view.ladder().orElse(null);
    if (ladder == null) {
      unavailable(ReportView.LADDER);
    } else {
      ladder(ladder);
    }
    out.append("</figure>\n</div>\n</section>\n");
  }

  private void principles(Scorecard scorecard) {
    MetricResult metric = view.report().metric(ReportView.SCORECARD).orElseThrow();
    boolean caution = scorecard.rating() != null && scorecard.n() < view.options().cautionBelow();
    out.append("<p>Overall score <strong>")
        .append(Values.format(scorecard.unit(), scorecard.score()))
        .append("</strong> ")
        .append(badge(scorecard.rating()))
        .append(caution ? caution(scorecard.n()) : "")
        .append(" <span class=\"count\">(")
        .append(Values.n(scorecard.n()))
        .append(")</span></p>\n")
        .append(
            Charts.principles(
                scorecard.four(),
                scorecard.unit(),
                metric.thresholds(),
                "The four principles of co-production"))
        .append('\n');
    table(
        "Scores of the four principles",
        List.of("Principle", "Score", "Rating"),
        () -> {
          for (PrincipleScore principle : scorecard.four()) {
            out.append("<tr><td>")
                .append(h(principle.principle().code()))
                .append("</td><td class=\"num\">")
                .append(Values.format(scorecard.unit(), principle.score()))
                .append("</td><td>")
                .append(badge(principle.rating()))
                .append(principle.capped() ? " capped by warning signs" : "")
                .append("</td></tr>\n");
          }
        });
    if (!scorecard.others().isEmpty()) {
      out.append("<div class=\"also\">\n<h3>Also scored, not one of the four principles</h3>\n")
          .append(
              Charts.principles(
                  scorecard.others(),
                  scorecard.unit(),
                  metric.thresholds(),
                  "Also scored, not one of the four principles"))
          .append('\n');
      for (PrincipleScore other : scorecard.others()) {
        out.append("<p>")
            .append(h(other.principle().code()))
            .append(": ")
            .append(Values.format(scorecard.unit(), other.score()))
            .append(' ')
            .append(badge(other.rating()))
            .append("</p>\n");
      }
      out.append("</div>\n");
    }
    if (!scorecard.explanations().isEmpty()) {
      out.append("<details>\n<summary>How the ratings came about</summary>\n");
      messages(scorecard.explanations());
      out.append("</details>\n");
    }
  }

  private void ladder(Ladder ladder) {
    out.append("<p>")
        .append(h(ladder.describe()))
        .append(" <span class=\"count\">(")
        .append(Values.n(ladder.n()))
        .append(")</span></p>\n")
        .append(Charts.ladder(ladder))
        .append('\n');
    if (ladder.explanations().isEmpty()) {
      return;
    }
    out.append("<details>\n<summary>Why this rung</summary>\n");
    if (!ladder.splitsConditions()) {
      messages(ladder.explanations());
    } else {
      messages(ladder.rules());
      String next = ladder.nextRungName();
      out.append("<h4>Met")
          .append(next == null ? "" : ": conditions for " + h(next))
          .append("</h4>\n");
      messagesOrNone(ladder.met());
      out.append("<h4>Not met: this is what held it back</h4>\n");
      messagesOrNone(ladder.notMet());
      if (!ladder.others().isEmpty()) {
        out.append("<h4>Each initiative</h4>\n");
        messages(ladder.others());
      }
    }
    out.append("</details>\n");
  }

  private void messages(List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append("<ul>\n");
    findings.forEach(f -> out.append("<li>").append(h(f.message())).append("</li>\n"));
    out.append("</ul>\n");
  }

  private void messagesOrNone(List<Finding> findings) {
    if (findings.isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      messages(findings);
    }
  }

  // ---- warning signs

  private void warningSigns() {
    out.append("<section id=\"warning-signs\">\n<h2>Warning signs of tokenism</h2>\n");
    describe(ReportView.WARNING_SIGNS);
    WarningSigns signs = view.warningSigns().orElse(null);
    if (signs == null) {
      unavailable(ReportView.WARNING_SIGNS);
      out.append("</section>\n");
      return;
    }
    long found = Math.round(signs.detected());
    out.append("<p><strong>")
        .append(Values.number(found))
        .append("</strong> of the ")
        .append(Values.count(signs.assessed(), "sign"))
        .append(" assessed ")
        .append(found == 1 ? "was" : "were")
        .append(" found ")
        .append(badge(signs.rating()))
        .append("</p>\n");
    if (!signs.findings().isEmpty()) {
      table(
          "The warning signs found",
          List.of("Severity", "Sign", "What was found", "Evidence"),
          true,
          () -> {
            for (Finding finding : signs.findings()) {
              out.append("<tr><td>")
                  .append(severity(finding))
                  .append("</td><td>")
                  .append(h(Values.title(finding.code())))
                  .append("</td><td class=\"what\">")
                  .append(h(finding.message()))
                  .append("</td><td data-label=\"Evidence\">")
                  .append(evidence(finding))
                  .append("</td></tr>\n");
            }
          });
    }
    out.append("</section>\n");
  }

  // ---- over time and breakdowns

  private void timeSeries() {
    List<Series> series = view.timeSeries();
    if (series.isEmpty()) {
      return;
    }
    int minimum = view.report().configuration().suppressionMinimum();
    out.append("<section id=\"over-time\">\n<h2>Indicators over time, by ")
        .append(view.report().configuration().periodUnit().code())
        .append("</h2>\n<div class=\"grid\">\n");
    for (Series s : series) {
      if (s.hasValue()) {
        out.append("<figure>\n<figcaption>")
            .append(h(s.metric().name()))
            .append(idOnly(s.metric().id()))
            .append("</figcaption>\n")
            .append(Charts.series(s, minimum, view.range(s.metric())))
            .append("\n</figure>\n");
      }
    }
    out.append("</div>\n");
    List<String> blank =
        series.stream()
            .filter(s -> !s.hasValue())
            .map(s -> h(s.metric().name()) + " (<code>" + h(s.metric().id()) + "</code>)")
            .toList();
    if (!blank.isEmpty()) {
      out.append(
              "<p class=\"unavailable\">No period has a value to draw (each is suppressed or has no value) for ")
          .append(String.join(", ", blank))
          .append(".</p>\n");
    }
    out.append("<details>\n<summary>The numbers, period by period</summary>\n");
    List<String> periods = view.periods();
    List<String> headers = new java.util.ArrayList<>(List.of("Metric"));
    headers.addAll(periods);
    headers.add("All periods");
    table(
        "Indicators by period",
        headers,
        () -> {
          for (Series s : series) {
            Map<String, Group> byPeriod = new TreeMap<>();
            s.points().forEach(g -> byPeriod.put(g.key(), g));
            out.append("<tr><td>").append(h(s.metric().name())).append("</td>");
            for (String period : periods) {
              Group group = byPeriod.get(period);
              out.append(group == null ? "<td></td>" : groupCell(s.unit(), group));
            }
            out.append("<td class=\"num\">")
                .append(s.overall() == null ? "no value" : Values.format(s.unit(), s.overall()))
                .append("</td></tr>\n");
          }
        });
    out.append("</details>\n</section>\n");
  }

  private void breakdowns() {
    if (view.by().isEmpty()) {
      return;
    }
    int minimum = view.report().configuration().suppressionMinimum();
    out.append("<section id=\"breakdowns\">\n<h2>Breakdowns by ")
        .append(h(String.join(", ", view.by())))
        .append("</h2>\n");
    boolean any = false;
    StringBuilder figures = new StringBuilder();
    for (MetricResult metric : view.metrics()) {
      for (Breakdown breakdown : view.breakdownsBy(metric)) {
        if (breakdown.groups().isEmpty()) {
          continue;
        }
        any = true;
        int mark = out.length();
        out.append("<figure>\n<figcaption>")
            .append(h(metric.name()))
            .append(" by ")
            .append(h(breakdown.dimension()))
            .append(idOnly(metric.id()))
            .append("</figcaption>\n")
            .append(Charts.breakdown(metric, breakdown, minimum, view.range(metric)))
            .append('\n')
            .append("<details>\n<summary>The numbers</summary>\n");
        table(
            metric.name() + " by " + breakdown.dimension(),
            List.of("Group", "Value", "n"),
            () -> {
              for (Group group : breakdown.groups()) {
                out.append("<tr><td>")
                    .append(h(group.key()))
                    .append("</td>")
                    .append(groupCell(metric.unit(), group))
                    .append("<td class=\"num\">")
                    .append(Values.groupN(group))
                    .append("</td></tr>\n");
              }
              Measurement m = metric.measurement();
              out.append("<tr><td><strong>Overall</strong></td><td class=\"num\">")
                  .append(
                      m == null || m.value() == null
                          ? "no value"
                          : h(Values.format(metric.unit(), m.value())))
                  .append("</td><td class=\"num\">")
                  .append(m == null ? "" : Values.number(m.n()))
                  .append("</td></tr>\n");
            });
        out.append("</details>\n</figure>\n");
        figures.append(out, mark, out.length());
        out.setLength(mark);
      }
    }
    if (any) {
      out.append("<div class=\"grid\">\n").append(figures).append("</div>\n");
    } else {
      out.append("<p class=\"unavailable\">No metric has a breakdown by ")
          .append(h(String.join(", ", view.by())))
          .append(".</p>\n");
    }
    out.append("</section>\n");
  }

  private void voice() {
    List<VoiceShare> shares = view.voiceByPerspective().orElse(null);
    if (shares == null) {
      return;
    }
    out.append(
            "<section id=\"voice\">\n<h2>Voice by perspective</h2>\n<figure>\n<figcaption>Who did the talking")
        .append(idCaption(ReportView.VOICE))
        .append("</figcaption>\n")
        .append(Charts.voice(shares))
        .append('\n');
    table(
        "Share of the talking and of the attendances",
        List.of("Perspective", "Share of the talking", "Share of the attendances"),
        () -> {
          for (VoiceShare share : shares) {
            out.append("<tr><td>")
                .append(h(share.perspective()))
                .append("</td>")
                .append(groupCell(Unit.SHARE, share.voice()))
                .append(
                    share.attendance() == null
                        ? "<td></td>"
                        : groupCell(Unit.SHARE, share.attendance()))
                .append("</tr>\n");
          }
        });
    out.append("</figure>\n</section>\n");
  }

  // ---- every metric

  private void indicators() {
    out.append("<section id=\"indicators\">\n<h2>Every metric</h2>\n");
    if (view.metrics().isEmpty()) {
      out.append("<p>No metric was evaluated.</p>\n</section>\n");
      return;
    }
    table(
        "Every metric, its value, n and rating",
        List.of("Metric", "What it measures", "Value", "n", "Rating"),
        () -> {
          for (MetricResult metric : view.metrics()) {
            Measurement m = metric.measurement();
            String good = view.goodLooksLike(metric);
            out.append("<tr><td><strong>")
                .append(h(metric.name()))
                .append("</strong><br/><code>")
                .append(h(metric.id()))
                .append("</code></td><td class=\"what\">")
                .append(h(view.summary(metric)))
                .append(
                    good.isEmpty()
                        ? ""
                        : "<br/><span class=\"count\">Good looks like: " + h(good) + "</span>")
                .append("</td>");
            if (m == null) {
              out.append("<td class=\"unavailable what\">failed: ")
                  .append(h(String.valueOf(metric.failure())))
                  .append("</td><td></td>");
            } else if (m.value() == null) {
              out.append("<td class=\"unavailable what\">no value: ")
                  .append(h(String.valueOf(m.noValueReason())))
                  .append("</td><td class=\"num\">")
                  .append(Values.number(m.n()))
                  .append("</td>");
            } else {
              out.append("<td class=\"num\">")
                  .append(h(Values.measured(metric.unit(), m, view.range(metric))))
                  .append("</td><td class=\"num\">")
                  .append(Values.number(m.n()))
                  .append("</td>");
            }
            out.append("<td>")
                .append(badge(metric.rating()))
                .append(view.caution(metric) && m != null ? caution(m.n()) : "")
                .append("</td></tr>\n");
          }
        });
    out.append("</section>\n");
  }

  // ---- findings, failures, notes, words

  private void findings() {
    List<FindingGroup> groups = view.findingGroups();
    if (groups.isEmpty()) {
      return;
    }
    int total = groups.stream().mapToInt(g -> g.findings().size()).sum();
    out.append("<section id=\"findings\">\n<h2>Other findings, by kind</h2>\n<p>")
        .append(Values.count(total, "finding"))
        .append(" of ")
        .append(Values.count(groups.size(), "kind"))
        .append(". Open a kind to see each finding and the records behind it.</p>\n");
    for (FindingGroup group : groups) {
      out.append("<details class=\"kind\">\n<summary><span class=\"sev ")
          .append(group.worst().code())
          .append("\">")
          .append(group.worst().name())
          .append("</span> ")
          .append(h(group.title()))
          .append(" <span class=\"count\">(")
          .append(group.severities())
          .append(group.severities().contains(":") ? "; " : ", ")
          .append(Values.count(group.records(), "record"))
          .append(")</span></summary>\n<p class=\"count\">From ")
          .append(h(group.sourceName()))
          .append(" (<code>")
          .append(h(group.sourceId()))
          .append("</code>), code <code>")
          .append(h(group.code()))
          .append("</code>.</p>\n");
      table(
          group.title(),
          List.of("Severity", "What was found", "Evidence"),
          () -> {
            for (Finding finding : group.findings()) {
              out.append("<tr><td>")
                  .append(severity(finding))
                  .append("</td><td class=\"what\">")
                  .append(h(finding.message()))
                  .append("</td><td>")
                  .append(evidence(finding))
                  .append("</td></tr>\n");
            }
          });
      out.append("</details>\n");
    }
    out.append("</section>\n");
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
          .append(
              failure.className() == null
                  ? "a plugin"
                  : "<code>" + h(failure.className()) + "</code>")
          .append(" from <code>")
          .append(h(failure.source()))
          .append("</code>: ")
          .append(h(failure.reason()))
          .append("</li>\n");
    }
    for (ReportView.Failed f : failed) {
      out.append("<li><code>")
          .append(h(f.id()))
          .append("</code>: ")
          .append(h(f.reason()))
          .append("</li>\n");
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
      out.append("<li>")
          .append(note.metricId() == null ? "" : "<code>" + h(note.metricId()) + "</code>: ")
          .append(h(note.text()))
          .append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void glossary() {
    out.append("<section id=\"glossary\">\n<h2>Words used</h2>\n<dl class=\"glossary\">\n");
    for (Glossary.Entry entry : Glossary.entries(view)) {
      out.append("<dt>")
          .append(h(entry.term()))
          .append("</dt><dd>")
          .append(h(entry.meaning()))
          .append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  // ---- pieces

  /** What a headline metric measures and what good looks like, under its caption. */
  private void describe(String metricId) {
    view.report()
        .metric(metricId)
        .ifPresent(
            metric -> {
              out.append("<p class=\"summary\">").append(h(view.summary(metric))).append("</p>\n");
              String good = view.goodLooksLike(metric);
              if (!good.isEmpty()) {
                out.append("<p class=\"good\">Good looks like: ").append(h(good)).append("</p>\n");
              }
            });
  }

  /** A table in a box of its own that scrolls sideways when the table is wider than the screen. */
  private void table(String label, List<String> headers, Runnable rows) {
    table(label, headers, false, rows);
  }

  /**
   * A table in a box of its own; when {@code stacked}, each row becomes a card of lines on a
   * phone's narrow screen (the cells label themselves with {@code data-label}) rather than
   * scrolling sideways.
   */
  private void table(String label, List<String> headers, boolean stacked, Runnable rows) {
    out.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
        .append(h(label))
        .append("\">\n<table")
        .append(stacked ? " class=\"stacked\"" : "")
        .append(">\n<tr>");
    headers.forEach(header -> out.append("<th scope=\"col\">").append(h(header)).append("</th>"));
    out.append("</tr>\n");
    rows.run();
    out.append("</table>\n</div>\n");
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId)
        .ifPresent(
            u ->
                out.append("<p class=\"unavailable\">Not available: <code>")
                    .append(h(u.metricId()))
                    .append("</code> ")
                    .append(h(u.reason()))
                    .append(".</p>\n"));
  }

  /**
   * The metric's name and id under a caption: {@code Principles scorecard,
   * copro.scorecard.principles}.
   */
  private String idCaption(String id) {
    String name = view.report().metric(id).map(MetricResult::name).orElse("");
    return "<span class=\"id\">"
        + (name.isEmpty() ? "" : h(name) + ", ")
        + "<code>"
        + h(id)
        + "</code></span>";
  }

  /** A metric's id under a caption that names it already. */
  private static String idOnly(String id) {
    return "<span class=\"id\"><code>" + h(id) + "</code></span>";
  }

  private static String groupCell(Unit unit, Group group) {
    return group.suppressed()
        ? "<td class=\"suppressed\">" + Values.SUPPRESSED + "</td>"
        : "<td class=\"num\">" + h(Values.group(unit, group)) + "</td>";
  }

  private static String badge(@Nullable Rating rating) {
    String name = rating == null ? "none" : rating.name().toLowerCase(Locale.ROOT);
    return "<span class=\"badge "
        + name
        + "\">"
        + (rating == null ? "not rated" : rating.name())
        + "</span>";
  }

  private String caution(long n) {
    return "<span class=\"caution\" title=\"Rests on "
        + Values.count(n, "record")
        + ", fewer than "
        + view.options().cautionBelow()
        + ": read with caution\">caution: "
        + Values.n(n)
        + "</span>";
  }

  private static String severity(Finding finding) {
    String code = finding.severity().code();
    return "<span class=\"sev " + code + "\">" + finding.severity().name() + "</span>";
  }

  private static String evidence(Finding finding) {
    List<String> refs = finding.evidence().stream().map(r -> "<code>" + h(r) + "</code>").toList();
    String omitted =
        finding.evidenceOmitted() == 0
            ? ""
            : " and " + Values.count(finding.evidenceOmitted(), "more record") + " not listed";
    if (refs.size() <= EVIDENCE_INLINE) {
      return String.join(", ", refs) + omitted;
    }
    return "<details><summary>"
        + Values.count(refs.size() + finding.evidenceOmitted(), "record")
        + "</summary>"
        + String.join(", ", refs)
        + omitted
        + "</details>";
  }

  private static String h(String text) {
    return Escape.html(text);
  }

  private static String sha256(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
