package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.PaidSeats;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DeclineReason;
import dev.copro.model.Participant;
import dev.copro.model.RecordKind;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the sign checks share, computed once per measurement: the bloc's contributions and
 * attendances in scope, which contributions a decision adopted, and who was offered payment for
 * which activity.
 */
final class SignData {

  final EvaluationContext context;
  final Dataset dataset;
  final Parameters parameters;
  /** The bloc as the people it is, for messages: {@code people with lived experience and carers}. */
  final String who;
  /** The bloc's contributions in scope, in dataset order. */
  final List<Contribution> blocContributions = new ArrayList<>();
  /** The bloc's attendances in scope (attended, not merely invited), in dataset order. */
  final List<Attendance> blocAttendances = new ArrayList<>();
  /** The key groups of the {@code keyGroups} parameter, each checked on its own. */
  final List<KeyGroup> keyGroups;
  /** Problems with the parameters, for the measurement's warnings. */
  final List<String> parameterProblems = new ArrayList<>();
  private final Set<String> adoptedByDecision;
  private final PaidSeats paidSeats;

  SignData(EvaluationContext context) {
    this.context = context;
    this.dataset = context.dataset();
    this.parameters = context.parameters();
    this.who = Words.bloc(context.bloc());
    for (Contribution c : context.contributions()) {
      if (context.isBloc(c.participant())) {
        blocContributions.add(c);
      }
    }
    for (Attendance a : context.attendance()) {
      if (a.attended() && context.isBloc(a.participant())) {
        blocAttendances.add(a);
      }
    }
    // A decision outside the scope (a later period) can still have adopted a contribution made in it.
    this.adoptedByDecision = adoptedByAnyDecision(context);
    this.paidSeats = PaidSeats.of(context, parameters.integer(WarningSigns.LATE_PAYMENT_DAYS));
    this.keyGroups = KeyGroup.parse(parameters.strings(WarningSigns.KEY_GROUPS), parameterProblems);
  }

  /** The ids of the contributions any decision of the dataset adopted: one set for the whole evaluation. */
  @SuppressWarnings("unchecked")
  private static Set<String> adoptedByAnyDecision(EvaluationContext context) {
    return context.shared(WarningSigns.ID + "/adopted", Set.class, () -> {
      Set<String> adopted = new HashSet<>();
      for (Decision d : context.dataset().decisions()) {
        adopted.addAll(d.adopts());
      }
      return adopted;
    });
  }

  /** The activity with the given id; the dataset guarantees that every reference resolves. */
  Activity activity(String id) {
    return dataset.activity(id).orElseThrow();
  }

  /** The day a contribution was made: its own date, or else its activity's. */
  LocalDate madeOn(Contribution c) {
    return c.date() != null ? c.date() : activity(c.activity()).date();
  }

  /**
   * Whether the contribution was taken up. Where its initiative records decisions, a decision must
   * have adopted it — or its response says it was adapted, a change too partial for a decision to
   * list; a response that says "adopted" with no decision adopting it is {@linkplain
   * #adoptedInWordsOnly adopted in words only} and does not count. Where the initiative records no
   * decision at all, the response is all there is, and "adopted" or "adapted" counts.
   */
  boolean adopted(Contribution c) {
    if (adoptedByDecision.contains(c.id()) || respondedAs(c, ResponseOutcome.ADAPTED)) {
      return true;
    }
    return !decisionsRecorded(c) && respondedAs(c, ResponseOutcome.ADOPTED);
  }

  /** Whether the response says "adopted" while no decision of its initiative, which records decisions, adopted it. */
  boolean adoptedInWordsOnly(Contribution c) {
    return respondedAs(c, ResponseOutcome.ADOPTED) && !adoptedByDecision.contains(c.id()) && decisionsRecorded(c);
  }

  /** Whether the contribution's initiative records any decision, so that an adoption could be shown. */
  private boolean decisionsRecorded(Contribution c) {
    return !dataset.decisionsOf(activity(c.activity()).initiative()).isEmpty();
  }

  private static boolean respondedAs(Contribution c, ResponseOutcome outcome) {
    return c.response() != null && c.response().outcome() == outcome;
  }

  /** Whether the participant belongs to the key group; unknown ids belong to none. */
  boolean inGroup(KeyGroup group, String participantId) {
    Participant p = dataset.participant(participantId).orElse(null);
    return p != null && group.member().test(p);
  }

  /** References to the bloc's contributions that meet the condition, in reference order. */
  Set<String> blocContributionsWhere(Predicate<Contribution> condition) {
    Set<String> refs = new TreeSet<>();
    for (Contribution c : blocContributions) {
      if (condition.test(c)) {
        refs.add(Finding.ref(RecordKind.CONTRIBUTION, c.id()));
      }
    }
    return refs;
  }

  /** Whether the contribution's response declined it for the given reason. */
  static boolean declinedFor(Contribution c, DeclineReason reason) {
    return c.response() != null && c.response().outcome() == ResponseOutcome.DECLINED
        && c.response().reason() == reason;
  }

  /**
   * Whether the attendee was paid for that activity, and in time: a payment was offered and none of
   * the payments for it is late (see {@link PaidSeats}).
   */
  boolean paidInTime(Attendance a) {
    return paidSeats.paidInTime(a);
  }

  /** Whether any payment was offered to the attendee for that activity, in time or not. */
  boolean offered(Attendance a) {
    return paidSeats.offered(a);
  }

  /** Whether a member of the bloc attended the activity. */
  boolean blocAttended(Activity a) {
    for (Attendance at : dataset.attendanceAt(a.id())) {
      if (at.attended() && context.isBloc(at.participant())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a member of the bloc held a vote of positive weight in the decision. */
  boolean blocHeldVote(Decision d) {
    return d.votes().stream().anyMatch(v -> v.weight() > 0 && context.isBloc(v.participant()));
  }

  /** A share as a percentage with the given number of decimals, such as {@code 33%} or {@code 33.3%}. */
  static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
  }
}
