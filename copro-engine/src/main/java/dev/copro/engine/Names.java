package dev.copro.engine;

import dev.copro.model.Coded;
import dev.copro.model.validation.Suggestions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Names and codes: a suggested name for a typo, and the codes of enumerations. */
final class Names {

  private Names() {}

  /**
   * {@code "; did you mean 'x'?"} for the known name nearest to {@code name} when it is a likely
   * typo (see {@link Suggestions#nearest}), or {@code ""}. Candidates are sorted first, so ties go
   * to the first alphabetically whatever the collection's order.
   */
  static String suggestion(String name, Collection<String> known) {
    return Suggestions.nearest(name, new TreeSet<>(known))
        .map(s -> "; did you mean '" + s + "'?")
        .orElse("");
  }

  /**
   * The code of a constant in reports: its {@link Coded#code()}, or its lower-case, hyphenated
   * name.
   */
  static String code(Enum<?> constant) {
    return constant instanceof Coded coded
        ? coded.code()
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

  /** A number for people: whole numbers without a decimal point ({@code 14}, not {@code 14.0}). */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * A range for people: {@code 0 to 1}, {@code 0 or more}, {@code at most 10}, {@code any number}.
   */
  static String range(dev.copro.spi.ValueRange range) {
    boolean lower = Double.isFinite(range.min());
    boolean upper = Double.isFinite(range.max());
    if (lower && upper) {
      return number(range.min()) + " to " + number(range.max());
    }
    if (lower) {
      return number(range.min()) + " or more";
    }
    return upper ? "at most " + number(range.max()) : "any number";
  }

  /** The codes of every constant of an enumeration, in declaration order. */
  static <E extends Enum<E>> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Names::code).toList();
  }
}
