package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Whether a participant was invited to and attended an activity, and how much they spoke.
 *
 * <p>There is at most one attendance per activity and participant. Its key for evidence is {@code
 * ACTIVITY/PARTICIPANT} (see {@link #key()}).
 *
 * @param activity the id of the activity
 * @param participant the id of the participant
 * @param invited whether they were invited
 * @param attended whether they attended (they may attend without an invitation)
 * @param speakingSeconds seconds they spoke, or {@code null} if not recorded; not negative
 * @param speakingTurns turns they took, or {@code null} if not recorded; not negative
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

  /**
   * A builder for an attendance record of a participant at an activity; whether they were invited
   * and attended, and how much they spoke, are named setters (both flags start false). It collects
   * every problem rather than throwing at the first (see {@link Participant#builder}).
   *
   * @param activity the id of the activity
   * @param participant the id of the participant
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(@Nullable String activity, @Nullable String participant) {
    return new Builder(activity, participant);
  }

  /**
   * Builds an {@link Attendance}, checking each value as it is given and collecting the problems.
   * Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("attendance record");
    private final @Nullable String activity;
    private final @Nullable String participant;
    private boolean invited;
    private boolean attended;
    private @Nullable Integer speakingSeconds;
    private @Nullable Integer speakingTurns;

    private Builder(@Nullable String activity, @Nullable String participant) {
      this.activity = checks.id(activity, "activity");
      this.participant = checks.id(participant, "participant");
    }

    /** Whether they were invited; default false. */
    public Builder invited(boolean invited) {
      this.invited = invited;
      return this;
    }

    /** Whether they attended; default false. They may attend without an invitation. */
    public Builder attended(boolean attended) {
      this.attended = attended;
      return this;
    }

    /** Seconds they spoke; not negative, and only if they attended. */
    public Builder speakingSeconds(@Nullable Integer seconds) {
      this.speakingSeconds =
          checks.notNegative(seconds, "speakingSeconds", "speaking time in seconds");
      return this;
    }

    /** Turns they took; not negative, and only if they attended. */
    public Builder speakingTurns(@Nullable Integer turns) {
      this.speakingTurns = checks.notNegative(turns, "speakingTurns", "number of speaking turns");
      return this;
    }

    Checks problems() {
      Checks all = checks.copy();
      boolean spoke =
          (speakingSeconds != null && speakingSeconds > 0)
              || (speakingTurns != null && speakingTurns > 0);
      if (!attended && spoke) {
        all.add(
            Problem.Kind.INCONSISTENT,
            "attended",
            "The participant is recorded as speaking but as not attending.");
      }
      return all;
    }

    /**
     * The record's key, {@code ACTIVITY/PARTICIPANT}, for problems; {@code null} if either is
     * missing.
     */
    @Nullable String id() {
      return activity == null || participant == null ? null : activity + "/" + participant;
    }

    Attendance create() {
      return new Attendance(
          Objects.requireNonNull(activity),
          Objects.requireNonNull(participant),
          invited,
          attended,
          speakingSeconds,
          speakingTurns);
    }

    /**
     * Builds the attendance record.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Attendance build() {
      return problems().build(RecordKind.ATTENDANCE, this::create);
    }
  }
}
