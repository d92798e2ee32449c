package dev.copro.report;

import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report.MetricResult;
import dev.copro.report.ReportView.FindingGroup;
import dev.copro.report.ReportView.Ladder;
import dev.copro.report.ReportView.PrincipleScore;
import dev.copro.report.ReportView.Scorecard;
import dev.copro.report.ReportView.WarningSigns;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard for the terminal: the four principles with their ratings, the ladder position and
 * what held it at that rung, the warning signs found with their evidence, then every metric by name
 * with its value, n and rating, what each measures, other findings grouped by kind, failures, notes
 * about the data and the words used. Plain text with {@code \n} line ends; ratings are coloured
 * only when asked to (standard output is a terminal). Every text from the report is escaped ({@link
 * Escape#terminal}), so none can break a line or send the terminal a command.
 */
final class TextReport {

  /** How many evidence references a finding shows before "and N more". */
  static final int EVIDENCE_SHOWN = 8;

  private static final String RESET = "\u001b[0m";

  private final ReportView view;
  private final boolean colour;
  private final StringBuilder out = new StringBuilder();

  private TextReport(ReportView view) {
    this.view = view;
    this.colour = view.options().colour();
  }

  /** The text report of a view. */
  static String render(ReportView view) {
    return new TextReport(view).write();
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
    glossary();
    return out.toString();
  }

  private void header() {
    var configuration = view.report().configuration();
    line("copro report: " + tty(view.title()));
    if (!view.source().isEmpty()) {
      line("Source: " + tty(view.source()));
    }
    line(
        "As of "
            + configuration.referenceDate()
            + ". "
            + Values.count(view.records(), "record")
            + ". The bloc: "
            + "participants whose perspective is "
            + tty(view.bloc())
            + ". Periods: "
            + configuration.periodUnit().code()
            + ".");
    line(
        "Groups of fewer than "
            + Values.count(configuration.suppressionMinimum(), "person", "people")
            + " are suppressed"
            + (view.options().cautionBelow() > 0
                ? "; ratings resting on fewer than "
                    + Values.count(view.options().cautionBelow(), "record")
                    + " are marked \"caution\""
                : "")
            + ".");
  }

  private void principles() {
    heading("THE FOUR PRINCIPLES", ReportView.SCORECARD);
    Scorecard scorecard = view.scorecard().orElse(null);
    if (scorecard == null) {
      unavailable(ReportView.SCORECARD);
      return;
    }
    line(
        "  Overall: "
            + Values.format(scorecard.unit(), scorecard.score())
            + "  "
            + colour(Values.rating(scorecard.rating()))
            + "  ("
            + Values.n(scorecard.n())
            + ")"
            + (scorecardCaution(scorecard) ? ", caution" : ""));
    TextTable table = new TextTable().style(2, this::colour);
    for (PrincipleScore principle : scorecard.four()) {
      table.row(
          principle.principle().code(),
          Values.format(scorecard.unit(), principle.score()),
          Values.rating(principle.rating()),
          principle.capped() ? "capped by warning signs" : "");
    }
    out.append(table.render(2));
    for (PrincipleScore other : scorecard.others()) {
      line(
          "  Also scored, not one of the four principles: "
              + other.principle().code()
              + "  "
              + Values.format(scorecard.unit(), other.score())
              + "  "
              + colour(Values.rating(other.rating()))
              + (other.capped() ? "  capped by warning signs" : ""));
    }
    if (!scorecard.explanations().isEmpty()) {
      line("  How the ratings came about:");
      scorecard.explanations().forEach(f -> line("    - " + tty(f.message())));
    }
  }

  private boolean scorecardCaution(Scorecard scorecard) {
    return scorecard.rating() != null && scorecard.n() < view.options().cautionBelow();
  }

  private void ladder() {
    heading("LADDER OF CO-PRODUCTION", ReportView.LADDER);
    Ladder ladder = view.ladder().orElse(null);
    if (ladder == null) {
      unavailable(ReportView.LADDER);
      return;
    }
    line("  " + ladder.describe() + "  (" + Values.n(ladder.n()) + ")");
    ladder.rules().forEach(f -> line("  Why: " + tty(f.message())));
    if (!ladder.splitsConditions()) {
      ladder.others().forEach(f -> line("  " + tty(f.message())));
      return;
    }
    String next = ladder.nextRungName();
    line("  For " + (next == null ? "the next rung" : next) + ":");
    line("    Met:");
    conditions(ladder.met(), "none");
    line("    Not met (this is what held it back):");
    conditions(ladder.notMet(), "none");
    ladder.others().forEach(f -> line("  " + tty(f.message())));
  }

  private void conditions(List<Finding> findings, String none) {
    if (findings.isEmpty()) {
      line("      " + none);
    }
    findings.forEach(f -> line("      - " + tty(f.message())));
  }

  private void warningSigns() {
    heading("WARNING SIGNS OF TOKENISM", ReportView.WARNING_SIGNS);
    WarningSigns signs = view.warningSigns().orElse(null);
    if (signs == null) {
      unavailable(ReportView.WARNING_SIGNS);
      return;
    }
    long found = Math.round(signs.detected());
    line(
        "  "
            + Values.number(found)
            + " of the "
            + Values.count(signs.assessed(), "sign")
            + " assessed "
            + (found == 1 ? "was" : "were")
            + " found  "
            + colour(Values.rating(signs.rating())));
    for (Finding finding : signs.findings()) {
      finding("  ", finding);
    }
  }

  private void metrics() {
    out.append('\n').append("EVERY METRIC\n");
    if (view.metrics().isEmpty()) {
      line("  No metric was evaluated.");
      return;
    }
    TextTable table = new TextTable().style(3, this::colour);
    table.row("metric", "value", "n", "rating", "id");
    List<String> details = new ArrayList<>();
    for (MetricResult metric : view.metrics()) {
      Measurement m = metric.measurement();
      if (m == null) {
        table.row(tty(metric.name()), "FAILED", "", "-", tty(metric.id()));
      } else {
        table.row(
            tty(metric.name()),
            Values.measured(metric.unit(), m, view.range(metric)),
            Values.number(m.n()),
            Values.rating(metric.rating()) + (view.caution(metric) ? ", caution" : ""),
            tty(metric.id()));
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
    out.append('\n').append("WHAT EACH METRIC MEASURES\n");
    for (MetricResult metric : view.metrics()) {
      line("  " + tty(metric.name()) + " (" + tty(metric.id()) + "): " + tty(view.summary(metric)));
      String good = view.goodLooksLike(metric);
      if (!good.isEmpty()) {
        line("    Good looks like: " + tty(good));
      }
    }
  }

  /**
   * Under a metric's row: why it failed or has no value, and its breakdowns named in {@code --by}.
   */
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
        groups.add(
            group.suppressed() || group.n() == null
                ? key + " " + value
                : key + " " + value + " (" + Values.n(group.n()) + ")");
      }
      text.append("      by ")
          .append(tty(breakdown.dimension()))
          .append(": ")
          .append(String.join(", ", groups))
          .append(m.value() == null ? "" : "; overall " + Values.format(metric.unit(), m.value()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The other findings grouped by kind, one line per metric or rule and finding code: the worst
   * severity, what kind, from where, how many findings and how many records they cite. The findings
   * themselves, with their evidence, are in the other formats.
   */
  private void findings() {
    List<FindingGroup> groups = view.findingGroups();
    if (groups.isEmpty()) {
      return;
    }
    out.append('\n')
        .append(
            "OTHER FINDINGS, BY KIND  (each with its evidence in --format html, markdown or json)\n");
    TextTable table = new TextTable();
    for (FindingGroup group : groups) {
      table.row(
          group.worst().name(),
          tty(group.title()),
          tty(group.sourceName()),
          group.severities(),
          Values.count(group.records(), "record"));
    }
    out.append(table.render(2));
  }

  private void finding(String indent, Finding finding) {
    String severity = String.format(Locale.ROOT, "%-6s", finding.severity().name());
    line(
        indent
            + severity
            + "  "
            + tty(Values.title(finding.code()))
            + ": "
            + tty(finding.message()));
    if (!finding.evidence().isEmpty()) {
      line(
          indent
              + "        evidence: "
              + evidence(
                  finding.evidence().stream().map(TextReport::tty).toList(),
                  finding.evidenceOmitted(),
                  EVIDENCE_SHOWN));
    }
  }

  /**
   * The first {@code shown} references, then {@code and N more} if there are more, counting those
   * the finding did not list ({@code omitted}).
   */
  static String evidence(List<String> references, long omitted, int shown) {
    long more = Math.max(0, references.size() - shown) + omitted;
    String listed = String.join(", ", references.subList(0, Math.min(shown, references.size())));
    return more == 0 ? listed : listed + " and " + more + " more";
  }

  private void failures() {
    List<ReportView.Failed> failed = view.failed();
    List<PluginFailure> plugins = view.pluginFailures();
    if (failed.isEmpty() && plugins.isEmpty()) {
      return;
    }
    out.append('\n').append("FAILURES\n");
    for (PluginFailure failure : plugins) {
      line(
          "  Could not load "
              + (failure.className() == null ? "a plugin" : tty(failure.className()))
              + " from "
              + tty(failure.source())
              + ": "
              + tty(failure.reason()));
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

  private void glossary() {
    out.append('\n').append("WORDS USED\n");
    for (Glossary.Entry entry : Glossary.entries(view)) {
      line("  " + entry.term() + ": " + tty(entry.meaning()));
    }
  }

  /**
   * A section's heading: its title, the metric's name and id, and its value and rating when it has
   * them.
   */
  private void heading(String title, String metricId) {
    out.append('\n').append(title);
    MetricResult metric = view.report().metric(metricId).orElse(null);
    if (metric == null) {
      out.append("  (").append(metricId).append(")\n");
      return;
    }
    out.append("  ").append(tty(metric.name())).append(" (").append(tty(metricId)).append(")\n");
    line("  What it measures: " + tty(view.summary(metric)));
    String good = view.goodLooksLike(metric);
    if (!good.isEmpty()) {
      line("  Good looks like: " + tty(good));
    }
  }

  private void unavailable(String metricId) {
    view.unavailable(metricId).ifPresent(u -> line("  Not available: " + tty(u.reason())));
  }

  /** A rating in bold and its colour, when colour is on. */
  private String colour(String rating) {
    if (!colour) {
      return rating;
    }
    String code =
        switch (rating.startsWith("GREEN")
            ? "GREEN"
            : rating.startsWith("AMBER") ? "AMBER" : rating.startsWith("RED") ? "RED" : "") {
          case "GREEN" -> "\u001b[1;32m";
          case "AMBER" -> "\u001b[1;33m";
          case "RED" -> "\u001b[1;31m";
          default -> "";
        };
    return code.isEmpty() ? rating : code + rating + RESET;
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String tty(String text) {
    return Escape.terminal(text);
  }
}
