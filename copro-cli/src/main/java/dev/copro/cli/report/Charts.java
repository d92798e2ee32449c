package dev.copro.cli.report;

import dev.copro.cli.report.ReportView.Ladder;
import dev.copro.cli.report.ReportView.PrincipleScore;
import dev.copro.cli.report.ReportView.Scorecard;
import dev.copro.cli.report.ReportView.Series;
import dev.copro.cli.report.ReportView.VoiceShare;
import dev.copro.cli.report.Svg.Anchor;
import dev.copro.spi.Group;
import dev.copro.spi.Rating;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The charts of the HTML report, as inline SVG: the principles at a glance, the ladder position,
 * one small chart per indicator over time, and the voice distribution by perspective. Drawn from
 * the {@link ReportView} with {@link Svg}; no fonts or graphics toolkit are involved, so the page is
 * the same bytes on every machine. Suppressed groups are drawn as the word "suppressed" or a marked
 * gap, never with a number or a bar length.
 *
 * <p>Charting libraries were weighed and left out: JFreeSVG, which JFreeChart needs to write SVG, is
 * GPL-3.0 and cannot be bundled in an Apache-2.0 runnable jar; Batik's SVG generator (the other
 * route) brings a dozen jars; and both measure text with the machine's fonts, which would make the
 * bytes differ between machines.
 */
final class Charts {

  private static final double LABEL_WIDTH = 120;
  private static final double BAR_WIDTH = 300;
  private static final double ROW = 30;

  private Charts() {}

  /** The CSS class of a rating's colour: {@code rating-green}, …, or {@code rating-none}. */
  static String ratingClass(@Nullable Rating rating) {
    return rating == null ? "rating-none" : "rating-" + rating.name().toLowerCase(Locale.ROOT);
  }

  /** One bar per principle, its length the score in [0, 1], coloured by its rating; the scorecard's thresholds marked. */
  static String principles(Scorecard scorecard, @Nullable Thresholds thresholds) {
    List<PrincipleScore> rows = scorecard.principles();
    double top = 24;
    double height = top + Math.max(1, rows.size()) * ROW + 24;
    Svg svg = new Svg(LABEL_WIDTH + BAR_WIDTH + 110, height,
        "Score of each principle, from 0 to 1, coloured by rating");
    double x0 = LABEL_WIDTH;
    double bottom = top + rows.size() * ROW;
    for (double tick = 0; tick <= 1.0001; tick += 0.25) {
      double x = x0 + tick * BAR_WIDTH;
      svg.line(x, top - 6, x, bottom, "grid");
      svg.text(x, bottom + 16, Values.format(scorecard.unit(), tick), "axis", Anchor.MIDDLE);
    }
    thresholdLines(thresholds, 0, 1,
        (value, cssClass) -> svg.line(x0 + value * BAR_WIDTH, top - 6, x0 + value * BAR_WIDTH, bottom, cssClass));
    for (int i = 0; i < rows.size(); i++) {
      PrincipleScore row = rows.get(i);
      double y = top + i * ROW;
      double score = clamp(row.score(), 0, 1);
      String value = Values.format(scorecard.unit(), row.score()) + " " + Values.rating(row.rating());
      svg.text(x0 - 8, y + ROW / 2 + 4, row.principle().code(), "label", Anchor.END);
      svg.rect(x0, y + 5, score * BAR_WIDTH, ROW - 10, "bar " + ratingClass(row.rating()),
          row.principle().code() + ": " + value);
      svg.text(x0 + score * BAR_WIDTH + 6, y + ROW / 2 + 4, value, "value", Anchor.START);
    }
    if (rows.isEmpty()) {
      svg.text(x0, top + ROW / 2, "The scorecard scores no principle.", "note", Anchor.START);
    }
    return svg.toString();
  }

