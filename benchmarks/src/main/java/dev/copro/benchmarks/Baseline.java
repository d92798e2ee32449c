package dev.copro.benchmarks;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;

/**
 * The floor every benchmark is compared with: one pass that reads one field of every record of a
 * dataset and does nothing else. A metric cannot be cheaper than looking at its records once.
 */
final class Baseline {

  private Baseline() {}

  /** Touches every record once; the sum only keeps the JIT from removing the loop. */
  static long touchEveryRecord(Dataset data) {
    long sum = 0;
    for (Initiative r : data.initiatives()) {
      sum += r.id().length();
    }
    for (Participant r : data.participants()) {
      sum += r.perspective().ordinal();
    }
    for (Activity r : data.activities()) {
      sum += r.date().getDayOfMonth();
    }
    for (Attendance r : data.attendance()) {
      sum += r.attended() ? 1 : 0;
    }
    for (Contribution r : data.contributions()) {
      sum += r.documented() ? 1 : 0;
    }
    for (Decision r : data.decisions()) {
      sum += r.votes().size();
    }
    for (Payment r : data.payments()) {
      sum += r.offered().getDayOfMonth();
    }
    for (SurveyResponse r : data.surveyResponses()) {
      sum += r.value();
    }
    return sum;
  }
}
