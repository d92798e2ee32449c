package dev.copro.metrics.ladder;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Decision;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.ladder.tlap}: where the records place co-production on the Think Local Act Personal
 * ladder — 1 coercion, 2 educating, 3 informing ("doing to" 1–2, "doing for" 3–5 with consultation
 * and engagement), 6 co-design and 7 co-production ("doing with") — with the Arnstein rung and IAP2
 * level that correspond ({@link Rung} documents the mapping).
 *
 * <p>Ordered rules, each needing the one before it:
 *
 * <ol>
 *   <li>no-involvement: no member of the bloc attended, contributed or held a vote — rung 1;
 *   <li>training-only: the bloc only attended training, without a contribution or a vote — rung 2;
 *   <li>attendance-only: the bloc attended but made no contribution and held no vote — rung 3;
 *   <li>consultation: the bloc contributed or held a vote — rung 4;
 *   <li>engagement: and influence or decision inclusion reaches its minimum — rung 5;
 *   <li>co-design: and decision inclusion, influence and feedback reach theirs — rung 6;
 *   <li>co-production: and decision inclusion, stage coverage across all stages, presence before
 *       the first decision, the bloc's share of power and its share of leadership reach theirs —
 *       rung 7.
 * </ol>
 *
 * <p>Then caps from the warning signs of tokenism, the strongest applying: at least {@code
 * signsCapAtConsultation} signs — at most rung 4; a serious sign (by default those showing that
 * power was not shared: rubber-stamp, already-decided, ideas-not-used, stakeholders-missing) — at
 * most 5; more than {@code maxSignsForCoProduction} signs — at most 6.
 *
 * <p>The bottom rules read the records in scope; the others read the outcomes of the direct
 * metrics. A missing, failed or valueless outcome is reported in a warning and the rules that need
 * it count as not met, so the placement says what the evidence supports. Every threshold is a
 * parameter, and every threshold is "at least", so improving any input never lowers the placement.
 *
 * <p>Findings, all INFO but one: {@code ladder-rule} says which rule placed it, which cap lowered
 * it and which conditions of the next rung up were not met; {@code ladder-condition-met} and {@code
 * ladder-condition-not-met}, one per condition of the rung above the one the rules reached (none at
 * the top, rung 7), each a sentence with the records' value and the minimum, followed by one {@code
 * ladder-condition-not-met} per cap that keeps the placement below that rung (a warning sign of
 * tokenism; the weakest initiative); {@code weakest-initiative} (medium) when the weakest
 * initiative lowered the programme's placement; and {@code initiative-rung} per initiative, giving
 * its own placement and, with their values, the conditions of its next rung that it does not meet.
 * The condition findings are the programme's (the records in scope) only: an initiative's are in
 * its own {@code initiative-rung} finding, so that many initiatives do not bury the report in
 * conditions.
 *
 * <p>Streams: its state is the counts of the bloc's attendances and contributions; it reads the
 * direct metrics' outcomes in its result, once they are known.
 *
 * @since 0.1.0
 */
