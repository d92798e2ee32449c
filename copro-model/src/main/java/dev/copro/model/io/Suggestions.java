package dev.copro.model.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name nearest to a mistyped one, by edit distance, to suggest in messages. */
final class Suggestions {

  /** Inputs longer than this get no suggestion: the distance costs their length squared. */
  private static final int MAX_LENGTH = 64;

  private Suggestions() {}

  /**
   * The optimal string alignment distance: the fewest single-character insertions, deletions,
   * substitutions and swaps of adjacent characters that turn {@code a} into {@code b} (Levenshtein
   * distance, with a swapped pair — the commonest typo — counting as one edit).
   */
  static int distance(String a, String b) {
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
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
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
   * edit). Ties go to the earlier candidate.
   */
  static Optional<String> nearest(String input, Collection<String> candidates) {
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

  /** {@code "; did you mean 'x'?"} for the nearest candidate, or {@code "."} if none is near. */
  static String didYouMean(String input, Collection<String> candidates) {
    return nearest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse(".");
  }

  /**
   * A value from the input, quoted for a message: cut to 40 characters and with control characters
   * replaced, so a hostile value cannot flood or garble the listing. Use only for codes, dates and
   * numbers, never for free text.
   */
  static String quote(String value) {
    String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    StringBuilder out = new StringBuilder(cut.length() + 2).append('\'');
    cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.append('\'').toString();
  }
}
