package dev.copro.report;

import dev.copro.engine.Report.MetricResult;
import dev.copro.report.ReportView.Ladder;
import dev.copro.report.ReportView.PrincipleScore;
import dev.copro.report.ReportView.Series;
import dev.copro.report.ReportView.VoiceShare;
import dev.copro.report.Svg.Anchor;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Rating;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The charts of the HTML report, as inline SVG: the four principles, the ladder position, one small
 * chart per indicator over time, breakdowns by group beside the overall figure, and the voice
 * distribution by perspective. Drawn from the {@link ReportView} with {@link Svg}; no fonts or
 * graphics toolkit are involved, so the page is the same bytes on every machine.
 *
 * <p>Every chart explains itself: a title and a description in words for screen readers, a legend
 * for every mark that is not a plain bar (threshold lines, the overall figure, suppressed groups),
 * axis ticks at round numbers (1, 2, 2.5 or 5 times a power of ten; whole numbers for counts), and
 * the latest value with its n where the chart runs over time. Lines are drawn only across the bars
 * or the plot, never across the text beside them. Suppressed groups are drawn as the word
 * "suppressed" or a marked gap, never with a number or a bar length. Charts are 360 units wide with
 * text of 12 units or more, so that at a phone's width, where they scale down a little, the text
 * stays readable.
 *
 * <p>Charting libraries were weighed and left out: JFreeSVG, which JFreeChart needs to write SVG,
 * is GPL-3.0 and cannot be bundled in an Apache-2.0 runnable jar; Batik's SVG generator (the other
 * route) brings a dozen jars; and both measure text with the machine's fonts, which would make the
 * bytes differ between machines.
 */
final class Charts {

  /** The width of every chart, in user units. */
  static final double WIDTH = 360;

  private static final double PAD = 8;

  /**
   * An average character's width at the legend's size, to wrap legend items (text is not measured).
   */
  private static final double CHAR_WIDTH = 7.3;

  private static final double LEGEND_ROW = 20;

  private Charts() {}

  /** The CSS class of a rating's colour: {@code rating-green}, …, or {@code rating-none}. */
  static String ratingClass(@Nullable Rating rating) {
    return rating == null ? "rating-none" : "rating-" + rating.name().toLowerCase(Locale.ROOT);
  }

  // ---- principles

  /**
   * One bar per principle, its length the score on a scale from 0 to 100%, coloured by its rating;
   * the name above the bar's start, the score and rating above its end, and the rating thresholds
   * as dashed marks across each bar.
   *
   * @param rows the principles to draw
   * @param title what the chart shows, such as {@code The four principles}
   */
  static String principles(
      List<PrincipleScore> rows, Unit unit, @Nullable Thresholds thresholds, String title) {
    double rowHeight = 46;
    double top = 4;
    double left = PAD;
    double right = WIDTH - PAD;
    List<String> said = new ArrayList<>();
    rows.forEach(
        r ->
            said.add(
                r.principle().code()
                    + " "
                    + Values.format(unit, r.score())
                    + " ("
                    + Values.rating(r.rating())
                    + (r.capped() ? ", capped by warning signs" : "")
                    + ")"));
    Svg svg =
        new Svg(
            WIDTH,
            title,
            title
                + ": "
                + (rows.isEmpty() ? "none scored" : String.join(", ", said))
                + "."
                + thresholdsSentence(unit, thresholds));
    for (int i = 0; i < rows.size(); i++) {
      PrincipleScore row = rows.get(i);
      double y = top + i * rowHeight;
      String value =
          Values.format(unit, row.score())
              + " "
              + Values.rating(row.rating())
              + (row.capped() ? " (capped)" : "");
      svg.text(left, y + 15, row.principle().code(), "label", Anchor.START);
      svg.text(right, y + 15, value, "value", Anchor.END);
      svg.rect(left, y + 22, right - left, 16, "track", null);
      svg.rect(
          left,
          y + 22,
          clamp(row.score(), 0, 1) * (right - left),
          16,
          "bar " + ratingClass(row.rating()),
          row.principle().code() + ": " + value);
      thresholdMarks(svg, thresholds, 0, 1, v -> left + v * (right - left), y + 19, y + 41);
    }
    double axis = top + rows.size() * rowHeight + 14;
    if (rows.isEmpty()) {
      svg.text(left, top + 16, "No principle is scored.", "note", Anchor.START);
      axis = top + 40;
    } else {
      Scale scale = new Scale(0, 1, 0.25);
      for (double tick : scale.ticks()) {
        double x = left + tick * (right - left);
        svg.text(
            x,
            axis,
            tick(unit, tick, scale.step()),
            "axis",
            tick == 0 ? Anchor.START : tick >= 1 ? Anchor.END : Anchor.MIDDLE);
      }
    }
    Legend legend = new Legend();
    legend
        .swatch("bar rating-green", "GREEN")
        .swatch("bar rating-amber", "AMBER")
        .swatch("bar rating-red", "RED");
    thresholdItems(legend, unit, thresholds, 0, 1);
    double legendTop = axis + 10;
    svg.height(legendTop + legend.draw(svg, left, legendTop, right - left) + 4);
    return svg.toString();
  }

