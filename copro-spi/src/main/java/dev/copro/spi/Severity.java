package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * How serious a finding is, from least to most.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Severity {
  /** Worth knowing; no action needed. */
  INFO,
  /** Worth looking at. */
  LOW,
  /** Should be acted on. */
  MEDIUM,
  /** Undermines co-production; act now. */
  HIGH;

  /** The lower-case code used in reports and on the command line. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
