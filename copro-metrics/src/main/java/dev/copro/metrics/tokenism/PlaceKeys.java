package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Positions;
import dev.copro.spi.ScopePositions;

/**
 * The places of one scope — an activity and a participant, each by its number in the scope ({@link
 * ScopePositions}) — packed into one {@code long}, with the order of their attendances' evidence
 * keys ({@code ACTIVITY/PARTICIPANT}, see {@link dev.copro.model.Attendance#key()}) worked out from
 * the ids without building the keys: a finding cites only the first of many attendances, so only
 * those keys are built. Immutable.
 */
final class PlaceKeys {

  private final Positions positions;
  private final ScopePositions scope;
  private final int participants;

  PlaceKeys(Positions positions, ScopePositions scope) {
    this.positions = positions;
    this.scope = scope;
    this.participants = scope.participantCount();
  }

  /** The place of the activity and the participant of the given numbers in scope. */
  long key(int activity, int participant) {
    return (long) activity * participants + participant;
  }

  /** The number in scope of the place's activity. */
  int activity(long key) {
    return (int) (key / participants);
  }

  /** The number in scope of the place's participant. */
  int participant(long key) {
    return (int) (key % participants);
  }

  /** The evidence key of the attendance at the place: {@code ACTIVITY/PARTICIPANT}. */
  String attendanceKey(long key) {
    return activityId(key) + "/" + participantId(key);
  }

  /**
   * Compares the places' attendance keys as {@link String#compareTo} compares the keys themselves.
   */
  int compare(long a, long b) {
    if (a == b) {
      return 0;
    }
    String activityA = activityId(a);
    String participantA = participantId(a);
    String activityB = activityId(b);
    String participantB = participantId(b);
    int lengthA = activityA.length() + 1 + participantA.length();
    int lengthB = activityB.length() + 1 + participantB.length();
    for (int i = 0, n = Math.min(lengthA, lengthB); i < n; i++) {
      char x = charAt(activityA, participantA, i);
      char y = charAt(activityB, participantB, i);
      if (x != y) {
        return x - y;
      }
    }
    return lengthA - lengthB;
  }

  /** The character at {@code i} of {@code activity + "/" + participant}. */
  private static char charAt(String activity, String participant, int i) {
    int length = activity.length();
    return i < length ? activity.charAt(i) : i == length ? '/' : participant.charAt(i - length - 1);
  }

  private String activityId(long key) {
    return positions.activityAt(scope.activityAt(activity(key))).id();
  }

  private String participantId(long key) {
    return positions.participantAt(scope.participantAt(participant(key))).id();
  }
}
