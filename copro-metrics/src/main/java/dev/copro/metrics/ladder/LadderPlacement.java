package dev.copro.metrics.ladder;

import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
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
 *   <li>co-production: and decision inclusion, stage coverage across all stages, presence before the
 *       first decision, the bloc's share of power and its share of leadership reach theirs — rung 7.
 * </ol>
 *
 * <p>Then caps from the warning signs of tokenism, the strongest applying: at least
 * {@code signsCapAtConsultation} signs — at most rung 4; a serious sign (by default those showing
 * that power was not shared: rubber-stamp, already-decided, ideas-not-used, stakeholders-missing) —
 * at most 5; more than {@code maxSignsForCoProduction} signs — at most 6.
 *
 * <p>The bottom rules read the records in scope; the others read the outcomes of the direct metrics.
 * A missing, failed or valueless outcome is reported in a warning and the rules that need it count
 * as not met, so the placement says what the evidence supports. Every threshold is a parameter, and
 * every threshold is "at least", so improving any input never lowers the placement. The finding
 * {@code ladder-rule} says which rule placed it, which cap applied, what the next rung needed and
 * the values used.
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

  /** The code of the finding that gives one initiative's own rung. */
  public static final String INITIATIVE_FINDING = "initiative-rung";

  /** The code of the finding that the weakest initiative held the programme's placement down. */
  public static final String WEAKEST_FINDING = "weakest-initiative";

  /** Slack for shares computed in floating point, so that a mean of whole shares reaching 1 counts as 1. */
  private static final double TOLERANCE = 1e-9;

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .name("TLAP ladder of co-production")
      .description("Placement on the Think Local Act Personal ladder of co-production - coercion, educating, "
          + "informing, consultation, engagement, co-design, co-production ('doing to', 'doing for', 'doing "
          + "with') - by documented rules over whether the bloc took part, decision inclusion, influence, "
          + "feedback, stage coverage, earliness, power and leadership, capped by the warning signs of "
          + "tokenism; with the corresponding rung of Arnstein's ladder of citizen participation and level of "
          + "the IAP2 spectrum. Higher is better.")
      .principles(Principle.EQUALITY, Principle.DIVERSITY, Principle.ACCESSIBILITY, Principle.RECIPROCITY)
      .unit(Unit.LEVEL)
      .range(ValueRange.of(1, 7))
      .phase(Phase.AGGREGATE)
      .parameters(
          share(ENGAGEMENT_MIN_INFLUENCE, 0.1, "engagement: the least adoption rate of the bloc's ideas (or see "
              + ENGAGEMENT_MIN_INCLUSION + ")."),
          share(ENGAGEMENT_MIN_INCLUSION, 0.1, "engagement: the least share of decisions in which the bloc held a "
              + "vote (or see " + ENGAGEMENT_MIN_INFLUENCE + ")."),
          share(CO_DESIGN_MIN_INCLUSION, 0.5, "co-design: the least share of decisions in which the bloc held a "
              + "vote."),
          share(CO_DESIGN_MIN_INFLUENCE, 0.25, "co-design: the least adoption rate of the bloc's ideas."),
          share(CO_DESIGN_MIN_FEEDBACK, 0.5, "co-design: the least share of the bloc's contributions answered."),
          share(CO_PRODUCTION_MIN_INCLUSION, 0.8, "co-production: the least share of decisions in which the bloc "
              + "held a vote."),
          share(CO_PRODUCTION_MIN_STAGE_COVERAGE, 1.0, "co-production: the least stage coverage (1 = every stage "
              + "of every initiative)."),
          share(CO_PRODUCTION_MIN_EARLY_SHARE, 1.0, "co-production: the least share of initiatives in which the "
              + "bloc was present before the first decision."),
          share(CO_PRODUCTION_MIN_POWER_SHARE, 0.4, "co-production: the least share of power held by the bloc "
              + "(Banzhaf share, else seat share); parity is 0.5."),
          share(CO_PRODUCTION_MIN_LEADERSHIP, 0.25, "co-production: the least share of activities chaired or "
              + "co-chaired by the bloc."),
          share(DELEGATED_MIN_POWER_SHARE, 0.6, "at co-production, the least share of power for Arnstein's "
              + "delegated power and IAP2's empower."),
          share(DELEGATED_MIN_LEADERSHIP, 0.5, "at co-production, the least share of leadership for Arnstein's "
              + "delegated power and IAP2's empower."),
          share(CO_DESIGN_MIN_VOICE_PARITY, 0.5, "co-design, where speaking was recorded: the least voice parity "
              + "(the bloc's share of the voice over its share of those present; 1 = an equal say)."),
          share(CO_PRODUCTION_MIN_VOICE_PARITY, 0.8, "co-production, where speaking was recorded: the least voice "
              + "parity."),
          ParameterSpec.integer(CONTINUITY_MIN_ACTIVITIES, 3, 1, 1000, "engagement and above: the least number of "
              + "activities the bloc took part in - one event is never more than consultation."),
          ParameterSpec.integer(CONTINUITY_MIN_MONTHS, 3, 0, 120, "engagement and above: the least whole months "
              + "from the bloc's first to its last involvement."),
          share(CO_DESIGN_MIN_RETENTION, 0.5, "co-design and above, where retention is measured (the whole dataset):"
              + " the least share of the bloc who stayed involved (copro.relationship.retention)."),
          ParameterSpec.integer(SIGNS_CAP_AT_CONSULTATION, 4, 1, 10, "with at least this many warning signs the "
              + "placement is at most consultation."),
          ParameterSpec.strings(CONSULTATION_CAP_SIGNS, List.of("rubber-stamp", "already-decided"), "warning-sign "
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

  /** The bloc's part in the records, in all and per initiative, and how many contributions there were. */
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
        return Measurement.noValue("there are no activities, contributions or decisions in scope to place on the "
            + "ladder");
      }
      return place(context, this);
    }

    BlocPresence presence(Predicate<String> initiatives, BlocPresence.Tally tally) {
      return BlocPresence.of(tally, context.decisions(), context.activities(), initiatives, context::isBloc,
          d -> context.dataset().stageOf(d).orElse(null));
    }
  }

  /**
   * The placement of the records in scope, and of each initiative on its own when the engine
   * evaluated them; the programme is placed no higher than its weakest initiative.
   */
  private static Measurement place(EvaluationContext context, Presence tallies) {
    Parameters p = context.parameters();
    LadderInputs in = LadderInputs.read(context::outcome, false);
    Placement pooled = Placement.of(tallies.presence(id -> true, tallies.all), in, p);

    List<Finding> initiativeFindings = new ArrayList<>();
    Placement weakest = null;
    String weakestId = null;
    for (Map.Entry<String, List<Outcome>> entry : context.initiativeOutcomes().entrySet()) {
      String id = entry.getKey();
      BlocPresence.Tally tally = tallies.byInitiative.getOrDefault(id, new BlocPresence.Tally());
      BlocPresence presence = tallies.presence(id::equals, tally);
      if (presence.none() && presence.stagesCovered().isEmpty()) {
        continue; // nothing of this initiative in scope
      }
      List<Outcome> outcomes = entry.getValue();
      LadderInputs own = LadderInputs.read(metric -> outcomes.stream().filter(o -> o.id().equals(metric)).findFirst(),
          true);
      Placement placement = Placement.of(presence, own, p);
      initiativeFindings.add(Finding.of(INITIATIVE_FINDING, Severity.INFO, name(id) + ": "
          + placement.explain(), List.of(Finding.ref(RecordKind.INITIATIVE, id))));
      if (weakest == null || placement.rung().compareTo(weakest.rung()) < 0) {
        weakest = placement;
        weakestId = id;
      }
    }

    Placement placed = pooled;
    Finding weakestFinding = null;
    if (weakest != null && initiativeFindings.size() >= 2 && weakest.rung().compareTo(pooled.rung()) < 0) {
      placed = pooled.cappedAt(weakest.rung());
      weakestFinding = Finding.of(WEAKEST_FINDING, Severity.MEDIUM, "The programme is placed no higher than its "
          + "weakest initiative, " + Objects.requireNonNull(weakestId) + ", on rung "
          + weakest.rung().describe() + ": taken together, the records would have placed it on rung "
          + pooled.rung().describe() + ", and a good initiative must not hide a weak one.",
          List.of(Finding.ref(RecordKind.INITIATIVE, weakestId)));
    }

    Measurement.Builder result = Measurement.of(placed.rung().level(), in.known())
        .component("arnsteinRung", placed.arnstein())
        .component("iap2Level", placed.iap2())
        .component("rungBeforeCaps", pooled.climbed().rung().level());
    if (weakest != null && initiativeFindings.size() >= 2) {
      result.component("weakestInitiativeRung", weakest.rung().level());
    }
    result.finding(Finding.of(RULE_FINDING, Severity.INFO, placed.explain(), List.of()));
    if (weakestFinding != null) {
      result.finding(weakestFinding);
    }
    initiativeFindings.forEach(result::finding);
    in.warnings().forEach(result::warning);
    return result.build();
  }

  /**
   * An initiative as reports show it: by its id, as every record is; free text from the records
   * (such as its name) is never copied into a report. Report renderers may put the name beside it.
   */
  private static String name(String initiative) {
    return "Initiative " + initiative;
  }

  /**
   * Where one set of records is placed: the rung its rules reached, the cap that lowered it, and
   * the Arnstein and IAP2 equivalents.
   *
   * @param climbed the highest rung whose rules were all met, with what they found
   * @param cap the cap that lowered it, or {@code null}
   * @param rung the rung placed
   * @param arnstein the Arnstein rung
   * @param iap2 the IAP2 level
   */
  private record Placement(Step climbed, @Nullable Step cap, Rung rung, int arnstein, int iap2) {

    static Placement of(BlocPresence presence, LadderInputs in, Parameters p) {
      Step climbed = climb(presence, in, p);
      Step cap = signCap(in, p);
      Step applied = cap != null && cap.rung().compareTo(climbed.rung()) < 0 ? cap : null;
      Rung placed = applied == null ? climbed.rung() : applied.rung();
      int arnstein = placed.arnstein();
      int iap2 = placed.iap2();
      if (placed == Rung.CO_PRODUCTION && atLeast(in.power(), p.decimal(DELEGATED_MIN_POWER_SHARE))
          && atLeast(in.leadership(), p.decimal(DELEGATED_MIN_LEADERSHIP))) {
        arnstein = Rung.DELEGATED_POWER;
        iap2 = Rung.EMPOWER;
      }
      return new Placement(climbed, applied, placed, arnstein, iap2);
    }

    /** The same placement held down to {@code lower} by the weakest initiative. */
    Placement cappedAt(Rung lower) {
      Step weakest = new Step(lower, "weakest-initiative", "the weakest initiative is on rung " + lower.describe(),
          List.of(), List.of());
      return new Placement(climbed, weakest, lower, lower.arnstein(), lower.iap2());
    }

    /** Which rule placed it, what was met, what held it back, which cap lowered it. */
    String explain() {
      StringBuilder text = new StringBuilder("Rung ").append(rung.describe()).append(" of the TLAP ladder (Arnstein ")
          .append(arnstein).append(' ').append(Rung.arnsteinName(arnstein)).append(", IAP2 ").append(iap2).append(' ')
          .append(Rung.iap2Name(iap2)).append("). The records reach rung ").append(climbed.rung().describe())
          .append(": ").append(climbed.reason()).append('.');
      if (!climbed.met().isEmpty()) {
        text.append(" Met: ").append(String.join("; ", climbed.met())).append('.');
      }
      if (!climbed.notMet().isEmpty()) {
        text.append(" Not met, which held it back from rung ").append(climbed.rung().level() + 1).append(": ")
            .append(String.join("; ", climbed.notMet())).append('.');
      }
      if (cap != null) {
        text.append(" Capped at rung ").append(cap.rung().describe()).append(" because ").append(cap.reason())
            .append('.');
      }
      return text.toString();
    }
  }

  /** The highest rung whose rule, and every rule below it, the bloc's part and the outcomes meet. */
  private static Step climb(BlocPresence presence, LadderInputs in, Parameters p) {
    if (presence.none()) {
      return new Step(Rung.COERCION, "no-involvement", "no member of the bloc attended an activity, made a "
          + "contribution or held a vote", List.of(), List.of("the bloc to attend, contribute or vote"));
    }
    if (!presence.hadVoice()) {
      String attended = "the bloc attended " + count(presence.attendances(), "activity", "activities");
      String silent = " but made no contribution and held no vote";
      List<String> next = List.of("a contribution or a vote from the bloc");
      return presence.trainingOnly()
          ? new Step(Rung.EDUCATING, "training-only", attended + ", only training," + silent, List.of(), next)
          : new Step(Rung.INFORMING, "attendance-only", attended + silent, List.of(), next);
    }
    String voice = "the bloc made " + count(presence.contributions(), "contribution", "contributions") + " and held "
        + count(presence.votes(), "vote", "votes");
    List<Check> continuity = List.of(
        new Check("activities the bloc took part in", (double) presence.activities(),
            p.integer(CONTINUITY_MIN_ACTIVITIES), false),
        new Check("months from its first to its last involvement", (double) presence.monthsInvolved(),
            p.integer(CONTINUITY_MIN_MONTHS), false));
    List<Check> engagementAny = List.of(
        new Check("influence", in.influence(), p.decimal(ENGAGEMENT_MIN_INFLUENCE), true),
        new Check("decision inclusion", in.inclusion(), p.decimal(ENGAGEMENT_MIN_INCLUSION), true));
    boolean continuing = continuity.stream().allMatch(Check::met);
    if (!continuing || engagementAny.stream().noneMatch(Check::met)) {
      List<String> notMet = new ArrayList<>(notMet(continuity));
      if (engagementAny.stream().noneMatch(Check::met)) {
        notMet.add(describe(engagementAny, "or"));
      }
      return new Step(Rung.CONSULTATION, "consultation", voice + (continuing ? "" : ", but not as a continuing "
          + "relationship: one event or a short spell is consultation"), met(continuity), notMet);
    }
    int stagesNeeded = Math.min(2, Math.max(1, presence.stagesCovered().size()));
    List<Check> coDesign = new ArrayList<>(List.of(
        new Check("decision inclusion", in.inclusion(), p.decimal(CO_DESIGN_MIN_INCLUSION), true),
        new Check("influence", in.influence(), p.decimal(CO_DESIGN_MIN_INFLUENCE), true),
        new Check("feedback", in.feedback(), p.decimal(CO_DESIGN_MIN_FEEDBACK), true),
        new Check("lifecycle stages the bloc took part in", (double) presence.stages().size(), stagesNeeded, false)));
    if (in.voiceParity() != null) {
      coDesign.add(new Check("voice parity", in.voiceParity(), p.decimal(CO_DESIGN_MIN_VOICE_PARITY), false));
    }
    if (in.retention() != null) {
      coDesign.add(new Check("retention", in.retention(), p.decimal(CO_DESIGN_MIN_RETENTION), true));
    }
    if (!coDesign.stream().allMatch(Check::met)) {
      return new Step(Rung.ENGAGEMENT, "engagement", voice + " over a continuing relationship",
          met(continuity, engagementAny), notMet(coDesign));
    }
    List<Check> coProduction = new ArrayList<>(List.of(
        new Check("decision inclusion", in.inclusion(), p.decimal(CO_PRODUCTION_MIN_INCLUSION), true),
        new Check("stage coverage", in.coverage(), p.decimal(CO_PRODUCTION_MIN_STAGE_COVERAGE), true),
        new Check("presence before the first decision", in.earlyShare(), p.decimal(CO_PRODUCTION_MIN_EARLY_SHARE),
            true),
        new Check("share of power", in.power(), p.decimal(CO_PRODUCTION_MIN_POWER_SHARE), true),
        new Check("leadership", in.leadership(), p.decimal(CO_PRODUCTION_MIN_LEADERSHIP), true)));
    if (in.voiceParity() != null) {
      coProduction.add(new Check("voice parity", in.voiceParity(), p.decimal(CO_PRODUCTION_MIN_VOICE_PARITY), false));
    }
    if (!coProduction.stream().allMatch(Check::met)) {
      return new Step(Rung.CO_DESIGN, "co-design", "the bloc shared in design decisions over a continuing "
          + "relationship", met(continuity, engagementAny, coDesign), notMet(coProduction));
    }
    return new Step(Rung.CO_PRODUCTION, "co-production", "the bloc shared power from the start, in every stage",
        met(continuity, engagementAny, coDesign, coProduction), List.of());
  }

  /**
   * The strongest cap the warning signs put on the placement, or {@code null} for none. The table
   * (docs/metrics.md, "How the verdicts are reached"): people told of decisions already made, or at
   * least {@code signsCapAtConsultation} signs — consultation; any high-severity sign — engagement;
   * any sign — co-design.
   */
  private static @Nullable Step signCap(LadderInputs in, Parameters p) {
    Double signs = in.signs();
    if (signs == null) {
      return null;
    }
    List<String> decidedAlready = new ArrayList<>(new TreeSet<>(in.signCodes()));
    decidedAlready.retainAll(p.strings(CONSULTATION_CAP_SIGNS));
    if (!decidedAlready.isEmpty()) {
      return capStep(Rung.CONSULTATION, "the warning signs show people were brought in after decisions were made ("
          + String.join(", ", decidedAlready) + ")");
    }
    int many = p.integer(SIGNS_CAP_AT_CONSULTATION);
    if (signs >= many) {
      return capStep(Rung.CONSULTATION, signsDetected(signs) + " (the cap applies from " + many + ")");
    }
    if (!in.highFindings().isEmpty()) {
      return capStep(Rung.ENGAGEMENT, "a high-severity warning sign stands ("
          + String.join(", ", new TreeSet<>(in.highFindings())) + ")");
    }
    if (signs > 0) {
      return capStep(Rung.CO_DESIGN, signsDetected(signs) + " ("
          + String.join(", ", new TreeSet<>(in.signCodes())) + "); co-production allows none");
    }
    return null;
  }

  private static Step capStep(Rung rung, String reason) {
    return new Step(rung, "cap", reason, List.of(), List.of());
  }

  private static boolean atLeast(@Nullable Double value, double min) {
    return value != null && value >= min - TOLERANCE;
  }

  /**
   * The conditions met, rung by rung; a condition that recurs with a higher minimum (decision
   * inclusion at 10%, then 50%, then 80%) is said once, at the highest minimum met.
   */
  @SafeVarargs
  private static List<String> met(List<Check>... rungs) {
    Map<String, Check> byLabel = new java.util.LinkedHashMap<>();
    for (List<Check> checks : rungs) {
      for (Check c : checks) {
        if (c.met()) {
          byLabel.put(c.label(), c);
        }
      }
    }
    return byLabel.values().stream().map(Check::describe).toList();
  }

  private static List<String> notMet(List<Check> checks) {
    return checks.stream().filter(c -> !c.met()).map(Check::describe).toList();
  }

  /** The checks as a list: {@code a, b and c} or {@code a or b}. */
  private static String describe(List<Check> checks, String conjunction) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < checks.size(); i++) {
      text.append(i == 0 ? "" : i == checks.size() - 1 ? " " + conjunction + " " : ", ")
          .append(checks.get(i).describe());
    }
    return text.toString();
  }

  private static String signsDetected(double signs) {
    long n = Math.round(signs);
    return count(n, "warning sign", "warning signs") + " of tokenism detected";
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * A rung reached by a rule, or a cap put on the placement.
   *
   * @param rung the rung
   * @param rule the rule's name
   * @param reason what the rule found, in words
   * @param met the conditions met on the way, with their values
   * @param notMet the conditions of the next rung up that were not met, with their values
   */
  private record Step(Rung rung, String rule, String reason, List<String> met, List<String> notMet) {}

  /**
   * One condition of a rule: an input reaching its minimum.
   *
   * @param label what the input is
   * @param value its value, or {@code null} when unknown
   * @param min the least value that meets the condition
   * @param percent whether the value and minimum are shares, written as percentages
   */
  private record Check(String label, @Nullable Double value, double min, boolean percent) {

    boolean met() {
      return atLeast(value, min);
    }

    String describe() {
      return label + " " + (value == null ? "unknown" : format(value)) + " (needs at least " + format(min) + ")";
    }

    private String format(double v) {
      return percent ? String.format(Locale.ROOT, "%.0f%%", v * 100) : v == Math.rint(v)
          ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
  }
}
