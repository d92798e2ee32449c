package dev.copro.model;

import org.apiguardian.api.API;

/**
 * How a decision was reached.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DecisionRule implements Coded {
  /** Everyone who held a say agreed; each voter listed was a consensus party. */
  CONSENSUS("consensus"),

  /** One member, one vote; more than half of the votes cast carries it. */
  SIMPLE_MAJORITY("simple-majority"),

  /**
   * Members vote with integer weights; the decision carries when the weight in favour reaches the
   * quota.
   */
  WEIGHTED_VOTE("weighted-vote"),

  /**
   * Taken by a person or group to whom the body delegated it; the voters listed are the delegates.
   */
  DELEGATED("delegated"),

  /** Taken by one party without a vote of the others; the voters listed are those who took it. */
  UNILATERAL("unilateral"),

  /** Any other rule; the record's label says which. */
  OTHER("other");

  private final String code;

  DecisionRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
