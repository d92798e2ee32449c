package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.model.Attendance;
import dev.copro.model.Principle;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.Arrays;
import java.util.List;

/**
 * {@code copro.tokenism.warning-signs}: how many of the ten warning signs of tokenism, as people
 * who took part describe them, the records show — each with the evidence that triggered it.
 *
 * <ol>
 *   <li>{@code rubber-stamp}: not involved until the end;
 *   <li>{@code already-decided}: the solution was already decided;
 *   <li>{@code does-not-fit-model}: suggestions rejected because they do not fit the current model;
 *   <li>{@code ideas-not-used}: listened to, but none of it appears in the final service;
 *   <li>{@code no-feedback}: consulted and never heard of again;
 *   <li>{@code not-paid}: no travel expenses, let alone an attendance fee;
 *   <li>{@code poor-arrangements}: two days' notice, impossible times, no lunch;
 *   <li>{@code access-ignored}: the venue ignored physical access or sensory needs;
 *   <li>{@code stakeholders-missing}: key stakeholders not present or not even invited;
 *   <li>{@code comments-not-documented}: key comments not documented.
 * </ol>
 *
 * <p>The value is the number of signs detected, 0 to 10 (lower is better), resting on the number of
 * signs the data allowed to be assessed. Components: one 0/1 per sign (lowerCamelCase of its code)
 * and {@code signsAssessed}. A detected sign is a finding with its code, severity, a message with
 * counts and the references of the records behind it; a sign that could not be assessed is 0 and
 * gets a warning saying why. The detection rules and their thresholds are documented on each sign's
 * check and in docs/metrics.md (copro.tokenism.warning-signs).
 *
 * <p>Streams: its accumulator ({@link SignData}) keeps counts and flags per activity, initiative,
 * participant and key group, the places attended by the bloc and key groups with when their
 * payments count as late, the bloc's contributions by the day a response fell due, and for each
 * finding an exact count of the records it cites with the first {@link
 * dev.copro.spi.Finding#MAX_EVIDENCE} of them; the signs that depend on the reference date (no
 * feedback, not paid) are decided from that state in the result.
 *
 * @since 0.1.0
 */
