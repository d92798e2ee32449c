package dev.copro.engine;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.ValueRange;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a plugin returned before the engine uses it: a measurement must be present, every
 * number in it finite, and its headline and breakdown values within the metric's declared range; a
 * rule's findings must be present. Each check says what was wrong, in words that go into the failed
 * result.
 */
final class ResultCheck {

  private ResultCheck() {}

  /** What is wrong with a metric's measurement, or {@code null} if nothing is. */
  static @Nullable String measurement(@Nullable Measurement m, ValueRange range) {
    if (m == null) {
      return "returned null instead of a measurement";
    }
    String problem = value("its value", m.value(), range);
    if (problem != null) {
      return problem;
    }
    for (Map.Entry<String, Double> component : m.components().entrySet()) {
      Double v = component.getValue();
      if (v == null || !Double.isFinite(v)) {
        return "its component '" + component.getKey() + "' is not a finite number (" + v + ")";
      }
    }
    Interval ci = m.confidence();
    if (ci != null && !(Double.isFinite(ci.lower()) && Double.isFinite(ci.upper()))) {
      return "its confidence interval [" + ci.lower() + ", " + ci.upper() + "] is not finite";
    }
    for (Breakdown breakdown : m.breakdowns()) {
      for (Group group : breakdown.groups()) {
        String where =
            "the group '" + group.key() + "' of its breakdown '" + breakdown.dimension() + "'";
        problem = value("the value of " + where, group.value(), range);
        if (problem != null) {
          return problem;
        }
        if (group.n() != null && group.n() < 0) {
          return where + " has a negative n (" + group.n() + ")";
        }
        if (group.people() != null && group.people() < 0) {
          return where + " has a negative number of people (" + group.people() + ")";
        }
      }
    }
    return null;
  }

  /** What is wrong with a rule's findings, or {@code null} if nothing is. */
  static @Nullable String findings(@Nullable List<@Nullable Finding> findings) {
    if (findings == null) {
      return "returned null instead of a list of findings";
    }
    for (Finding finding : findings) {
      if (finding == null) {
        return "returned a list of findings holding null";
      }
    }
    return null;
  }

  private static @Nullable String value(String what, @Nullable Double value, ValueRange range) {
    if (value == null) {
      return null;
    }
    if (!Double.isFinite(value)) {
      return what + " is not a finite number (" + value + ")";
    }
    return range.contains(value)
        ? null
        : what + " (" + value + ") is outside the declared range " + range;
  }
}
