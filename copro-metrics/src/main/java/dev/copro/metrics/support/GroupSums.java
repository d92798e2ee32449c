package dev.copro.metrics.support;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Group;
import dev.copro.spi.ScopePositions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted units broken down by every dimension of {@link EvaluationContext#dimensions()}, each
 * group's value being the sum of its units' weights divided by a total: what {@link
 * EvaluationContext#breakdowns} gives with the value {@code group -> sum of weights / total}, to
 * the bit, but found by participant position through {@link ParticipantGroups} rather than by a map
 * lookup of each unit's participant id for every call. For metrics that break many units down by
 * participant, such as every speaking attendance.
 */
public final class GroupSums {

  private GroupSums() {}

  /**
   * One breakdown per dimension: each group of participants present among the units, in key order,
   * with the sum of its units' weights (added in unit order, as {@link
   * java.util.stream.DoubleStream#sum} adds them) divided by {@code total}, and as its n and its
   * people the number of distinct participants in it. Units with no participant in the dataset
   * (position -1) are left out; a group whose value is NaN has no value.
   *
   * @param context the dimensions, the dataset whose participants the positions index, and the
   *     scope whose events the participants are of ({@link EvaluationContext#scopePositions})
   * @param participants each unit's participant position ({@link Positions#participant}), a
   *     participant of the scope's events, or -1
   * @param weights each unit's weight, as many as {@code participants}
   * @param total what each group's sum is divided by
   * @return one breakdown per dimension; empty when the context has none
   * @throws IllegalArgumentException if there are not as many weights as units, or a unit's
   *     participant has no event in scope
   */
  public static List<Breakdown> of(
      EvaluationContext context, int[] participants, double[] weights, double total) {
    if (weights.length != participants.length) {
      throw new IllegalArgumentException(
          "one weight per unit: "
              + weights.length
              + " weights for "
              + participants.length
              + " units");
    }
    List<Dimension> dimensions = context.dimensions();
    List<Breakdown> result = new ArrayList<>(dimensions.size());
    if (dimensions.isEmpty()) {
      return result;
    }
    int[] distinct = distinct(context.scopePositions(), participants);
    for (Dimension dimension : dimensions) {
      ParticipantGroups groups = ParticipantGroups.of(context, dimension);
      int[] units = new int[groups.count()];
      int[] people = new int[groups.count()];
      for (int p : participants) {
        if (p >= 0) {
          units[groups.groupOf(p)]++;
        }
      }
      for (int p : distinct) {
        people[groups.groupOf(p)]++;
      }
      double[][] byGroup = new double[groups.count()][];
      for (int g = 0; g < byGroup.length; g++) {
        byGroup[g] = new double[units[g]];
        units[g] = 0;
      }
      for (int u = 0; u < participants.length; u++) {
        if (participants[u] >= 0) {
          int g = groups.groupOf(participants[u]);
          byGroup[g][units[g]++] = weights[u];
        }
      }
      List<Group> list = new ArrayList<>();
      for (int g = 0; g < byGroup.length; g++) {
        if (people[g] > 0) {
          double value = Arrays.stream(byGroup[g]).sum() / total;
          list.add(
              Double.isNaN(value)
                  ? Group.noValue(groups.key(g), people[g], people[g])
                  : Group.of(groups.key(g), value, people[g], people[g]));
        }
      }
      result.add(new Breakdown(dimension.name(), list));
    }
    return result;
  }

  /** The distinct participant positions of the units, found by their numbers in scope. */
  private static int[] distinct(ScopePositions scope, int[] participants) {
    boolean[] seen = new boolean[scope.participantCount()];
    int[] distinct = new int[Math.min(participants.length, seen.length)];
    int count = 0;
    for (int p : participants) {
      if (p < 0) {
        continue;
      }
      int n = scope.participant(p);
      if (n < 0) {
        throw new IllegalArgumentException(
            "the participant at position " + p + " has no event in scope");
      }
      if (!seen[n]) {
        seen[n] = true;
        distinct[count++] = p;
      }
    }
    return Arrays.copyOf(distinct, count);
  }
}