public final class LadderPlacement implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.ladder.tlap";

  static final String ENGAGEMENT_MIN_INFLUENCE = "engagementMinInfluence";
  static final String ENGAGEMENT_MIN_INCLUSION = "engagementMinInclusion";
  static final String CO_DESIGN_MIN_INCLUSION = "coDesignMinInclusion";
  static final String CO_DESIGN_MIN_INFLUENCE = "coDesignMinInfluence";
  static final String CO_DESIGN_MIN_FEEDBACK = "coDesignMinFeedback";
  static final String CO_DESIGN_MIN_VOICE_PARITY = "coDesignMinVoiceParity";
  static final String CO_DESIGN_MIN_RETENTION = "coDesignMinRetention";
  static final String CO_PRODUCTION_MIN_INCLUSION = "coProductionMinInclusion";
  static final String CO_PRODUCTION_MIN_STAGE_COVERAGE = "coProductionMinStageCoverage";
  static final String CO_PRODUCTION_MIN_EARLY_SHARE = "coProductionMinEarlyShare";
  static final String CO_PRODUCTION_MIN_POWER_SHARE = "coProductionMinPowerShare";
  static final String CO_PRODUCTION_MIN_LEADERSHIP = "coProductionMinLeadership";
  static final String CO_PRODUCTION_MIN_VOICE_PARITY = "coProductionMinVoiceParity";
  static final String DELEGATED_MIN_POWER_SHARE = "delegatedMinPowerShare";
  static final String DELEGATED_MIN_LEADERSHIP = "delegatedMinLeadership";
  static final String CONTINUITY_MIN_ACTIVITIES = "continuityMinActivities";
  static final String CONTINUITY_MIN_MONTHS = "continuityMinMonths";
  static final String SIGNS_CAP_AT_CONSULTATION = "signsCapAtConsultation";
  static final String CONSULTATION_CAP_SIGNS = "consultationCapSigns";

  /** The code of the finding that says which rules placed the records where they are. */
  public static final String RULE_FINDING = "ladder-rule";

  /**
   * The code of the findings, one per condition of the rung above the one the rules reached, that
   * the records meet.
   */
  public static final String CONDITION_MET_FINDING = "ladder-condition-met";

  /**
   * The code of the findings, one per condition of the rung above the one the rules reached, that
   * the records do not meet; and one per cap (a warning sign, the weakest initiative) that holds
   * the placement below that rung: together, what held the placement back.
   */
  public static final String CONDITION_NOT_MET_FINDING = "ladder-condition-not-met";

  /** The code of the finding that gives one initiative's own rung. */
  public static final String INITIATIVE_FINDING = "initiative-rung";

  /** The code of the finding that the weakest initiative held the programme's placement down. */
  public static final String WEAKEST_FINDING = "weakest-initiative";

  /**
   * Slack for shares computed in floating point, so that a mean of whole shares reaching 1 counts
   * as 1.
   */
  private static final double TOLERANCE = 1e-9;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("TLAP ladder of co-production")
          .description(
              "Placement on the Think Local Act Personal ladder of co-production - coercion, educating, "
                  + "informing, consultation, engagement, co-design, co-production ('doing to', 'doing for', 'doing "
                  + "with') - by documented rules over whether the bloc took part, decision inclusion, influence, "
                  + "feedback, stage coverage, earliness, power and leadership, capped by the warning signs of "
                  + "tokenism; with the corresponding rung of Arnstein's ladder of citizen participation and level of "
                  + "the IAP2 spectrum. Higher is better.")
          .summary(
              "The rung of the Think Local Act Personal ladder of co-production that the records "
                  + "support, from 1 (coercion) to 7 (co-production).")
          .goodLooksLike(
              "Rung 6 (co-design) or 7 (co-production), where people with lived experience and carers "
                  + "share power rather than only give their views.")
          .principles(
              Principle.EQUALITY,
              Principle.DIVERSITY,
              Principle.ACCESSIBILITY,
              Principle.RECIPROCITY)
          .unit(Unit.LEVEL)
          .range(ValueRange.of(1, 7))
          .phase(Phase.AGGREGATE)
          .parameters(
              share(
                  ENGAGEMENT_MIN_INFLUENCE,
                  0.1,
                  "engagement: the least adoption rate of the bloc's ideas (or see "
                      + ENGAGEMENT_MIN_INCLUSION
                      + ")."),
              share(
                  ENGAGEMENT_MIN_INCLUSION,
                  0.1,
                  "engagement: the least share of decisions in which the bloc held a "
                      + "vote (or see "
                      + ENGAGEMENT_MIN_INFLUENCE
                      + ")."),
              share(
                  CO_DESIGN_MIN_INCLUSION,
                  0.5,
                  "co-design: the least share of decisions in which the bloc held a " + "vote."),
              share(
                  CO_DESIGN_MIN_INFLUENCE,
                  0.25,
                  "co-design: the least adoption rate of the bloc's ideas."),
              share(
                  CO_DESIGN_MIN_FEEDBACK,
                  0.5,
                  "co-design: the least share of the bloc's contributions answered."),
              share(
                  CO_PRODUCTION_MIN_INCLUSION,
                  0.8,
                  "co-production: the least share of decisions in which the bloc "
                      + "held a vote."),
              share(
                  CO_PRODUCTION_MIN_STAGE_COVERAGE,
                  1.0,
                  "co-production: the least stage coverage (1 = every stage "
                      + "of every initiative)."),
              share(
                  CO_PRODUCTION_MIN_EARLY_SHARE,
                  1.0,
                  "co-production: the least share of initiatives in which the "
                      + "bloc was present before the first decision."),
              share(
                  CO_PRODUCTION_MIN_POWER_SHARE,
                  0.4,
                  "co-production: the least share of power held by the bloc "
                      + "(Banzhaf share, else seat share); parity is 0.5."),
              share(
                  CO_PRODUCTION_MIN_LEADERSHIP,
                  0.25,
                  "co-production: the least share of activities chaired or "
                      + "co-chaired by the bloc."),
              share(
                  DELEGATED_MIN_POWER_SHARE,
                  0.6,
                  "at co-production, the least share of power for Arnstein's "
                      + "delegated power and IAP2's empower."),
              share(
                  DELEGATED_MIN_LEADERSHIP,
                  0.5,
                  "at co-production, the least share of leadership for Arnstein's "
                      + "delegated power and IAP2's empower."),
              share(
                  CO_DESIGN_MIN_VOICE_PARITY,
                  0.5,
                  "co-design, where speaking was recorded: the least voice parity "
                      + "(the bloc's share of the voice over its share of those present; 1 = an equal say)."),
              share(
                  CO_PRODUCTION_MIN_VOICE_PARITY,
                  0.8,
                  "co-production, where speaking was recorded: the least voice " + "parity."),
              ParameterSpec.integer(
                  CONTINUITY_MIN_ACTIVITIES,
                  3,
                  1,
                  1000,
                  "engagement and above: the least number of "
                      + "activities the bloc took part in - one event is never more than consultation."),
              ParameterSpec.integer(
                  CONTINUITY_MIN_MONTHS,
                  3,
                  0,
                  120,
                  "engagement and above: the least whole months "
                      + "from the bloc's first to its last involvement."),
              share(
                  CO_DESIGN_MIN_RETENTION,
                  0.5,
                  "co-design and above, where retention is measured (the whole dataset):"
                      + " the least share of the bloc who stayed involved (copro.relationship.retention)."),
              ParameterSpec.integer(
                  SIGNS_CAP_AT_CONSULTATION,
                  4,
                  1,
                  10,
                  "with at least this many warning signs the "
                      + "placement is at most consultation."),
              ParameterSpec.strings(
                  CONSULTATION_CAP_SIGNS,
                  List.of("rubber-stamp", "already-decided"),
                  "warning-sign "
                      + "findings that cap the placement at consultation: people told of decisions already made."))
          .thresholds(Thresholds.higherIsBetter(6, 4))
          .references(
              "Think Local Act Personal (2016) Ladder of co-production. National Co-production Advisory Group.",
              "Arnstein, S. R. (1969) A ladder of citizen participation. Journal of the American Institute of "
                  + "Planners 35(4), 216-224.",
              "International Association for Public Participation (2018) IAP2 spectrum of public participation.",
              References.SCIE_GUIDE_51)
          .build();

  /** Creates the metric; it keeps no state. */
  public LadderPlacement() {}

  private static ParameterSpec share(String name, double defaultValue, String description) {
    return ParameterSpec.decimal(name, defaultValue, 0, 1, description);
  }

  /** The constant descriptor of {@code copro.ladder.tlap}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the bloc's attendances and contributions in scope, in all and per
   * initiative. The placement — no value when the scope holds no activities, contributions or
   * decisions — is made in {@link Accumulator#result()}, from those tallies and the direct metrics'
   * outcomes.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Presence(context);
  }

  /**
   * The bloc's part in the records, in all and per initiative, and how many contributions there
   * were.
   */
  private static final class Presence implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final BlocPresence.Tally all = new BlocPresence.Tally();
    private final Map<String, BlocPresence.Tally> byInitiative = new TreeMap<>();
    private long contributions;

    Presence(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
    }

    @Override
    public void attendance(Attendance a) {
      int p = positions.participant(a.participant());
      if (a.attended() && p >= 0 && positions.isBloc(p)) {
        int position = positions.activity(a.activity());
        Activity activity = positions.activityAt(position);
        all.attended(position, activity);
        tally(activity.initiative()).attended(position, activity);
      }
    }

    @Override
    public void contribution(Contribution c) {
      contributions++;
      int p = positions.participant(c.participant());
      if (p >= 0 && positions.isBloc(p)) {
        all.contributions++;
        int activity = positions.activity(c.activity());
        if (activity >= 0) {
          tally(positions.activityAt(activity).initiative()).contributions++;
        }
      }
    }

    private BlocPresence.Tally tally(String initiative) {
      return byInitiative.computeIfAbsent(initiative, k -> new BlocPresence.Tally());
    }

    @Override
    public void merge(Accumulator other) {
      Presence o = (Presence) other;
      all.merge(o.all);
      o.byInitiative.forEach((id, t) -> tally(id).merge(t));
      contributions += o.contributions;
    }

    @Override
    public Measurement result() {
      if (context.activities().isEmpty() && contributions == 0 && context.decisions().isEmpty()) {
        return Measurement.noValue(
            "there are no activities, contributions or decisions in scope to place on the "
                + "ladder");
      }
      return place(context, this);
    }

    BlocPresence presence(Predicate<String> initiatives, BlocPresence.Tally tally) {
      return presence(context.decisions(), context.activities(), initiatives, tally);
    }

    /**
     * The presence in one initiative: over the whole dataset, from the initiative's own decisions
     * and activities, so that placing every initiative reads each record once rather than once per
     * initiative.
     */
    BlocPresence presenceIn(String initiative, BlocPresence.Tally tally) {
      return context.scope().isAll()
          ? presence(
              context.dataset().decisionsOf(initiative),
              context.dataset().activitiesOf(initiative),
              initiative::equals,
              tally)
          : presence(initiative::equals, tally);
    }

    private BlocPresence presence(
        List<Decision> decisions,
        List<Activity> activities,
        Predicate<String> initiatives,
        BlocPresence.Tally tally) {
      return BlocPresence.of(
          tally,
          decisions,
          activities,
          initiatives,
          context::isBloc,
          d -> context.dataset().stageOf(d).orElse(null));
    }
  }

  /**
   * The placement of the records in scope, and of each initiative on its own when the engine
   * evaluated them; the programme is placed no higher than its weakest initiative. The conditions
   * of the next rung up are findings of the placement in scope only: each initiative's own finding
   * names those it does not meet.
   */
  private static Measurement place(EvaluationContext context, Presence tallies) {
    Parameters p = context.parameters();
    String who = Words.bloc(context.bloc());
    LadderInputs in = LadderInputs.read(context::outcome, false);
    Placement pooled = Placement.of(tallies.presence(id -> true, tallies.all), in, p, who);

    List<Finding> initiativeFindings = new ArrayList<>();
    Placement weakest = null;
    String weakestId = null;
    for (Map.Entry<String, List<Outcome>> entry : context.initiativeOutcomes().entrySet()) {
      String id = entry.getKey();
      BlocPresence.Tally tally = tallies.byInitiative.getOrDefault(id, new BlocPresence.Tally());
      BlocPresence presence = tallies.presenceIn(id, tally);
      if (presence.none() && presence.stagesCovered().isEmpty()) {
        continue; // nothing of this initiative in scope
      }
      List<Outcome> outcomes = entry.getValue();
      LadderInputs own =
          LadderInputs.read(
              metric -> outcomes.stream().filter(o -> o.id().equals(metric)).findFirst(), true);
      Placement placement = Placement.of(presence, own, p, who);
      initiativeFindings.add(
          Finding.of(
              INITIATIVE_FINDING,
              Severity.INFO,
              placement.explain("Initiative " + id + " is on rung", "Its records", true),
              List.of(Finding.ref(RecordKind.INITIATIVE, id))));
      if (weakest == null || placement.rung().compareTo(weakest.rung()) < 0) {
        weakest = placement;
        weakestId = id;
      }
    }

    Placement placed = pooled;
    Finding weakestFinding = null;
    if (weakest != null && initiativeFindings.size() >= 2) {
      String id = Objects.requireNonNull(weakestId);
      Cap weakestCap =
          new Cap(
              weakest.rung(),
              "The weakest initiative, "
                  + id
                  + ", is on rung "
                  + weakest.rung().describe()
                  + ", and the programme is placed no higher than its weakest initiative.",
              List.of(Finding.ref(RecordKind.INITIATIVE, id)));
      if (weakest.rung().compareTo(pooled.rung()) < 0) {
        placed = pooled.cappedAt(weakestCap);
        weakestFinding =
            Finding.of(
                WEAKEST_FINDING,
                Severity.MEDIUM,
                "The programme is placed no higher than its "
                    + "weakest initiative, "
                    + id
                    + ", which is on rung "
                    + weakest.rung().describe()
                    + ". Taken together, "
                    + "the records would place it on rung "
                    + pooled.rung().describe()
                    + ", but a good initiative must "
                    + "not hide a weak one.",
                weakestCap.evidence());
      } else {
        placed = pooled.heldBy(weakestCap);
      }
    }

    Measurement.Builder result =
        Measurement.of(placed.rung().level(), in.known())
            .component("arnsteinRung", placed.arnstein())
            .component("iap2Level", placed.iap2())
            .component("rungBeforeCaps", pooled.climbed().rung().level());
    if (weakest != null && initiativeFindings.size() >= 2) {
      result.component("weakestInitiativeRung", weakest.rung().level());
    }
    result.finding(
        Finding.of(
            RULE_FINDING, Severity.INFO, placed.explain("Rung", "The records", false), List.of()));
    if (weakestFinding != null) {
      result.finding(weakestFinding);
    }
    placed.conditionFindings().forEach(result::finding);
    initiativeFindings.forEach(result::finding);
    in.warnings().forEach(result::warning);
    return result.build();
  }

  /**
   * Where one set of records is placed: the rung its rules reached, the cap that lowered it, the
   * caps that stand in the way of the next rung up, and the Arnstein and IAP2 equivalents.
   *
   * @param climbed the highest rung whose rules were all met, with the conditions of the next rung
   * @param cap the cap that lowered it, or {@code null}
   * @param holding the caps that keep it below the rung above the one its rules reached, strongest
   *     first; the cap that lowered it among them
   * @param rung the rung placed
   * @param arnstein the Arnstein rung
   * @param iap2 the IAP2 level
   */
  private record Placement(
      Step climbed, @Nullable Cap cap, List<Cap> holding, Rung rung, int arnstein, int iap2) {

    static Placement of(BlocPresence presence, LadderInputs in, Parameters p, String who) {
      Step climbed = climb(presence, in, p, who);
      Cap cap = signCap(in, p);
      Cap applied = cap != null && cap.rung().compareTo(climbed.rung()) < 0 ? cap : null;
      Rung placed = applied == null ? climbed.rung() : applied.rung();
      int arnstein = placed.arnstein();
      int iap2 = placed.iap2();
      if (placed == Rung.CO_PRODUCTION
          && atLeast(in.power(), p.decimal(DELEGATED_MIN_POWER_SHARE))
          && atLeast(in.leadership(), p.decimal(DELEGATED_MIN_LEADERSHIP))) {
        arnstein = Rung.DELEGATED_POWER;
        iap2 = Rung.EMPOWER;
      }
      List<Cap> holding = cap != null && holdsBack(cap, climbed) ? List.of(cap) : List.of();
      return new Placement(climbed, applied, holding, placed, arnstein, iap2);
    }

    /** The same placement held down to the weakest initiative's rung. */
    Placement cappedAt(Cap weakest) {
      Rung lower = weakest.rung();
      return new Placement(climbed, weakest, with(weakest), lower, lower.arnstein(), lower.iap2());
    }

    /**
     * The same placement, with the weakest initiative among the caps that stand in the way of the
     * next rung.
     */
    Placement heldBy(Cap weakest) {
      return holdsBack(weakest, climbed)
          ? new Placement(climbed, cap, with(weakest), rung, arnstein, iap2)
          : this;
    }

    private List<Cap> with(Cap another) {
      List<Cap> all = new ArrayList<>(holding);
      all.add(another);
      all.sort(java.util.Comparator.comparing(Cap::rung));
      return List.copyOf(all);
    }

    /**
     * Whether the cap stands in the way of the rung above the one the rules reached (of rung 7, at
     * the top).
     */
    private static boolean holdsBack(Cap cap, Step climbed) {
      Rung next = climbed.next() == null ? Rung.CO_PRODUCTION : climbed.next();
      return cap.rung().compareTo(next) < 0;
    }

    /**
     * The placement in words: the rung, the rule that reached it, the cap that lowered it, and —
     * briefly — the conditions of the next rung up not met. An initiative's placement also gives
     * those conditions' values, as no condition findings are made for it.
     *
     * @param opening how the text begins, before the rung's number: "Rung", or "Initiative x is on
     *     rung"
     * @param records what reached a rung: "The records", or "Its records" for an initiative
     * @param withValues whether to give the values of the conditions not met
     */
    String explain(String opening, String records, boolean withValues) {
      StringBuilder text =
          new StringBuilder(opening)
              .append(' ')
              .append(rung.level())
              .append(" of 7 (")
              .append(rung.label())
              .append(") on the TLAP ladder, which is rung ")
              .append(arnstein)
              .append(" of 8 (")
              .append(Rung.arnsteinName(arnstein))
              .append(") on Arnstein's ladder and level ")
              .append(iap2)
              .append(" of 5 (")
              .append(Rung.iap2Name(iap2))
              .append(") on the IAP2 spectrum. ")
              .append(records)
              .append(" reach rung ")
              .append(climbed.rung().describe())
              .append(": ")
              .append(climbed.reason())
              .append('.');
      if (cap != null) {
        text.append(' ').append(cap.sentence());
      }
      List<Condition> notMet = climbed.conditions().stream().filter(c -> !c.met()).toList();
      Rung next = climbed.next();
      if (next != null && !notMet.isEmpty()) {
        List<String> names = notMet.stream().map(c -> withValues ? c.brief() : c.name()).toList();
        text.append(' ')
            .append(
                notMet.size() == climbed.conditions().size()
                    ? Words.capitalised(
                            notMet.size() == 1
                                ? "the condition"
                                : "none of the " + notMet.size() + " conditions")
                        + " of rung "
                        + next.describe()
                        + (notMet.size() == 1 ? " is not met: " : " is met: ")
                    : "Of the "
                        + climbed.conditions().size()
                        + " conditions of rung "
                        + next.describe()
                        + ", "
                        + notMet.size()
                        + (notMet.size() == 1 ? " is" : " are")
                        + " not met: ")
            .append(Words.list(names, "and"))
            .append('.');
      }
      return text.toString();
    }

    /**
     * One finding per condition of the next rung up, met or not, in the rules' order; then each cap
     * that stands in the way, as a condition not met.
     */
    List<Finding> conditionFindings() {
      List<Finding> findings = new ArrayList<>();
      for (Condition c : climbed.conditions()) {
        findings.add(
            Finding.of(
                c.met() ? CONDITION_MET_FINDING : CONDITION_NOT_MET_FINDING,
                Severity.INFO,
                c.sentence(),
                List.of()));
      }
      for (Cap c : holding) {
        findings.add(
            Finding.of(CONDITION_NOT_MET_FINDING, Severity.INFO, c.sentence(), c.evidence()));
      }
      return findings;
    }
  }

  /**
   * The highest rung whose rule, and every rule below it, the bloc's part and the outcomes meet,
   * with the conditions of the rung above it.
   */
  private static Step climb(BlocPresence presence, LadderInputs in, Parameters p, String who) {
    if (presence.none()) {
      return new Step(
          Rung.COERCION,
          "none of the " + who + " attended an activity, made a contribution or held a " + "vote",
          List.of(
              new Condition(
                  false,
                  "Rung "
                      + Rung.EDUCATING.describe()
                      + " and above need "
                      + who
                      + " to attend an activity, make a contribution or hold a vote, and none of them did.",
                  "taking part")));
    }
    if (!presence.hadVoice()) {
      String attended =
          who + " attended " + Plural.of(presence.attendances(), "activity", "activities");
      String silent = " but made no contribution and held no vote";
      Condition voice =
          new Condition(
              false,
              "Rung "
                  + Rung.CONSULTATION.describe()
                  + " needs a contribution or a "
                  + "vote from "
                  + who
                  + ", and they made no contribution and held no vote.",
              "a contribution or a vote");
      return presence.trainingOnly()
          ? new Step(
              Rung.EDUCATING,
              attended + ", all of them training," + silent,
              List.of(
                  new Condition(
                      false,
                      "Rung "
                          + Rung.INFORMING.describe()
                          + " needs "
                          + who
                          + " at an activity other than training, and they "
                          + "attended only training.",
                      "attending more than training")))
          : new Step(Rung.INFORMING, attended + silent, List.of(voice));
    }
    String voice =
        who
            + " made "
            + Plural.of(presence.contributions(), "contribution", "contributions")
            + " and held "
            + Plural.of(presence.votes(), "vote", "votes");
    List<Check> continuity =
        List.of(
            new Check(
                "activities taken part in",
                "the number of activities " + who + " took part in",
                "",
                (double) presence.activities(),
                p.integer(CONTINUITY_MIN_ACTIVITIES),
                false),
            new Check(
                "months of involvement",
                "the number of whole months from the first to the last involvement of " + who,
                "",
                (double) presence.monthsInvolved(),
                p.integer(CONTINUITY_MIN_MONTHS),
                false));
    Check influence =
        new Check(
            "influence",
            "influence",
            "the share of the proposals and suggestions of " + who + " that were taken up",
            in.influence(),
            p.decimal(ENGAGEMENT_MIN_INFLUENCE),
            true);
    Check inclusion =
        new Check(
            "decision inclusion",
            "decision inclusion",
            "the share of decisions in which " + who + " held a say",
            in.inclusion(),
            p.decimal(ENGAGEMENT_MIN_INCLUSION),
            true);
    boolean continuing = continuity.stream().allMatch(Check::met);
    boolean engaged = influence.met() || inclusion.met();
    if (!continuing || !engaged) {
      List<Condition> next = new ArrayList<>(conditions(continuity, Rung.ENGAGEMENT));
      next.add(either(influence, inclusion, Rung.ENGAGEMENT));
      return new Step(
          Rung.CONSULTATION,
          voice
              + (continuing
                  ? ""
                  : ", but not over a continuing relationship: one "
                      + "event or a short spell is consultation"),
          next);
    }
    int stagesNeeded = Math.min(2, Math.max(1, presence.stagesCovered().size()));
    List<Check> coDesign =
        new ArrayList<>(
            List.of(
                inclusion.needing(p.decimal(CO_DESIGN_MIN_INCLUSION)),
                influence.needing(p.decimal(CO_DESIGN_MIN_INFLUENCE)),
                new Check(
                    "feedback",
                    "feedback",
                    "the share of the contributions of " + who + " that got a recorded response",
                    in.feedback(),
                    p.decimal(CO_DESIGN_MIN_FEEDBACK),
                    true),
                new Check(
                    "stages taken part in",
                    "the number of lifecycle stages in which " + who + " took part",
                    "",
                    (double) presence.stages().size(),
                    stagesNeeded,
                    false)));
    Check parity =
        new Check(
            "voice parity",
            "voice parity",
            "the share of the talking done by "
                + who
                + " over "
                + "their share of the people present",
            in.voiceParity(),
            p.decimal(CO_DESIGN_MIN_VOICE_PARITY),
            false);
    if (in.voiceParity() != null) {
      coDesign.add(parity);
    }
    if (in.retention() != null) {
      coDesign.add(
          new Check(
              "retention",
              "retention",
              "the share of " + who + " who stayed involved",
              in.retention(),
              p.decimal(CO_DESIGN_MIN_RETENTION),
              true));
    }
    if (!coDesign.stream().allMatch(Check::met)) {
      return new Step(
          Rung.ENGAGEMENT,
          voice + " over a continuing relationship",
          conditions(coDesign, Rung.CO_DESIGN));
    }
    List<Check> coProduction =
        new ArrayList<>(
            List.of(
                inclusion.needing(p.decimal(CO_PRODUCTION_MIN_INCLUSION)),
                new Check(
                    "stage coverage",
                    "stage coverage",
                    "the share of each initiative's stages in which "
                        + who
                        + " held a say in decisions",
                    in.coverage(),
                    p.decimal(CO_PRODUCTION_MIN_STAGE_COVERAGE),
                    true),
                new Check(
                    "involvement before the first decision",
                    "the share of initiatives in which "
                        + who
                        + " were "
                        + "involved before the first decision",
                    "",
                    in.earlyShare(),
                    p.decimal(CO_PRODUCTION_MIN_EARLY_SHARE),
                    true),
                new Check(
                    "share of power",
                    "the share of power held by "
                        + who
                        + " (their voting power, or else their "
                        + "share of seats)",
                    "",
                    in.power(),
                    p.decimal(CO_PRODUCTION_MIN_POWER_SHARE),
                    true),
                new Check(
                    "leadership",
                    "leadership",
                    "the share of activities chaired or co-chaired by " + who,
                    in.leadership(),
                    p.decimal(CO_PRODUCTION_MIN_LEADERSHIP),
                    true)));
    if (in.voiceParity() != null) {
      coProduction.add(parity.needing(p.decimal(CO_PRODUCTION_MIN_VOICE_PARITY)));
    }
    if (!coProduction.stream().allMatch(Check::met)) {
      return new Step(
          Rung.CO_DESIGN,
          who + " shared in design decisions over a continuing relationship",
          conditions(coProduction, Rung.CO_PRODUCTION));
    }
    return new Step(
        Rung.CO_PRODUCTION, who + " shared power from the start, in every stage", List.of());
  }

  private static List<Condition> conditions(List<Check> checks, Rung rung) {
    return checks.stream().map(c -> c.condition(rung)).toList();
  }

  /**
   * The condition that one of two checks is met, as engagement asks of influence and decision
   * inclusion.
   */
  private static Condition either(Check a, Check b, Rung rung) {
    boolean met = a.met() || b.met();
    String values =
        Words.capitalised(a.label())
            + " is "
            + a.formatted()
            + " and "
            + b.label()
            + " is "
            + b.formatted();
    return new Condition(
        met,
        values
            + (met ? ", so at least one of them reaches" : ": neither reaches")
            + " what rung "
            + rung.describe()
            + " needs, "
            + a.label()
            + " of at least "
            + a.format(a.min())
            + " or "
            + b.label()
            + " of at least "
            + b.format(b.min())
            + ".",
        a.name()
            + " or "
            + b.name()
            + " ("
            + a.formatted()
            + " and "
            + b.formatted()
            + ", needs "
            + a.format(a.min())
            + " or "
            + b.format(b.min())
            + ")",
        a.name() + " or " + b.name());
  }

  /**
   * The strongest cap the warning signs put on the placement, or {@code null} for none. The table
   * (docs/metrics.md, "How the verdicts are reached"): people told of decisions already made, or at
   * least {@code signsCapAtConsultation} signs — consultation; any high-severity sign — engagement;
   * any sign — co-design.
   */
  private static @Nullable Cap signCap(LadderInputs in, Parameters p) {
    Double signs = in.signs();
    if (signs == null) {
      return null;
    }
    List<String> decidedAlready = new ArrayList<>(new TreeSet<>(in.signCodes()));
    decidedAlready.retainAll(p.strings(CONSULTATION_CAP_SIGNS));
    if (!decidedAlready.isEmpty()) {
      return new Cap(
          Rung.CONSULTATION,
          Words.capitalised(Plural.word(decidedAlready.size(), "a warning sign", "warning signs"))
              + " that people were brought in after decisions were made ("
              + String.join(", ", decidedAlready)
              + ") "
              + Plural.word(decidedAlready.size(), "holds", "hold")
              + " the placement at rung "
              + Rung.CONSULTATION.describe()
              + " or lower.",
          List.of());
    }
    long found = Math.round(signs);
    int many = p.integer(SIGNS_CAP_AT_CONSULTATION);
    if (signs >= many) {
      return new Cap(
          Rung.CONSULTATION,
          Plural.of(found, "warning sign", "warning signs")
              + " of tokenism "
              + Plural.word(found, "was", "were")
              + " found, and "
              + many
              + " or more hold the placement at rung "
              + Rung.CONSULTATION.describe()
              + " or lower.",
          List.of());
    }
    if (!in.highFindings().isEmpty()) {
      List<String> high = List.copyOf(new TreeSet<>(in.highFindings()));
      return new Cap(
          Rung.ENGAGEMENT,
          Words.capitalised(
                  Plural.word(
                      high.size(), "a high-severity warning sign", "high-severity warning signs"))
              + " ("
              + String.join(", ", high)
              + ") "
              + Plural.word(high.size(), "holds", "hold")
              + " the placement at rung "
              + Rung.ENGAGEMENT.describe()
              + " or lower.",
          List.of());
    }
    if (signs > 0) {
      return new Cap(
          Rung.CO_DESIGN,
          Plural.of(found, "warning sign", "warning signs")
              + " of tokenism "
              + Plural.word(found, "was", "were")
              + " found"
              + (in.signCodes().isEmpty()
                  ? ""
                  : " (" + String.join(", ", new TreeSet<>(in.signCodes())) + ")")
              + ", and co-production allows none: any warning "
              + "sign holds the placement at rung "
              + Rung.CO_DESIGN.describe()
              + " or lower.",
          List.of());
    }
    return null;
  }

  private static boolean atLeast(@Nullable Double value, double min) {
    return value != null && value >= min - TOLERANCE;
  }

  /**
   * A rung reached by the rules, with the conditions of the rung above it.
   *
   * @param rung the rung
   * @param reason what the rule found, in words, as a clause without a full stop
   * @param conditions the conditions of the rung above, met or not, in the rules' order; empty at
   *     the top
   */
  private record Step(Rung rung, String reason, List<Condition> conditions) {

    /** The rung above, or {@code null} at the top. */
    @Nullable Rung next() {
      return rung == Rung.CO_PRODUCTION ? null : Rung.values()[rung.ordinal() + 1];
    }
  }

  /**
   * A condition of the rung above the one the rules reached.
   *
   * @param met whether the records meet it
   * @param sentence the condition and the records' value, as a sentence
   * @param brief the condition and the value in a few words, for a list
   * @param name what the condition is about, in a few words
   */
  private record Condition(boolean met, String sentence, String brief, String name) {

    Condition(boolean met, String sentence, String name) {
      this(met, sentence, name, name);
    }
  }

  /**
   * What holds the placement at a rung whatever the rules reach: a warning sign or the weakest
   * initiative.
   *
   * @param rung the highest rung it allows
   * @param sentence what it is and where it holds the placement, as a sentence
   * @param evidence the records behind it
   */
  private record Cap(Rung rung, String sentence, List<String> evidence) {}

  /**
   * One condition of a rule: an input reaching its minimum.
   *
   * @param name what the input is, in a few words, for a list
   * @param label what the input is, as the subject of a sentence
   * @param definition what the input measures, or empty when the label says it
   * @param value its value, or {@code null} when unknown
   * @param min the least value that meets the condition
   * @param percent whether the value and minimum are shares, written as percentages
   */
  private record Check(
      String name,
      String label,
      String definition,
      @Nullable Double value,
      double min,
      boolean percent) {

    boolean met() {
      return atLeast(value, min);
    }

    /** The same input with another minimum, as a higher rung asks of it. */
    Check needing(double higher) {
      return new Check(name, label, definition, value, higher, percent);
    }

    /**
     * The condition as a rung asks it, such as "Decision inclusion, the share of decisions in which
     * carers held a say, is 76%, below the 80% that rung 7 (co-production) needs."
     */
    Condition condition(Rung rung) {
      String subject =
          Words.capitalised(label) + (definition.isEmpty() ? "" : ", " + definition + ",");
      String sentence =
          value == null
              ? subject
                  + " is unknown, and rung "
                  + rung.describe()
                  + " needs at least "
                  + format(min)
                  + "."
              : subject
                  + " is "
                  + formatted()
                  + (met() ? ", at least the " : ", below the ")
                  + format(min)
                  + " that rung "
                  + rung.describe()
                  + " needs.";
      return new Condition(
          met(), sentence, name + " (" + formatted() + ", needs " + format(min) + ")", name);
    }

    String formatted() {
      return value == null ? "unknown" : format(value);
    }

    String format(double v) {
      return percent
          ? Words.percent(v)
          : v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
  }
}
