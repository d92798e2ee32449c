package dev.copro.metrics.support;

import dev.copro.model.Activity;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shares of units that meet a condition, broken down by a key of the unit rather than of a
 * participant: by lifecycle stage or type of activity, by kind of access need.
 */
public final class Shares {

  /** The name of the breakdown by lifecycle stage. */
  public static final String STAGE = "stage";

  /** The name of the breakdown by type of activity. */
  public static final String ACTIVITY_TYPE = "activity-type";

  private Shares() {}

  /**
   * The share of units meeting {@code condition} in each group of units with the same key. A
   * group's n is its number of units, so the engine suppresses groups of fewer units than its
   * minimum.
   *
   * @param dimension the breakdown's name
   * @param units the units
   * @param key the group a unit belongs to, never null
   * @param condition whether a unit counts towards the share
   * @param <T> the type of unit
   * @return a breakdown with one group per key present, each with a value in [0, 1]
   */
  public static <T> Breakdown breakdown(
      String dimension, Collection<T> units, Function<T, String> key, Predicate<T> condition) {
    Map<String, long[]> counts = new TreeMap<>();
    for (T unit : units) {
      long[] c = counts.computeIfAbsent(key.apply(unit), k -> new long[2]);
      c[0]++;
      if (condition.test(unit)) {
        c[1]++;
      }
    }
    List<Group> groups = new ArrayList<>();
    counts.forEach((k, c) -> groups.add(Group.of(k, (double) c[1] / c[0], c[0])));
    return new Breakdown(dimension, groups);
  }

  /**
   * The share of activities meeting {@code condition} by lifecycle stage ({@value #STAGE}) and by
   * type of activity ({@value #ACTIVITY_TYPE}), keyed by their codes; activities of type "other"
   * are one group, their free-text labels never shown.
   *
   * @param activities the activities
   * @param condition whether an activity counts towards the share
   * @return the two breakdowns
   */
  public static List<Breakdown> byStageAndType(
      Collection<Activity> activities, Predicate<Activity> condition) {
    return List.of(
        breakdown(STAGE, activities, a -> a.stage().code(), condition),
        breakdown(ACTIVITY_TYPE, activities, a -> a.type().code(), condition));
  }
}
