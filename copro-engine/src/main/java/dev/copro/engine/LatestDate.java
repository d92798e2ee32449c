package dev.copro.engine;

import dev.copro.model.Activity;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The latest day recorded anywhere in a dataset (see {@link DatasetContext#latestDate}), found from
 * its reference records and then its events one at a time, so that the streaming path finds the
 * same day as the in-memory one. Starts at 1970-01-01. Not thread-safe.
 */
final class LatestDate implements RecordSink {

  private LocalDate latest = LocalDate.EPOCH;

  /**
   * Takes in the dates of the reference records: initiatives, participants, activities, decisions.
   */
  void references(Dataset dataset) {
    for (Initiative i : dataset.initiatives()) {
      see(i.start());
      see(i.end());
    }
    for (Participant p : dataset.participants()) {
      see(p.joined());
      see(p.left());
    }
    for (Activity a : dataset.activities()) {
      see(a.date());
    }
    for (Decision d : dataset.decisions()) {
      see(d.date());
    }
  }

  @Override
  public void contribution(Contribution c) {
    see(c.date());
    see(c.response() == null ? null : c.response().date());
  }

  @Override
  public void payment(Payment p) {
    see(p.offered());
    see(p.claimed());
    see(p.paid());
  }

  @Override
  public void surveyResponse(SurveyResponse r) {
    see(r.date());
  }

  /** The latest day seen so far. */
  LocalDate get() {
    return latest;
  }

  private void see(@Nullable LocalDate day) {
    if (day != null && day.isAfter(latest)) {
      latest = day;
    }
  }
}
