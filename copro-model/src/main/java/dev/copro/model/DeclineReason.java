package dev.copro.model;

import org.apiguardian.api.API;

/**
 * Why a contribution was declined.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DeclineReason implements Coded {
  /**
   * It did not fit the way the service currently works: a warning sign of tokenism when it recurs.
   */
  DOES_NOT_FIT_CURRENT_MODEL("does-not-fit-current-model"),

  /** It concerned something outside the initiative's remit. */
  OUT_OF_SCOPE("out-of-scope"),

  /** There was no money for it. */
  NO_BUDGET("no-budget"),

  /** It could not be done for practical, legal or safety reasons. */
  NOT_FEASIBLE("not-feasible"),

  /** The matter had been decided before the contribution was made. */
  ALREADY_DECIDED("already-decided"),

  /** Any other reason. */
  OTHER("other");

  private final String code;

  DeclineReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
