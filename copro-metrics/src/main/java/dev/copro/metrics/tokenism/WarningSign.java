package dev.copro.metrics.tokenism;

import dev.copro.spi.Severity;
import java.util.function.Function;

/**
 * The ten warning signs of tokenism, in the order people named them, with the stable finding code,
 * the component name and the severity of each.
 *
 * <p>Severity is {@link Severity#HIGH} where the sign shows that people were kept out of the
 * decision or the room itself (brought in at the end, decided already, ideas never used, access
 * needs ignored, not invited); {@link Severity#MEDIUM} where people were in the room but the
 * relationship around it was poor (ideas declined as not fitting, no feedback, no payment, poor
 * arrangements, comments not written down).
 *
 * <p>Each sign carries its check; the checks live in {@link TimingSigns}, {@link ResponseSigns} and
 * {@link ArrangementSigns}.
 */
enum WarningSign {
  RUBBER_STAMP("rubber-stamp", "rubberStamp", Severity.HIGH, TimingSigns::rubberStamp),
  ALREADY_DECIDED("already-decided", "alreadyDecided", Severity.HIGH, TimingSigns::alreadyDecided),
  DOES_NOT_FIT_MODEL(
      "does-not-fit-model", "doesNotFitModel", Severity.MEDIUM, ResponseSigns::doesNotFitModel),
  IDEAS_NOT_USED("ideas-not-used", "ideasNotUsed", Severity.HIGH, ResponseSigns::ideasNotUsed),
  NO_FEEDBACK("no-feedback", "noFeedback", Severity.MEDIUM, ResponseSigns::noFeedback),
  NOT_PAID("not-paid", "notPaid", Severity.MEDIUM, ArrangementSigns::notPaid),
  POOR_ARRANGEMENTS(
      "poor-arrangements", "poorArrangements", Severity.MEDIUM, ArrangementSigns::poorArrangements),
  ACCESS_IGNORED("access-ignored", "accessIgnored", Severity.HIGH, ArrangementSigns::accessIgnored),
  STAKEHOLDERS_MISSING(
      "stakeholders-missing",
      "stakeholdersMissing",
      Severity.HIGH,
      ArrangementSigns::stakeholdersMissing),
  COMMENTS_NOT_DOCUMENTED(
      "comments-not-documented",
      "commentsNotDocumented",
      Severity.MEDIUM,
      ResponseSigns::commentsNotDocumented);

  private final String code;
  private final String component;
  private final Severity severity;
  private final Function<SignData, SignResult> check;

  WarningSign(
      String code, String component, Severity severity, Function<SignData, SignResult> check) {
    this.code = code;
    this.component = component;
    this.severity = severity;
    this.check = check;
  }

  /** Checks the sign against the records in scope. */
  SignResult check(SignData data) {
    return check.apply(data);
  }

  /** The finding code, lower-case kebab. */
  String code() {
    return code;
  }

  /** The component name (lowerCamelCase of the code) carrying 1 when detected and 0 otherwise. */
  String component() {
    return component;
  }

  /** The severity of the finding when detected. */
  Severity severity() {
    return severity;
  }
}
