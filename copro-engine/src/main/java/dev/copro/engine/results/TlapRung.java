package dev.copro.engine.results;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The seven rungs of the TLAP (Think Local Act Personal) ladder of co-production, from "doing to"
 * (1–2) through "doing for" (3–5) to "doing with" (6–7). The ladder metric places an initiative on
 * one of them ({@link LadderPlacement}); docs/metrics.md gives the rules.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum TlapRung {
  /** 1: people are made to take part; "doing to". */
  COERCION(1, "coercion"),
  /** 2: people are taught to accept a decided service; "doing to". */
  EDUCATING(2, "educating"),
  /** 3: people are told what is happening; "doing for". */
  INFORMING(3, "informing"),
  /** 4: people are asked for their views; "doing for". */
  CONSULTATION(4, "consultation"),
  /** 5: people have more say but not the decisions; "doing for". */
  ENGAGEMENT(5, "engagement"),
  /** 6: people help design services and share decisions in some stages; "doing with". */
  CO_DESIGN(6, "co-design"),
  /** 7: an equal partnership across every stage, from the start; "doing with". */
  CO_PRODUCTION(7, "co-production");

  private final int level;
  private final String label;

  TlapRung(int level, String label) {
    this.level = level;
    this.label = label;
  }

  /** The rung's number, 1 (coercion) to 7 (co-production): the ladder metric's value. */
  public int level() {
    return level;
  }

  /** The rung's name on the TLAP ladder, such as {@code co-design}. */
  public String label() {
    return label;
  }

  /** The rung with the given number, if it is 1 to 7. */
  public static Optional<TlapRung> of(int level) {
    return level >= 1 && level <= 7 ? Optional.of(values()[level - 1]) : Optional.empty();
  }
}