  /**
   * Hands the amber and then the green threshold, where it lies within {@code [low, high]}, to
   * {@code draw} with the CSS class of its dashed line.
   */
  private static void thresholdLines(@Nullable Thresholds thresholds, double low, double high,
      BiConsumer<Double, String> draw) {
    if (thresholds == null) {
      return;
    }
    if (thresholds.amber() >= low && thresholds.amber() <= high) {
      draw.accept(thresholds.amber(), "threshold threshold-amber");
    }
    if (thresholds.green() >= low && thresholds.green() <= high) {
      draw.accept(thresholds.green(), "threshold threshold-green");
    }
  }

  /** The seven rungs of the TLAP ladder, top to bottom, the placement highlighted; the three bands at the side. */
  static String ladder(Ladder ladder) {
    int rungs = ReportView.TLAP.size();
    double rungHeight = 30;
    double top = 10;
    double rungWidth = 260;
    double x0 = 40;
    Svg svg = new Svg(x0 + rungWidth + 190, top + rungs * rungHeight + 10,
        "The TLAP ladder of co-production, with the placement: " + ladder.describe());
    String current = ladder.rungName();
    for (int rung = rungs; rung >= 1; rung--) {
      double y = top + (rungs - rung) * rungHeight;
      String name = ReportView.TLAP.get(rung - 1);
      boolean here = name.equals(current);
      svg.rect(x0, y + 3, rungWidth, rungHeight - 6, here ? "rung rung-current" : "rung", null);
      svg.text(x0 - 10, y + rungHeight / 2 + 4, Integer.toString(rung), "axis", Anchor.END);
      svg.text(x0 + 12, y + rungHeight / 2 + 4, name, here ? "label label-current" : "label", Anchor.START);
      if (here) {
        svg.text(x0 + rungWidth - 12, y + rungHeight / 2 + 4, "here", "label label-current", Anchor.END);
      }
    }
    band(svg, "doing with", 7, 6, x0 + rungWidth + 16, top, rungHeight, rungs);
    band(svg, "doing for", 5, 3, x0 + rungWidth + 16, top, rungHeight, rungs);
    band(svg, "doing to", 2, 1, x0 + rungWidth + 16, top, rungHeight, rungs);
    return svg.toString();
  }

  private static void band(Svg svg, String name, int from, int to, double x, double top, double rungHeight, int rungs) {
    double y1 = top + (rungs - from) * rungHeight + 5;
    double y2 = top + (rungs - to + 1) * rungHeight - 5;
    svg.line(x, y1, x, y2, "band");
    svg.text(x + 10, (y1 + y2) / 2 + 4, name, "label", Anchor.START);
  }

