package dev.copro.model;

import org.apiguardian.api.API;

/**
 * The kind of thing a participant raised.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ContributionKind implements Coded {
  /** A concrete proposal for a decision or a change. */
  PROPOSAL("proposal"),

  /** An idea or improvement. */
  SUGGESTION("suggestion"),

  /** A worry, objection or complaint. */
  CONCERN("concern"),

  /** An account of lived experience offered to inform the work. */
  STORY("story"),

  /** A question that asks for an answer. */
  QUESTION("question"),

  /** Anything else. */
  OTHER("other");

  private final String code;

  ContributionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
