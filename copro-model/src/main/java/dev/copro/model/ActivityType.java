package dev.copro.model;

import org.apiguardian.api.API;

/**
 * The kind of gathering an activity is.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ActivityType implements Coded {
  /** A routine working meeting. */
  MEETING("meeting"),

  /** A facilitated working session on a topic. */
  WORKSHOP("workshop"),

  /** A meeting of a formal board or committee that takes decisions. */
  BOARD("board"),

  /** A standing panel, such as a service-user or recruitment panel. */
  PANEL("panel"),

  /** A session in which people design something together. */
  CO_DESIGN("co-design"),

  /** A session where views are sought on proposals. */
  CONSULTATION("consultation"),

  /** Learning and development for participants. */
  TRAINING("training"),

  /** A public or community event. */
  EVENT("event"),

  /** Any other kind; the record's label says which. */
  OTHER("other");

  private final String code;

  ActivityType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
