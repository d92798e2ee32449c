package dev.copro.io;

import dev.copro.model.validation.Suggestions;
import java.util.Collection;

/** Phrases for problem messages: a suggested name, a quoted value. */
final class Messages {

  private Messages() {}

  /**
   * A hint for a file in another of copro's formats given as a dataset: an evaluation configuration
   * ({@code copro-config/…}) or a report ({@code copro-report/…}); empty otherwise.
   */
  static String notADataset(String format) {
    if (format.startsWith("copro-config/")) {
      return " This file is an evaluation configuration, not a dataset: give it with --config (or to "
          + "Configuration.fromJson) and give the dataset on its own.";
    }
    if (format.startsWith("copro-report/")) {
      return " This file is a report that copro wrote, not a dataset: give the dataset it was made from.";
    }
    return "";
  }

  /** {@code "; did you mean 'x'?"} for the nearest candidate, or {@code "."} if none is near. */
  static String didYouMean(String input, Collection<String> candidates) {
    return Suggestions.nearest(input, candidates)
        .map(s -> "; did you mean '" + s + "'?")
        .orElse(".");
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
