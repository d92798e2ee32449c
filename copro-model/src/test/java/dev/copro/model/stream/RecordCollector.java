package dev.copro.model.stream;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink for tests that keeps every event it receives, in order — what a real sink must not do.
 * Reusable from other modules through copro-model's test jar.
 */
public final class RecordCollector implements RecordSink {

  private final List<Record> received = new ArrayList<>();

  /** The events received so far, in the order received. */
  public List<Record> received() {
    return received;
  }

  /** The events {@code streamed} sends in one pass. */
  public static List<Record> collect(StreamedDataset streamed) {
    RecordCollector collector = new RecordCollector();
    streamed.stream(collector);
    return collector.received();
  }

  @Override
  public void attendance(Attendance record) {
    received.add(record);
  }

  @Override
  public void contribution(Contribution record) {
    received.add(record);
  }

  @Override
  public void payment(Payment record) {
    received.add(record);
  }

  @Override
  public void surveyResponse(SurveyResponse record) {
    received.add(record);
  }
}
