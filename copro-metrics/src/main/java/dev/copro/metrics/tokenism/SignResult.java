package dev.copro.metrics.tokenism;

import dev.copro.spi.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the check of one warning sign found: the finding when the sign is detected, the reason when
 * the data did not allow it to be assessed, and warnings about gaps in the data it looked at.
 *
 * @param sign the sign checked
 * @param finding the finding, present exactly when the sign was detected
 * @param notAssessedReason why the sign could not be assessed, or {@code null} when it was
 * @param warnings gaps in the data that limited the check, in plain words
 */
record SignResult(WarningSign sign, @Nullable Finding finding, @Nullable String notAssessedReason,
    List<String> warnings) {

  SignResult {
    Objects.requireNonNull(sign, "sign");
    if (finding != null && notAssessedReason != null) {
      throw new IllegalArgumentException("a sign cannot be both detected and not assessed");
    }
    warnings = List.copyOf(warnings);
  }

  /** The sign was found; evidence is sorted so that it does not depend on the order of the records. */
  static SignResult detected(WarningSign sign, String message, Collection<String> evidence, List<String> warnings) {
    Finding finding = Finding.of(sign.code(), sign.severity(), message, new TreeSet<>(evidence));
    return new SignResult(sign, finding, null, warnings);
  }

  /**
   * The sign when the share of flagged units among {@code total} is above {@code max}, else clear.
   *
   * @param flagged the references of the flagged units
   * @param total how many units there were, more than 0
   * @param max the largest share that does not raise the sign
   * @param ofWhat what the units are and what was wrong with them, after "N of ": such as
   *     "4 bloc attendances had no payment offered"
   */
  static SignResult whenShareAbove(WarningSign sign, Set<String> flagged, int total, double max, String ofWhat,
      List<String> warnings) {
    double share = (double) flagged.size() / total;
    if (share <= max) {
      return clear(sign, warnings);
    }
    // A share just above the limit must not read "25%, above 25%": show a decimal when whole percents tie.
    int decimals = SignData.percent(share, 0).equals(SignData.percent(max, 0)) ? 1 : 0;
    String message = flagged.size() + " of " + ofWhat + " (" + SignData.percent(share, decimals) + ", above "
        + SignData.percent(max, decimals) + ").";
    return detected(sign, message, flagged, warnings);
  }

  /** The sign was looked for and not found. */
  static SignResult clear(WarningSign sign, List<String> warnings) {
    return new SignResult(sign, null, null, warnings);
  }

  /** The data in scope holds nothing the sign could be judged on. */
  static SignResult notAssessed(WarningSign sign, String reason, List<String> warnings) {
    return new SignResult(sign, null, reason, warnings);
  }

  /** Whether the sign was detected. */
  boolean detected() {
    return finding != null;
  }

  /** Whether the sign could be assessed. */
  boolean assessed() {
    return notAssessedReason == null;
  }
}
