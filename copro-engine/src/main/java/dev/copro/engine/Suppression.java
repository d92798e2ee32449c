package dev.copro.engine;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Small-number suppression, applied by the engine to every breakdown of every result, whoever made
 * it, so that no plugin can publish a small group.
 *
 * <p>Suppression protects people, so a group is judged by its {@linkplain #size size}: the number
 * of distinct people behind it ({@link Group#people()}) when the group says, otherwise its {@code
 * n}, whatever the metric counts. The fallback is conservative for the metrics whose n counts
 * people or records, since a person has at least one record.
 *
 * <p><b>Primary suppression.</b> A group whose size is below the minimum (or unknown) loses its
 * value, its n and its people and is marked suppressed.
 *
 * <p><b>Secondary suppression.</b> When exactly one group of a breakdown is suppressed, the next
 * smallest group (the smallest size, ties to the first key) is suppressed too. Otherwise a reader
 * could subtract the groups shown from the total and recover the hidden one. With two or more
 * suppressed groups, subtraction only recovers their sum, which is not smaller than either.
 */
final class Suppression {

  private Suppression() {}

  /** The breakdowns with small groups suppressed. */
  static List<Breakdown> apply(List<Breakdown> breakdowns, int minimum) {
    return breakdowns.stream().map(b -> apply(b, minimum)).toList();
  }

  /** The breakdown with small groups suppressed. */
  static Breakdown apply(Breakdown breakdown, int minimum) {
    List<Group> groups = new ArrayList<>(breakdown.groups());
    int suppressed = 0;
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      Long size = size(group);
      // A group the plugin marked suppressed is withheld too, even if it still carries numbers.
      if (group.suppressed() || size == null || size < minimum) {
        groups.set(i, group.suppress());
      }
      if (groups.get(i).suppressed()) {
        suppressed++;
      }
    }
    if (suppressed == 1) {
      int smallest = -1;
      long smallestSize = 0;
      for (int i = 0; i < groups.size(); i++) {
        Long size = size(groups.get(i));
        // A group still shown has a known size.
        if (!groups.get(i).suppressed() && size != null && (smallest < 0 || size < smallestSize)) {
          smallest = i;
          smallestSize = size;
        }
      }
      if (smallest >= 0) {
        groups.set(smallest, groups.get(smallest).suppress());
      }
    }
    return new Breakdown(breakdown.dimension(), groups);
  }

  /**
   * What suppression judges a group by: the number of people behind it when known, otherwise its n;
   * {@code null} when neither is known.
   */
  static @Nullable Long size(Group group) {
    Integer people = group.people();
    return people != null ? Long.valueOf(people) : group.n();
  }
}
