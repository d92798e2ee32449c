package dev.copro.testkit;

import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;

/** Compares the numbers of results for the assertions, saying what differs. */
final class Numbers {

  private Numbers() {}

  /**
   * Why {@code actual} is not {@code expected} (exactly, or within the offset), or {@code null} if
   * it is.
   *
   * @param what what the number is, such as "the value"
   */
  static @Nullable String mismatch(
      String what, @Nullable Double actual, double expected, @Nullable Offset<Double> offset) {
    if (actual == null) {
      return "Expected " + what + " to be " + expected + " but there is none";
    }
    if (offset == null) {
      return Double.compare(actual, expected) == 0
          ? null
          : "Expected " + what + " to be " + expected + " but it is " + actual;
    }
    return Math.abs(actual - expected) <= offset.value
        ? null
        : "Expected "
            + what
            + " to be "
            + expected
            + " within "
            + offset.value
            + " but it is "
            + actual
            + " (off by "
            + Math.abs(actual - expected)
            + ")";
  }
}
