package dev.copro.model.stream;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import org.apiguardian.api.API;

/**
 * Receives the event records of a {@link StreamedDataset}, one at a time, in the order of the
 * source. Each method by default ignores its record, so a sink implements only the kinds it uses.
 *
 * <p>A sink must not keep the records it receives: streaming exists so that they need not all be in
 * memory at once. It may keep what it derives from them (counts, sums, per-participant totals).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface RecordSink {

  /** Receives one attendance record. */
  default void attendance(Attendance record) {}

  /** Receives one contribution. */
  default void contribution(Contribution record) {}

  /** Receives one payment. */
  default void payment(Payment record) {}

  /** Receives one survey response. */
  default void surveyResponse(SurveyResponse record) {}
}
