package dev.copro.metrics.support;

/**
 * How many categories a population is spread over, and how evenly: the inverse Simpson index (the
 * Laakso–Taagepera effective number) and Shannon's entropy and evenness.
 *
 * <p>Every function takes the weight of each category (a count of people, seconds of speech, or a
 * share); weights are normalised by their total, so counts and shares give the same result.
 * Categories with weight 0 are allowed and count as absent.
 */
public final class Diversity {

  private Diversity() {}

  /**
   * The inverse Simpson index {@code 1 / Σ pᵢ²} of the categories' shares {@code pᵢ} (Simpson
   * 1949), known in political science as the effective number of parties (Laakso and Taagepera
   * 1979): the number of equally sized categories that would be as concentrated. Two equal
   * categories give 2; shares of 0.5, 0.3 and 0.2 give 1 / 0.38 ≈ 2.63.
   *
   * @param weights the weight of each category, at least one, finite and not negative, with a
   *     positive total
   * @return the effective number, in [1, k] where k is the number of categories with a positive
   *     weight
   * @throws IllegalArgumentException if the weights break those conditions
   */
  public static double inverseSimpson(double[] weights) {
    double total = Checks.positiveTotal(weights, "weights");
    double sumOfSquares = 0;
    for (double w : weights) {
      double p = w / total;
      sumOfSquares += p * p;
    }
    return Checks.clamp(1 / sumOfSquares, 1, present(weights));
  }

  /**
   * Shannon's entropy {@code H = −Σ pᵢ ln pᵢ} of the categories' shares, in nats (Shannon 1948).
   *
   * @param weights the weight of each category, at least one, finite and not negative, with a
   *     positive total
   * @return the entropy, in [0, ln k] where k is the number of categories with a positive weight
   * @throws IllegalArgumentException if the weights break those conditions
   */
  public static double shannonEntropy(double[] weights) {
    double total = Checks.positiveTotal(weights, "weights");
    double h = 0;
    for (double w : weights) {
      if (w > 0) {
        double p = w / total;
        h -= p * Math.log(p);
      }
    }
    return Checks.clamp(h, 0, Math.log(present(weights)));
  }

  /**
   * Shannon evenness (Pielou's J): the entropy divided by its largest possible value for the
   * categories present, {@code H / ln k}, where k is the number of categories with a positive
   * weight. It is 1 when those categories are equally large and tends to 0 as one dominates.
   *
   * <p>With a single category present the ratio is 0/0. It is defined as 1 here: the one category
   * is trivially spread evenly over itself, there is nothing uneven to measure. Evenness says
   * nothing about how many categories there are; read it beside {@link #inverseSimpson}.
   *
   * @param weights the weight of each category, at least one, finite and not negative, with a
   *     positive total
   * @return the evenness, in [0, 1]
   * @throws IllegalArgumentException if the weights break those conditions
   */
  public static double shannonEvenness(double[] weights) {
    double h = shannonEntropy(weights);
    int k = present(weights);
    return k == 1 ? 1 : Checks.clamp(h / Math.log(k), 0, 1);
  }

  /** The number of categories with a positive weight. */
  public static int present(double[] weights) {
    int k = 0;
    for (double w : weights) {
      if (w > 0) {
        k++;
      }
    }
    return k;
  }
}
