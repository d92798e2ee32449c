package dev.copro.spi;

import java.util.Arrays;
import java.util.BitSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The activities and participants a scope's events refer to, numbered densely from 0 in the
 * dataset's order: a metric keeps its state per activity or per participant in arrays sized by the
 * scope, not by the dataset, so that evaluating a dataset's many slices costs what the slices hold.
 * Over the whole dataset the numbering is the dataset's own ({@link #isWhole()}): every activity
 * and participant, at the position {@link EventBatch} gives it.
 *
 * <p>In a slice, the activities numbered are those of the slice's attendance, contributions and
 * payments, and the participants those of any of its events, survey respondents included. A
 * position of the dataset with no event in the slice has no number there: {@link #activity} and
 * {@link #participant} return {@link EventBatch#ABSENT}. Immutable and safe to share.
 *
 * <pre>{@code
 * ScopePositions scope = context.scopePositions();
 * int[] attended = new int[scope.activityCount()];
 * EventBatch events = context.events();
 * for (int row = 0; row < events.attendanceCount(); row++) {
 *   if (events.attendance(row).attended()) {
 *     attended[scope.activity(events.attendanceActivity(row))]++;
 *   }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ScopePositions {

  private final int activityCount;
  private final int participantCount;

  /** The dataset positions of the numbered activities, ascending; null for the dataset's own. */
  private final int @Nullable [] activities;

  /** The dataset positions of the numbered participants, ascending; null for the dataset's own. */
  private final int @Nullable [] participants;

  private ScopePositions(
      int activityCount,
      int participantCount,
      int @Nullable [] activities,
      int @Nullable [] participants) {
    this.activityCount = activityCount;
    this.participantCount = participantCount;
    this.activities = activities;
    this.participants = participants;
  }

  /**
   * The numbering of a whole dataset: its own positions.
   *
   * @param activities how many activities the dataset has
   * @param participants how many participants the dataset has
   * @throws IllegalArgumentException if a count is negative
   */
  public static ScopePositions whole(int activities, int participants) {
    if (activities < 0 || participants < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    return new ScopePositions(activities, participants, null, null);
  }

  /**
   * The numbering of the activities and participants the rows of {@code events} refer to.
   *
   * @param events a slice's events
   * @param datasetActivities how many activities the dataset has
   * @param datasetParticipants how many participants the dataset has
   * @throws IndexOutOfBoundsException if a row refers to a position beyond those counts
   */
  public static ScopePositions of(
      EventBatch events, int datasetActivities, int datasetParticipants) {
    BitSet activities = new BitSet(datasetActivities);
    BitSet participants = new BitSet(datasetParticipants);
    for (int row = 0, n = events.attendanceCount(); row < n; row++) {
      mark(activities, events.attendanceActivity(row), datasetActivities);
      mark(participants, events.attendanceParticipant(row), datasetParticipants);
    }
    for (int row = 0, n = events.contributionCount(); row < n; row++) {
      mark(activities, events.contributionActivity(row), datasetActivities);
      mark(participants, events.contributionParticipant(row), datasetParticipants);
    }
    for (int row = 0, n = events.paymentCount(); row < n; row++) {
      mark(activities, events.paymentActivity(row), datasetActivities);
      mark(participants, events.paymentParticipant(row), datasetParticipants);
    }
    for (int row = 0, n = events.surveyResponseCount(); row < n; row++) {
      mark(participants, events.surveyResponseParticipant(row), datasetParticipants);
    }
    return of(activities.stream().toArray(), participants.stream().toArray());
  }

  /**
   * The numbering of the given dataset positions: what {@link #of(EventBatch, int, int)} gives for
   * events that refer to exactly these, as an evaluation split over several machines finds them.
   *
   * @param activities the dataset positions of the activities, ascending and distinct
   * @param participants the dataset positions of the participants, ascending and distinct
   * @throws IllegalArgumentException if a position is negative or out of order
   */
  public static ScopePositions of(int[] activities, int[] participants) {
    int[] a = ascending(activities, "activity");
    int[] p = ascending(participants, "participant");
    return new ScopePositions(a.length, p.length, a, p);
  }

  private static int[] ascending(int[] positions, String what) {
    int[] copy = positions.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 0 || (i > 0 && copy[i] <= copy[i - 1])) {
        throw new IllegalArgumentException(
            what + " positions must be ascending, distinct and not negative");
      }
    }
    return copy;
  }

  private static void mark(BitSet set, int position, int count) {
    if (position >= count) {
      throw new IndexOutOfBoundsException("position " + position + " of " + count);
    }
    if (position >= 0) {
      set.set(position);
    }
  }

  /** Whether this is a whole dataset's numbering, each position its own number. */
  public boolean isWhole() {
    return activities == null;
  }

  /** How many activities are numbered: the size of an array over the scope's activities. */
  public int activityCount() {
    return activityCount;
  }

  /** How many participants are numbered: the size of an array over the scope's participants. */
  public int participantCount() {
    return participantCount;
  }

  /**
   * The number in scope of the activity at a dataset position.
   *
   * @param position a position in the dataset's activities, or {@link EventBatch#ABSENT}
   * @return its number from 0, or {@link EventBatch#ABSENT} if it has none in scope
   */
  public int activity(int position) {
    return local(activities, position);
  }

  /**
   * The number in scope of the participant at a dataset position.
   *
   * @param position a position in the dataset's participants, or {@link EventBatch#ABSENT}
   * @return its number from 0, or {@link EventBatch#ABSENT} if it has none in scope
   */
  public int participant(int position) {
    return local(participants, position);
  }

  /** The dataset position of the activity numbered {@code number} in scope. */
  public int activityAt(int number) {
    return datasetPosition(activities, activityCount, number);
  }

  /** The dataset position of the participant numbered {@code number} in scope. */
  public int participantAt(int number) {
    return datasetPosition(participants, participantCount, number);
  }

  private static int local(int @Nullable [] positions, int position) {
    if (position < 0) {
      return EventBatch.ABSENT;
    }
    if (positions == null) {
      return position;
    }
    int found = Arrays.binarySearch(positions, position);
    return found >= 0 ? found : EventBatch.ABSENT;
  }

  private static int datasetPosition(int @Nullable [] positions, int count, int number) {
    if (number < 0 || number >= count) {
      throw new IndexOutOfBoundsException("number " + number + " of " + count);
    }
    return positions == null ? number : positions[number];
  }
}
