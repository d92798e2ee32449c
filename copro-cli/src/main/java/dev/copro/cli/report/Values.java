package dev.copro.cli.report;

import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Unit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How reports write numbers, the same in every format and on every machine (no locale): shares as
 * percentages with one decimal, days with one decimal, counts and levels whole when they are,
 * ratios, indices and scores with two decimals.
 */
final class Values {

  /** What a suppressed group shows instead of its numbers. */
  static final String SUPPRESSED = "suppressed";

  private Values() {}

  /** A value in its unit: {@code 72.5%}, {@code 12.0 days}, {@code 3}, {@code 0.41}. */
  static String format(Unit unit, double value) {
    return switch (unit) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
      case DAYS -> String.format(Locale.ROOT, "%.1f days", value);
      case COUNT, LEVEL -> whole(value);
      case RATIO, INDEX, SCORE -> String.format(Locale.ROOT, "%.2f", value);
    };
  }

  /** A number without a unit: whole when it is, else two decimals. */
  static String whole(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }

  /** A confidence interval in the unit: {@code 95% CI 61.0%–74.2%}. */
  static String interval(Unit unit, Interval ci) {
    return String.format(Locale.ROOT, "%s%% CI %s-%s", whole(ci.level() * 100), format(unit, ci.lower()),
        format(unit, ci.upper()));
  }

  /** A measurement's value, or {@code no value}; with its confidence interval when it has one. */
  static String measured(Unit unit, Measurement m) {
    if (m.value() == null) {
      return "no value";
    }
    String value = format(unit, m.value());
    return m.confidence() == null ? value : value + " (" + interval(unit, m.confidence()) + ")";
  }

  /** A group's value in the unit, {@code no value}, or {@value #SUPPRESSED} — never a number for a suppressed group. */
  static String group(Unit unit, Group group) {
    if (group.suppressed()) {
      return SUPPRESSED;
    }
    return group.value() == null ? "no value" : format(unit, group.value());
  }

  /** A group's n, or empty when suppressed or unknown. */
  static String groupN(Group group) {
    return group.suppressed() || group.n() == null ? "" : Long.toString(group.n());
  }

  /** A rating in capitals ({@code GREEN}), or {@code -} when there is none. */
  static String rating(@Nullable Rating rating) {
    return rating == null ? "-" : rating.name();
  }
}
