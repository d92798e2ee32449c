package dev.copro.spi;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A metric's value broken down by one dimension: by perspective, by a demographic attribute, by
 * initiative, by period. Groups are kept in key order so reports are stable.
 *
 * @param dimension the dimension's name: {@code perspective}, {@code initiative}, {@code period},
 *     or the name of a participant attribute
 * @param groups the groups, in key order, with unique keys
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Breakdown(String dimension, List<Group> groups) {

  /**
   * A breakdown of the given groups, in any order: the way for plugins to make one, which keeps
   * compiling if the record gains a component.
   *
   * @param dimension the dimension's name
   * @param groups the groups, with unique keys
   * @throws IllegalArgumentException if two groups have one key
   * @since 0.3.0
   */
  public static Breakdown of(String dimension, Collection<Group> groups) {
    return new Breakdown(dimension, List.copyOf(groups));
  }

  /** Checks presence, sorts the groups by key and checks keys are unique. */
  public Breakdown {
    Objects.requireNonNull(dimension, "dimension");
    groups = groups.stream().sorted(Comparator.comparing(Group::key)).toList();
    for (int i = 1; i < groups.size(); i++) {
      if (groups.get(i).key().equals(groups.get(i - 1).key())) {
        throw new IllegalArgumentException(
            "breakdown '" + dimension + "' has the group '" + groups.get(i).key() + "' twice");
      }
    }
  }
}
