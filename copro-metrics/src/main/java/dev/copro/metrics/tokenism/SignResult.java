package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Words;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the check of one warning sign found: the findings when the sign is detected (one for the
 * sign as a whole or for each group it found left out, and any related finding such as "adopted in
 * words only"), the reason when the data did not allow it to be assessed, and warnings about gaps
 * in the data it looked at.
 *
 * @param sign the sign checked
 * @param findings the findings, not empty exactly when the sign was detected
 * @param notAssessedReason why the sign could not be assessed, or {@code null} when it was
 * @param warnings gaps in the data that limited the check, in plain words
 */
record SignResult(
    WarningSign sign,
    List<Finding> findings,
    @Nullable String notAssessedReason,
    List<String> warnings) {

  SignResult {
    Objects.requireNonNull(sign, "sign");
    findings = List.copyOf(findings);
    if (!findings.isEmpty() && notAssessedReason != null) {
      throw new IllegalArgumentException("a sign cannot be both detected and not assessed");
    }
    warnings = List.copyOf(warnings);
  }

  /**
   * The sign was found; evidence is in reference order, so that it does not depend on the order of
   * the records.
   */
  static SignResult detected(
      WarningSign sign, String message, List<String> warnings, Evidence... evidence) {
    return new SignResult(sign, List.of(finding(sign, message, evidence)), null, warnings);
  }

  /** The sign's finding, with its own severity, and evidence in reference order. */
  static Finding finding(WarningSign sign, String message, Evidence... evidence) {
    return Evidence.finding(sign.code(), sign.severity(), message, evidence);
  }

  /** The sign when there are findings, else clear. */
  static SignResult of(WarningSign sign, List<Finding> findings, List<String> warnings) {
    return new SignResult(sign, findings, null, warnings);
  }

  /**
   * The sign when the share of flagged units among {@code total} is above {@code max}, else clear.
   *
   * @param flagged the flagged units
   * @param total how many units there were, more than 0
   * @param max the largest share that does not raise the sign
   * @param units what the units are, for one and for many: such as "attendance by carers" and
   *     "attendances by carers"
   * @param wrong what was wrong with the flagged ones, for one and for many: such as "was not paid
   *     in time" and "were not paid in time"
   */
  static SignResult whenShareAbove(
      WarningSign sign,
      Evidence flagged,
      long total,
      double max,
      Forms units,
      Forms wrong,
      List<String> warnings) {
    Finding finding = shareAbove(sign, flagged, total, max, units, wrong);
    return finding == null
        ? clear(sign, warnings)
        : new SignResult(sign, List.of(finding), null, warnings);
  }

  /**
   * The finding when the share of flagged units among {@code total} is above {@code max}, else
   * {@code null}: "3 of the 4 attendances by carers were not paid in time (75%, above the 20%
   * allowed)."
   */
  static @Nullable Finding shareAbove(
      WarningSign sign, Evidence flagged, long total, double max, Forms units, Forms wrong) {
    double share = (double) flagged.count() / total;
    if (share <= max) {
      return null;
    }
    // A share just above the limit must not read "25%, above 25%": show a decimal when whole
    // percents tie.
    int decimals = SignData.percent(share, 0).equals(SignData.percent(max, 0)) ? 1 : 0;
    String message =
        Words.capitalised(Plural.ofAll(flagged.count(), total, units.one(), units.many()))
            + " "
            + wrong.of(flagged.count())
            + " ("
            + SignData.percent(share, decimals)
            + ", above the "
            + SignData.percent(max, decimals)
            + " allowed).";
    return finding(sign, message, flagged);
  }

  /**
   * Words for one and for many.
   *
   * @param one for exactly one
   * @param many for any other count
   */
  record Forms(String one, String many) {

    /** The words for the count. */
    String of(long n) {
      return Plural.word(n, one, many);
    }
  }

  /** The sign was looked for and not found. */
  static SignResult clear(WarningSign sign, List<String> warnings) {
    return new SignResult(sign, List.of(), null, warnings);
  }

  /** The data in scope holds nothing the sign could be judged on. */
  static SignResult notAssessed(WarningSign sign, String reason, List<String> warnings) {
    return new SignResult(sign, List.of(), reason, warnings);
  }

  /** Whether the sign was detected. */
  boolean detected() {
    return !findings.isEmpty();
  }

  /** Whether the sign could be assessed. */
  boolean assessed() {
    return notAssessedReason == null;
  }

  /** The most severe of the findings; the sign's own severity when none. */
  Severity severity() {
    Severity worst = null;
    for (Finding f : findings) {
      worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
    }
    return worst == null ? sign.severity() : worst;
  }
}
