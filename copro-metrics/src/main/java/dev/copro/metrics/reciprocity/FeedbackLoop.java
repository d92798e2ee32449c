package dev.copro.metrics.reciprocity;

import dev.copro.metrics.support.FirstEvidence;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.Words;
import dev.copro.model.Contribution;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code copro.reciprocity.feedback-loop}: the share of the lived-experience bloc's contributions
 * that got a documented response — closing the loop, so that people hear what became of their ideas
 * (SCIE Guide 51; UK Standards for Public Involvement, communications and impact). "Consulted and
 * never heard of again" is one of the warning signs of tokenism.
 *
 * <p>A contribution is answered when it has a {@link dev.copro.model.Response}, whatever its
 * outcome (a response that reports no outcome still closes the loop). Unanswered contributions
 * raised no more than {@code responseDueDays} before the reference date are not yet due: they are
 * left out of the share (and counted in a warning) so that recent meetings do not count against an
 * organisation before it could reply. The value is answered ÷ (answered + unanswered and due).
 * Component {@code medianDaysToResponse}: median days from the day a contribution was raised (its
 * own date, or else its activity's) to the response. Finding {@code no-feedback} lists the overdue
 * contributions, the oldest first (by the day raised, then by id).
 *
 * <p>Streams: which unanswered contributions are overdue depends on the reference date, which
 * (unless configured) is known only after the last event, so it keeps the unanswered contributions'
 * counts by the day they were raised (and by participant, for breakdowns), the answered ones' by
 * day raised and by days to the response, and the oldest unanswered ones that the finding can list:
 * the overdue ones are the oldest, so the first it lists are among those kept.
 *
 * @since 0.1.0
 */
public final class FeedbackLoop implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.reciprocity.feedback-loop";

  private static final String DUE_DAYS = "responseDueDays";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Feedback loop")
          .description(
              "Share of the lived-experience bloc's proposals, suggestions, concerns and stories that got a "
                  + "documented response telling the person what became of them, with the median days to a response. "
                  + "SCIE Guide 51: people should hear what happened to their ideas; 'consulted and never heard of "
                  + "again' is a warning sign of tokenism.")
          .summary(
              "The share of contributions by people with lived experience and carers that got a "
                  + "recorded response saying what became of them, from 0% to 100%.")
          .goodLooksLike(
              "Nearly everyone hears back about what became of what they said, within two months.")
          .principles(Principle.RECIPROCITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.integer(
                  DUE_DAYS,
                  60,
                  1,
                  730,
                  "Days after a contribution was raised by which a response is due; unanswered contributions younger than "
                      + "this are not yet counted."))
          .thresholds(Thresholds.higherIsBetter(0.90, 0.70))
          .references(
              "SCIE (2013, updated 2022) Co-production in social care: what it is and how to do it. SCIE Guide 51.",
              "NIHR et al. (2019) UK Standards for Public Involvement: communications; impact.",
              "Mathie E. et al. (2018) Reciprocal relationships and the importance of feedback in patient and public "
                  + "involvement: a mixed methods study. Health Expectations 21(5):899-908.")
          .build();

  /** Creates the metric; it keeps no state. */
  public FeedbackLoop() {}

  /** The constant descriptor of {@code copro.reciprocity.feedback-loop}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the bloc's contributions: counts by the day they were raised, answered or
   * not.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Loop(context);
  }

  /**
   * An unanswered bloc contribution that may be cited as overdue: the day it was raised and its id.
   * The finding lists the oldest first, then by id (the order of their references).
   */
  /**
   * Ordered oldest first, then by id: a record's own order rather than a comparator, so that an
   * accumulator holding them can be moved between machines (copro-spark), where a lambda cannot.
   */
  private record Unanswered(long day, String id) implements Comparable<Unanswered> {
    @Override
    public int compareTo(Unanswered other) {
      int by = Long.compare(day, other.day);
      return by != 0 ? by : id.compareTo(other.id);
    }
  }

  /**
   * The bloc's contributions in scope: how many; the answered ones per participant and by the day
   * they were raised, and their days to a response; the unanswered ones by the day they were raised
   * (per participant too, when there are breakdowns); and the oldest {@link Finding#MAX_EVIDENCE}
   * unanswered ones, the candidates for the {@code no-feedback} finding. Which unanswered ones are
   * overdue is decided in {@link #result()}, once the reference date is known.
   */
  private static final class Loop implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final boolean byParticipant;

    /** By participant in scope: answered contributions. */
    private final int[] answered;

    private final DayCounts answeredRaised = new DayCounts();
    private final DayCounts unansweredRaised = new DayCounts();
    private final DayCounts daysToResponse = new DayCounts();

    /** Unanswered contributions by participant in scope and day raised, packed by {@link #key}. */
    private final LongIntMap unansweredByParticipant = new LongIntMap();

    private final FirstEvidence<Unanswered> oldest = new FirstEvidence<>(Comparator.naturalOrder());
    private int bloc;

    Loop(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      this.byParticipant = !context.dimensions().isEmpty();
      this.answered = new int[scope.participantCount()];
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.contributionCount(); i < n; i++) {
        contribution(
            batch.contribution(i), batch.contributionActivity(i), batch.contributionParticipant(i));
      }
    }

    @Override
    public void contribution(Contribution c) {
      // A built Dataset has resolved every contribution's activity, so the lookup cannot miss.
      contribution(c, positions.activity(c.activity()), positions.participant(c.participant()));
    }

    /**
     * Takes in a contribution whose activity and participant are at the given dataset positions.
     */
    private void contribution(Contribution c, int activity, int p) {
      if (p < 0 || !positions.isBloc(p)) {
        return;
      }
      bloc++;
      long raised = c.date() != null ? c.date().toEpochDay() : positions.activityDay(activity);
      if (c.response() != null) {
        answered[scope.participant(p)]++;
        answeredRaised.add(raised);
        daysToResponse.add(c.response().date().toEpochDay() - raised);
      } else {
        unansweredRaised.add(raised);
        if (byParticipant) {
          unansweredByParticipant.add(key(scope.participant(p), raised), 1);
        }
        oldest.offer(new Unanswered(raised, c.id()));
      }
    }

    private static long key(int participant, long day) {
      return (long) participant << 32 | day + (1L << 31);
    }

    @Override
    public void merge(Accumulator other) {
      Loop o = (Loop) other;
      for (int p = 0; p < answered.length; p++) {
        answered[p] += o.answered[p];
      }
      answeredRaised.addAll(o.answeredRaised);
      unansweredRaised.addAll(o.unansweredRaised);
      daysToResponse.addAll(o.daysToResponse);
      unansweredByParticipant.addAll(o.unansweredByParticipant);
      oldest.offerAll(o.oldest);
      bloc += o.bloc;
    }

    @Override
    public Measurement result() {
      int dueDays = context.parameters().integer(DUE_DAYS);
      LocalDate asOf = context.referenceDate();
      // Raised before this day: more than dueDays days before the reference date, so due a
      // response.
      long dueBefore = asOf.toEpochDay() - dueDays;
      long overdue = unansweredRaised.before(dueBefore);
      long pending = unansweredRaised.total() - overdue;
      long recent = pending + answeredRaised.total() - answeredRaised.before(dueBefore);
      long counted = answeredRaised.total() + overdue;
      String who = Words.bloc(context.bloc());
      if (bloc == 0) {
        return Measurement.noValue(who + " made no contributions in scope");
      }
      if (counted == 0) {
        return Measurement.builderWithoutValue(
                (bloc == 1 ? "the one contribution" : "none of the " + bloc + " contributions")
                    + " by "
                    + who
                    + " in scope has a response yet, and "
                    + (bloc == 1 ? "it is not" : "none is")
                    + " more than "
                    + dueDays
                    + " days old, so no response is due yet")
            .warning(
                Plural.of(pending, "contribution", "contributions")
                    + " by "
                    + who
                    + " "
                    + Plural.word(pending, "is", "are")
                    + " waiting for a response that is not due yet.")
            .build();
      }

      Measurement.Builder result =
          Measurement.of((double) answeredRaised.total() / counted, counted);
      if (daysToResponse.total() > 0) {
        result.component("medianDaysToResponse", daysToResponse.median());
      }
      result.breakdowns(
          context.breakdowns(counts(dueBefore), Counts::participant, FeedbackLoop::answeredShare));
      if (overdue > 0) {
        List<String> evidence =
            oldest.leading(u -> u.day() < dueBefore).stream()
                .map(u -> Finding.ref(RecordKind.CONTRIBUTION, u.id()))
                .toList();
        result.finding(
            new Finding(
                "no-feedback",
                Severity.MEDIUM,
                Words.capitalised(Plural.ofAll(overdue, counted, "contribution", "contributions"))
                    + " by "
                    + who
                    + " that were due a response "
                    + "had none recorded on "
                    + asOf
                    + ", more than "
                    + dueDays
                    + " days after "
                    + Plural.word(overdue, "it was", "they were")
                    + " raised.",
                evidence,
                overdue - evidence.size()));
      }
      if (pending > 0) {
        // Said against all the recent contributions, so that it reconciles with the no-feedback
        // warning sign,
        // which leaves out every recent contribution, answered or not.
        String waiting =
            Plural.word(pending, "has", "have")
                + " no response yet, so "
                + Plural.word(pending, "it is", "they are")
                + " not due one and "
                + Plural.word(pending, "is", "are")
                + " left out";
        result.warning(
            pending == recent
                ? Plural.of(pending, "contribution", "contributions")
                    + " by "
                    + who
                    + " raised "
                    + dueDays
                    + " days or "
                    + "less before "
                    + asOf
                    + " "
                    + waiting
                    + "."
                : "Of the "
                    + recent
                    + " contributions by "
                    + who
                    + " raised "
                    + dueDays
                    + " days or less before "
                    + asOf
                    + ", "
                    + pending
                    + " "
                    + waiting
                    + "; the other "
                    + (recent - pending)
                    + " already "
                    + Plural.word(
                        recent - pending, "has a response and counts", "have a response and count")
                    + ".");
      }
      return result.build();
    }

    /**
     * Per bloc participant with a counted contribution: how many were answered, and how many are
     * overdue.
     */
    private List<Counts> counts(long dueBefore) {
      List<Counts> counts = new ArrayList<>();
      if (!byParticipant) {
        return counts;
      }
      int[] overdue = new int[answered.length];
      for (long key : unansweredByParticipant.sortedKeys()) {
        if ((key & 0xFFFF_FFFFL) - (1L << 31) < dueBefore) {
          overdue[(int) (key >>> 32)] += unansweredByParticipant.get(key, 0);
        }
      }
      for (int p = 0; p < answered.length; p++) {
        if (answered[p] + overdue[p] > 0) {
          counts.add(
              new Counts(
                  positions.participantAt(scope.participantAt(p)).id(), answered[p], overdue[p]));
        }
      }
      return counts;
    }
  }

  /** A participant's answered and overdue contributions, the units of the breakdowns. */
  private record Counts(String participant, int answered, int overdue) {}

  private static double answeredShare(List<Counts> counts) {
    long answered = 0;
    long counted = 0;
    for (Counts c : counts) {
      answered += c.answered();
      counted += c.answered() + c.overdue();
    }
    return (double) answered / counted;
  }
}
