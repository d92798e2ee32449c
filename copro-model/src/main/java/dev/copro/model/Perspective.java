package dev.copro.model;

import org.apiguardian.api.API;

/**
 * The standpoint from which a participant takes part. People whose perspective is {@link
 * #LIVED_EXPERIENCE} or {@link #CARER} form the lived-experience bloc unless an evaluation
 * configures otherwise.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Perspective implements Coded {
  /** Someone who uses, or has used, the services concerned. */
  LIVED_EXPERIENCE("lived-experience"),

  /** An unpaid carer, family member or supporter of someone who uses the services. */
  CARER("carer"),

  /** A practitioner or manager who provides the services. */
  PROFESSIONAL("professional"),

  /** Someone who plans, buys or funds the services. */
  COMMISSIONER("commissioner"),

  /** Any other standpoint; the record's label says which. */
  OTHER("other");

  private final String code;

  Perspective(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
