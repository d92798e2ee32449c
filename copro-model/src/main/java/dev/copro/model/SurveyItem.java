package dev.copro.model;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a survey answered on an integer scale, such as "I felt listened to" from 1
 * (strongly disagree) to 5 (strongly agree). Higher always means more agreement.
 *
 * @param id unique within its survey, never blank
 * @param statement the statement as put to respondents
 * @param scaleMin the lowest answer allowed
 * @param scaleMax the highest answer allowed; greater than {@code scaleMin}
 * @param principle the principle the item informs, or {@code null}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SurveyItem(
    String id, String statement, int scaleMin, int scaleMax, @Nullable Principle principle) {

  /** Checks presence. */
  public SurveyItem {
    Records.requireId(id, "id");
    Objects.requireNonNull(statement, "statement");
  }
}
