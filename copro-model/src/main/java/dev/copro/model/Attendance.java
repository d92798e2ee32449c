package dev.copro.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Whether a participant was invited to and attended an activity, and how much they spoke.
 *
 * <p>There is at most one attendance per activity and participant. Its key for evidence is
 * {@code ACTIVITY/PARTICIPANT} (see {@link #key()}).
 *
 * @param activity the id of the activity
 * @param participant the id of the participant
 * @param invited whether they were invited
 * @param attended whether they attended (they may attend without an invitation)
 * @param speakingSeconds seconds they spoke, or {@code null} if not recorded; not negative
 * @param speakingTurns turns they took, or {@code null} if not recorded; not negative
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Attendance(
    String activity,
    String participant,
    boolean invited,
    boolean attended,
    @Nullable Integer speakingSeconds,
    @Nullable Integer speakingTurns) {

  /** Checks presence. */
  public Attendance {
    Records.requireId(activity, "activity");
    Records.requireId(participant, "participant");
  }

  /** An invited participant who attended, with no speaking record. */
  public static Attendance attended(String activity, String participant) {
    return new Attendance(activity, participant, true, true, null, null);
  }

  /** The evidence key of this attendance: {@code ACTIVITY/PARTICIPANT}. */
  public String key() {
    return activity + "/" + participant;
  }
}
