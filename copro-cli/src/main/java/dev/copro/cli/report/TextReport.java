package dev.copro.cli.report;

import dev.copro.cli.report.ReportView.Ladder;
import dev.copro.cli.report.ReportView.PrincipleScore;
import dev.copro.cli.report.ReportView.Scorecard;
import dev.copro.cli.report.ReportView.SourcedFinding;
import dev.copro.cli.report.ReportView.WarningSigns;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report.MetricResult;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Help.Ansi;

/**
 * The scorecard for the terminal: the principles with their ratings, the ladder position, the
 * warning signs found with their evidence, then every metric with its value, n and rating, other
 * findings, failures and notes about the data. Plain text with {@code \n} line ends; ratings are
 * coloured only when asked to (standard output is a terminal). Every text from the report is
 * escaped ({@link Escape#terminal}), so none can break a line or send the terminal a command.
 */
final class TextReport {

  /** How many evidence references a finding shows before "and N more". */
  static final int EVIDENCE_SHOWN = 8;

  private final ReportView view;
  private final Ansi ansi;
  private final StringBuilder out = new StringBuilder();

  private TextReport(ReportView view, boolean colour) {
    this.view = view;
    this.ansi = colour ? Ansi.ON : Ansi.OFF;
  }

  /** The text report of a view; coloured ratings when {@code colour}. */
  static String render(ReportView view, boolean colour) {
    return new TextReport(view, colour).write();
  }

  private String write() {
    header();
    principles();
    ladder();
    warningSigns();
    metrics();
    findings();
    failures();
    notes();
    return out.toString();
  }

  private void header() {
    var configuration = view.report().configuration();
    line("copro report: " + tty(view.title()));
    line("source: " + tty(view.source()));
    line("as of " + configuration.referenceDate() + "; bloc: " + tty(view.bloc()) + "; " + view.records() + " records; "
        + "periods: " + configuration.periodUnit().code() + "; groups under " + configuration.suppressionMinimum()
        + " suppressed");
  }

  private void principles() {
    heading("PRINCIPLES", ReportView.SCORECARD);
    Scorecard scorecard = view.scorecard().orElse(null);
    if (scorecard == null) {
      unavailable(ReportView.SCORECARD);
      return;
    }
    TextTable table = new TextTable().style(2, this::colour);
    for (PrincipleScore principle : scorecard.principles()) {
      table.row(principle.principle().code(), Values.format(scorecard.unit(), principle.score()),
          Values.rating(principle.rating()));
    }
    out.append(table.render(2));
  }

  private void ladder() {
    out.append('\n').append("LADDER  ").append(ReportView.LADDER).append('\n');
    Ladder ladder = view.ladder().orElse(null);
    if (ladder == null) {
      unavailable(ReportView.LADDER);
      return;
    }
    line("  " + ladder.describe());
    ladder.explanations().forEach(f -> line("  why: " + tty(f.message())));
  }

  private void warningSigns() {
    WarningSigns signs = view.warningSigns().orElse(null);
    if (signs == null) {
      out.append('\n').append("WARNING SIGNS  ").append(ReportView.WARNING_SIGNS).append('\n');
      unavailable(ReportView.WARNING_SIGNS);
      return;
    }
    out.append('\n').append("WARNING SIGNS  ").append(ReportView.WARNING_SIGNS).append("  ")
        .append(Values.whole(signs.detected())).append(" found of ").append(signs.assessed()).append(" assessed  ")
        .append(colour(Values.rating(signs.rating()))).append('\n');
    if (signs.findings().isEmpty()) {
      line("  none found");
    }
    for (Finding finding : signs.findings()) {
      finding("  ", finding);
    }
  }

  private void metrics() {
    out.append('\n').append("METRICS\n");
    if (view.metrics().isEmpty()) {
      line("  no metric was evaluated");
      return;
    }
    TextTable table = new TextTable().style(3, this::colour);
    table.row("id", "value", "n", "rating");
    List<String> details = new ArrayList<>();
    for (MetricResult metric : view.metrics()) {
      Measurement m = metric.measurement();
      if (m == null) {
        table.row(tty(metric.id()), "FAILED", "", "-");
      } else {
        table.row(tty(metric.id()), Values.measured(metric.unit(), m), Long.toString(m.n()),
            Values.rating(metric.rating()));
      }
      details.add(metricDetails(metric));
    }
    // Rows and their details interleave: the table gives each row's aligned text, line by line.
    String[] rows = table.render(2).split("\n");
    line(rows[0]);
    for (int i = 1; i < rows.length; i++) {
      line(rows[i]);
      out.append(details.get(i - 1));
    }
  }

