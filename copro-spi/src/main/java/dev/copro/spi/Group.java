package dev.copro.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link Breakdown}: its key (a perspective code, an attribute value, an initiative
 * id, a period label), its value and the number of people or records it rests on.
 *
 * <p>The engine suppresses groups whose {@code n} is below the configured minimum (default 5): it
 * removes their value and n and marks them suppressed, so a plugin cannot leak a small group.
 *
 * @param key the group's key
 * @param value the group's value, or {@code null} when it has none (or was suppressed)
 * @param n how many it rests on, or {@code null} when suppressed
 * @param suppressed whether the engine withheld the value because the group is too small
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Group(String key, @Nullable Double value, @Nullable Long n, boolean suppressed) {

  /** Checks presence. */
  public Group {
    Objects.requireNonNull(key, "key");
  }

  /** A group with a value resting on {@code n} people or records. */
  public static Group of(String key, double value, long n) {
    return new Group(key, value, n, false);
  }

  /** A group with no value, such as one whose denominator is empty. */
  public static Group noValue(String key, long n) {
    return new Group(key, null, n, false);
  }

  /** This group with its value and n withheld. */
  public Group suppress() {
    return new Group(key, null, null, true);
  }
}
