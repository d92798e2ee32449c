package dev.copro.engine.results;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The ids of the default metric catalog (copro-metrics) and the names of the components they
 * report, as documented in docs/metrics.md: read a result with {@code
 * report.metric(DefaultMetrics.NOTICE)} and a component with {@code
 * measurement.components().get(DefaultMetrics.NOTICE_MEDIAN_DAYS)}. The scorecard's components are
 * named by principle code ({@link dev.copro.model.Principle#code()}); the warning signs' by {@link
 * WarningSign#component()}.
 *
 * <p>A host compiles against these constants with copro-metrics at runtime scope only. A test of
 * copro-metrics keeps them equal to the metrics' own.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class DefaultMetrics {

  /** Share of decisions in which the lived-experience bloc held a vote or was a consensus party. */
  public static final String DECISION_INCLUSION = "copro.power.decision-inclusion";

  /** The bloc's voting power (Banzhaf) in weighted votes. */
  public static final String VOTING_POWER = "copro.power.voting-power";

  /** Component of {@link #VOTING_POWER}: the bloc's Shapley–Shubik index. */
  public static final String VOTING_POWER_SHAPLEY_SHUBIK = "shapleyShubik";

  /** Component of {@link #VOTING_POWER}: the bloc's share of the members with a vote (heads). */
  public static final String VOTING_POWER_HEAD_SHARE = "headShare";

  /** Component of {@link #VOTING_POWER}: the bloc's share of the vote weight. */
  public static final String VOTING_POWER_WEIGHT_SHARE = "weightShare";

  /** Component of {@link #VOTING_POWER}: the Banzhaf index divided by the weight share. */
  public static final String VOTING_POWER_BANZHAF_TO_WEIGHT_RATIO = "banzhafToWeightRatio";

  /** Component of {@link #VOTING_POWER}: the Banzhaf index of the bloc merged into one voter. */
  public static final String VOTING_POWER_COALITION_BANZHAF = "coalitionBanzhaf";

  /**
   * Component of {@link #VOTING_POWER}: the Shapley–Shubik index of the bloc merged into one voter.
   */
  public static final String VOTING_POWER_COALITION_SHAPLEY_SHUBIK = "coalitionShapleyShubik";

  /**
   * Component of {@link #VOTING_POWER}: the share of decisions the bloc, voting together, can
   * carry.
   */
  public static final String VOTING_POWER_BLOC_CAN_CARRY_SHARE = "blocCanCarryShare";

  /**
   * Component of {@link #VOTING_POWER}: the share of decisions the bloc, voting together, can
   * block.
   */
  public static final String VOTING_POWER_BLOC_CAN_BLOCK_SHARE = "blocCanBlockShare";

  /** The bloc's share of seats on boards and panels. */
  public static final String SEAT_SHARE = "copro.power.seat-share";

  /** Component of {@link #SEAT_SHARE}: the target share. */
  public static final String SEAT_SHARE_TARGET = "target";

  /** Component of {@link #SEAT_SHARE}: the seat share divided by the target. */
  public static final String SEAT_SHARE_RATIO_TO_TARGET = "ratioToTarget";

  /**
   * Component of {@link #SEAT_SHARE}: the bloc's share of the seats counted by heads (the value).
   */
  public static final String SEAT_SHARE_HEAD_SHARE = "headShare";

  /**
   * Component of {@link #SEAT_SHARE}: the bloc's share of the vote weight, where votes record
   * weights.
   */
  public static final String SEAT_SHARE_WEIGHT_SHARE = "weightShare";

  /** Adoption rate of the bloc's contributions. */
  public static final String INFLUENCE = "copro.power.influence";

  /** Component of {@link #INFLUENCE}: the adoption rate of professionals' contributions. */
  public static final String INFLUENCE_PROFESSIONAL_RATE = "professionalRate";

  /** Component of {@link #INFLUENCE}: the bloc's adoption rate divided by professionals'. */
  public static final String INFLUENCE_RATIO_TO_PROFESSIONALS = "ratioToProfessionals";

  /** Share of activities chaired or co-chaired by the bloc. */
  public static final String LEADERSHIP = "copro.power.leadership";

  /** 1 − Gini of speaking time or turns. */
  public static final String VOICE_EQUALITY = "copro.voice.equality";

  /** Component of {@link #VOICE_EQUALITY}: the effective number of voices. */
  public static final String VOICE_EQUALITY_EFFECTIVE_VOICES = "effectiveVoices";

  /**
   * Component of {@link #VOICE_EQUALITY}: the bloc's share of voice divided by its share of
   * attendees.
   */
  public static final String VOICE_EQUALITY_VOICE_PARITY = "voiceParity";

  /** Component of {@link #VOICE_EQUALITY}: the between-perspective share of the Theil index. */
  public static final String VOICE_EQUALITY_THEIL_BETWEEN_SHARE = "theilBetweenShare";

  /** Effective number of perspectives. */
  public static final String PERSPECTIVES = "copro.diversity.perspectives";

  /** Component of {@link #PERSPECTIVES}: Shannon evenness. */
  public static final String PERSPECTIVES_SHANNON_EVENNESS = "shannonEvenness";

  /** Component of {@link #PERSPECTIVES}: how many perspectives are present. */
  public static final String PERSPECTIVES_PRESENT = "perspectivesPresent";

  /** Disproportionality of the participant mix against a reference population. */
  public static final String REPRESENTATION = "copro.diversity.representation";

  /** Component of {@link #REPRESENTATION}: the Gallagher index. */
  public static final String REPRESENTATION_GALLAGHER = "gallagher";

  /** Configured key stakeholder groups present per activity. */
  public static final String KEY_STAKEHOLDERS = "copro.diversity.key-stakeholders";

  /** Component of {@link #KEY_STAKEHOLDERS}: the share of groups invited. */
  public static final String KEY_STAKEHOLDERS_INVITED_SHARE = "invitedShare";

  /** Share of activities giving at least the minimum notice. */
  public static final String NOTICE = "copro.access.notice";

  /** Component of {@link #NOTICE}: the median days of notice. */
  public static final String NOTICE_MEDIAN_DAYS = "medianDays";

  /** Share of attendances whose declared access needs were met. */
  public static final String NEEDS_MET = "copro.access.needs-met";

  /** Component of {@link #NEEDS_MET}: the share of absences with unmet needs. */
  public static final String NEEDS_MET_ABSENT_UNMET_SHARE = "absentUnmetShare";

  /** Share of bloc attendances offered payment or expenses. */
  public static final String PAYMENT = "copro.reciprocity.payment";

  /**
   * Component of {@link #PAYMENT}: the share of the bloc's attendances with a payment or expenses
   * offered.
   */
  public static final String PAYMENT_OFFERED_SHARE = "offeredShare";

  /** Component of {@link #PAYMENT}: the median days from claim or offer to payment. */
  public static final String PAYMENT_MEDIAN_DAYS_TO_PAY = "medianDaysToPay";

  /** Component of {@link #PAYMENT}: the share of payments made late. */
  public static final String PAYMENT_LATE_SHARE = "latePaymentShare";

  /** Share of bloc contributions that got a documented response. */
  public static final String FEEDBACK_LOOP = "copro.reciprocity.feedback-loop";

  /** Component of {@link #FEEDBACK_LOOP}: the median days to a response. */
  public static final String FEEDBACK_LOOP_MEDIAN_DAYS_TO_RESPONSE = "medianDaysToResponse";

  /** Share of bloc participants who stay involved. */
  public static final String RETENTION = "copro.relationship.retention";

  /** Days from an initiative's start to the bloc's first involvement. */
  public static final String EARLINESS = "copro.involvement.earliness";

  /**
   * Component of {@link #EARLINESS}: the share of initiatives with the bloc present before the
   * first decision.
   */
  public static final String EARLINESS_PRESENT_BEFORE_FIRST_DECISION_SHARE =
      "presentBeforeFirstDecisionShare";

  /** Lifecycle stages with bloc decision-making involvement. */
  public static final String STAGE_COVERAGE = "copro.involvement.stage-coverage";

  /** Survey item means by role. */
  public static final String SURVEY = "copro.experience.survey";

  /** Component of {@link #SURVEY}: the professionals' score. */
  public static final String SURVEY_PROFESSIONAL_SCORE = "professionalScore";

  /** Component of {@link #SURVEY}: the perception gap between professionals and the bloc. */
  public static final String SURVEY_PERCEPTION_GAP = "perceptionGap";

  /** Component of {@link #SURVEY}: the lower bound of the perception gap's confidence interval. */
  public static final String SURVEY_PERCEPTION_GAP_LOWER = "perceptionGapLower";

  /** Component of {@link #SURVEY}: the upper bound of the perception gap's confidence interval. */
  public static final String SURVEY_PERCEPTION_GAP_UPPER = "perceptionGapUpper";

  /**
   * The warning signs of tokenism: how many were detected (read them with {@link
   * Headline#warningSigns()}).
   */
  public static final String WARNING_SIGNS = "copro.tokenism.warning-signs";

  /** Component of {@link #WARNING_SIGNS}: how many signs the data allowed to be assessed. */
  public static final String WARNING_SIGNS_ASSESSED = "signsAssessed";

  /** The placement on the TLAP ladder, 1 to 7 (read it with {@link Headline#ladder()}). */
  public static final String LADDER = "copro.ladder.tlap";

  /** Component of {@link #LADDER}: the Arnstein rung, 1 to 8. */
  public static final String LADDER_ARNSTEIN_RUNG = "arnsteinRung";

  /** Component of {@link #LADDER}: the IAP2 level, 1 to 5. */
  public static final String LADDER_IAP2_LEVEL = "iap2Level";

  /** Component of {@link #LADDER}: the TLAP rung the rules reached before any cap lowered it. */
  public static final String LADDER_RUNG_BEFORE_CAPS = "rungBeforeCaps";

  /** The code of the ladder's finding that says which rule placed it and which cap applied. */
  public static final String LADDER_RULE_FINDING = "ladder-rule";

  /**
   * The code of the ladder's findings, one per condition of the rung above the one its rules
   * reached, that the records meet (since 0.3.0).
   */
  public static final String LADDER_CONDITION_MET_FINDING = "ladder-condition-met";

  /**
   * The code of the ladder's findings, one per condition of the rung above the one its rules
   * reached that the records do not meet, and one per cap (a warning sign, the weakest initiative)
   * that holds the placement below that rung: what held the placement back (since 0.3.0).
   */
  public static final String LADDER_CONDITION_NOT_MET_FINDING = "ladder-condition-not-met";

  /** One score per principle and an overall score (read them with {@link Headline#scorecard()}). */
  public static final String SCORECARD = "copro.scorecard.principles";

  /** The code of the scorecard's finding per principle, which states its rating. */
  public static final String PRINCIPLE_RATING_FINDING = "principle-rating";

  /** The code of the scorecard's finding that says why the overall rating was capped. */
  public static final String OVERALL_CAPPED_FINDING = "overall-capped";

  /** The code of the scorecard's finding where people's own view and the records disagree. */
  public static final String PEOPLE_AND_RECORDS_DIFFER_FINDING = "people-and-records-differ";

  /**
   * The suffix of the scorecard's rating components: {@code equalityRating} is equality's rating
   * after the caps of the warning signs, red 0, amber 0.5, green 1.
   */
  public static final String SCORECARD_RATING_SUFFIX = "Rating";

  /**
   * Component of {@link #SCORECARD}: the value of people's own view (the survey, else Minier's
   * checklist).
   */
  public static final String SCORECARD_PEOPLE_VIEW = "peopleView";

  /**
   * Component of {@link #LADDER}: the rung of the initiative placed lowest, when initiatives were
   * placed.
   */
  public static final String LADDER_WEAKEST_INITIATIVE_RUNG = "weakestInitiativeRung";

  /** The code of the ladder's finding placing one initiative. */
  public static final String LADDER_INITIATIVE_RUNG_FINDING = "initiative-rung";

  /**
   * The code of the ladder's finding naming the initiative placed lowest, which holds the programme
   * back.
   */
  public static final String LADDER_WEAKEST_INITIATIVE_FINDING = "weakest-initiative";

  /**
   * Minier's checklist: the share of warning signs on which the bloc's answers and the records
   * agree.
   */
  public static final String MINIER_CHECKLIST = "copro.experience.minier-checklist";

  /**
   * Component of {@link #MINIER_CHECKLIST}: how many signs both the answers and the records speak
   * to.
   */
  public static final String MINIER_CHECKLIST_SIGNS_COMPARED = "signsCompared";

  /**
   * Component of {@link #MINIER_CHECKLIST}: of those, on how many the answers agree with the
   * records.
   */
  public static final String MINIER_CHECKLIST_SIGNS_AGREED = "signsAgreed";

  /**
   * The suffix of Minier's checklist's components per sign: {@code noFeedbackReported} is the share
   * of bloc respondents reporting the sign {@link WarningSign#NO_FEEDBACK} (its {@link
   * WarningSign#component()} followed by this suffix).
   */
  public static final String MINIER_CHECKLIST_REPORTED_SUFFIX = "Reported";

  /** Every metric id of the default catalog, in id order. */
  public static final List<String> ALL =
      List.of(
          NEEDS_MET,
          NOTICE,
          KEY_STAKEHOLDERS,
          PERSPECTIVES,
          REPRESENTATION,
          MINIER_CHECKLIST,
          SURVEY,
          EARLINESS,
          STAGE_COVERAGE,
          LADDER,
          DECISION_INCLUSION,
          INFLUENCE,
          LEADERSHIP,
          SEAT_SHARE,
          VOTING_POWER,
          FEEDBACK_LOOP,
          PAYMENT,
          RETENTION,
          SCORECARD,
          WARNING_SIGNS,
          VOICE_EQUALITY);

  private DefaultMetrics() {}
}
