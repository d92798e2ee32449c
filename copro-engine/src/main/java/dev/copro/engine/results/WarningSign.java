package dev.copro.engine.results;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ten warning signs of tokenism, as people who took part describe them, that the warning-signs
 * metric ({@value DefaultMetrics#WARNING_SIGNS}) detects from records. Each is a finding code and a
 * component name (1 when detected, 0 when not) of that metric.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum WarningSign {
  /** Not involved until the end (a rubber stamp). */
  RUBBER_STAMP("rubber-stamp", "rubberStamp"),
  /** The solution was already decided. */
  ALREADY_DECIDED("already-decided", "alreadyDecided"),
  /** Suggestions rejected because they do not fit the current model. */
  DOES_NOT_FIT_MODEL("does-not-fit-model", "doesNotFitModel"),
  /** Listened to, but none of it appears in the final service. */
  IDEAS_NOT_USED("ideas-not-used", "ideasNotUsed", "adopted-in-words-only"),
  /** Consulted and never heard of again (no feedback). */
  NO_FEEDBACK("no-feedback", "noFeedback"),
  /** No travel expenses, let alone an attendance fee. */
  NOT_PAID("not-paid", "notPaid"),
  /** Two days' notice, impossible times, no lunch. */
  POOR_ARRANGEMENTS("poor-arrangements", "poorArrangements"),
  /** The venue ignored physical access or sensory needs. */
  ACCESS_IGNORED("access-ignored", "accessIgnored", "access-needs-not-asked"),
  /** Key stakeholders not present or not even invited. */
  STAKEHOLDERS_MISSING("stakeholders-missing", "stakeholdersMissing", "key-group-left-out"),
  /** Key comments not documented. */
  COMMENTS_NOT_DOCUMENTED("comments-not-documented", "commentsNotDocumented");

  private final String code;
  private final String component;
  private final List<String> relatedCodes;

  WarningSign(String code, String component, String... relatedCodes) {
    this.code = code;
    this.component = component;
    this.relatedCodes = List.of(relatedCodes);
  }

  /** The code of the sign's finding, such as {@code no-feedback}. */
  public String code() {
    return code;
  }

  /** The name of the sign's component, such as {@code noFeedback}. */
  public String component() {
    return component;
  }

  /**
   * The codes of the other findings this sign raises, each a particular form of it: {@code
   * adopted-in-words-only} (ideas-not-used), {@code access-needs-not-asked} (access-ignored) and
   * {@code key-group-left-out} (stakeholders-missing).
   */
  public List<String> relatedCodes() {
    return relatedCodes;
  }

  /** The sign with the given finding code, its own or a related one, if there is one. */
  public static Optional<WarningSign> fromCode(String code) {
    for (WarningSign sign : values()) {
      if (sign.code.equals(code) || sign.relatedCodes.contains(code)) {
        return Optional.of(sign);
      }
    }
    return Optional.empty();
  }
}
