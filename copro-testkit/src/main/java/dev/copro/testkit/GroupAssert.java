package dev.copro.testkit;

import dev.copro.spi.Group;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one group of a breakdown: its value, n, and whether the engine suppressed it.
 * Created by {@link CoproAssertions#assertThat(Group)} or {@link BreakdownAssert#group(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GroupAssert extends AbstractAssert<GroupAssert, Group> {

  GroupAssert(Group actual) {
    super(actual, GroupAssert.class);
  }

  /** Checks that the engine withheld the group's value because the group is too small. */
  public GroupAssert isSuppressed() {
    isNotNull();
    if (!actual.suppressed()) {
      throw failure(
          "Expected group '%s' to be suppressed but it is shown with value %s and n %s",
          actual.key(), actual.value(), actual.n());
    }
    return myself;
  }

  /** Checks that the group is shown. */
  public GroupAssert isNotSuppressed() {
    isNotNull();
    if (actual.suppressed()) {
      throw failure("Expected group '%s' to be shown but it is suppressed", actual.key());
    }
    return myself;
  }

  /** Checks the group's value exactly. */
  public GroupAssert hasValue(double expected) {
    return number(expected, null);
  }

  /** Checks the group's value within an offset. */
  public GroupAssert hasValueCloseTo(double expected, Offset<Double> offset) {
    return number(expected, offset);
  }

  /** Checks that the group has no value (an empty denominator, or suppressed). */
  public GroupAssert hasNoValue() {
    isNotNull();
    if (actual.value() != null) {
      throw failure(
          "Expected group '%s' to have no value but it is %s", actual.key(), actual.value());
    }
    return myself;
  }

  /** Checks how many people or records the group rests on. */
  public GroupAssert hasN(long expected) {
    isNotNull();
    Long n = actual.n();
    if (n == null || n != expected) {
      throw failure(
          "Expected group '%s' to have n %s but it has %s",
          actual.key(), expected, n == null ? "none (suppressed)" : n);
    }
    return myself;
  }

  /**
   * Checks how many distinct people the group says it is about, which the engine's suppression
   * judges.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public GroupAssert hasPeople(int expected) {
    isNotNull();
    Integer people = actual.people();
    if (people == null || people != expected) {
      throw failure(
          "Expected group '%s' to be about %s people but it %s",
          actual.key(),
          expected,
          people == null ? "does not say how many (or is suppressed)" : "is about " + people);
    }
    return myself;
  }

  private GroupAssert number(double expected, @Nullable Offset<Double> offset) {
    isNotNull();
    String mismatch =
        Numbers.mismatch(
            "the value of group '" + actual.key() + "'", actual.value(), expected, offset);
    if (mismatch != null) {
      throw failure("%s", mismatch);
    }
    return myself;
  }
}
