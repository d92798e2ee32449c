package dev.copro.model;

import org.apiguardian.api.API;

/**
 * What became of a contribution, as told back to the person who made it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ResponseOutcome implements Coded {
  /** Taken up as proposed. */
  ADOPTED("adopted"),

  /** Taken up in changed form. */
  ADAPTED("adapted"),

  /** Not taken up; the response's reason says why. */
  DECLINED("declined"),

  /** A response was given but it reports no outcome (for example "noted"). */
  NONE("none");

  private final String code;

  ResponseOutcome(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