  /**
   * One indicator over the periods: a point per period with a value, joined where periods follow one
   * another; a suppressed period is marked "s" on the axis and a period without a value is left
   * empty. Shares are drawn on [0, 1]; other units from 0 (or the lowest value, if negative) to the
   * highest value. The rating thresholds are dashed lines.
   */
  static String series(Series series) {
    double width = 320;
    double height = 170;
    double left = 64;
    double right = 28;
    double top = 12;
    double bottom = 40;
    List<Group> points = series.points();
    double[] range = range(series);
    double plotWidth = width - left - right;
    double plotHeight = height - top - bottom;
    Svg svg = new Svg(width, height, series.metric().name() + " (" + series.metric().id() + ") by period");
    for (int i = 0; i <= 2; i++) {
      double value = range[0] + (range[1] - range[0]) * i / 2;
      double y = top + plotHeight - plotHeight * i / 2;
      svg.line(left, y, left + plotWidth, y, "grid");
      svg.text(left - 6, y + 4, Values.format(series.unit(), value), "axis", Anchor.END);
    }
    DoubleUnaryOperator yOf = value -> top + plotHeight
        - (clamp(value, range[0], range[1]) - range[0]) / (range[1] - range[0]) * plotHeight;
    thresholdLines(series.metric().thresholds(), range[0], range[1],
        (value, cssClass) -> svg.line(left, yOf.applyAsDouble(value), left + plotWidth, yOf.applyAsDouble(value),
            cssClass));
    double step = points.size() <= 1 ? 0 : plotWidth / (points.size() - 1);
    int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 5.0));
    List<double[]> run = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Group group = points.get(i);
      double x = points.size() == 1 ? left + plotWidth / 2 : left + i * step;
      // At most five labels, evenly spaced, so that they never overlap; every point has its own tooltip.
      if (i % labelEvery == 0) {
        svg.text(x, height - bottom + 16, group.key(), "axis", Anchor.MIDDLE);
      }
      if (group.suppressed()) {
        svg.text(x, top + plotHeight - 4, "s", "suppressed", Anchor.MIDDLE);
      }
      if (group.suppressed() || group.value() == null) {
        drawRun(svg, run);
        run = new ArrayList<>();
        continue;
      }
      double y = yOf.applyAsDouble(group.value());
      run.add(new double[] {x, y});
      svg.circle(x, y, 3.5, "point", group.key() + ": " + Values.group(series.unit(), group)
          + (group.n() == null ? "" : " (n " + group.n() + ")"));
    }
    drawRun(svg, run);
    if (points.stream().anyMatch(Group::suppressed)) {
      svg.text(left, height - 6, "s: suppressed (too few to report)", "note", Anchor.START);
    }
    return svg.toString();
  }

  private static void drawRun(Svg svg, List<double[]> run) {
    if (run.size() > 1) {
      svg.polyline(run, "series");
    }
  }

  /** The value axis of a series: [0, 1] for shares, else from min(0, lowest) to the highest (or 1 when all are 0). */
  static double[] range(Series series) {
    if (series.unit() == Unit.SHARE) {
      return new double[] {0, 1};
    }
    double low = 0;
    double high = 0;
    for (Group group : series.points()) {
      if (!group.suppressed() && group.value() != null) {
        low = Math.min(low, group.value());
        high = Math.max(high, group.value());
      }
    }
    if (high <= low) {
      high = low + 1;
    }
    return new double[] {low, high};
  }

  /**
   * Per perspective, the share of the talking (dark bar) beside the share of the attendances (light
   * bar), both on [0, 1]; a suppressed share is written "suppressed" instead of drawn.
   */
  static String voice(List<VoiceShare> shares) {
    double top = 30;
    double rowHeight = 44;
    double height = top + shares.size() * rowHeight + 24;
    Svg svg = new Svg(LABEL_WIDTH + BAR_WIDTH + 110, height,
        "Share of the talking and of the attendances by perspective");
    double x0 = LABEL_WIDTH;
    svg.rect(x0, 6, 12, 12, "bar voice", null);
    svg.text(x0 + 18, 16, "share of the talking", "axis", Anchor.START);
    svg.rect(x0 + 160, 6, 12, 12, "bar attendance", null);
    svg.text(x0 + 178, 16, "share of the attendances", "axis", Anchor.START);
    double bottom = top + shares.size() * rowHeight;
    for (double tick = 0; tick <= 1.0001; tick += 0.25) {
      double x = x0 + tick * BAR_WIDTH;
      svg.line(x, top, x, bottom, "grid");
      svg.text(x, bottom + 16, Values.format(Unit.SHARE, tick), "axis", Anchor.MIDDLE);
    }
    for (int i = 0; i < shares.size(); i++) {
      VoiceShare share = shares.get(i);
      double y = top + i * rowHeight;
      svg.text(x0 - 8, y + rowHeight / 2 + 4, share.perspective(), "label", Anchor.END);
      shareBar(svg, share.perspective(), "talking", share.voice(), x0, y + 4, "bar voice");
      if (share.attendance() != null) {
        shareBar(svg, share.perspective(), "attendances", share.attendance(), x0, y + 22, "bar attendance");
      }
    }
    return svg.toString();
  }

  private static void shareBar(Svg svg, String perspective, String what, Group group, double x0, double y,
      String cssClass) {
    String value = Values.group(Unit.SHARE, group);
    if (group.suppressed() || group.value() == null) {
      svg.text(x0 + 4, y + 13, value, group.suppressed() ? "suppressed" : "note", Anchor.START);
      return;
    }
    double length = clamp(group.value(), 0, 1) * BAR_WIDTH;
    svg.rect(x0, y, length, 16, cssClass, perspective + ", share of the " + what + ": " + value);
    svg.text(x0 + length + 6, y + 13, value, "value", Anchor.START);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
