package dev.copro.metrics.ladder;

import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Principle;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.List;
import java.util.Locale;
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
  static final String CO_PRODUCTION_MIN_INCLUSION = "coProductionMinInclusion";
  static final String CO_PRODUCTION_MIN_STAGE_COVERAGE = "coProductionMinStageCoverage";
  static final String CO_PRODUCTION_MIN_EARLY_SHARE = "coProductionMinEarlyShare";
  static final String CO_PRODUCTION_MIN_POWER_SHARE = "coProductionMinPowerShare";
  static final String CO_PRODUCTION_MIN_LEADERSHIP = "coProductionMinLeadership";
  static final String DELEGATED_MIN_POWER_SHARE = "delegatedMinPowerShare";
  static final String DELEGATED_MIN_LEADERSHIP = "delegatedMinLeadership";
  static final String SIGNS_CAP_AT_CONSULTATION = "signsCapAtConsultation";
  static final String SERIOUS_SIGNS = "seriousSigns";
  static final String MAX_SIGNS_FOR_CO_PRODUCTION = "maxSignsForCoProduction";

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
          ParameterSpec.integer(SIGNS_CAP_AT_CONSULTATION, 4, 1, 10, "with at least this many warning signs the "
              + "placement is at most consultation."),
          ParameterSpec.strings(SERIOUS_SIGNS, List.of("rubber-stamp", "already-decided", "ideas-not-used",
              "stakeholders-missing"), "warning-sign codes any of which caps the placement at engagement."),
          ParameterSpec.integer(MAX_SIGNS_FOR_CO_PRODUCTION, 0, 0, 10, "with more warning signs than this the "
              + "placement is at most co-design."))
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
   * A new accumulator of the bloc's attendances and contributions in scope. The placement of the
   * records in scope on the ladder — no value when the scope holds no activities, contributions or
   * decisions — is made in {@link Accumulator#result()}, from those counts and the direct metrics'
   * outcomes.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Presence(context);
  }

  /** The bloc's attendances (and whether all were at training) and contributions, and all contributions. */
  private static final class Presence implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private int attendances;
    private boolean onlyTraining = true;
    private int blocContributions;
    private long contributions;

    Presence(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
    }

    @Override
    public void attendance(Attendance a) {
      int p = positions.participant(a.participant());
      if (a.attended() && p >= 0 && positions.isBloc(p)) {
        attendances++;
        onlyTraining &= positions.activityAt(positions.activity(a.activity())).type() == ActivityType.TRAINING;
      }
    }

    @Override
    public void contribution(Contribution c) {
      contributions++;
      int p = positions.participant(c.participant());
      blocContributions += p >= 0 && positions.isBloc(p) ? 1 : 0;
    }

    @Override
    public void merge(Accumulator other) {
      Presence o = (Presence) other;
      attendances += o.attendances;
      onlyTraining &= o.onlyTraining;
      blocContributions += o.blocContributions;
      contributions += o.contributions;
    }

    @Override
    public Measurement result() {
      if (context.activities().isEmpty() && contributions == 0 && context.decisions().isEmpty()) {
        return Measurement.noValue("there are no activities, contributions or decisions in scope to place on the "
            + "ladder");
      }
      return place(context, BlocPresence.of(context, attendances, blocContributions, onlyTraining));
    }
  }

  /** The placement, from the bloc's part in the records and the direct metrics' outcomes. */
  private static Measurement place(EvaluationContext context, BlocPresence presence) {
    Parameters p = context.parameters();
    LadderInputs in = LadderInputs.read(context, p.strings(SERIOUS_SIGNS));
    Step climbed = climb(presence, in, p);
    Step cap = cap(in, p);
    Step applied = cap != null && cap.rung().compareTo(climbed.rung()) < 0 ? cap : null;
    Rung placed = applied == null ? climbed.rung() : applied.rung();

    int arnstein = placed.arnstein();
    int iap2 = placed.iap2();
    if (placed == Rung.CO_PRODUCTION && atLeast(in.power(), p.decimal(DELEGATED_MIN_POWER_SHARE))
        && atLeast(in.leadership(), p.decimal(DELEGATED_MIN_LEADERSHIP))) {
      arnstein = Rung.DELEGATED_POWER;
      iap2 = Rung.EMPOWER;
    }

    Measurement.Builder result = Measurement.of(placed.level(), in.known())
        .component("arnsteinRung", arnstein)
        .component("iap2Level", iap2)
        .component("rungBeforeCaps", climbed.rung().level())
        .finding(Finding.of("ladder-rule", Severity.INFO, explain(placed, arnstein, iap2, climbed, applied),
            List.of()));
    in.warnings().forEach(result::warning);
    return result.build();
  }

  /** Which rule placed it, what the next rung needed, which cap lowered it; ids and values only. */
  private static String explain(Rung placed, int arnstein, int iap2, Step climbed, @Nullable Step cap) {
    StringBuilder message = new StringBuilder("Rung ").append(placed.describe())
        .append(" of the TLAP ladder (Arnstein ").append(arnstein).append(' ').append(Rung.arnsteinName(arnstein))
        .append(", IAP2 ").append(iap2).append(' ').append(Rung.iap2Name(iap2)).append("). Rule '")
        .append(climbed.rule()).append("' placed it on ").append(climbed.rung().describe()).append(": ")
        .append(climbed.reason()).append('.');
    if (climbed.next() != null) {
      message.append(" Not higher: ").append(climbed.next()).append('.');
    }
    if (cap != null) {
      message.append(" Cap '").append(cap.rule()).append("' lowered it to ").append(cap.rung().describe())
          .append(": ").append(cap.reason()).append('.');
    }
    return message.toString();
  }

  /** The highest rung whose rule, and every rule below it, the bloc's part and the outcomes meet. */
  private static Step climb(BlocPresence presence, LadderInputs in, Parameters p) {
    if (presence.none()) {
      return new Step(Rung.COERCION, "no-involvement", "no member of the bloc attended an activity, made a "
          + "contribution or held a vote in scope", "the rungs above need the bloc to attend, contribute or vote");
    }
    if (!presence.hadVoice()) {
      String attended = "the bloc attended " + count(presence.attendances(), "activity", "activities");
      String silent = " but made no contribution and held no vote";
      String next = "consultation needs a contribution or a vote from the bloc";
      return presence.trainingOnly()
          ? new Step(Rung.EDUCATING, "training-only", attended + ", only training," + silent, next)
          : new Step(Rung.INFORMING, "attendance-only", attended + silent, next);
    }
    String voice = "the bloc made " + count(presence.contributions(), "contribution", "contributions") + " and held "
        + count(presence.votes(), "vote", "votes");
    List<Check> engagement = List.of(
        new Check("influence", in.influence(), p.decimal(ENGAGEMENT_MIN_INFLUENCE)),
        new Check("decision inclusion", in.inclusion(), p.decimal(ENGAGEMENT_MIN_INCLUSION)));
    if (engagement.stream().noneMatch(Check::met)) {
      return new Step(Rung.CONSULTATION, "consultation", voice, "engagement needs " + describe(engagement, "or"));
    }
    List<Check> coDesign = List.of(
        new Check("decision inclusion", in.inclusion(), p.decimal(CO_DESIGN_MIN_INCLUSION)),
        new Check("influence", in.influence(), p.decimal(CO_DESIGN_MIN_INFLUENCE)),
        new Check("feedback", in.feedback(), p.decimal(CO_DESIGN_MIN_FEEDBACK)));
    if (!coDesign.stream().allMatch(Check::met)) {
      return new Step(Rung.ENGAGEMENT, "engagement", voice + ", with " + describe(engagement, "or"),
          "co-design needs " + describe(coDesign, "and"));
    }
    List<Check> coProduction = List.of(
        new Check("decision inclusion", in.inclusion(), p.decimal(CO_PRODUCTION_MIN_INCLUSION)),
        new Check("stage coverage", in.coverage(), p.decimal(CO_PRODUCTION_MIN_STAGE_COVERAGE)),
        new Check("presence before the first decision", in.earlyShare(), p.decimal(CO_PRODUCTION_MIN_EARLY_SHARE)),
        new Check("share of power", in.power(), p.decimal(CO_PRODUCTION_MIN_POWER_SHARE)),
        new Check("leadership", in.leadership(), p.decimal(CO_PRODUCTION_MIN_LEADERSHIP)));
    if (!coProduction.stream().allMatch(Check::met)) {
      return new Step(Rung.CO_DESIGN, "co-design", describe(coDesign, "and"), "co-production needs "
          + describe(coProduction, "and"));
    }
    return new Step(Rung.CO_PRODUCTION, "co-production", describe(coProduction, "and"), null);
  }

  /** The strongest cap the warning signs put on the placement, or {@code null} for none. */
  private static @Nullable Step cap(LadderInputs in, Parameters p) {
    Double signs = in.signs();
    if (signs == null) {
      return null;
    }
    int many = p.integer(SIGNS_CAP_AT_CONSULTATION);
    if (signs >= many) {
      return new Step(Rung.CONSULTATION, "many-signs", signsDetected(signs) + " (the cap applies from " + many + ")",
          null);
    }
    if (!in.seriousSigns().isEmpty()) {
      return new Step(Rung.ENGAGEMENT, "serious-sign", "serious warning signs detected: "
          + String.join(", ", in.seriousSigns()), null);
    }
    int allowed = p.integer(MAX_SIGNS_FOR_CO_PRODUCTION);
    if (signs > allowed) {
      return new Step(Rung.CO_DESIGN, "any-sign", signsDetected(signs) + " (co-production allows " + allowed + ")",
          null);
    }
    return null;
  }

  private static boolean atLeast(@Nullable Double value, double min) {
    return value != null && value >= min - TOLERANCE;
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

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * A rung reached by a rule, or a cap put on the placement.
   *
   * @param rung the rung
   * @param rule the rule's name
   * @param reason what the rule found, with the values used
   * @param next what the next rung up needed, or {@code null} at the top and for caps
   */
  private record Step(Rung rung, String rule, String reason, @Nullable String next) {}

  /**
   * One condition of a rule: an input reaching its minimum.
   *
   * @param label what the input is
   * @param value its value, or {@code null} when unknown
   * @param min the least value that meets the condition
   */
  private record Check(String label, @Nullable Double value, double min) {

    boolean met() {
      return atLeast(value, min);
    }

    String describe() {
      return label + " " + (value == null ? "unknown" : format(value, 2)) + " (at least " + format(min, 2) + ")";
    }
  }
}
