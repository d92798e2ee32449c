package dev.copro.model;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A proposal, suggestion, concern, story or question a participant raised in an activity, whether
 * it was written down, and the response given back.
 *
 * @param id unique among contributions, never blank
 * @param activity the id of the activity where it was raised
 * @param participant the id of the participant who raised it
 * @param kind what kind of contribution it was
 * @param date the day it was raised, or {@code null} meaning the day of the activity
 * @param documented whether it was written down (in minutes, notes or a log)
 * @param summary a summary, or {@code null}; free text, never shown in reports or logs
 * @param response the response given back, or {@code null} if none was given
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Contribution(
    String id,
    String activity,
    String participant,
    ContributionKind kind,
    @Nullable LocalDate date,
    boolean documented,
    @Nullable String summary,
    @Nullable Response response) {

  /** Checks presence. */
  public Contribution {
    Records.requireId(id, "id");
    Records.requireId(activity, "activity");
    Records.requireId(participant, "participant");
    Objects.requireNonNull(kind, "kind");
  }
}
