package dev.copro.spi;

import org.apiguardian.api.API;

/**
 * A red/amber/green judgement of a value against thresholds.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Rating {
  /** Well short of good practice. */
  RED,
  /** Some way to go. */
  AMBER,
  /** Good practice. */
  GREEN;

  /** The lower-case code used in reports. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
