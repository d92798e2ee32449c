package dev.copro.model;

import org.apiguardian.api.API;

/**
 * How a voter voted on a decision.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum VotePosition implements Coded {
  /** In favour. */
  FOR("for"),

  /** Against. */
  AGAINST("against"),

  /** Abstained. */
  ABSTAIN("abstain");

  private final String code;

  VotePosition(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
