package dev.copro.engine.results;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The eight rungs of Arnstein's ladder of citizen participation (1969), on which the TLAP ladder is
 * built: nonparticipation (1–2), tokenism (3–5), citizen power (6–8).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum ArnsteinRung {
  /** 1: manipulation. */
  MANIPULATION(1, "manipulation"),
  /** 2: therapy. */
  THERAPY(2, "therapy"),
  /** 3: informing. */
  INFORMING(3, "informing"),
  /** 4: consultation. */
  CONSULTATION(4, "consultation"),
  /** 5: placation. */
  PLACATION(5, "placation"),
  /** 6: partnership. */
  PARTNERSHIP(6, "partnership"),
  /** 7: delegated power. */
  DELEGATED_POWER(7, "delegated power"),
  /** 8: citizen control. */
  CITIZEN_CONTROL(8, "citizen control");

  private final int level;
  private final String label;

  ArnsteinRung(int level, String label) {
    this.level = level;
    this.label = label;
  }

  /** The rung's number, 1 to 8. */
  public int level() {
    return level;
  }

  /** The rung's name, such as {@code partnership}. */
  public String label() {
    return label;
  }

  /** The rung with the given number, if it is 1 to 8. */
  public static Optional<ArnsteinRung> of(int level) {
    return level >= 1 && level <= 8 ? Optional.of(values()[level - 1]) : Optional.empty();
  }
}
