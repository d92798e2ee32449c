package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.AccessMatch;
import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.PaymentClock;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DeclineReason;
import dev.copro.model.Payment;
import dev.copro.model.RecordKind;
import dev.copro.model.ResponseOutcome;
import dev.copro.spi.Accumulator;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import dev.copro.spi.ScopePositions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The accumulator of the warning signs: what the sign checks need of the event records, kept as
 * counts, flags and bounded evidence indexed by the reference records, so that the signs can be
 * checked over a stream of events too large for memory. Each event is read once, in any order; two
 * accumulators merge by adding counts, or-ing flags and merging evidence ({@link Evidence}). The
 * checks ({@link TimingSigns}, {@link ResponseSigns}, {@link ArrangementSigns}) run in {@link
 * #result()}, over this state and the reference records.
 *
 * <p>What it keeps: per activity, whether it has attendance records, whether the bloc attended and
 * was invited, and whether each key group was invited and present; per initiative, the bloc's ideas
 * and whether one was taken up; per key group, the same of its ideas; per participant, whether an
 * access need of theirs went unmet and whether they were never asked about them; the places
 * (activity and participant) that the bloc and key groups attended, and for each place paid for the
 * first day its payments count as late; the bloc's contributions by the day a response to them fell
 * due, with how many were answered; and for each finding the exact count of the records it cites
 * with the first {@link dev.copro.spi.Finding#MAX_EVIDENCE} of them. Activities and participants
 * are kept by their numbers in the scope ({@link ScopePositions}), so that a slice's state is sized
 * by the slice; who belongs to the bloc or a key group is found once per evaluation ({@link
 * Members}).
 */
final class SignData implements Accumulator {

  /** In {@link #places}: a place with a payment paid late, late whatever the reference date. */
  private static final int LATE_ALREADY = Integer.MIN_VALUE;

  final EvaluationContext context;

  /** The reference records; on the streaming path the dataset holds no events. */
  final Dataset dataset;

  final Parameters parameters;
  final Positions positions;

  /** The numbers of the scope's activities and participants, which index the arrays below. */
  final ScopePositions scope;

  /**
   * The bloc as the people it is, for messages: {@code people with lived experience and carers}.
   */
  final String who;

  /** The key groups of the {@code keyGroups} parameter, each checked on its own. */
  final List<KeyGroup> keyGroups;

  /** Problems with the parameters, for the measurement's warnings. */
  final List<String> parameterProblems = new ArrayList<>();

  /** Who belongs to the bloc and to each key group, over the whole dataset. */
  final Members members;

  private final PlaceKeys placeKeys;
  private final Set<String> adoptedByDecision;
  private final boolean[] decisionsRecorded;
  private final AccessMatch access;
  private final int dueDays;
  private final int lateDays;

  /** How many contributions of anyone were received. */
  long contributions;

  /** How many contributions by the bloc were received. */
  int blocContributions;

  final Evidence declinedAsDecided = new Evidence(RecordKind.CONTRIBUTION);
  final Evidence declinedAsNotFitting = new Evidence(RecordKind.CONTRIBUTION);
  final Evidence undocumented = new Evidence(RecordKind.CONTRIBUTION);

  /**
   * By initiative position: the bloc's proposals and suggestions, whether one was taken up, and
   * which.
   */
  final int[] ideas;

  final boolean[] ideaTakenUp;
  final Evidence[] ideasOf;

  /** By key group: its members' proposals and suggestions, whether one was taken up, and which. */
  final int[] groupIdeas;

  final boolean[] groupIdeaTakenUp;
  final Evidence[] groupIdeasOf;

  /** The bloc's ideas answered "adopted", and those of them adopted in words only. */
  int saidAdopted;

  final Evidence inWordsOnly = new Evidence(RecordKind.CONTRIBUTION);

  /** The bloc's contributions by the day (epoch day) by which a response was due. */
  final TreeMap<Integer, Due> byDeadline = new TreeMap<>();

  /**
   * By activity number in scope: whether it has attendance records, the bloc attended it, the bloc
   * was invited.
   */
  final boolean[] recorded;

  final boolean[] blocAttended;
  final boolean[] blocInvited;

  /**
   * For each key group, by activity number in scope: whether a member was invited, and whether one
   * was present.
   */
  final boolean[][] groupInvited;

  final boolean[][] groupPresent;

  /**
   * The bloc's attendance over the whole dataset, by activity position in the dataset, when the
   * scope is a slice; else null.
   */
  private boolean @Nullable [] wholeBlocAttended;

  /**
   * The places ({@link PlaceKeys}) of members of the bloc or a key group that were attended or
   * offered a payment, with the first epoch day of the reference date on which one of the place's
   * payments counts as late ({@link #LATE_ALREADY} for a payment paid late; {@link
   * Integer#MAX_VALUE} when none can be).
   */
  private final PlaceTable places = new PlaceTable();

  /**
   * Invitations and attendances of people with declared needs, and of people recorded as asked or
   * not.
   */
  int withNeeds;

  int askedOrNot;
  final PlaceEvidence accessUnmet;
  final PlaceEvidence accessNotAsked;

  /**
   * By participant number in scope: an access need of theirs went unmet; they were never asked
   * about their needs.
   */
  final boolean[] affected;

  final boolean[] notAskedPeople;

  SignData(EvaluationContext context) {
    this.context = context;
    this.dataset = context.dataset();
    this.parameters = context.parameters();
    this.positions = Positions.of(context);
    this.scope = context.scopePositions();
    this.access = AccessMatch.of(context);
    this.who = Words.bloc(context.bloc());
    this.keyGroups = KeyGroup.parse(parameters.strings(WarningSigns.KEY_GROUPS), parameterProblems);
    this.dueDays = parameters.integer(WarningSigns.RESPONSE_DUE_DAYS);
    this.lateDays = parameters.integer(WarningSigns.LATE_PAYMENT_DAYS);
    // A decision outside the scope (a later period) can still have adopted a contribution made in
    // it.
    this.adoptedByDecision = adoptedByAnyDecision(context);
    this.members = Members.of(context, positions, keyGroups);
    this.decisionsRecorded = decisionsRecorded(context);
    this.placeKeys = new PlaceKeys(positions, scope);
    this.accessUnmet = new PlaceEvidence(placeKeys);
    this.accessNotAsked = new PlaceEvidence(placeKeys);
    int participants = scope.participantCount();
    int activities = scope.activityCount();
    int initiatives = positions.initiatives();
    int groups = keyGroups.size();
    ideas = new int[initiatives];
    ideaTakenUp = new boolean[initiatives];
    ideasOf = new Evidence[initiatives];
    groupIdeas = new int[groups];
    groupIdeaTakenUp = new boolean[groups];
    groupIdeasOf = new Evidence[groups];
    for (int g = 0; g < groups; g++) {
      groupIdeasOf[g] = new Evidence(RecordKind.CONTRIBUTION);
    }
    recorded = new boolean[activities];
    blocAttended = new boolean[activities];
    blocInvited = new boolean[activities];
    groupInvited = new boolean[groups][activities];
    groupPresent = new boolean[groups][activities];
    affected = new boolean[participants];
    notAskedPeople = new boolean[participants];
  }

  /**
   * The ids of the contributions any decision of the dataset adopted: one set for the whole
   * evaluation.
   */
  @SuppressWarnings("unchecked")
  private static Set<String> adoptedByAnyDecision(EvaluationContext context) {
    return context.shared(
        WarningSigns.ID + "/adopted",
        Set.class,
        () -> {
          Set<String> adopted = new HashSet<>();
          for (Decision d : context.dataset().decisions()) {
            adopted.addAll(d.adopts());
          }
          return adopted;
        });
  }

  /**
   * By initiative position: whether the initiative records decisions; one array for the whole
   * evaluation.
   */
  private static boolean[] decisionsRecorded(EvaluationContext context) {
    Dataset dataset = context.dataset();
    return context.shared(
        WarningSigns.ID + "/decisions-recorded",
        boolean[].class,
        () -> {
          boolean[] recorded = new boolean[dataset.initiatives().size()];
          for (int i = 0; i < recorded.length; i++) {
            recorded[i] = !dataset.decisionsOf(dataset.initiatives().get(i).id()).isEmpty();
          }
          return recorded;
        });
  }

  @Override
  public void accept(EventBatch batch) {
    // Room for the places of the batch's attendance by the bloc and key groups, made at once.
    int attendedPlaces = 0;
    for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
      int p = batch.attendanceParticipant(i);
      attendedPlaces += p >= 0 && members.blocOrGroup(p) ? 1 : 0;
    }
    places.reserve(attendedPlaces);
    for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
      attendance(batch.attendance(i), batch.attendanceActivity(i), batch.attendanceParticipant(i));
    }
    for (int i = 0, n = batch.contributionCount(); i < n; i++) {
      contribution(
          batch.contribution(i), batch.contributionActivity(i), batch.contributionParticipant(i));
    }
    for (int i = 0, n = batch.paymentCount(); i < n; i++) {
      payment(batch.payment(i), batch.paymentActivity(i), batch.paymentParticipant(i));
    }
  }

  @Override
  public void attendance(Attendance a) {
    attendance(a, positions.activity(a.activity()), positions.participant(a.participant()));
  }

  /**
   * Takes in an attendance whose activity and participant are at the given positions in the
   * dataset.
   */
  private void attendance(Attendance a, int activity, int p) {
    // A built Dataset has resolved every attendance's activity and participant, and the scope
    // numbers every position its events refer to, so the lookups cannot miss.
    int inScope = scope.activity(activity);
    recorded[inScope] = true;
    if (p < 0) {
      return;
    }
    boolean bloc = positions.isBloc(p);
    blocAttended[inScope] |= bloc && a.attended();
    blocInvited[inScope] |= bloc && a.invited();
    if (members.blocOrGroup(p)) {
      for (int g = 0; g < groupInvited.length; g++) {
        if (members.member(g, p)) {
          groupInvited[g][inScope] |= a.invited();
          groupPresent[g][inScope] |= a.attended();
        }
      }
      if (a.attended()) {
        places.attend(placeKeys.key(inScope, scope.participant(p)));
      }
    }
    if (a.invited() || a.attended()) {
      access(a, p, activity);
    }
  }

  /**
   * What the access-ignored sign counts of an invitation or attendance, at the given positions in
   * the dataset.
   */
  private void access(Attendance a, int p, int activity) {
    Boolean asked = positions.participantAt(p).accessNeedsAsked();
    boolean notAsked = asked != null && !asked;
    askedOrNot += asked != null ? 1 : 0;
    boolean unmet = access.declaredKinds(p) != 0;
    withNeeds += unmet ? 1 : 0;
    unmet = unmet && access.unmetKinds(p, activity) != 0;
    if (!notAsked && !unmet) {
      return;
    }
    int person = scope.participant(p);
    long place = placeKeys.key(scope.activity(activity), person);
    if (notAsked) {
      accessNotAsked.add(place);
      notAskedPeople[person] = true;
    }
    if (unmet) {
      accessUnmet.add(place);
      affected[person] = true;
    }
  }

  @Override
  public void contribution(Contribution c) {
    contribution(c, positions.activity(c.activity()), positions.participant(c.participant()));
  }

  /** Takes in a contribution whose activity and participant are at the given positions. */
  private void contribution(Contribution c, int activity, int p) {
    contributions++;
    if (p < 0) {
      return;
    }
    boolean idea = c.kind() == ContributionKind.PROPOSAL || c.kind() == ContributionKind.SUGGESTION;
    int initiative = positions.initiativeOf(activity);
    boolean takenUp = idea && adopted(c, initiative);
    for (int g = 0; g < groupIdeas.length; g++) {
      if (idea && members.member(g, p)) {
        groupIdeas[g]++;
        groupIdeaTakenUp[g] |= takenUp;
        groupIdeasOf[g].add(c.id());
      }
    }
    if (!positions.isBloc(p)) {
      return;
    }
    blocContributions++;
    if (declinedFor(c, DeclineReason.ALREADY_DECIDED)) {
      declinedAsDecided.add(c.id());
    }
    if (declinedFor(c, DeclineReason.DOES_NOT_FIT_CURRENT_MODEL)) {
      declinedAsNotFitting.add(c.id());
    }
    if (!c.documented()) {
      undocumented.add(c.id());
    }
    if (idea) {
      ideas[initiative]++;
      ideaTakenUp[initiative] |= takenUp;
      ideasOf(initiative).add(c.id());
      if (respondedAs(c, ResponseOutcome.ADOPTED)) {
        saidAdopted++;
        if (!adoptedByDecision.contains(c.id()) && decisionsRecorded[initiative]) {
          inWordsOnly.add(c.id());
        }
      }
    }
    // The day it was made: its own date, or else its activity's.
    int madeOn =
        c.date() != null ? Math.toIntExact(c.date().toEpochDay()) : positions.activityDay(activity);
    int deadline = madeOn + dueDays;
    Due due = byDeadline.computeIfAbsent(deadline, k -> new Due());
    due.made++;
    due.answered += c.response() != null ? 1 : 0;
    if (c.response() == null || c.response().date().toEpochDay() > deadline) {
      due.unanswered.add(c.id());
    }
  }

  private Evidence ideasOf(int initiative) {
    if (ideasOf[initiative] == null) {
      ideasOf[initiative] = new Evidence(RecordKind.CONTRIBUTION);
    }
    return ideasOf[initiative];
  }

  @Override
  public void payment(Payment pay) {
    if (pay.activity() != null) {
      payment(pay, positions.activity(pay.activity()), positions.participant(pay.participant()));
    }
  }

  /**
   * Takes in a payment whose activity (absent for none) and participant are at the given positions
   * in the dataset.
   */
  private void payment(Payment pay, int activity, int p) {
    if (p < 0 || activity < 0 || !members.blocOrGroup(p)) {
      return;
    }
    int late =
        pay.paid() != null
            ? PaymentClock.late(pay, lateDays, pay.paid()) ? LATE_ALREADY : Integer.MAX_VALUE
            : Math.toIntExact(PaymentClock.lateFrom(pay, lateDays));
    places.pay(placeKeys.key(scope.activity(activity), scope.participant(p)), late);
  }

  @Override
  public void merge(Accumulator other) {
    SignData o = (SignData) other;
    contributions += o.contributions;
    blocContributions += o.blocContributions;
    declinedAsDecided.addAll(o.declinedAsDecided);
    declinedAsNotFitting.addAll(o.declinedAsNotFitting);
    undocumented.addAll(o.undocumented);
    for (int i = 0; i < ideas.length; i++) {
      ideas[i] += o.ideas[i];
      ideaTakenUp[i] |= o.ideaTakenUp[i];
      if (o.ideasOf[i] != null) {
        ideasOf(i).addAll(o.ideasOf[i]);
      }
    }
    for (int g = 0; g < groupIdeas.length; g++) {
      groupIdeas[g] += o.groupIdeas[g];
      groupIdeaTakenUp[g] |= o.groupIdeaTakenUp[g];
      groupIdeasOf[g].addAll(o.groupIdeasOf[g]);
      or(groupInvited[g], o.groupInvited[g]);
      or(groupPresent[g], o.groupPresent[g]);
    }
    saidAdopted += o.saidAdopted;
    inWordsOnly.addAll(o.inWordsOnly);
    o.byDeadline.forEach((day, due) -> byDeadline.computeIfAbsent(day, k -> new Due()).addAll(due));
    or(recorded, o.recorded);
    or(blocAttended, o.blocAttended);
    or(blocInvited, o.blocInvited);
    places.addAll(o.places);
    withNeeds += o.withNeeds;
    askedOrNot += o.askedOrNot;
    accessUnmet.addAll(o.accessUnmet);
    accessNotAsked.addAll(o.accessNotAsked);
    or(affected, o.affected);
    or(notAskedPeople, o.notAskedPeople);
  }

  private static void or(boolean[] into, boolean[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] |= from[i];
    }
  }

  /**
   * Judges the bloc's first involvement in each initiative by its attendance over the whole dataset
   * rather than the events received: for a slice, whose events are only part of each initiative's
   * record (see {@link WarningSigns#measure(EvaluationContext)}).
   */
  void wholeRecord(boolean[] blocAttendedAnywhere) {
    this.wholeBlocAttended = blocAttendedAnywhere;
  }

  /**
   * Judges the rubber-stamp sign by the bloc's attendance over the whole dataset, which {@code
   * whole} received (over the whole dataset the scope's numbering is the dataset's, so its array is
   * by dataset position): in a slice of an evaluation whose events are split into parts, where
   * {@link WarningSigns#measure(EvaluationContext)} cannot read it from the dataset.
   */
  @Override
  public void wholeRecord(Accumulator whole) {
    wholeRecord(((SignData) whole).blocAttended);
  }

  /**
   * Whether the bloc attended the activity at a position in the dataset, over each initiative's
   * whole record.
   */
  boolean blocAttendedEver(int activity) {
    return wholeBlocAttended != null ? wholeBlocAttended[activity] : blocAttended(activity);
  }

  /**
   * Whether the bloc attended the activity at a position in the dataset, in the events received.
   */
  boolean blocAttended(int activity) {
    int inScope = scope.activity(activity);
    return inScope >= 0 && blocAttended[inScope];
  }

  /** The activity with the given number in scope. */
  Activity activityAt(int inScope) {
    return positions.activityAt(scope.activityAt(inScope));
  }

  /** Checks the ten signs over what was received; see {@link WarningSigns#measure(SignData)}. */
  @Override
  public Measurement result() {
    return WarningSigns.measure(this);
  }

  /**
   * Whether the contribution was taken up. Where its initiative records decisions, a decision must
   * have adopted it — or its response says it was adapted, a change too partial for a decision to
   * list; a response that says "adopted" with no decision adopting it is adopted in words only and
   * does not count. Where the initiative records no decision at all, the response is all there is,
   * and "adopted" or "adapted" counts.
   */
  private boolean adopted(Contribution c, int initiative) {
    if (respondedAs(c, ResponseOutcome.ADAPTED) || adoptedByDecision.contains(c.id())) {
      return true;
    }
    return !decisionsRecorded[initiative] && respondedAs(c, ResponseOutcome.ADOPTED);
  }

  private static boolean respondedAs(Contribution c, ResponseOutcome outcome) {
    return c.response() != null && c.response().outcome() == outcome;
  }

  /** Whether the contribution's response declined it for the given reason. */
  private static boolean declinedFor(Contribution c, DeclineReason reason) {
    return c.response() != null
        && c.response().outcome() == ResponseOutcome.DECLINED
        && c.response().reason() == reason;
  }

  /**
   * The attended places of the bloc ({@code group} -1) or of a key group, and those of them not
   * paid in time: no payment was offered, or one of its payments is late at {@code asOf} (see
   * {@link PaymentClock}).
   */
  Unpaid unpaid(int group, LocalDate asOf) {
    long day = asOf.toEpochDay();
    int attended = 0;
    int notOffered = 0;
    PlaceEvidence unpaid = new PlaceEvidence(placeKeys);
    for (int slot = 0, n = places.slots(); slot < n; slot++) {
      if (!places.attended(slot)) {
        continue;
      }
      long place = places.place(slot);
      int p = scope.participantAt(placeKeys.participant(place));
      if (group < 0 ? positions.isBloc(p) : members.member(group, p)) {
        attended++;
        int late = places.lateFrom(slot);
        boolean offered = late != PlaceTable.NOT_OFFERED;
        if (!offered || day >= late) {
          unpaid.add(place);
          notOffered += offered ? 0 : 1;
        }
      }
    }
    return new Unpaid(attended, notOffered, unpaid.evidence());
  }

  /**
   * The attended places of the bloc or a key group and those not paid in time.
   *
   * @param attended how many places were attended
   * @param notOffered how many of them had no payment offered
   * @param unpaid the attendances not paid in time: no payment offered, or one paid late or overdue
   */
  record Unpaid(int attended, int notOffered, Evidence unpaid) {}

  /** The id of the initiative at a position. */
  String initiativeId(int initiative) {
    return dataset.initiatives().get(initiative).id();
  }

  /**
   * The contributions by the bloc whose response fell due on each day, and how many were answered.
   */
  static final class Due {
    int made;
    int answered;

    /** Those with no response by the day it fell due. */
    final Evidence unanswered = new Evidence(RecordKind.CONTRIBUTION);

    void addAll(Due other) {
      made += other.made;
      answered += other.answered;
      unanswered.addAll(other.unanswered);
    }
  }

  /** The bloc's contributions due a response by {@code asOf}, and the others, by deadline day. */
  Map<Integer, Due> dueBy(LocalDate asOf, boolean due) {
    int day = Math.toIntExact(asOf.toEpochDay());
    return due ? byDeadline.headMap(day, true) : byDeadline.tailMap(day, false);
  }

  /**
   * A share as a percentage with the given number of decimals, such as {@code 33%} or {@code
   * 33.3%}.
   */
  static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
  }
}
