package dev.copro.model;

import org.apiguardian.api.API;

/**
 * The kinds of record a dataset holds, with the name of the collection that holds them in the
 * dataset format (the JSON array, the JSON Lines {@code "record"} value's plural, the CSV file).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RecordKind implements Coded {
  /** {@link Initiative}s, in {@code initiatives}. */
  INITIATIVE("initiative", "initiatives"),
  /** {@link Participant}s, in {@code participants}. */
  PARTICIPANT("participant", "participants"),
  /** {@link Activity} records, in {@code activities}. */
  ACTIVITY("activity", "activities"),
  /** {@link Attendance} records, in {@code attendance}. */
  ATTENDANCE("attendance", "attendance"),
  /** {@link Contribution}s, in {@code contributions}. */
  CONTRIBUTION("contribution", "contributions"),
  /** {@link Decision}s, in {@code decisions}. */
  DECISION("decision", "decisions"),
  /** {@link Payment}s, in {@code payments}. */
  PAYMENT("payment", "payments"),
  /** {@link Survey}s, in {@code surveys}. */
  SURVEY("survey", "surveys"),
  /** {@link SurveyResponse}s, in {@code surveyResponses}. */
  SURVEY_RESPONSE("survey-response", "surveyResponses");

  private final String code;
  private final String collection;

  RecordKind(String code, String collection) {
    this.code = code;
    this.collection = collection;
  }

  /** The singular code, as in JSON Lines' {@code "record"} field. */
  @Override
  public String code() {
    return code;
  }

  /** The name of the collection in the JSON form of a dataset. */
  public String collection() {
    return collection;
  }
}
