package dev.copro.model;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One participant's answer to one survey item.
 *
 * @param id unique among survey responses, never blank
 * @param survey the id of the survey
 * @param item the id of the item within the survey
 * @param participant the id of the participant who answered
 * @param initiative the id of the initiative the answer is about, or {@code null} if about all
 * @param date the day it was answered
 * @param value the answer, within the item's scale
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record SurveyResponse(
    String id, String survey, String item, String participant, @Nullable String initiative, LocalDate date,
    int value) {

  /** Checks presence. */
  public SurveyResponse {
    Records.requireId(id, "id");
    Records.requireId(survey, "survey");
    Records.requireId(item, "item");
    Records.requireId(participant, "participant");
    Objects.requireNonNull(date, "date");
  }
}
