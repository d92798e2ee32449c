package dev.copro.engine;

import dev.copro.model.Coded;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Names and codes: the nearest known name for a suggestion, and the codes of enumerations. */
final class Names {

  private Names() {}

  /**
   * The known name nearest to {@code name} by edit distance (ties broken alphabetically), or
   * {@code null} when nothing is known.
   */
  static @Nullable String nearest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(known)) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** {@code "; did you mean 'x'?"}, or {@code ""} when nothing is known. */
  static String suggestion(String name, Collection<String> known) {
    String nearest = nearest(name, known);
    return nearest == null ? "" : "; did you mean '" + nearest + "'?";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The code of a constant in reports: its {@link Coded#code()}, or its lower-case, hyphenated name. */
  static String code(Enum<?> constant) {
    return constant instanceof Coded coded ? coded.code()
        : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant with the given {@linkplain #code code}. */
  static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (code(constant).equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The codes of every constant of an enumeration, in declaration order. */
  static <E extends Enum<E>> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Names::code).toList();
  }
}