  /**
   * Draws the amber and green thresholds that lie within {@code [low, high]} as short dashed marks
   * from y1 to y2.
   */
  private static void thresholdMarks(
      Svg svg,
      @Nullable Thresholds thresholds,
      double low,
      double high,
      DoubleUnaryOperator xOf,
      double y1,
      double y2) {
    if (thresholds == null) {
      return;
    }
    if (within(thresholds.amber(), low, high)) {
      double x = xOf.applyAsDouble(thresholds.amber());
      svg.line(x, y1, x, y2, "threshold threshold-amber");
    }
    if (within(thresholds.green(), low, high)) {
      double x = xOf.applyAsDouble(thresholds.green());
      svg.line(x, y1, x, y2, "threshold threshold-green");
    }
  }

  /**
   * The legend's entries for the thresholds: {@code AMBER from 50.0%} or {@code AMBER up to 2},
   * with the dashed line the chart draws for it — or, for a threshold outside the axis {@code [low,
   * high]}, where no line is drawn, a plain note that says it lies beyond the scale.
   */
  private static void thresholdItems(
      Legend legend, Unit unit, @Nullable Thresholds thresholds, double low, double high) {
    if (thresholds == null) {
      return;
    }
    String word = thresholds.higherIsBetter() ? " from " : " up to ";
    thresholdItem(
        legend,
        "threshold threshold-amber",
        "AMBER" + word + Values.format(unit, thresholds.amber()),
        within(thresholds.amber(), low, high));
    thresholdItem(
        legend,
        "threshold threshold-green",
        "GREEN" + word + Values.format(unit, thresholds.green()),
        within(thresholds.green(), low, high));
  }

  private static void thresholdItem(
      Legend legend, String lineClass, String text, boolean onTheAxis) {
    if (onTheAxis) {
      legend.line(lineClass, text);
    } else {
      legend.note(text + " (beyond this scale)");
    }
  }

  /** The thresholds in a sentence, for a chart's description, or empty. */
  static String thresholdsSentence(Unit unit, @Nullable Thresholds thresholds) {
    if (thresholds == null) {
      return "";
    }
    String word = thresholds.higherIsBetter() ? " from " : " up to ";
    return " Rated GREEN"
        + word
        + Values.format(unit, thresholds.green())
        + ", AMBER"
        + word
        + Values.format(unit, thresholds.amber())
        + ", RED otherwise.";
  }

  // ---- ladder

