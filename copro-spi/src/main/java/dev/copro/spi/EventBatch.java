package dev.copro.spi;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.StringIndex;
import dev.copro.model.SurveyResponse;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Event records — attendance, contributions, payments, survey responses — in columns: each kind as
 * rows numbered from 0, with the participant and activity each row refers to already resolved to
 * their <em>positions</em> in the dataset's reference lists ({@code dataset().participants()} and
 * {@code dataset().activities()} of the {@link EvaluationContext}). A metric that reads events
 * through a batch looks no id up in its inner loop: it indexes arrays by position.
 *
 * <p>The engine resolves every reference once per evaluation (or once per chunk of a stream) and
 * hands the same batch to every metric: {@link EvaluationContext#events()} for a scope in memory,
 * {@link Accumulator#accept} on the streaming path. Rows of one kind come in no particular order
 * (the engine groups attendance and contributions by activity); what a metric computes from them
 * must not depend on it, as the {@link Accumulator} contract already requires.
 *
 * <p>A position is {@link #ABSENT} when the record refers to no participant or activity of the
 * dataset (a payment with no activity, say). Immutable. Plugins read batches; only {@link
 * #resolver} and {@link #select} make them.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public sealed interface EventBatch permits ListEventBatch {

  /**
   * The position of a reference that is not in the dataset's reference lists, or of no reference.
   */
  int ABSENT = -1;

  /** How many attendance records the batch holds. */
  int attendanceCount();

  /** The attendance record of a row, from 0 to {@link #attendanceCount()} − 1. */
  Attendance attendance(int row);

  /**
   * The position of an attendance row's activity in the dataset's activities, or {@link #ABSENT}.
   */
  int attendanceActivity(int row);

  /**
   * The position of an attendance row's participant in the dataset's participants, or {@link
   * #ABSENT}.
   */
  int attendanceParticipant(int row);

  /** How many contributions the batch holds. */
  int contributionCount();

  /** The contribution of a row, from 0 to {@link #contributionCount()} − 1. */
  Contribution contribution(int row);

  /**
   * The position of a contribution row's activity in the dataset's activities, or {@link #ABSENT}.
   */
  int contributionActivity(int row);

  /**
   * The position of a contribution row's participant in the dataset's participants, or {@link
   * #ABSENT}.
   */
  int contributionParticipant(int row);

  /** How many payments the batch holds. */
  int paymentCount();

  /** The payment of a row, from 0 to {@link #paymentCount()} − 1. */
  Payment payment(int row);

  /**
   * The position of a payment row's participant in the dataset's participants, or {@link #ABSENT}.
   */
  int paymentParticipant(int row);

  /**
   * The position of a payment row's activity in the dataset's activities, or {@link #ABSENT} for a
   * payment made for no activity.
   */
  int paymentActivity(int row);

  /** How many survey responses the batch holds. */
  int surveyResponseCount();

  /** The survey response of a row, from 0 to {@link #surveyResponseCount()} − 1. */
  SurveyResponse surveyResponse(int row);

  /**
   * The position of a survey response row's participant in the dataset's participants, or {@link
   * #ABSENT}.
   */
  int surveyResponseParticipant(int row);

  /**
   * A batch of some rows of this one, in the order given, with their positions as resolved here (no
   * lookup is made again). The engine cuts a scope's events out of the whole dataset's this way.
   *
   * @param attendanceRows rows of this batch's attendance
   * @param contributionRows rows of this batch's contributions
   * @param paymentRows rows of this batch's payments
   * @param surveyResponseRows rows of this batch's survey responses
   * @return the selected rows as a new batch
   * @throws IndexOutOfBoundsException if a row is not in this batch
   */
  EventBatch select(
      int[] attendanceRows, int[] contributionRows, int[] paymentRows, int[] surveyResponseRows);

  /**
   * Sends every row to a sink's per-record methods: attendance, then contributions, payments and
   * survey responses, each kind in row order. {@link Accumulator#accept}'s default does this.
   *
   * @param sink receives the records
   */
  default void sendTo(dev.copro.model.stream.RecordSink sink) {
    for (int i = 0, n = attendanceCount(); i < n; i++) {
      sink.attendance(attendance(i));
    }
    for (int i = 0, n = contributionCount(); i < n; i++) {
      sink.contribution(contribution(i));
    }
    for (int i = 0, n = paymentCount(); i < n; i++) {
      sink.payment(payment(i));
    }
    for (int i = 0, n = surveyResponseCount(); i < n; i++) {
      sink.surveyResponse(surveyResponse(i));
    }
  }

  /**
   * A batch of the given records, their references resolved against {@code dataset}'s reference
   * lists. For contexts outside the engine and for tests; where many batches are made over one
   * dataset, make one {@link #resolver} and reuse it.
   *
   * @param dataset whose participants and activities the positions refer to
   * @param attendance the attendance records, in row order
   * @param contributions the contributions, in row order
   * @param payments the payments, in row order
   * @param surveyResponses the survey responses, in row order
   * @return a batch over those records, which it does not copy
   */
  static EventBatch of(
      Dataset dataset,
      List<Attendance> attendance,
      List<Contribution> contributions,
      List<Payment> payments,
      List<SurveyResponse> surveyResponses) {
    return resolver(dataset).batch(attendance, contributions, payments, surveyResponses);
  }

  /**
   * Something that makes batches over {@code dataset}'s reference lists: it indexes the
   * participants' and activities' ids once, and then resolves each batch's references with one
   * lookup per reference.
   *
   * @param dataset whose participants and activities the positions refer to
   * @return a resolver, immutable and safe to share between threads
   */
  static Resolver resolver(Dataset dataset) {
    return new Resolver(dataset);
  }

  /**
   * Makes {@link EventBatch}es over one dataset's reference lists (see {@link
   * EventBatch#resolver}).
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  final class Resolver {
    private final StringIndex participants;
    private final StringIndex activities;

    private Resolver(Dataset dataset) {
      participants =
          StringIndex.positions(dataset.participants().stream().map(Participant::id).toList());
      activities = StringIndex.positions(dataset.activities().stream().map(Activity::id).toList());
    }

    /**
     * The position of the participant with an id in the dataset's participants, or {@link #ABSENT}.
     */
    public int participant(@Nullable String id) {
      return id == null ? ABSENT : participants.get(id);
    }

    /** The position of the activity with an id in the dataset's activities, or {@link #ABSENT}. */
    public int activity(@Nullable String id) {
      return id == null ? ABSENT : activities.get(id);
    }

    /**
     * A batch of the given records, which it does not copy, each reference resolved here once.
     *
     * @param attendance the attendance records, in row order
     * @param contributions the contributions, in row order
     * @param payments the payments, in row order
     * @param surveyResponses the survey responses, in row order
     * @return the batch
     */
    public EventBatch batch(
        List<Attendance> attendance,
        List<Contribution> contributions,
        List<Payment> payments,
        List<SurveyResponse> surveyResponses) {
      int[] attendanceActivities = new int[attendance.size()];
      int[] attendanceParticipants = new int[attendance.size()];
      for (int i = 0; i < attendanceActivities.length; i++) {
        Attendance a = attendance.get(i);
        attendanceActivities[i] = activities.get(a.activity());
        attendanceParticipants[i] = participants.get(a.participant());
      }
      int[] contributionActivities = new int[contributions.size()];
      int[] contributionParticipants = new int[contributions.size()];
      for (int i = 0; i < contributionActivities.length; i++) {
        Contribution c = contributions.get(i);
        contributionActivities[i] = activities.get(c.activity());
        contributionParticipants[i] = participants.get(c.participant());
      }
      int[] paymentParticipants = new int[payments.size()];
      int[] paymentActivities = new int[payments.size()];
      for (int i = 0; i < paymentParticipants.length; i++) {
        Payment p = payments.get(i);
        paymentParticipants[i] = participants.get(p.participant());
        paymentActivities[i] = activity(p.activity());
      }
      int[] respondents = new int[surveyResponses.size()];
      for (int i = 0; i < respondents.length; i++) {
        respondents[i] = participants.get(surveyResponses.get(i).participant());
      }
      return new ListEventBatch(
          attendance,
          attendanceActivities,
          attendanceParticipants,
          contributions,
          contributionActivities,
          contributionParticipants,
          payments,
          paymentParticipants,
          paymentActivities,
          surveyResponses,
          respondents);
    }
  }
}
