package dev.copro.model;

import org.apiguardian.api.API;

/**
 * A stage of the commissioning cycle in which an activity takes place or a decision is made.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum LifecycleStage implements Coded {
  /** Deciding what is needed and who will provide it. */
  COMMISSIONING("commissioning"),

  /** Shaping how the service or policy will work. */
  DESIGN("design"),

  /** Providing and running the service. */
  DELIVERY("delivery"),

  /** Judging how well it worked and what to change. */
  EVALUATION("evaluation");

  private final String code;

  LifecycleStage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