  /**
   * The seven rungs of the TLAP ladder, top to bottom, the placement highlighted; the three bands
   * at the side.
   */
  static String ladder(Ladder ladder) {
    int rungs = ReportView.TLAP.size();
    double rungHeight = 30;
    double top = 6;
    double x0 = 30;
    double rungWidth = 220;
    Svg svg =
        new Svg(
            WIDTH,
            "The TLAP ladder of co-production",
            "Seven rungs from coercion (1) to co-production (7). " + ladder.describe() + ".");
    String current = ladder.rungName();
    for (int rung = rungs; rung >= 1; rung--) {
      double y = top + (rungs - rung) * rungHeight;
      String name = ReportView.TLAP.get(rung - 1);
      boolean here = name.equals(current);
      svg.rect(x0, y + 3, rungWidth, rungHeight - 6, here ? "rung rung-current" : "rung", null);
      svg.text(x0 - 8, y + rungHeight / 2 + 5, Integer.toString(rung), "axis", Anchor.END);
      svg.text(
          x0 + 10,
          y + rungHeight / 2 + 5,
          name,
          here ? "label label-current" : "label",
          Anchor.START);
      if (here) {
        svg.text(
            x0 + rungWidth - 10, y + rungHeight / 2 + 5, "here", "label label-current", Anchor.END);
      }
    }
    double bandX = x0 + rungWidth + 12;
    band(svg, "doing with", 7, 6, bandX, top, rungHeight, rungs);
    band(svg, "doing for", 5, 3, bandX, top, rungHeight, rungs);
    band(svg, "doing to", 2, 1, bandX, top, rungHeight, rungs);
    Legend legend =
        new Legend()
            .swatch("rung rung-current", "where the records place it")
            .swatch("rung", "the other rungs");
    double legendTop = top + rungs * rungHeight + 8;
    svg.height(legendTop + legend.draw(svg, PAD, legendTop, WIDTH - 2 * PAD) + 4);
    return svg.toString();
  }

  private static void band(
      Svg svg, String name, int from, int to, double x, double top, double rungHeight, int rungs) {
    double y1 = top + (rungs - from) * rungHeight + 5;
    double y2 = top + (rungs - to + 1) * rungHeight - 5;
    svg.line(x, y1, x, y2, "band");
    svg.text(x + 8, (y1 + y2) / 2 + 5, name, "label", Anchor.START);
  }

  // ---- over time

