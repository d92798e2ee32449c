package dev.copro.report;

import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How reports write numbers, the same in every human format and on every machine (no locale), one
 * convention per unit: shares as percentages with one decimal ({@code 37.5%}), days with at most
 * one decimal and the word ({@code 12.5 days}, {@code 1 day}), counts and levels whole when they
 * are, ratios, indices and scores with two decimals and, where the reader needs it, the word for
 * what they are ({@link #withScale}). Counts of things in sentences come with their noun, plural
 * right ({@link #count(long, String, String)}).
 */
final class Values {

  /** What a suppressed group shows instead of its numbers. */
  static final String SUPPRESSED = "suppressed";

  private Values() {}

  /**
   * A value in its unit: {@code 72.5%}, {@code 12.5 days}, {@code 1 day}, {@code 3}, {@code 0.41}.
   */
  static String format(Unit unit, double value) {
    return switch (unit) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
      case DAYS -> days(value);
      case COUNT, LEVEL -> whole(value);
      case RATIO, INDEX, SCORE -> String.format(Locale.ROOT, "%.2f", value);
    };
  }

  private static String days(double value) {
    String number =
        value == Math.rint(value) ? whole(value) : String.format(Locale.ROOT, "%.1f", value);
    return number + (number.equals("1") ? " day" : " days");
  }

  /**
   * A value with what it is on: {@link #format} followed, for ratios, indices, scores and levels,
   * by their scale, such as {@code 3.81 (index)}, {@code 0.86 (ratio, 1 = parity)}, {@code 4.20
   * (score, 1 to 5)} or {@code 4 of 7}. Shares, days and counts say what they are already.
   *
   * @param range the metric's declared range, when known: a finite one is named
   */
  static String withScale(Unit unit, double value, @Nullable ValueRange range) {
    String text = format(unit, value);
    ValueRange finite =
        range != null && !Double.isInfinite(range.min()) && !Double.isInfinite(range.max())
            ? range
            : null;
    return switch (unit) {
      case SHARE, DAYS, COUNT -> text;
      case LEVEL -> finite != null ? text + " of " + whole(finite.max()) : "level " + text;
      case RATIO -> text + " (ratio, 1 = parity)";
      case INDEX ->
          text
              + (finite != null
                  ? " (index, " + whole(finite.min()) + " to " + whole(finite.max()) + ")"
                  : " (index)");
      case SCORE ->
          text
              + (finite != null
                  ? " (score, " + whole(finite.min()) + " to " + whole(finite.max()) + ")"
                  : " (score)");
    };
  }

  /** A number without a unit: whole when it is, else two decimals. */
  static String whole(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  /** A whole number with thousands separated by commas: {@code 1,234}. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A count with its noun, singular for 1: {@code 1 record}, {@code 1,234 records}. */
  static String count(long n, String one, String many) {
    return number(n) + " " + (n == 1 ? one : many);
  }

  /**
   * A count with its noun made plural by adding {@code s}: {@code 1 finding}, {@code 3 findings}.
   */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** How many records a figure rests on: {@code n = 300}. */
  static String n(long n) {
    return "n = " + number(n);
  }

  /** A confidence interval in the unit: {@code 95% CI 61.0% to 74.2%}. */
  static String interval(Unit unit, Interval ci) {
    return String.format(
        Locale.ROOT,
        "%s%% CI %s to %s",
        whole(ci.level() * 100),
        format(unit, ci.lower()),
        format(unit, ci.upper()));
  }

  /**
   * A measurement's value with its scale ({@link #withScale}), or {@code no value}; with its
   * confidence interval when it has one.
   */
  static String measured(Unit unit, Measurement m, @Nullable ValueRange range) {
    if (m.value() == null) {
      return "no value";
    }
    String value = range == null ? format(unit, m.value()) : withScale(unit, m.value(), range);
    return m.confidence() == null ? value : value + " (" + interval(unit, m.confidence()) + ")";
  }

  /**
   * A group's value in the unit, {@code no value}, or {@value #SUPPRESSED} — never a number for a
   * suppressed group.
   */
  static String group(Unit unit, Group group) {
    if (group.suppressed()) {
      return SUPPRESSED;
    }
    return group.value() == null ? "no value" : format(unit, group.value());
  }

  /** A group's n, or empty when suppressed or unknown. */
  static String groupN(Group group) {
    return group.suppressed() || group.n() == null ? "" : number(group.n());
  }

  /** A rating in capitals ({@code GREEN}), or {@code -} when there is none. */
  static String rating(@Nullable Rating rating) {
    return rating == null ? "-" : rating.name();
  }

  /** A finding or sign code as a title: {@code already-decided} becomes {@code Already decided}. */
  static String title(String code) {
    int dot = code.lastIndexOf('.');
    String words = code.substring(dot + 1).replace('-', ' ').replace('_', ' ').strip();
    if (words.isEmpty()) {
      return code;
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
