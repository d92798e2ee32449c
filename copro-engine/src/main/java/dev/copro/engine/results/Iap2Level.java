package dev.copro.engine.results;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The five levels of the IAP2 spectrum of public participation, from informing the public to
 * placing the final decision in its hands.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum Iap2Level {
  /** 1: inform. */
  INFORM(1, "inform"),
  /** 2: consult. */
  CONSULT(2, "consult"),
  /** 3: involve. */
  INVOLVE(3, "involve"),
  /** 4: collaborate. */
  COLLABORATE(4, "collaborate"),
  /** 5: empower. */
  EMPOWER(5, "empower");

  private final int level;
  private final String label;

  Iap2Level(int level, String label) {
    this.level = level;
    this.label = label;
  }

  /** The level's number, 1 to 5. */
  public int level() {
    return level;
  }

  /** The level's name, such as {@code collaborate}. */
  public String label() {
    return label;
  }

  /** The level with the given number, if it is 1 to 5. */
  public static Optional<Iap2Level> of(int level) {
    return level >= 1 && level <= 5 ? Optional.of(values()[level - 1]) : Optional.empty();
  }
}
