package dev.copro.engine;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression, applied by the engine to every breakdown of every result, whoever made
 * it, so that no plugin can publish a small group.
 *
 * <p><b>Primary suppression.</b> A group resting on fewer people or records than the minimum (or on
 * an unknown number) loses its value and its n and is marked suppressed.
 *
 * <p><b>Secondary suppression.</b> When exactly one group of a breakdown is suppressed, the next
 * smallest group (the smallest n, ties to the first key) is suppressed too. Otherwise a reader could
 * subtract the groups shown from the total and recover the hidden one. With two or more suppressed
 * groups, subtraction only recovers their sum, which is not smaller than either.
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
      // A group the plugin marked suppressed is withheld too, even if it still carries numbers.
      if (group.suppressed() || group.n() == null || group.n() < minimum) {
        groups.set(i, group.suppress());
      }
      if (groups.get(i).suppressed()) {
        suppressed++;
      }
    }
    if (suppressed == 1) {
      int smallest = -1;
      for (int i = 0; i < groups.size(); i++) {
        Group group = groups.get(i);
        if (!group.suppressed() && (smallest < 0 || group.n() < groups.get(smallest).n())) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        groups.set(smallest, groups.get(smallest).suppress());
      }
    }
    return new Breakdown(breakdown.dimension(), groups);
  }
}
