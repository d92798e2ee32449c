package dev.copro.spi;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one {@link EventBatch}: record lists beside the resolved positions of their references, one
 * array per column. Its arrays are never changed after it is made.
 */
record ListEventBatch(
    List<Attendance> attendance,
    int[] attendanceActivities,
    int[] attendanceParticipants,
    List<Contribution> contributions,
    int[] contributionActivities,
    int[] contributionParticipants,
    List<Payment> payments,
    int[] paymentParticipants,
    int[] paymentActivities,
    List<SurveyResponse> surveyResponses,
    int[] respondents)
    implements EventBatch {

  @Override
  public EventBatch select(
      int[] attendanceRows, int[] contributionRows, int[] paymentRows, int[] surveyResponseRows) {
    return new ListEventBatch(
        rows(attendance, attendanceRows),
        pick(attendanceActivities, attendanceRows),
        pick(attendanceParticipants, attendanceRows),
        rows(contributions, contributionRows),
        pick(contributionActivities, contributionRows),
        pick(contributionParticipants, contributionRows),
        rows(payments, paymentRows),
        pick(paymentParticipants, paymentRows),
        pick(paymentActivities, paymentRows),
        rows(surveyResponses, surveyResponseRows),
        pick(respondents, surveyResponseRows));
  }

  private static <T> List<T> rows(List<T> records, int[] rows) {
    List<T> selected = new ArrayList<>(rows.length);
    for (int row : rows) {
      selected.add(records.get(row));
    }
    return Collections.unmodifiableList(selected);
  }

  private static int[] pick(int[] column, int[] rows) {
    int[] selected = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      selected[i] = column[rows[i]];
    }
    return selected;
  }

  @Override
  public int attendanceCount() {
    return attendanceActivities.length;
  }

  @Override
  public Attendance attendance(int row) {
    return attendance.get(row);
  }

  @Override
  public int attendanceActivity(int row) {
    return attendanceActivities[row];
  }

  @Override
  public int attendanceParticipant(int row) {
    return attendanceParticipants[row];
  }

  @Override
  public int contributionCount() {
    return contributionActivities.length;
  }

  @Override
  public Contribution contribution(int row) {
    return contributions.get(row);
  }

  @Override
  public int contributionActivity(int row) {
    return contributionActivities[row];
  }

  @Override
  public int contributionParticipant(int row) {
    return contributionParticipants[row];
  }

  @Override
  public int paymentCount() {
    return paymentParticipants.length;
  }

  @Override
  public Payment payment(int row) {
    return payments.get(row);
  }

  @Override
  public int paymentParticipant(int row) {
    return paymentParticipants[row];
  }

  @Override
  public int paymentActivity(int row) {
    return paymentActivities[row];
  }

  @Override
  public int surveyResponseCount() {
    return respondents.length;
  }

  @Override
  public SurveyResponse surveyResponse(int row) {
    return surveyResponses.get(row);
  }

  @Override
  public int surveyResponseParticipant(int row) {
    return respondents[row];
  }
}
