package dev.copro.metrics.support;

/**
 * Counts with their nouns, for the sentences of findings and warnings: {@code 1 decision}, {@code
 * 2 decisions}. The singular goes with exactly one, the plural with every other count, zero
 * included ({@code 0 decisions}).
 */
public final class Plural {

  private Plural() {}

  /**
   * The count followed by the noun in the right number: {@code of(1, "activity", "activities")} is
   * {@code 1 activity}. The nouns may carry the verb that agrees with them, as in {@code of(n,
   * "decision was", "decisions were")}.
   *
   * @param n the count
   * @param one the noun for exactly one
   * @param many the noun for any other count
   * @return the count and the noun, separated by a space
   */
  public static String of(long n, String one, String many) {
    return n + " " + word(n, one, many);
  }

  /** The noun alone in the right number for the count: {@code one} for exactly one, else {@code many}. */
  public static String word(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
