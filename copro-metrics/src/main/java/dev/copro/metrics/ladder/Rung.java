package dev.copro.metrics.ladder;

import java.util.List;

/**
 * The seven rungs of the TLAP ladder of co-production, with the Arnstein rung and IAP2 level each
 * corresponds to.
 *
 * <p>The correspondence follows what each rung says about power. Arnstein's ladder, on which TLAP's
 * is built, runs 1 manipulation, 2 therapy, 3 informing, 4 consultation, 5 placation, 6
 * partnership, 7 delegated power, 8 citizen control; the lower five rungs match TLAP's one for one.
 * Co-design and co-production both share planning and decision-making with the people who use
 * services, which is Arnstein's partnership; they differ in breadth (all stages, from the start),
 * which Arnstein does not grade. Delegated power is given only when the bloc also holds the
 * dominant share of power and leadership (see {@link LadderPlacement}); citizen control — services
 * run by citizens alone — lies beyond the TLAP ladder, whose top rung is an equal partnership, so
 * no placement reaches it. The IAP2 spectrum (1 inform, 2 consult, 3 involve, 4 collaborate, 5
 * empower) has no level below informing, so the "doing to" rungs map to inform; co-design and
 * co-production partner with the public "in each aspect of the decision", which is collaborate;
 * empower ("final decision-making in the hands of the public") comes with delegated power.
 */
enum Rung {
  COERCION(1, "coercion", 1, 1),
  EDUCATING(2, "educating", 2, 1),
  INFORMING(3, "informing", 3, 1),
  CONSULTATION(4, "consultation", 4, 2),
  ENGAGEMENT(5, "engagement", 5, 3),
  CO_DESIGN(6, "co-design", 6, 4),
  CO_PRODUCTION(7, "co-production", 6, 4);

  private static final List<String> ARNSTEIN =
      List.of(
          "manipulation",
          "therapy",
          "informing",
          "consultation",
          "placation",
          "partnership",
          "delegated power",
          "citizen control");

  private static final List<String> IAP2 =
      List.of("inform", "consult", "involve", "collaborate", "empower");

  /**
   * Arnstein's delegated power: given at co-production when the bloc holds the dominant share of
   * power.
   */
  static final int DELEGATED_POWER = 7;

  /** IAP2's empower: given with delegated power. */
  static final int EMPOWER = 5;

  private final int level;
  private final String label;
  private final int arnstein;
  private final int iap2;

  Rung(int level, String label, int arnstein, int iap2) {
    this.level = level;
    this.label = label;
    this.arnstein = arnstein;
    this.iap2 = iap2;
  }

  /** The rung's number, 1 (coercion) to 7 (co-production). */
  int level() {
    return level;
  }

  /** The rung's name on the TLAP ladder. */
  String label() {
    return label;
  }

  /** The corresponding Arnstein rung, 1 to 6. */
  int arnstein() {
    return arnstein;
  }

  /** The corresponding IAP2 level, 1 to 4. */
  int iap2() {
    return iap2;
  }

  /** The name of Arnstein's rung 1 (manipulation) to 8 (citizen control). */
  static String arnsteinName(int rung) {
    return ARNSTEIN.get(rung - 1);
  }

  /** The name of the IAP2 spectrum's level 1 (inform) to 5 (empower). */
  static String iap2Name(int level) {
    return IAP2.get(level - 1);
  }

  /** The rung and its name, as in {@code 5 (engagement)}. */
  String describe() {
    return level + " (" + label + ")";
  }
}
