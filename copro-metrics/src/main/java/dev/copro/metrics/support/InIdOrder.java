package dev.copro.metrics.support;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Decision;
import dev.copro.spi.EvaluationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records in id order, for the loops whose findings, evidence, ties and floating-point sums would
 * otherwise follow the order the records came in: a report must be the same however a dataset's
 * records are ordered.
 */
public final class InIdOrder {

  private InIdOrder() {}

  /** The activities in scope, by id. */
  public static List<Activity> activities(EvaluationContext context) {
    return sorted(context.activities(), Comparator.comparing(Activity::id));
  }

  /** The decisions in scope, by id. */
  public static List<Decision> decisions(EvaluationContext context) {
    return sorted(context.decisions(), Comparator.comparing(Decision::id));
  }

  /** Attendance records (of one activity) by participant id. */
  public static List<Attendance> byParticipant(List<Attendance> records) {
    return sorted(records, Comparator.comparing(Attendance::participant));
  }

  private static <T> List<T> sorted(List<T> records, Comparator<T> order) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(order);
    return copy;
  }
}
