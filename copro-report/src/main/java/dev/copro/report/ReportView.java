package dev.copro.report;

import dev.copro.engine.PluginFailure;
import dev.copro.engine.Report;
import dev.copro.engine.Report.MetricResult;
import dev.copro.engine.Report.RuleResult;
import dev.copro.model.Principle;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every report format shows, taken out of an engine {@link Report} once so that the text,
 * Markdown and HTML reports say the same things: the headline metrics (principles scorecard,
 * ladder, warning signs), every metric's line, the time series, the voice distribution, findings,
 * failures and warnings. Values stay numbers here; formats format them.
 *
 * <p>The headline metrics are optional: a report without them (disabled, failed, no value, or a
 * host with another catalog) gets an {@link Unavailable} saying why.
 */
final class ReportView {

  static final String SCORECARD = "copro.scorecard.principles";
  static final String LADDER = "copro.ladder.tlap";
  static final String WARNING_SIGNS = "copro.tokenism.warning-signs";
  static final String VOICE = "copro.voice.equality";

  /** The metrics shown in sections of their own, with their findings. */
  static final Set<String> HEADLINES = Set.of(SCORECARD, LADDER, WARNING_SIGNS);

  /** The breakdown the engine adds to sliceable metrics: one group per period. */
  static final String PERIOD = "period";

  /** The breakdown the engine adds to sliceable metrics: one group per initiative. */
  static final String INITIATIVE = "initiative";

  /**
   * The perspective breakdown; the voice metric also has this name followed by {@value
   * #ATTENDANCE_SUFFIX}.
   */
  static final String PERSPECTIVE = "perspective";

  static final String ATTENDANCE_SUFFIX = "-attendance";

  /** TLAP ladder rungs 1..7, bottom to top. */
  static final List<String> TLAP =
      List.of(
          "coercion",
          "educating",
          "informing",
          "consultation",
          "engagement",
          "co-design",
          "co-production");

  /** Arnstein's ladder rungs 1..8. */
  static final List<String> ARNSTEIN =
      List.of(
          "manipulation",
          "therapy",
          "informing",
          "consultation",
          "placation",
          "partnership",
          "delegated power",
          "citizen control");

  /** IAP2 spectrum levels 1..5. */
  static final List<String> IAP2 =
      List.of("inform", "consult", "involve", "collaborate", "empower");

  /** The finding of the ladder for each condition of the next rung that the records meet. */
  static final String LADDER_CONDITION_MET = "ladder-condition-met";

  /** The finding of the ladder for each condition of the next rung that the records do not meet. */
  static final String LADDER_CONDITION_NOT_MET = "ladder-condition-not-met";

  /** The finding of the ladder that says which rule placed it. */
  static final String LADDER_RULE = "ladder-rule";

  /**
   * SCIE's four principles of co-production; the scorecard may score others (relationship), shown
   * apart.
   */
  static final Set<Principle> FOUR_PRINCIPLES =
      EnumSet.of(
          Principle.EQUALITY, Principle.DIVERSITY, Principle.ACCESSIBILITY, Principle.RECIPROCITY);

  private final Report report;
  private final RenderOptions options;

  private ReportView(Report report, RenderOptions options) {
    this.report = report;
    this.options = options;
  }

  static ReportView of(Report report, RenderOptions options) {
    return new ReportView(report, options);
  }

  Report report() {
    return report;
  }

  RenderOptions options() {
    return options;
  }

  /** The dataset's name, or else the source it was read from, or else {@code the dataset}. */
  String title() {
    String name = report.dataset().name();
    if (name != null && !name.isBlank()) {
      return name;
    }
    return options.source().isEmpty() ? "the dataset" : options.source();
  }

  /** What the dataset was read from; empty when not said. */
  String source() {
    return options.source();
  }

  List<String> by() {
    return options.by();
  }

  // ---- words for a metric