public final class WarningSigns implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.tokenism.warning-signs";

  /** The name of the component counting the signs that could be assessed. */
  public static final String SIGNS_ASSESSED = "signsAssessed";

  static final String MIN_DECISIONS_BEFORE_SHARE = "minDecisionsBeforeShare";
  static final String MIN_ALREADY_DECIDED = "minAlreadyDecided";
  static final String MIN_DOES_NOT_FIT = "minDoesNotFit";
  static final String MIN_IDEAS = "minIdeas";
  static final String RESPONSE_DUE_DAYS = "responseDueDays";
  static final String MAX_NO_FEEDBACK_SHARE = "maxNoFeedbackShare";
  static final String MAX_UNPAID_SHARE = "maxUnpaidShare";
  static final String LATE_PAYMENT_DAYS = "latePaymentDays";
  static final String KEY_GROUPS = "keyGroups";
  static final String MIN_KEY_GROUP_INVITED_SHARE = "minKeyGroupInvitedShare";
  static final String MIN_ACCESS_NOT_ASKED = "minAccessNotAsked";
  static final String MAX_ADOPTED_IN_WORDS_SHARE = "maxAdoptedInWordsShare";
  static final String MIN_NOTICE_DAYS = "minNoticeDays";
  static final String EARLIEST_START_MINUTES = "earliestStartMinutes";
  static final String LATEST_START_MINUTES = "latestStartMinutes";
  static final String LONG_SESSION_MINUTES = "longSessionMinutes";
  static final String MIN_POOR_ARRANGEMENTS = "minPoorArrangements";
  static final String MIN_ACCESS_IGNORED = "minAccessIgnored";
  static final String DECISION_SPACE_TYPES = "decisionSpaceTypes";
  static final String MIN_STAKEHOLDERS_MISSING = "minStakeholdersMissing";
  static final String MAX_UNDOCUMENTED_SHARE = "maxUndocumentedShare";

  private static final int MANY = 1_000_000;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Warning signs of tokenism")
          .description(
              "How many of the ten warning signs of tokenism named by people who took part in "
                  + "'co-production' the records show: not involved until the end (rubber-stamp); the solution already "
                  + "decided; suggestions rejected as not fitting the current model; listened to but none of it used; "
                  + "consulted and never heard of again; no expenses, let alone a fee; two days' notice, impossible "
                  + "times, no lunch; access needs ignored; key stakeholders not invited; key comments not documented. "
                  + "Each detected sign comes with the records behind it. Lower is better.")
          .summary(
              "The number of the ten warning signs of tokenism that the records show, from 0 to 10.")
          .goodLooksLike(
              "None: no sign that people were brought in late, ignored, unpaid, badly supported or left "
                  + "out.")
          .principles(
              Principle.EQUALITY,
              Principle.DIVERSITY,
              Principle.ACCESSIBILITY,
              Principle.RECIPROCITY)
          .unit(Unit.COUNT)
          .range(ValueRange.of(0, WarningSign.values().length))
          .parameters(
              ParameterSpec.decimal(
                  MIN_DECISIONS_BEFORE_SHARE,
                  0.5,
                  0.01,
                  1,
                  "rubber-stamp: raised when this share of an initiative's decisions or more (half, by default) was "
                      + "taken before the bloc's first involvement."),
              ParameterSpec.integer(
                  MIN_ALREADY_DECIDED,
                  1,
                  1,
                  MANY,
                  "already-decided: raised at this many decisions consulted on only afterwards and bloc contributions "
                      + "declined as already decided, together."),
              ParameterSpec.integer(
                  MIN_DOES_NOT_FIT,
                  2,
                  1,
                  MANY,
                  "does-not-fit-model: raised at this many bloc contributions declined as not fitting the current "
                      + "model."),
              ParameterSpec.integer(
                  MIN_IDEAS,
                  3,
                  1,
                  MANY,
                  "ideas-not-used: an initiative counts when the bloc made at least this many proposals and "
                      + "suggestions in it and none was adopted or adapted."),
              ParameterSpec.decimal(
                  MAX_ADOPTED_IN_WORDS_SHARE,
                  0.5,
                  0,
                  1,
                  "ideas-not-used: the finding adopted-in-words-only is raised when more than this share of the bloc's "
                      + "ideas answered 'adopted' are in no decision of an initiative that records decisions."),
              ParameterSpec.integer(
                  RESPONSE_DUE_DAYS,
                  60,
                  0,
                  3650,
                  "no-feedback: days within which a contribution should get a response."),
              ParameterSpec.decimal(
                  MAX_NO_FEEDBACK_SHARE,
                  0.25,
                  0,
                  1,
                  "no-feedback: raised when more than this share of the bloc's contributions due a response had none "
                      + "in time."),
              ParameterSpec.decimal(
                  MAX_UNPAID_SHARE,
                  0.2,
                  0,
                  1,
                  "not-paid: raised when more than this share of the bloc's attendances - or of a key group's - was "
                      + "not paid in time (no payment offered, or a payment late or overdue)."),
              ParameterSpec.integer(
                  LATE_PAYMENT_DAYS,
                  30,
                  0,
                  365,
                  "not-paid: days after a claim (or, where no claim was recorded, after the offer) beyond which a "
                      + "payment is late; the same rule as copro.reciprocity.payment."),
              ParameterSpec.strings(
                  KEY_GROUPS,
                  List.of("lived-experience", "carer"),
                  "key stakeholder groups checked one by one for invitation, presence, payment and take-up of their "
                      + "ideas: perspective codes (carer) or attribute=value (age-band=16-24)."),
              ParameterSpec.decimal(
                  MIN_KEY_GROUP_INVITED_SHARE,
                  0.5,
                  0,
                  1,
                  "stakeholders-missing: raised when a key group was invited to fewer than this share of the "
                      + "decision-making activities (half, by default)."),
              ParameterSpec.integer(
                  MIN_NOTICE_DAYS,
                  7,
                  0,
                  365,
                  "poor-arrangements: activities with fewer days' notice than this are poorly arranged."),
              ParameterSpec.integer(
                  EARLIEST_START_MINUTES,
                  570,
                  0,
                  1440,
                  "poor-arrangements: activities starting before this time, in minutes after midnight (570 = 09:30), "
                      + "are at impossible times."),
              ParameterSpec.integer(
                  LATEST_START_MINUTES,
                  1020,
                  0,
                  1440,
                  "poor-arrangements: activities starting at or after this time, in minutes after midnight "
                      + "(1020 = 17:00), are at impossible times."),
              ParameterSpec.integer(
                  LONG_SESSION_MINUTES,
                  240,
                  1,
                  1440,
                  "poor-arrangements: activities lasting this many minutes or more need refreshments."),
              ParameterSpec.integer(
                  MIN_POOR_ARRANGEMENTS,
                  1,
                  1,
                  MANY,
                  "poor-arrangements: raised at this many poorly arranged activities attended by the bloc."),
              ParameterSpec.integer(
                  MIN_ACCESS_IGNORED,
                  1,
                  1,
                  MANY,
                  "access-ignored: raised at this many invitations or attendances whose declared access needs the "
                      + "activity did not offer."),
              ParameterSpec.integer(
                  MIN_ACCESS_NOT_ASKED,
                  1,
                  1,
                  MANY,
                  "access-ignored: raised at this many invitations or attendances of people recorded as never asked "
                      + "about their access needs."),
              ParameterSpec.strings(
                  DECISION_SPACE_TYPES,
                  List.of("board", "panel", "co-design", "workshop"),
                  "stakeholders-missing: the activity types (codes) to which the bloc should always be invited."),
              ParameterSpec.integer(
                  MIN_STAKEHOLDERS_MISSING,
                  1,
                  1,
                  MANY,
                  "stakeholders-missing: raised at this many such activities with no bloc member invited."),
              ParameterSpec.decimal(
                  MAX_UNDOCUMENTED_SHARE,
                  0.1,
                  0,
                  1,
                  "comments-not-documented: raised when more than this share of the bloc's contributions was not "
                      + "documented."))
          .thresholds(Thresholds.lowerIsBetter(0, 2))
          .references(
              References.warningSigns("all ten warning signs"),
              References.SCIE_GUIDE_51,
              References.TLAP_LADDER,
              "NIHR (2022) Payment guidance for researchers and professionals.",
              References.UK_STANDARDS)
          .build();

  /** Creates the metric; it keeps no state. */
  public WarningSigns() {}

  /** The constant descriptor of {@code copro.tokenism.warning-signs}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of what the ten signs need of the events. The measurement — no value when the
   * scope holds no activities, contributions or decisions, or when none of the signs could be
   * assessed — is made from it in {@link Accumulator#result()}, where the reference date is read.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new SignData(context);
  }

  /**
   * Checks the ten warning signs over the records in scope: the scope's events go to a new
   * accumulator, as by default, and the bloc's first involvement in each initiative (rubber-stamp)
   * is judged by the initiative's whole record, the bloc's attendance over the whole dataset, found
   * once per evaluation: a period slice must not mistake a later quarter for the initiative's
   * start. For the whole dataset that is what the accumulator received, and nothing more is read.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    // Found before the shared value, whose computation must not itself ask for a shared value.
    Positions positions = Positions.of(context);
    SignData data = new SignData(context);
    data.accept(context.events());
    if (data.scope.isWhole()) {
      return data.result();
    }
    data.wholeRecord(
        context.shared(
            ID + "/bloc-attended",
            boolean[].class,
            () -> {
              boolean[] attended = new boolean[positions.activities()];
              for (Attendance a : context.dataset().attendance()) {
                int p = positions.participant(a.participant());
                if (a.attended() && p >= 0 && positions.isBloc(p)) {
                  attended[positions.activity(a.activity())] = true;
                }
              }
              return attended;
            }));
    return data.result();
  }

  /** The measurement from an accumulator's state: every sign checked, in order. */
  static Measurement measure(SignData data) {
    EvaluationContext context = data.context;
    if (context.activities().isEmpty()
        && data.contributions == 0
        && context.decisions().isEmpty()) {
      return Measurement.noValue("there are no activities, contributions or decisions in scope");
    }
    List<SignResult> results =
        Arrays.stream(WarningSign.values()).map(sign -> sign.check(data)).toList();
    long assessed = results.stream().filter(SignResult::assessed).count();
    if (assessed == 0) {
      return Measurement.noValue(
          "none of the ten warning signs could be assessed from the records in scope");
    }
    long detected = results.stream().filter(SignResult::detected).count();
    Measurement.Builder measurement = Measurement.of(detected, assessed);
    for (SignResult result : results) {
      measurement.component(result.sign().component(), result.detected() ? 1 : 0);
    }
    measurement.component(SIGNS_ASSESSED, assessed);
    data.parameterProblems.forEach(measurement::warning);
    for (SignResult result : results) {
      result.findings().forEach(measurement::finding);
      if (result.notAssessedReason() != null) {
        measurement.warning(
            "The warning sign "
                + result.sign().code()
                + " could not be assessed: "
                + result.notAssessedReason()
                + ".");
      }
      result.warnings().forEach(measurement::warning);
    }
    return measurement.build();
  }
}
