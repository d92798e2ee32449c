package dev.copro.engine;

import dev.copro.model.Coded;
import dev.copro.model.validation.Suggestions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Names and codes: a suggested name for a typo, and the codes of enumerations. */
final class Names {

  private Names() {}

  /**
   * {@code "; did you mean 'x'?"} for the known name nearest to {@code name} when it is a likely
   * typo (see {@link Suggestions#nearest}), or {@code ""}. Candidates are sorted first, so ties go to
   * the first alphabetically whatever the collection's order.
   */
  static String suggestion(String name, Collection<String> known) {
    return Suggestions.nearest(name, new TreeSet<>(known)).map(s -> "; did you mean '" + s + "'?").orElse("");
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