  /** The metric's descriptor, when the options have it. */
  Optional<Descriptor> descriptor(String id) {
    return options.descriptor(id);
  }

  /**
   * One sentence saying what the metric measures: its descriptor's summary, else the first sentence
   * of its description (as {@link Descriptor#summaryOrDescription()} does).
   */
  String summary(MetricResult metric) {
    return descriptor(metric.id())
        .map(Descriptor::summaryOrDescription)
        .filter(s -> !s.isEmpty())
        .orElseGet(() -> firstSentence(metric.description()));
  }

  /** One sentence saying what a good value looks like, or empty when the descriptor gives none. */
  String goodLooksLike(MetricResult metric) {
    return descriptor(metric.id()).map(Descriptor::goodLooksLike).orElse("");
  }

  /** The metric's declared range, when its descriptor is known. */
  @Nullable ValueRange range(MetricResult metric) {
    return descriptor(metric.id()).map(Descriptor::range).orElse(null);
  }

  static String firstSentence(String text) {
    String stripped = text.strip();
    int end = stripped.indexOf(". ");
    return end < 0 ? stripped : stripped.substring(0, end + 1);
  }

  /**
   * Whether the metric's rating rests on fewer records than {@link RenderOptions#cautionBelow()}:
   * it is rated, and its n is below the minimum.
   */
  boolean caution(MetricResult metric) {
    Measurement m = metric.measurement();
    return metric.rating() != null && m != null && m.n() < options.cautionBelow();
  }

