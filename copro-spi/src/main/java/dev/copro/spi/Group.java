package dev.copro.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link Breakdown}: its key (a perspective code, an attribute value, an initiative
 * id, a period label), its value, the number of people or records it rests on, and — when known —
 * the number of distinct people behind it.
 *
 * <p>{@code n} is whatever the metric counts (people, records, decisions, signs assessed), and
 * {@code people} is how many different participants the group is about. Small-number suppression
 * exists to protect people, so the engine suppresses a group whose {@code people} is below the
 * configured minimum (default 5); a group that does not say how many people it holds is judged by
 * its {@code n} instead. Suppression removes the value, n and people and marks the group
 * suppressed, so a plugin cannot leak a small group.
 *
 * @param key the group's key
 * @param value the group's value, or {@code null} when it has none (or was suppressed)
 * @param n how many it rests on, in the metric's own unit; {@code null} when suppressed
 * @param people how many distinct participants the group is about, or {@code null} when not known
 *     (or suppressed); since 0.2.0
 * @param suppressed whether the engine withheld the value because the group is too small
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Group(
    String key,
    @Nullable Double value,
    @Nullable Long n,
    @Nullable Integer people,
    boolean suppressed) {

  /** Checks presence. */
  public Group {
    Objects.requireNonNull(key, "key");
  }

  /**
   * A group that does not say how many people it holds, as groups were before {@code people}.
   *
   * @param key the group's key
   * @param value the group's value, or {@code null}
   * @param n how many it rests on, or {@code null}
   * @param suppressed whether the group is suppressed
   * @since 0.1.0
   */
  public Group(String key, @Nullable Double value, @Nullable Long n, boolean suppressed) {
    this(key, value, n, null, suppressed);
  }

  /** A group with a value resting on {@code n} people or records; how many people is not known. */
  public static Group of(String key, double value, long n) {
    return new Group(key, value, n, null, false);
  }

  /**
   * A group with a value resting on {@code n} of the metric's units and about {@code people}
   * distinct participants.
   *
   * @param key the group's key
   * @param value the group's value
   * @param n how many it rests on, in the metric's own unit
   * @param people how many distinct participants it is about
   * @return the group
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Group of(String key, double value, long n, int people) {
    return new Group(key, value, n, people, false);
  }

  /**
   * A group with no value, such as one whose denominator is empty; how many people is not known.
   */
  public static Group noValue(String key, long n) {
    return new Group(key, null, n, null, false);
  }

  /**
   * A group with no value, such as one whose denominator is empty, about {@code people} distinct
   * participants.
   *
   * @param key the group's key
   * @param n how many it rests on, in the metric's own unit
   * @param people how many distinct participants it is about
   * @return the group
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Group noValue(String key, long n, int people) {
    return new Group(key, null, n, people, false);
  }

  /**
   * This group, saying it is about {@code people} distinct participants.
   *
   * @param people how many distinct participants the group is about
   * @return a copy with {@code people} set
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Group withPeople(int people) {
    return new Group(key, value, n, people, suppressed);
  }

  /** This group with its value, n and people withheld. */
  public Group suppress() {
    return new Group(key, null, null, null, true);
  }
}