  /** Under a metric's row: why it failed or has no value, and its breakdowns named in {@code --by}. */
  private String metricDetails(MetricResult metric) {
    StringBuilder text = new StringBuilder();
    Measurement m = metric.measurement();
    if (m == null) {
      text.append("      failed: ").append(tty(String.valueOf(metric.failure()))).append('\n');
      return text.toString();
    }
    if (m.value() == null) {
      text.append("      no value: ").append(tty(String.valueOf(m.noValueReason()))).append('\n');
    }
    for (Breakdown breakdown : view.breakdownsBy(metric)) {
      List<String> groups = new ArrayList<>();
      for (Group group : breakdown.groups()) {
        String value = Values.group(metric.unit(), group);
        String key = tty(group.key());
        groups.add(group.suppressed() || group.n() == null ? key + " " + value
            : key + " " + value + " (n " + group.n() + ")");
      }
      text.append("      by ").append(tty(breakdown.dimension())).append(": ").append(String.join(", ", groups))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The other findings, one line per metric or rule and finding code: the worst severity, how many
   * findings and how many records they cite. The findings themselves, with their evidence, are in
   * the other formats.
   */
  private void findings() {
    List<SourcedFinding> findings = view.otherFindings();
    if (findings.isEmpty()) {
      return;
    }
    out.append('\n').append("OTHER FINDINGS  (each with its evidence in --format markdown, html or json)\n");
    Map<List<String>, List<Finding>> groups = new LinkedHashMap<>();
    for (SourcedFinding f : findings) {
      groups.computeIfAbsent(List.of(f.source(), f.finding().code()), k -> new ArrayList<>()).add(f.finding());
    }
    TextTable table = new TextTable();
    groups.forEach((key, group) -> {
      Severity worst = group.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
      long records = group.stream().flatMap(f -> f.evidence().stream()).distinct().count();
      table.row(worst.name(), tty(key.get(0)), tty(key.get(1)), group.size() == 1 ? "1 finding" : group.size() + " findings",
          records == 1 ? "1 record" : records + " records");
    });
    out.append(table.render(2));
  }

  private void finding(String indent, Finding finding) {
    String severity = String.format(Locale.ROOT, "%-6s", finding.severity().name());
    line(indent + severity + "  " + tty(finding.code()) + ": " + tty(finding.message()));
    if (!finding.evidence().isEmpty()) {
      line(indent + "        evidence: " + evidence(finding.evidence().stream().map(TextReport::tty).toList(),
          EVIDENCE_SHOWN));
    }
  }

  /** The first {@code shown} references, then {@code and N more} if there are more. */
  static String evidence(List<String> references, int shown) {
    if (references.size() <= shown) {
      return String.join(", ", references);
    }
    return String.join(", ", references.subList(0, shown)) + " and " + (references.size() - shown) + " more";
  }

  private void failures() {
    List<ReportView.Failed> failed = view.failed();
    List<PluginFailure> plugins = view.pluginFailures();
    if (failed.isEmpty() && plugins.isEmpty()) {
      return;
    }
    out.append('\n').append("FAILURES\n");
    for (PluginFailure failure : plugins) {
      line("  could not load " + (failure.className() == null ? "a plugin" : tty(failure.className())) + " from "
          + tty(failure.source()) + ": " + tty(failure.reason()));
    }
    for (ReportView.Failed f : failed) {
      line("  " + tty(f.id()) + ": " + tty(f.reason()));
    }
  }

  private void notes() {
    List<ReportView.Note> notes = view.notes();
    if (notes.isEmpty()) {
      return;
    }
    out.append('\n').append("NOTES ON THE DATA\n");
    for (ReportView.Note note : notes) {
      line("  " + (note.metricId() == null ? "" : tty(note.metricId()) + ": ") + tty(note.text()));
    }
  }

  /** A section's heading: its title and metric id, and the metric's value and rating when it has them. */
  private void heading(String title, String metricId) {
    out.append('\n').append(title).append("  ").append(metricId);
    MetricResult metric = view.report().metric(metricId).orElse(null);
    if (metric != null && metric.measurement() != null && metric.measurement().value() != null) {
      out.append("  ").append(Values.measured(metric.unit(), metric.measurement()))
          .append("  ").append(colour(Values.rating(metric.rating())));
    }
    out.append('\n');
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId).ifPresent(u -> line("  not available: " + tty(u.reason())));
  }

  private String colour(String rating) {
    UnaryOperator<String> style = switch (rating) {
      case "GREEN" -> s -> ansi.string("@|bold,green " + s + "|@");
      case "AMBER" -> s -> ansi.string("@|bold,yellow " + s + "|@");
      case "RED" -> s -> ansi.string("@|bold,red " + s + "|@");
      default -> UnaryOperator.identity();
    };
    return style.apply(rating);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String tty(String text) {
    return Escape.terminal(text);
  }
}