  /** How many records the dataset holds, all kinds together. */
  long records() {
    return report.dataset().records().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The bloc's perspectives, as codes in their declared order: {@code lived-experience or carer}.
   */
  String bloc() {
    List<String> codes =
        report.configuration().bloc().perspectives().stream().map(p -> p.code()).toList();
    if (codes.size() <= 1) {
      return String.join("", codes);
    }
    return String.join(", ", codes.subList(0, codes.size() - 1))
        + " or "
        + codes.get(codes.size() - 1);
  }

  // ---- headline metrics

  /** Why a headline metric cannot be shown. */
  record Unavailable(String metricId, String reason) {}

  /** The metric's result if it has a value, else why not: not evaluated, failed, or no value. */
  Optional<Unavailable> unavailable(String metricId) {
    Optional<MetricResult> result = report.metric(metricId);
    if (result.isEmpty()) {
      return Optional.of(new Unavailable(metricId, "not evaluated"));
    }
    MetricResult metric = result.get();
    if (metric.failure() != null) {
      return Optional.of(new Unavailable(metricId, "failed: " + metric.failure()));
    }
    Measurement m = metric.measurement();
    if (m == null || m.value() == null) {
      return Optional.of(
          new Unavailable(
              metricId,
              "no value: " + (m == null ? "no measurement" : String.valueOf(m.noValueReason()))));
    }
    return Optional.empty();
  }

  /**
   * One principle's score and rating.
   *
   * @param capped whether the rating is worse than the score alone would earn on the scorecard's
   *     thresholds: a warning sign held it down
   */
  record PrincipleScore(
      Principle principle, double score, @Nullable Rating rating, boolean capped) {}

  /**
   * The scorecard: the overall score and rating, one line per principle it scores, and its
   * findings, which say how each principle's rating came about.
   *
   * @param unit the scorecard's unit, in which the overall and the principle scores are written
   * @param n how many records the scorecard rests on
   */
  record Scorecard(
      double score,
      @Nullable Rating rating,
      Unit unit,
      long n,
      List<PrincipleScore> principles,
      List<Finding> explanations) {

    /**
     * The lines of SCIE's four principles (equality, diversity, accessibility, reciprocity), in
     * that order.
     */
    List<PrincipleScore> four() {
      return principles.stream().filter(p -> FOUR_PRINCIPLES.contains(p.principle())).toList();
    }

    /** The lines of any other principle the scorecard scores, such as relationship. */
    List<PrincipleScore> others() {
      return principles.stream().filter(p -> !FOUR_PRINCIPLES.contains(p.principle())).toList();
    }
  }

  /** The principles scorecard, when {@value #SCORECARD} has a value. */
  Optional<Scorecard> scorecard() {
    return valued(SCORECARD)
        .map(
            metric -> {
              Measurement m = measurement(metric);
              Thresholds thresholds = metric.thresholds();
              List<PrincipleScore> principles = new ArrayList<>();
              for (Principle principle : Principle.values()) {
                Double score = m.components().get(principle.code());
                if (score != null) {
                  Rating rating = principleRating(m, principle, score, thresholds);
                  boolean capped =
                      rating != null
                          && thresholds != null
                          && rating.compareTo(thresholds.rate(score)) < 0;
                  principles.add(new PrincipleScore(principle, score, rating, capped));
                }
              }
              return new Scorecard(
                  value(m), metric.rating(), metric.unit(), m.n(), principles, m.findings());
            });
  }

  /**
   * The ladder placement: the TLAP rung and, when given, the Arnstein rung and IAP2 level.
   *
   * @param rung the TLAP rung, 1..7 (the value as given, which a plugin might not keep whole)
   * @param arnstein the Arnstein rung 1..8, or {@code null}
   * @param iap2 the IAP2 level 1..5, or {@code null}
   * @param n how many records the placement rests on
   * @param explanations the ladder's findings, which say which rules placed it there
   * @param reached the rung the rules reached before any cap held the placement down (the ladder's
   *     {@code rungBeforeCaps} component), or {@code null} when not given: the conditions it lists
   *     are those of the rung above this one
   */
  record Ladder(
      double rung,
      @Nullable Double arnstein,
      @Nullable Double iap2,
      long n,
      List<Finding> explanations,
      @Nullable Double reached) {

    /** The findings saying which rule placed it ({@value #LADDER_RULE}). */
    List<Finding> rules() {
      return withCode(LADDER_RULE);
    }

    /** The conditions for the next rung that the records meet ({@value #LADDER_CONDITION_MET}). */
    List<Finding> met() {
      return withCode(LADDER_CONDITION_MET);
    }

    /** The conditions for the next rung that the records do not meet: what held it back. */
    List<Finding> notMet() {
      return withCode(LADDER_CONDITION_NOT_MET);
    }

    /** Whether the ladder says condition by condition what was met and what was not. */
    boolean splitsConditions() {
      return !met().isEmpty() || !notMet().isEmpty();
    }

    /**
     * Its other findings: each initiative's own rung, the weakest initiative, and any a plugin
     * adds.
     */
    List<Finding> others() {
      return explanations.stream()
          .filter(
              f ->
                  !f.code().equals(LADDER_RULE)
                      && !f.code().equals(LADDER_CONDITION_MET)
                      && !f.code().equals(LADDER_CONDITION_NOT_MET))
          .toList();
    }

    private List<Finding> withCode(String code) {
      return explanations.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * The rung whose conditions the ladder lists, such as {@code rung 7 (co-production)} — the one
     * above the rung the rules reached before any cap, which is above the placement when a cap held
     * it down — or {@code null} at the top or off the ladder.
     */
    @Nullable String nextRungName() {
      double from = reached == null ? rung : Math.max(rung, reached);
      return rungName() == null || from >= TLAP.size() || from != Math.rint(from)
          ? null
          : "rung " + ((int) from + 1) + " (" + TLAP.get((int) from) + ")";
    }

    /** The TLAP rung's name, or {@code null} when the value is not a rung. */
    @Nullable String rungName() {
      return name(TLAP, rung);
    }

    /** {@code doing to} (rungs 1–2), {@code doing for} (3–5) or {@code doing with} (6–7). */
    @Nullable String band() {
      if (rungName() == null) {
        return null;
      }
      return rung <= 2 ? "doing to" : rung <= 5 ? "doing for" : "doing with";
    }

    @Nullable String arnsteinName() {
      return arnstein == null ? null : name(ARNSTEIN, arnstein);
    }

    @Nullable String iap2Name() {
      return iap2 == null ? null : name(IAP2, iap2);
    }

    /**
     * {@code TLAP rung 5 of 7: engagement (doing for); Arnstein rung 5 of 8: placation; IAP2 level
     * 3 of 5: involve}.
     */
    String describe() {
      StringBuilder text = new StringBuilder("TLAP rung " + Values.whole(rung) + " of 7");
      if (rungName() != null) {
        text.append(": ").append(rungName()).append(" (").append(band()).append(')');
      }
      if (arnstein != null) {
        text.append("; Arnstein rung ").append(Values.whole(arnstein)).append(" of 8");
        if (arnsteinName() != null) {
          text.append(": ").append(arnsteinName());
        }
      }
      if (iap2 != null) {
        text.append("; IAP2 level ").append(Values.whole(iap2)).append(" of 5");
        if (iap2Name() != null) {
          text.append(": ").append(iap2Name());
        }
      }
      return text.toString();
    }

    /**
     * The name of a 1-based whole position in a list, or {@code null} when the value is not one.
     */
    static @Nullable String name(List<String> names, double position) {
      if (position != Math.rint(position) || position < 1 || position > names.size()) {
        return null;
      }
      return names.get((int) position - 1);
    }
  }

  /** The ladder placement, when {@value #LADDER} has a value. */
  Optional<Ladder> ladder() {
    return valued(LADDER)
        .map(
            metric -> {
              Measurement m = measurement(metric);
              return new Ladder(
                  value(m),
                  m.components().get("arnsteinRung"),
                  m.components().get("iap2Level"),
                  m.n(),
                  m.findings(),
                  m.components().get("rungBeforeCaps"));
            });
  }

  /**
   * A principle's rating as the scorecard gave it, after the caps of the warning signs (its {@code
   * <principle>Rating} component: red 0, amber 0.5, green 1); from the score and the thresholds
   * only for reports of versions that did not carry it.
   */
  private static @Nullable Rating principleRating(
      Measurement m, Principle principle, double score, @Nullable Thresholds thresholds) {
    Double points = m.components().get(principle.code() + "Rating");
    if (points != null) {
      return points >= 1 ? Rating.GREEN : points >= 0.5 ? Rating.AMBER : Rating.RED;
    }
    return thresholds == null ? null : thresholds.rate(score);
  }

  /** The warning signs: how many were detected, how many could be assessed, and the findings. */
  record WarningSigns(
      double detected, long assessed, @Nullable Rating rating, List<Finding> findings) {}

  /** The warning signs of tokenism, when {@value #WARNING_SIGNS} has a value. */
  Optional<WarningSigns> warningSigns() {
    return valued(WARNING_SIGNS)
        .map(
            metric -> {
              Measurement m = measurement(metric);
              return new WarningSigns(value(m), m.n(), metric.rating(), m.findings());
            });
  }

  // ---- every metric

  /** The metrics in id order. */
  List<MetricResult> metrics() {
    return report.metrics();
  }

  /** The rules in id order. */
  List<RuleResult> rules() {
    return report.rules();
  }

  /**
   * The breakdowns of a metric named in {@code --by}, in the order given there; absent ones are
   * left out.
   */
  List<Breakdown> breakdownsBy(MetricResult metric) {
    Measurement m = metric.measurement();
    if (m == null) {
      return List.of();
    }
    List<Breakdown> shown = new ArrayList<>();
    for (String dimension : options.by()) {
      m.breakdowns().stream()
          .filter(b -> b.dimension().equals(dimension))
          .findFirst()
          .ifPresent(shown::add);
    }
    return shown;
  }

  /** A finding and where it came from: a metric or a rule id. */
  record SourcedFinding(String source, Finding finding) {}

  /**
   * Every finding of the metrics other than the headline metrics (whose findings are shown with
   * them) and of the rules, metrics first, each in id order and then in the order reported.
   */
  List<SourcedFinding> otherFindings() {
    List<SourcedFinding> findings = new ArrayList<>();
    for (MetricResult metric : report.metrics()) {
      if (metric.measurement() != null && !HEADLINES.contains(metric.id())) {
        metric
            .measurement()
            .findings()
            .forEach(f -> findings.add(new SourcedFinding(metric.id(), f)));
      }
    }
    for (RuleResult rule : report.rules()) {
      rule.findings().forEach(f -> findings.add(new SourcedFinding(rule.id(), f)));
    }
    return findings;
  }

  /**
   * The findings of one kind: one metric's or rule's findings with one code, such as the feedback
   * metric's {@code no-feedback}.
   *
   * @param sourceId the metric's or rule's id
   * @param sourceName its name
   * @param code the findings' code
   * @param findings the findings, in the order reported
   */
  record FindingGroup(String sourceId, String sourceName, String code, List<Finding> findings) {

    /** The code as a title: {@code no-feedback} becomes {@code No feedback}. */
    String title() {
      return Values.title(code);
    }

    /** The most severe of the findings. */
    Severity worst() {
      return findings.stream()
          .map(Finding::severity)
          .max(Comparator.naturalOrder())
          .orElse(Severity.INFO);
    }

    /**
     * How many records the findings cite: the different records they list, plus those each finding
     * counted without listing (which may repeat a record another finding lists).
     */
    long records() {
      return findings.stream().flatMap(f -> f.evidence().stream()).distinct().count()
          + findings.stream().mapToLong(Finding::evidenceOmitted).sum();
    }

    /**
     * How many findings, by severity when they differ: {@code 1 finding}, {@code 12 findings} or
     * {@code 1,000 findings: 415 high, 585 medium}, the most severe first.
     */
    String severities() {
      Map<Severity, Long> bySeverity = new TreeMap<>(Comparator.reverseOrder());
      findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
      String total = Values.count(findings.size(), "finding");
      if (bySeverity.size() < 2) {
        return total;
      }
      return total
          + ": "
          + bySeverity.entrySet().stream()
              .map(
                  e -> {
                    String severity = e.getKey().name().toLowerCase(Locale.ROOT);
                    return Values.count(e.getValue(), severity, severity);
                  })
              .collect(Collectors.joining(", "));
    }
  }

  /**
   * {@link #otherFindings()} grouped by source and code, the most severe groups first and otherwise
   * in the order their first finding was reported.
   */
  List<FindingGroup> findingGroups() {
    Map<List<String>, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, String> names = new TreeMap<>();
    report.metrics().forEach(m -> names.put(m.id(), m.name()));
    report.rules().forEach(r -> names.put(r.id(), r.name()));
    for (SourcedFinding f : otherFindings()) {
      groups
          .computeIfAbsent(List.of(f.source(), f.finding().code()), k -> new ArrayList<>())
          .add(f.finding());
    }
    List<FindingGroup> list = new ArrayList<>();
    groups.forEach(
        (key, findings) ->
            list.add(
                new FindingGroup(
                    key.get(0), names.getOrDefault(key.get(0), key.get(0)), key.get(1), findings)));
    list.sort(Comparator.comparing(FindingGroup::worst).reversed());
    return list;
  }

  /** A metric or rule that failed, and why. */
  record Failed(String id, String reason) {}

  /** The metrics and rules that failed, in id order, metrics first. */
  List<Failed> failed() {
    List<Failed> failed = new ArrayList<>();
    report.metrics().stream()
        .filter(m -> m.failure() != null)
        .forEach(m -> failed.add(new Failed(m.id(), m.failure())));
    report.rules().stream()
        .filter(r -> r.failure() != null)
        .forEach(r -> failed.add(new Failed(r.id(), r.failure())));
    return failed;
  }

  /** The plugins that could not be loaded. */
  List<PluginFailure> pluginFailures() {
    return report.pluginFailures();
  }

  /**
   * A warning about the data, and the metric that gave it ({@code null} for the evaluation as a
   * whole).
   */
  record Note(@Nullable String metricId, String text) {}

  /** The evaluation's warnings, then every metric's, in id order. */
  List<Note> notes() {
    List<Note> notes = new ArrayList<>();
    report.warnings().forEach(w -> notes.add(new Note(null, w)));
    for (MetricResult metric : report.metrics()) {
      if (metric.measurement() != null) {
        metric.measurement().warnings().forEach(w -> notes.add(new Note(metric.id(), w)));
      }
    }
    return notes;
  }

  // ---- charts

  /**
   * A metric's values per period: the groups of its {@value #PERIOD} breakdown, in period order.
   */
  record Series(MetricResult metric, List<Group> points) {

    Unit unit() {
      return metric.unit();
    }

    /** Whether any period has a value to draw (not suppressed, not without a value). */
    boolean hasValue() {
      return points.stream().anyMatch(g -> !g.suppressed() && g.value() != null);
    }

    /** The last period with a value to draw, or {@code null}. */
    @Nullable Group latest() {
      for (int i = points.size() - 1; i >= 0; i--) {
        Group group = points.get(i);
        if (!group.suppressed() && group.value() != null) {
          return group;
        }
      }
      return null;
    }

    /** The metric's value over every period together, or {@code null}. */
    @Nullable Double overall() {
      return metric.measurement() == null ? null : metric.measurement().value();
    }
  }

  /** Every metric with a period breakdown holding at least one group, in id order. */
  List<Series> timeSeries() {
    List<Series> series = new ArrayList<>();
    for (MetricResult metric : report.metrics()) {
      breakdown(metric, PERIOD)
          .filter(b -> !b.groups().isEmpty())
          .ifPresent(b -> series.add(new Series(metric, b.groups())));
    }
    return series;
  }

  /** The periods of every series, in order: the columns of a table of the series. */
  List<String> periods() {
    TreeSet<String> periods = new TreeSet<>();
    timeSeries().forEach(s -> s.points().forEach(g -> periods.add(g.key())));
    return List.copyOf(periods);
  }

  /**
   * One perspective's share of the talking and, when the voice metric gives it, its share of the
   * attendances; either group may be suppressed.
   */
  record VoiceShare(String perspective, Group voice, @Nullable Group attendance) {}

  /**
   * The voice distribution by perspective from {@value #VOICE}'s perspective breakdown, when it has
   * one.
   */
  Optional<List<VoiceShare>> voiceByPerspective() {
    Optional<MetricResult> metric = report.metric(VOICE);
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    Optional<Breakdown> voice =
        breakdown(metric.get(), PERSPECTIVE).filter(b -> !b.groups().isEmpty());
    if (voice.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Group> attendance = new TreeMap<>();
    breakdown(metric.get(), PERSPECTIVE + ATTENDANCE_SUFFIX)
        .ifPresent(b -> b.groups().forEach(g -> attendance.put(g.key(), g)));
    return Optional.of(
        voice.get().groups().stream()
            .map(g -> new VoiceShare(g.key(), g, attendance.get(g.key())))
            .toList());
  }

  // ---- helpers

  private Optional<MetricResult> valued(String metricId) {
    return report
        .metric(metricId)
        .filter(m -> m.measurement() != null && m.measurement().value() != null);
  }

  private static Measurement measurement(MetricResult metric) {
    return Objects.requireNonNull(metric.measurement());
  }

  private static double value(Measurement m) {
    return Objects.requireNonNull(m.value());
  }

  static Optional<Breakdown> breakdown(MetricResult metric, String dimension) {
    Measurement m = metric.measurement();
    return m == null
        ? Optional.empty()
        : m.breakdowns().stream().filter(b -> b.dimension().equals(dimension)).findFirst();
  }
}
