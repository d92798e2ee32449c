package dev.copro.model;

import org.apiguardian.api.API;

/**
 * A kind of access provision an activity can offer, or a participant can need.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum AccessKind implements Coded {
  /** Step-free access to the venue and its rooms. */
  STEP_FREE("step-free"),

  /** An accessible toilet. */
  ACCESSIBLE_TOILET("accessible-toilet"),

  /** A hearing loop. */
  HEARING_LOOP("hearing-loop"),

  /** A British Sign Language interpreter. */
  BSL_INTERPRETER("bsl-interpreter"),

  /** Live captions. */
  CAPTIONS("captions"),

  /** Easy-read papers. */
  EASY_READ("easy-read"),

  /** Large-print papers. */
  LARGE_PRINT("large-print"),

  /** Papers sent well before the meeting. */
  PAPERS_IN_ADVANCE("papers-in-advance"),

  /** A quiet room or low-sensory space. */
  QUIET_ROOM("quiet-room"),

  /** A way to take part remotely. */
  REMOTE_OPTION("remote-option"),

  /** Transport arranged or paid for in advance. */
  TRAVEL_SUPPORT("travel-support"),

  /** A personal assistant or supporter welcomed and paid for. */
  PERSONAL_ASSISTANT("personal-assistant"),

  /** Food and drink, such as lunch at a day-long session. */
  REFRESHMENTS("refreshments"),

  /** A spoken-language interpreter. */
  INTERPRETER("interpreter"),

  /** Any other provision; the label says which. */
  OTHER("other");

  private final String code;

  AccessKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