  /**
   * One indicator over the periods: a point per period with a value, joined where periods follow
   * one another; a suppressed period is marked "s" at the foot of the plot and a period without a
   * value is left empty. Above the plot, the latest value and its n; across it, the rating
   * thresholds (dashed) and the figure over all periods (dotted). Shares are drawn from 0 to 100%,
   * other units on round ticks from 0 (or the lowest value, if negative) to the highest value or
   * line.
   *
   * @param suppressionMinimum the smallest group reported, for the legend
   * @param declared the metric's declared range, when known: a finite one is the axis
   */
  static String series(Series series, int suppressionMinimum, @Nullable ValueRange declared) {
    double left = 46;
    double right = WIDTH - 12;
    double header = 24;
    double plotTop = header + 8;
    double plotHeight = 120;
    double plotBottom = plotTop + plotHeight;
    List<Group> points = series.points();
    Unit unit = series.unit();
    Thresholds thresholds = series.metric().thresholds();
    Double overall = series.overall();
    Scale scale = range(series, declared);
    Group latest = series.latest();
    String latestText =
        latest == null
            ? "No period has a value."
            : "Latest, "
                + latest.key()
                + ": "
                + Values.format(
                    unit,
                    Objects.requireNonNull(latest.value(), "the latest point is one with a value"))
                + (latest.n() == null ? "" : ", " + Values.n(latest.n()));
    String name = series.metric().name();
    Svg svg =
        new Svg(
            WIDTH,
            name + " by period",
            name
                + " in each of "
                + Values.count(points.size(), "period")
                + ", from "
                + points.get(0).key()
                + " to "
                + points.get(points.size() - 1).key()
                + ". "
                + latestText
                + "."
                + (overall == null
                    ? ""
                    : " Over all periods: " + Values.format(unit, overall) + ".")
                + thresholdsSentence(unit, thresholds));
    svg.text(PAD, 16, latestText, "value", Anchor.START);
    DoubleUnaryOperator yOf = value -> plotBottom - scale.fraction(value) * plotHeight;
    for (double tick : scale.ticks()) {
      double y = yOf.applyAsDouble(tick);
      svg.line(left, y, right, y, "grid");
      svg.text(left - 6, y + 4, tick(unit, tick, scale.step()), "axis", Anchor.END);
    }
    if (thresholds != null) {
      for (double t : new double[] {thresholds.amber(), thresholds.green()}) {
        if (within(t, scale.low(), scale.high())) {
          double y = yOf.applyAsDouble(t);
          svg.line(
              left,
              y,
              right,
              y,
              t == thresholds.green() ? "threshold threshold-green" : "threshold threshold-amber");
        }
      }
    }
    if (overall != null) {
      double y = yOf.applyAsDouble(clamp(overall, scale.low(), scale.high()));
      svg.line(left, y, right, y, "overall");
    }
    double inset = 24;
    double step = points.size() <= 1 ? 0 : (right - left - 2 * inset) / (points.size() - 1);
    int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 4.0));
    List<double[]> run = new ArrayList<>();
    boolean anySuppressed = false;
    for (int i = 0; i < points.size(); i++) {
      Group group = points.get(i);
      double x = points.size() == 1 ? (left + right) / 2 : left + inset + i * step;
      // At most four labels, evenly spaced, so that they never overlap; every point has its own
      // tooltip.
      if (i % labelEvery == 0) {
        svg.text(x, plotBottom + 18, group.key(), "axis", Anchor.MIDDLE);
      }
      if (group.suppressed()) {
        anySuppressed = true;
        svg.text(x, plotBottom - 5, "s", "suppressed", Anchor.MIDDLE);
      }
      if (group.suppressed() || group.value() == null) {
        drawRun(svg, run);
        run = new ArrayList<>();
        continue;
      }
      double y = yOf.applyAsDouble(clamp(group.value(), scale.low(), scale.high()));
      run.add(new double[] {x, y});
      svg.circle(
          x,
          y,
          4,
          "point",
          group.key()
              + ": "
              + Values.group(unit, group)
              + (group.n() == null ? "" : " (" + Values.n(group.n()) + ")"));
    }
    drawRun(svg, run);
    Legend legend = new Legend().point("point", "one period");
    if (overall != null) {
      legend.line("overall", "all periods: " + Values.format(unit, overall));
    }
    thresholdItems(legend, unit, thresholds, scale.low(), scale.high());
    if (anySuppressed) {
      legend.mark(
          "s", "suppressed: fewer than " + Values.count(suppressionMinimum, "person", "people"));
    }
    double legendTop = plotBottom + 30;
    svg.height(legendTop + legend.draw(svg, PAD, legendTop, WIDTH - 2 * PAD) + 4);
    return svg.toString();
  }

  private static void drawRun(Svg svg, List<double[]> run) {
    if (run.size() > 1) {
      svg.polyline(run, "series");
    }
  }

  /**
   * The value axis of a series: 0 to 100% for shares, else round ticks from min(0, lowest) to the
   * highest of the values, the overall figure and the thresholds (or 1 when all are 0); whole ticks
   * for counts and levels.
   */
  static Scale range(Series series, @Nullable ValueRange declared) {
    List<Double> values = new ArrayList<>();
    for (Group group : series.points()) {
      if (!group.suppressed() && group.value() != null) {
        values.add(group.value());
      }
    }
    if (series.overall() != null) {
      values.add(series.overall());
    }
    return scaleFor(series.unit(), values, series.metric().thresholds(), declared);
  }

  /**
   * 0 to 100% for shares; the metric's declared range when it is finite (a score from 0 to 1, an
   * index from 1 to 5); else round ticks around the values.
   */
  private static Scale scaleFor(
      Unit unit,
      List<Double> values,
      @Nullable Thresholds thresholds,
      @Nullable ValueRange declared) {
    if (unit == Unit.SHARE) {
      return new Scale(0, 1, 0.25);
    }
    if (declared != null
        && !Double.isInfinite(declared.min())
        && !Double.isInfinite(declared.max())
        && declared.max() > declared.min()
        && values.stream().allMatch(declared::contains)) {
      return Scale.nice(declared.min(), declared.max(), unit == Unit.COUNT || unit == Unit.LEVEL);
    }
    double low = 0;
    double high = 0;
    for (double value : values) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    if (thresholds != null && high > low) {
      // A threshold just above the values is worth drawing; one far above them would squash the
      // values.
      for (double t : new double[] {thresholds.amber(), thresholds.green()}) {
        if (t > high && t <= high * 1.5) {
          high = t;
        }
      }
    }
    if (high <= low) {
      high = low + 1;
    }
    return Scale.nice(low, high, unit == Unit.COUNT || unit == Unit.LEVEL);
  }

  // ---- breakdowns

  /**
   * A metric broken down by a dimension: one bar per group, the group's name above it and its value
   * and n above the bar's end, the figure over every group (the metric's own value) as a dotted
   * mark across each bar, and the thresholds as dashed marks. A suppressed group has the word
   * instead of a bar.
   *
   * @param suppressionMinimum the smallest group reported, for the legend
   * @param declared the metric's declared range, when known: a finite one is the axis
   */
  static String breakdown(
      MetricResult metric,
      Breakdown breakdown,
      int suppressionMinimum,
      @Nullable ValueRange declared) {
    Unit unit = metric.unit();
    Thresholds thresholds = metric.thresholds();
    Double overall = metric.measurement() == null ? null : metric.measurement().value();
    List<Double> values = new ArrayList<>();
    breakdown.groups().stream()
        .filter(g -> !g.suppressed() && g.value() != null)
        .forEach(g -> values.add(g.value()));
    if (overall != null) {
      values.add(overall);
    }
    Scale scale = scaleFor(unit, values, thresholds, declared);
    double left = PAD;
    double right = WIDTH - PAD;
    double rowHeight = 44;
    double top = 4;
    List<String> said = new ArrayList<>();
    boolean anySuppressed = false;
    for (Group g : breakdown.groups()) {
      said.add(g.key() + " " + Values.group(unit, g));
    }
    String title = metric.name() + " by " + breakdown.dimension();
    Svg svg =
        new Svg(
            WIDTH,
            title,
            title
                + ": "
                + String.join(", ", said)
                + "."
                + (overall == null ? "" : " Overall: " + Values.format(unit, overall) + ".")
                + thresholdsSentence(unit, thresholds));
    DoubleUnaryOperator xOf =
        v -> left + scale.fraction(clamp(v, scale.low(), scale.high())) * (right - left);
    List<Group> groups = breakdown.groups();
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      double y = top + i * rowHeight;
      svg.text(left, y + 15, group.key(), "label", Anchor.START);
      if (group.suppressed()) {
        anySuppressed = true;
        svg.text(right, y + 15, Values.SUPPRESSED, "suppressed", Anchor.END);
        svg.rect(left, y + 22, right - left, 14, "track", null);
        continue;
      }
      String value =
          Values.group(unit, group) + (group.n() == null ? "" : ", " + Values.n(group.n()));
      svg.text(right, y + 15, value, "value", Anchor.END);
      svg.rect(left, y + 22, right - left, 14, "track", null);
      if (group.value() != null) {
        svg.rect(
            left,
            y + 22,
            xOf.applyAsDouble(group.value()) - left,
            14,
            "bar group",
            group.key() + ": " + value);
      }
      thresholdMarks(svg, thresholds, scale.low(), scale.high(), xOf, y + 19, y + 39);
      if (overall != null) {
        double x = xOf.applyAsDouble(overall);
        svg.line(x, y + 19, x, y + 39, "overall");
      }
    }
    double axis = top + groups.size() * rowHeight + 12;
    for (double tick : scale.ticks()) {
      double x = xOf.applyAsDouble(tick);
      svg.text(
          x,
          axis,
          tick(unit, tick, scale.step()),
          "axis",
          tick <= scale.low() ? Anchor.START : tick >= scale.high() ? Anchor.END : Anchor.MIDDLE);
    }
    Legend legend = new Legend().swatch("bar group", "one group");
    if (overall != null) {
      legend.line("overall", "overall: " + Values.format(unit, overall));
    }
    thresholdItems(legend, unit, thresholds, scale.low(), scale.high());
    if (anySuppressed) {
      legend.note("suppressed: fewer than " + Values.count(suppressionMinimum, "person", "people"));
    }
    double legendTop = axis + 10;
    svg.height(legendTop + legend.draw(svg, PAD, legendTop, WIDTH - 2 * PAD) + 4);
    return svg.toString();
  }

  // ---- voice

  /**
   * Per perspective, the share of the talking (dark bar) above the share of the attendances (light
   * bar), both from 0 to 100%; a suppressed share is written "suppressed" instead of drawn.
   */
  static String voice(List<VoiceShare> shares) {
    double rowHeight = 60;
    double top = 4;
    double left = PAD;
    double right = WIDTH - 60;
    List<String> said = new ArrayList<>();
    boolean anySuppressed = false;
    for (VoiceShare s : shares) {
      said.add(
          s.perspective()
              + ": "
              + Values.group(Unit.SHARE, s.voice())
              + " of the talking"
              + (s.attendance() == null
                  ? ""
                  : ", " + Values.group(Unit.SHARE, s.attendance()) + " of the attendances"));
    }
    Svg svg =
        new Svg(
            WIDTH,
            "Share of the talking and of the attendances by perspective",
            "Share of the talking beside share of the attendances, by perspective: "
                + String.join("; ", said)
                + ".");
    for (int i = 0; i < shares.size(); i++) {
      VoiceShare share = shares.get(i);
      double y = top + i * rowHeight;
      svg.text(left, y + 15, share.perspective(), "label", Anchor.START);
      anySuppressed |=
          shareBar(
              svg, share.perspective(), "talking", share.voice(), left, right, y + 22, "bar voice");
      if (share.attendance() != null) {
        anySuppressed |=
            shareBar(
                svg,
                share.perspective(),
                "attendances",
                share.attendance(),
                left,
                right,
                y + 40,
                "bar attendance");
      }
    }
    double axis = top + shares.size() * rowHeight + 10;
    Scale scale = new Scale(0, 1, 0.25);
    for (double tick : scale.ticks()) {
      svg.text(
          left + tick * (right - left),
          axis,
          tick(Unit.SHARE, tick, scale.step()),
          "axis",
          tick == 0 ? Anchor.START : Anchor.MIDDLE);
    }
    Legend legend =
        new Legend()
            .swatch("bar voice", "share of the talking")
            .swatch("bar attendance", "share of the attendances");
    if (anySuppressed) {
      legend.mark("s", "suppressed: too few people to report");
    }
    double legendTop = axis + 10;
    svg.height(legendTop + legend.draw(svg, PAD, legendTop, WIDTH - 2 * PAD) + 4);
    return svg.toString();
  }

  /** Draws one share's bar and its value; whether the share was suppressed. */
  private static boolean shareBar(
      Svg svg,
      String perspective,
      String what,
      Group group,
      double left,
      double right,
      double y,
      String cssClass) {
    String value = Values.group(Unit.SHARE, group);
    if (group.suppressed() || group.value() == null) {
      svg.text(left, y + 13, value, group.suppressed() ? "suppressed" : "note", Anchor.START);
      return group.suppressed();
    }
    double length = clamp(group.value(), 0, 1) * (right - left);
    svg.rect(left, y, length, 15, cssClass, perspective + ", share of the " + what + ": " + value);
    svg.text(left + length + 6, y + 12, value, "value", Anchor.START);
    return false;
  }

  // ---- scales and legends

  /** A value axis from {@code low} to {@code high} with a tick every {@code step}. */
  record Scale(double low, double high, double step) {

    /**
     * A scale over at least {@code [low, high]} with at most six ticks at round numbers: the
     * smallest step of 1, 2, 2.5 or 5 times a power of ten (a whole number when {@code whole}) for
     * which the ends, rounded outward to a multiple of the step, are at most five steps apart.
     *
     * @param high more than {@code low}
     */
    static Scale nice(double low, double high, boolean whole) {
      double span = high - low;
      // Steps grow from a tenth of the span's fifth: 1, 2, 2.5, 5, 10, 20, … times a power of ten,
      // until at most five of them cover [low, high] from multiples of the step.
      for (int exponent = (int) Math.floor(Math.log10(span / 5)) - 1; ; exponent++) {
        double power = Math.pow(10, exponent);
        for (double factor : new double[] {1, 2, 2.5, 5}) {
          double step = clean(factor * power);
          if (whole && (step < 1 || step != Math.rint(step))) {
            continue;
          }
          double niceLow = clean(Math.floor(low / step + 1e-9) * step);
          double niceHigh = clean(Math.ceil(high / step - 1e-9) * step);
          if (Math.round((niceHigh - niceLow) / step) <= 5) {
            return new Scale(niceLow, niceHigh, step);
          }
        }
      }
    }

    /** The ticks from low to high. */
    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      long count = Math.round((high - low) / step);
      for (long i = 0; i <= count; i++) {
        ticks.add(clean(low + i * step));
      }
      return ticks;
    }

    /** Where a value lies from low (0) to high (1). */
    double fraction(double value) {
      return (value - low) / (high - low);
    }

    private static double clean(double value) {
      return Math.round(value * 1e9) / 1e9;
    }
  }

  /**
   * An axis tick's label: a percentage for shares, otherwise the number with no more decimals than
   * the step needs.
   */
  static String tick(Unit unit, double value, double step) {
    if (unit == Unit.SHARE) {
      double percent = value * 100;
      return (percent == Math.rint(percent)
              ? Long.toString(Math.round(percent))
              : String.format(Locale.ROOT, "%.1f", percent))
          + "%";
    }
    int decimals = step == Math.rint(step) ? 0 : step * 10 == Math.rint(step * 10) ? 1 : 2;
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * The legend of a chart: a row of items, each a mark and what it means, wrapped onto more rows
   * when they do not fit the chart's width.
   */
  static final class Legend {

    private enum Kind {
      SWATCH,
      LINE,
      POINT,
      MARK,
      NOTE
    }

    private record Item(Kind kind, String cssClass, String label) {}

    private final List<Item> items = new ArrayList<>();

    /** A filled square in the bars' class. */
    Legend swatch(String cssClass, String label) {
      items.add(new Item(Kind.SWATCH, cssClass, label));
      return this;
    }

    /**
     * A short line in the class of the lines it explains (dashed thresholds, the dotted overall
     * figure).
     */
    Legend line(String cssClass, String label) {
      items.add(new Item(Kind.LINE, cssClass, label));
      return this;
    }

    /** A dot, as the series' points. */
    Legend point(String cssClass, String label) {
      items.add(new Item(Kind.POINT, cssClass, label));
      return this;
    }

    /** A letter, as the "s" that marks a suppressed period. */
    Legend mark(String letter, String label) {
      items.add(new Item(Kind.MARK, letter, label));
      return this;
    }

    /** Words alone, as for the groups written "suppressed". */
    Legend note(String label) {
      items.add(new Item(Kind.NOTE, "", label));
      return this;
    }

    /**
     * Draws the legend in a group of class {@code legend} from {@code (x, y)}, within {@code
     * width}.
     *
     * @return the height it took
     */
    double draw(Svg svg, double x, double y, double width) {
      svg.group("legend");
      double cx = x;
      double cy = y;
      for (Item item : items) {
        double indent = item.kind() == Kind.NOTE ? 0 : 22;
        double itemWidth = indent + item.label().length() * CHAR_WIDTH + 14;
        if (cx > x && cx + itemWidth > x + width) {
          cx = x;
          cy += LEGEND_ROW;
        }
        switch (item.kind()) {
          case SWATCH -> svg.rect(cx, cy + 3, 14, 12, item.cssClass(), null);
          case LINE -> svg.line(cx, cy + 9, cx + 16, cy + 9, item.cssClass());
          case POINT -> svg.circle(cx + 7, cy + 9, 4, item.cssClass(), null);
          case MARK -> svg.text(cx + 7, cy + 14, item.cssClass(), "suppressed", Anchor.MIDDLE);
          case NOTE -> {
            // no mark: the words say it
          }
        }
        svg.text(cx + indent, cy + 14, item.label(), "legend-text", Anchor.START);
        cx += itemWidth;
      }
      svg.end();
      return cy - y + LEGEND_ROW;
    }
  }

  private static boolean within(double value, double low, double high) {
    return value >= low && value <= high;
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
