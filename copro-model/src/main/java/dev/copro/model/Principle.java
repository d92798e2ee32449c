package dev.copro.model;

import org.apiguardian.api.API;

/**
 * A principle of co-production (SCIE Guide 51), plus the relationship over time that the field adds
 * to them. Metrics say which principles they inform.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Principle implements Coded {
  /** Equality: a real shift of power towards people who use services and carers. */
  EQUALITY("equality"),

  /** Diversity: the people involved reflect the people the services are for. */
  DIVERSITY("diversity"),

  /** Accessibility: everyone can take part, in ways that meet their needs. */
  ACCESSIBILITY("accessibility"),

  /** Reciprocity: people get something back for what they put in. */
  RECIPROCITY("reciprocity"),

  /** A long-term relationship rather than one-off consultation. */
  RELATIONSHIP("relationship");

  private final String code;

  Principle(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
