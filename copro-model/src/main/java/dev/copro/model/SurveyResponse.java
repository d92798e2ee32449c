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
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SurveyResponse(
    String id,
    String survey,
    String item,
    String participant,
    @Nullable String initiative,
    LocalDate date,
    int value) {

  /** Checks presence. */
  public SurveyResponse {
    Records.requireId(id, "id");
    Records.requireId(survey, "survey");
    Records.requireId(item, "item");
    Records.requireId(participant, "participant");
    Objects.requireNonNull(date, "date");
  }

  /**
   * A builder for a survey response with the given required values; the initiative it is about is a
   * named setter. It collects every problem rather than throwing at the first (see {@link
   * Participant#builder}).
   *
   * @param id unique among survey responses
   * @param survey the id of the survey
   * @param item the id of the item within the survey
   * @param participant the id of the participant who answered
   * @param date the day it was answered
   * @param value the answer, within the item's scale (checked when the dataset is built)
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(
      @Nullable String id,
      @Nullable String survey,
      @Nullable String item,
      @Nullable String participant,
      @Nullable LocalDate date,
      int value) {
    return new Builder(id, survey, item, participant, date, value);
  }

  /**
   * Builds a {@link SurveyResponse}, checking each value as it is given and collecting the
   * problems. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("survey response");
    private final @Nullable String id;
    private final @Nullable String survey;
    private final @Nullable String item;
    private final @Nullable String participant;
    private final @Nullable LocalDate date;
    private final int value;
    private @Nullable String initiative;

    private Builder(
        @Nullable String id,
        @Nullable String survey,
        @Nullable String item,
        @Nullable String participant,
        @Nullable LocalDate date,
        int value) {
      this.id = checks.id(id, "id");
      this.survey = checks.id(survey, "survey");
      this.item = checks.id(item, "item");
      this.participant = checks.id(participant, "participant");
      this.date = checks.required(date, "date");
      this.value = value;
    }

    /** The initiative the answer is about, when it is about one. */
    public Builder initiative(@Nullable String initiative) {
      this.initiative = initiative == null ? null : checks.id(initiative, "initiative");
      return this;
    }

    Checks problems() {
      return checks.copy();
    }

    @Nullable String id() {
      return id;
    }

    SurveyResponse create() {
      return new SurveyResponse(
          Objects.requireNonNull(id),
          Objects.requireNonNull(survey),
          Objects.requireNonNull(item),
          Objects.requireNonNull(participant),
          initiative,
          Objects.requireNonNull(date),
          value);
    }

    /**
     * Builds the survey response.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public SurveyResponse build() {
      return problems().build(RecordKind.SURVEY_RESPONSE, this::create);
    }
  }
}
