package dev.copro.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A say in a decision: the participant held a vote of the given weight (for consensus, delegated
 * and unilateral decisions: was a party to it, with weight 1 unless recorded otherwise).
 *
 * @param participant the id of the participant
 * @param weight the integer weight of the vote; not negative (zero means a seat without a vote)
 * @param position how they voted, or {@code null} if not recorded
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Vote(String participant, long weight, @Nullable VotePosition position) {

  /** Checks presence. */
  public Vote {
    Records.requireId(participant, "participant");
  }

  /** A vote of weight 1 with no recorded position. */
  public static Vote of(String participant) {
    return new Vote(participant, 1, null);
  }
}
