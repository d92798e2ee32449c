package dev.copro.metrics.support;

import dev.copro.model.Participant;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The groups participants fall in for one breakdown dimension ({@link Dimension#groupOf}): the
 * group keys in order, and each participant's group by position, so that a metric can count by
 * group in arrays while events stream. Found once per evaluation and dimension ({@link
 * EvaluationContext#shared}). Immutable.
 */
public final class ParticipantGroups {

  private final Dimension dimension;
  private final String[] keys;
  private final int[] groupOf;

  private ParticipantGroups(List<Participant> participants, Dimension dimension) {
    this.dimension = dimension;
    TreeSet<String> distinct = new TreeSet<>();
    for (Participant p : participants) {
      distinct.add(dimension.groupOf(p));
    }
    keys = distinct.toArray(String[]::new);
    groupOf = new int[participants.size()];
    for (int p = 0; p < groupOf.length; p++) {
      groupOf[p] = Arrays.binarySearch(keys, dimension.groupOf(participants.get(p)));
    }
  }

  /**
   * The groups of the context's participants for {@code dimension}, shared by every call of one
   * evaluation.
   */
  public static ParticipantGroups of(EvaluationContext context, Dimension dimension) {
    return context.shared(
        "copro.metrics/groups/" + dimension.name(),
        ParticipantGroups.class,
        () -> new ParticipantGroups(context.dataset().participants(), dimension));
  }

  /** The dimension. */
  public Dimension dimension() {
    return dimension;
  }

  /** How many groups there are. */
  public int count() {
    return keys.length;
  }

  /** The key of a group; groups are numbered in key order from 0. */
  public String key(int group) {
    return keys[group];
  }

  /** The group of the participant at a position. */
  public int groupOf(int participant) {
    return groupOf[participant];
  }
}
