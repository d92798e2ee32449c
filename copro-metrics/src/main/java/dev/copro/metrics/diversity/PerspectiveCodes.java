package dev.copro.metrics.diversity;

import dev.copro.model.Perspective;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Perspective codes as they appear in parameters and reports. */
final class PerspectiveCodes {

  private PerspectiveCodes() {}

  /** The perspective whose code is {@code code} (surrounding blanks ignored), if there is one. */
  static Optional<Perspective> parse(String code) {
    String trimmed = code.trim();
    return Arrays.stream(Perspective.values()).filter(p -> p.code().equals(trimmed)).findFirst();
  }

  /** Every perspective code, for messages: {@code lived-experience, carer, …}. */
  static String known() {
    return Arrays.stream(Perspective.values())
        .map(Perspective::code)
        .collect(Collectors.joining(", "));
  }
}
