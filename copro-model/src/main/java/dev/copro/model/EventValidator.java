package dev.copro.model;

import dev.copro.model.validation.Problem;
import dev.copro.model.validation.RecordLocator;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks a dataset too large to hold by the rules of {@link Dataset.Builder#build()}: the reference
 * records (initiatives, participants, activities, decisions, surveys) at once, then the event
 * records (attendance, contributions, payments, survey responses) one at a time, so that a reader
 * can check events as they stream past without keeping them. The rules are the same code as for a
 * dataset built whole, so both find the same problems, with the same messages and locations.
 *
 * <p>Use it in this order:
 *
 * <ol>
 *   <li>{@link #start} with the reference records; {@link #referenceProblems()} lists their
 *       problems; optionally {@link #expect} the number of events of each kind;
 *   <li>{@code check} each event record, each kind in its order, with its index among the records
 *       of its kind (from 0), as {@link Dataset.Builder#build()} would number them;
 *   <li>if {@link #toConfirm()} is not empty, pass every record of those kinds to {@link #confirm},
 *       again in order with the same indexes;
 *   <li>{@link #finish()}.
 * </ol>
 *
 * <p>Memory: the reference records and their indexes, plus for each event an 8-byte key in a set at
 * most 3/4 full (about 11 bytes per attendance record, contribution, payment or survey response
 * when {@link #expect}ed, 11 to 22 when the set grows), never the events themselves. A repeated id
 * is first seen as a repeated 64-bit hash of the id; such a suspect (with its id and location) is
 * kept until {@link #confirm} settles whether the id itself was used before, so that hash
 * collisions report nothing and no repeat is missed. Events with problems may add their ids that
 * refer to nothing, and their problems.
 *
 * <p>Not thread-safe: check one record at a time.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class EventValidator {

  private final Dataset.Builder references;
  private final DatasetValidator rules;
  private final List<Problem> referenceProblems;
  private @Nullable Dataset dataset;

  private EventValidator(Dataset.Builder references, RecordLocator locator) {
    this.references = references;
    this.rules = new DatasetValidator(references, locator);
    rules.checkReferences();
    this.referenceProblems = taken();
  }

  /**
   * Checks the reference records and gets ready to check events. Every rule is checked except that
   * decisions' {@code adopts} resolve: contributions are events, so {@link #finish()} checks that.
   * The builder must not change afterwards.
   *
   * @param references the reference records; no attendance, contributions, payments or survey
   *     responses
   * @param locator locates every record: the reference records by their index in {@code
   *     references}, the events by the index passed to {@code check} and {@link #confirm}
   * @return a validator
   * @throws IllegalArgumentException if {@code references} holds event records
   */
  public static EventValidator start(Dataset.Builder references, RecordLocator locator) {
    if (!references.attendance.isEmpty()
        || !references.contributions.isEmpty()
        || !references.payments.isEmpty()
        || !references.surveyResponses.isEmpty()) {
      throw new IllegalArgumentException(
          "the references must hold no attendance, contributions, payments or"
              + " survey responses");
    }
    return new EventValidator(references, locator);
  }

  /** The problems of the reference records found by {@link #start}; empty if they are valid. */
  public List<Problem> referenceProblems() {
    return referenceProblems;
  }

  /**
   * The reference records as a dataset with no events (as {@link Dataset#references()} gives):
   * valid, except that its decisions' {@code adopts} are checked only by {@link #finish()}.
   *
   * @return the dataset, built on the first call
   * @throws IllegalStateException if {@link #referenceProblems()} is not empty
   */
  public Dataset references() {
    if (!referenceProblems.isEmpty()) {
      throw new IllegalStateException(
          "the reference records have " + referenceProblems.size() + " problems");
    }
    if (dataset == null) {
      dataset = new Dataset(references);
    }
    return dataset;
  }

  /**
   * Says how many events of a kind will be checked, at most, so that the set that finds their
   * repeats is made to size (about 11 bytes per event) instead of growing (11 to 22 bytes per
   * event, and both the old and the new table while it grows). Optional; more events than expected
   * are still checked exactly.
   *
   * @param kind {@link RecordKind#ATTENDANCE}, {@link RecordKind#CONTRIBUTION}, {@link
   *     RecordKind#PAYMENT} or {@link RecordKind#SURVEY_RESPONSE}
   * @param count how many records of that kind are expected
   * @throws IllegalArgumentException if {@code kind} is not a kind of event
   * @throws IllegalStateException if an event was checked already
   */
  public void expect(RecordKind kind, long count) {
    rules.expect(kind, count);
  }

  /**
   * Checks one attendance record against the references and the attendance records checked before
   * it: references resolve, not repeated, not negative, no speaking without attending.
   *
   * @param index its index among the attendance records, from 0
   * @param record the record
   * @return its problems; empty if it is valid
   */
  public List<Problem> check(int index, Attendance record) {
    rules.checkAttendance(index, record);
    return taken();
  }

  /**
   * Checks one contribution against the references and the contributions checked before it. A
   * repeated id may be reported only by {@link #finish()}.
   *
   * @param index its index among the contributions, from 0
   * @param record the record
   * @return its problems found now; empty if none
   */
  public List<Problem> check(int index, Contribution record) {
    rules.checkContribution(index, record);
    return taken();
  }

  /**
   * Checks one payment against the references and the payments checked before it. A repeated id may
   * be reported only by {@link #finish()}.
   *
   * @param index its index among the payments, from 0
   * @param record the record
   * @return its problems found now; empty if none
   */
  public List<Problem> check(int index, Payment record) {
    rules.checkPayment(index, record);
    return taken();
  }

  /**
   * Checks one survey response against the references and the responses checked before it. A
   * repeated id may be reported only by {@link #finish()}.
   *
   * @param index its index among the survey responses, from 0
   * @param record the record
   * @return its problems found now; empty if none
   */
  public List<Problem> check(int index, SurveyResponse record) {
    rules.checkSurveyResponse(index, record);
    return taken();
  }

  /**
   * The kinds of event that have suspected repeated ids, whose records must all be passed to {@link
   * #confirm} before {@link #finish()}. Empty unless an id hash repeated, which for valid data
   * needs a 64-bit hash collision.
   */
  public Set<RecordKind> toConfirm() {
    return rules.toConfirm();
  }

  /**
   * Takes one record of a kind of {@link #toConfirm()} again, to find the first record with each
   * suspected id. Pass every checked record of the kind, in the order and with the indexes they
   * were checked with.
   *
   * @param kind {@link RecordKind#CONTRIBUTION}, {@link RecordKind#PAYMENT} or {@link
   *     RecordKind#SURVEY_RESPONSE}
   * @param index the record's index among those of its kind
   * @param id the record's id
   */
  public void confirm(RecordKind kind, int index, String id) {
    rules.confirm(kind, index, id);
  }

  /**
   * Reports what needed every event seen: repeated contribution, payment and survey response ids,
   * and decisions adopting contributions that were not checked.
   *
   * @return the problems; empty if none
   * @throws IllegalStateException if a kind of {@link #toConfirm()} was not confirmed
   */
  public List<Problem> finish() {
    rules.finish();
    return taken();
  }

  /** The problems the rules found since the last call, removed from them. */
  private List<Problem> taken() {
    List<Problem> found = rules.problems();
    if (found.isEmpty()) {
      return List.of();
    }
    List<Problem> copy = List.copyOf(found);
    found.clear();
    return copy;
  }
}
