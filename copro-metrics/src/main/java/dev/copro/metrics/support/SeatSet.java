package dev.copro.metrics.support;

/**
 * A set of seats — a participant's place at an activity — kept as keys of the activity's and the
 * participant's positions in the dataset ({@link Positions}) rather than as pairs of id strings: one
 * primitive key per seat, no object per lookup. Not thread-safe.
 */
public final class SeatSet {

  private final Positions positions;
  private final LongIntMap keys = new LongIntMap();

  /**
   * An empty set.
   *
   * @param positions the record positions of the evaluation
   */
  public SeatSet(Positions positions) {
    this.positions = positions;
  }

  /**
   * Adds the seat of a participant at an activity.
   *
   * @param activity the activity's position, not negative
   * @param participant the participant's position, not negative
   */
  public void add(int activity, int participant) {
    keys.add(key(activity, participant), 1);
  }

  /**
   * Adds the seat of a participant at an activity, both known to the dataset.
   *
   * @param activityId the activity's id
   * @param participantId the participant's id
   * @throws IllegalArgumentException if either id is not in the dataset
   */
  public void add(String activityId, String participantId) {
    add(position(positions.activity(activityId), activityId), position(positions.participant(participantId),
        participantId));
  }

  /** Whether the set holds the seat of the participant at the activity (positions, not negative). */
  public boolean contains(int activity, int participant) {
    return keys.get(key(activity, participant), 0) > 0;
  }

  /** Whether the set holds the seat; false if either id is not in the dataset. */
  public boolean contains(String activityId, String participantId) {
    int activity = positions.activity(activityId);
    int participant = positions.participant(participantId);
    return activity >= 0 && participant >= 0 && contains(activity, participant);
  }

  private long key(int activity, int participant) {
    return (long) activity * positions.participants() + participant;
  }

  private static int position(int position, String id) {
    if (position < 0) {
      throw new IllegalArgumentException("'" + id + "' is not in the dataset");
    }
    return position;
  }
}
