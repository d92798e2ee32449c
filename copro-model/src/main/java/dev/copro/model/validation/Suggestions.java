package dev.copro.model.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the known name nearest to a mistyped one, by edit distance, so that problem messages can
 * suggest it ("unknown field 'joind'; did you mean 'joined'?"). Shared by the dataset readers and
 * the engine's configuration reader so that both suggest alike. Internal: public only for copro's
 * own modules; it may change in any release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Suggestions {

  /** Inputs longer than this get no suggestion: the distance costs their length squared. */
  private static final int MAX_LENGTH = 64;

  private Suggestions() {}

  /**
   * The optimal string alignment distance: the fewest single-character insertions, deletions,
   * substitutions and swaps of adjacent characters that turn {@code a} into {@code b} (Levenshtein
   * distance, with a swapped pair — the commonest typo — counting as one edit).
   */
  public static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }

  /**
   * The candidate nearest to {@code input} ignoring case, if one is near enough to be a likely
   * typo: at most a third of the shorter name's length away, rounded to nearest (at least one
   * edit). Ties go to the earlier candidate, so pass candidates in a stable order.
   */
  public static Optional<String> nearest(String input, Collection<String> candidates) {
    if (input.isEmpty() || input.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String lower = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      int allowed = Math.max(1, (Math.min(lower.length(), candidate.length()) + 1) / 3);
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
