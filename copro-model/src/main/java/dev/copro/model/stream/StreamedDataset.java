package dev.copro.model.stream;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import org.apiguardian.api.API;

/**
 * A dataset read in two parts so that it need not fit in memory: its reference records, held in
 * memory, and its event records, streamed.
 *
 * <p>The reference records are the initiatives, participants, activities, decisions (with their
 * votes) and surveys: the records others refer to, few compared with the events. The event records
 * are the attendance, contributions, payments and survey responses, which grow with the life of an
 * initiative and make up almost all of a large dataset.
 *
 * <p>A streamed dataset is valid by the same rules as {@link Dataset}: a reader that produces one
 * checks the event records as they stream and throws one {@link
 * dev.copro.model.validation.InvalidInputException} listing every problem, reference and event
 * problems together, exactly as reading the whole dataset would.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface StreamedDataset {

  /**
   * The reference records, validated and indexed; its event lists ({@link Dataset#attendance()},
   * {@link Dataset#contributions()}, {@link Dataset#payments()}, {@link Dataset#surveyResponses()})
   * are empty.
   */
  Dataset references();

  /**
   * Sends every event record to {@code sink}, in the order of the source. Each call is a new pass
   * over the source.
   *
   * @param sink receives the records
   * @throws dev.copro.model.validation.InvalidInputException after the pass, if an event record was
   *     invalid: listing every problem; what the sink received is then not a valid dataset
   */
  void stream(RecordSink sink);

  /**
   * A dataset already in memory, streamed: for tests, and to run a streaming computation over
   * records that fit in memory. Events are sent kind by kind (attendance, contributions, payments,
   * survey responses), each kind in the dataset's order.
   *
   * @param dataset the dataset
   * @return its reference records and its event records as a stream
   */
  static StreamedDataset of(Dataset dataset) {
    Dataset references = dataset.references();
    return new StreamedDataset() {
      @Override
      public Dataset references() {
        return references;
      }

      @Override
      public void stream(RecordSink sink) {
        for (Attendance a : dataset.attendance()) {
          sink.attendance(a);
        }
        for (Contribution c : dataset.contributions()) {
          sink.contribution(c);
        }
        for (Payment p : dataset.payments()) {
          sink.payment(p);
        }
        for (SurveyResponse r : dataset.surveyResponses()) {
          sink.surveyResponse(r);
        }
      }
    };
  }
}
