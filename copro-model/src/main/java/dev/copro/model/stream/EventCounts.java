package dev.copro.model.stream;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import org.apiguardian.api.API;

/**
 * A sink that counts the events of each kind it is sent and keeps none: to check a streamed dataset
 * in one pass ({@link StreamedDataset#stream} throws if an event has a problem) and say how many
 * events it holds. Not thread-safe: one per pass.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class EventCounts implements RecordSink {

  private long attendance;
  private long contributions;
  private long payments;
  private long surveyResponses;

  @Override
  public void attendance(Attendance record) {
    attendance++;
  }

  @Override
  public void contribution(Contribution record) {
    contributions++;
  }

  @Override
  public void payment(Payment record) {
    payments++;
  }

  @Override
  public void surveyResponse(SurveyResponse record) {
    surveyResponses++;
  }

  /** The attendance records counted. */
  public long attendance() {
    return attendance;
  }

  /** The contributions counted. */
  public long contributions() {
    return contributions;
  }

  /** The payments counted. */
  public long payments() {
    return payments;
  }

  /** The survey responses counted. */
  public long surveyResponses() {
    return surveyResponses;
  }

  /** The events of every kind counted. */
  public long total() {
    return attendance + contributions + payments + surveyResponses;
  }
}
