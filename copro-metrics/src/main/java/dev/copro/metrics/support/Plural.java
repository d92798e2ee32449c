package dev.copro.metrics.support;

/**
 * Counts with their nouns, for the sentences of findings and warnings: {@code 1 decision}, {@code 2
 * decisions}. The singular goes with exactly one, the plural with every other count, zero included
 * ({@code 0 decisions}).
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

  /**
   * Some of a whole, counted: {@code 1 of the 3 decisions}; when all of them, {@code the one
   * decision}, {@code both decisions} or {@code all 3 decisions}.
   *
   * @param k how many of them, at most {@code n}
   * @param n how many there are in all
   * @param one the noun for exactly one
   * @param many the noun for any other count
   * @return the words, to follow a preposition such as "in"
   */
  public static String ofAll(long k, long n, String one, String many) {
    if (k < n) {
      return k + " of the " + of(n, one, many);
    }
    return n == 1 ? "the one " + one : n == 2 ? "both " + many : "all " + n + " " + many;
  }

  /**
   * The noun alone in the right number for the count: {@code one} for exactly one, else {@code
   * many}.
   */
  public static String word(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
