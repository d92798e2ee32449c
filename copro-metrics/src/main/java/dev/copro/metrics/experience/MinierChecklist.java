package dev.copro.metrics.experience;

import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.LongIntMap;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Words;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Phase;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.experience.minier-checklist}: Minier's checklist scored by the people who took part,
 * set beside the warning signs of tokenism the records show — per sign, do people and records
 * agree?
 *
 * <p>Participants answer the ten {@link MinierItem standard items} ({@code minier.rubber-stamp} …
 * {@code minier.comments-not-documented}), each the good practice that one warning sign breaks. An
 * answer is read on its item's scale as (value − min) ÷ (max − min); a respondent's score for a
 * sign is the mean over their answers to its item (in any survey, any round), and a respondent
 * <em>reports</em> the sign when that mean is below the midpoint 0.5 (disagreeing with the good
 * practice; neutral is not a report).
 *
 * <p>People's view of a sign rests on the lived-experience bloc's respondents to its item: unknown
 * when fewer than {@code minRespondents} answered (a share of so few people would point at them),
 * else <em>present</em> when at least {@code minReportingShare} of them report it and
 * <em>absent</em> otherwise. The records' view is the sign's 0/1 component in the outcome of {@code
 * copro.tokenism.warning-signs}, unknown when that metric says the sign could not be assessed. A
 * sign is compared when both views are known, and people and records agree when both say present or
 * both say absent.
 *
 * <p>The value is the share of compared signs on which they agree (higher is better); n is the
 * number of bloc members who answered at least one item. Components: {@code <sign>Reported}, the
 * share of bloc respondents reporting each sign whose view is known (such as {@code
 * notPaidReported}); {@code signsCompared} and {@code signsAgreed}. Findings: {@code
 * people-report-unrecorded-sign} (medium) where people report a sign the records do not show,
 * citing the answers that report it; {@code records-show-unreported-sign} (low) where the records
 * show a sign people do not report, citing the records' evidence. Breakdowns: {@code sign} (the
 * share of bloc respondents reporting each sign, n the respondents to its item) and, over every
 * respondent, by perspective and the context's other dimensions (the agreement of each group's view
 * with the records, by the same rules).
 *
 * <p>Runs in the aggregate phase, after {@code copro.tokenism.warning-signs}, over the whole
 * dataset.
 *
 * <p>Streams: its accumulator keeps how often each respondent gave each answer to each checklist
 * item, and for each respondent and sign the exact count and first ids of their answers (the
 * evidence a finding may cite); it reads the outcome of the warning signs only in its result.
 *
 * @since 0.2.0
 */
public final class MinierChecklist implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.experience.minier-checklist";

  /** The finding code where people report a sign that the records do not show. */
  public static final String PEOPLE_REPORT_UNRECORDED_SIGN = "people-report-unrecorded-sign";

  /** The finding code where the records show a sign that people do not report. */
  public static final String RECORDS_SHOW_UNREPORTED_SIGN = "records-show-unreported-sign";

  /** The metric whose outcome holds the signs the records show. */
  static final String WARNING_SIGNS = "copro.tokenism.warning-signs";

  /**
   * How {@code copro.tokenism.warning-signs} begins the warning for a sign it could not assess,
   * followed by the sign's code; such a sign's component is 0 but means "not known".
   */
  static final String NOT_ASSESSED_WARNING = "The warning sign %s could not be assessed";

  static final String MIN_RESPONDENTS = "minRespondents";
  static final String MIN_REPORTING_SHARE = "minReportingShare";

  private static final double MIDPOINT = 0.5;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Minier's checklist: people and records")
          .description(
              "Kevin Minier's checklist of the ten warning signs of tokenism, scored by the people with lived "
                  + "experience and carers who took part (survey items minier.rubber-stamp to "
                  + "minier.comments-not-documented), set beside the signs the records show: the share of signs on which "
                  + "people and records agree, and each sign people report that the records do not show, or the reverse. "
                  + "Higher is better.")
          .summary(
              "The share of the warning signs of tokenism on which the answers of people with lived "
                  + "experience and carers to Minier's checklist agree with what the records show, from 0% to "
                  + "100%.")
          .goodLooksLike(
              "People's answers and the records tell the same story on nearly every sign.")
          .principles(
              Principle.EQUALITY,
              Principle.DIVERSITY,
              Principle.ACCESSIBILITY,
              Principle.RECIPROCITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .phase(Phase.AGGREGATE)
          .sliceable(false)
          .parameters(
              ParameterSpec.integer(
                  MIN_RESPONDENTS,
                  5,
                  1,
                  10_000,
                  "Fewest bloc members answering a sign's item for their view of it to be reported and compared "
                      + "with the records; keep it at least the suppression minimum."),
              ParameterSpec.decimal(
                  MIN_REPORTING_SHARE,
                  0.5,
                  0.05,
                  1,
                  "People report a sign when at least this share of the bloc members answering its item disagree "
                      + "with its good-practice statement."))
          .thresholds(Thresholds.higherIsBetter(0.9, 0.7))
          .references(
              References.warningSigns("the checklist everybody involved could score against"),
              References.SCIE_GUIDE_51,
              "NIHR et al. (2019) UK Standards for Public Involvement.")
          .build();

  /** Creates the metric; it keeps no state. */
  public MinierChecklist() {}

  /** The constant descriptor of {@code copro.experience.minier-checklist}. */
  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * A new accumulator of the answers to the checklist's items. The measurement — no value when no
   * bloc member answered an item, when {@code copro.tokenism.warning-signs} gave no value, or when
   * no sign has both views known — is made from it in {@link Accumulator#result()}, where the
   * outcome of the warning signs is read.
   */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Answers(context);
  }

  /**
   * Counts of answers to the checklist's items by respondent, item and value, keyed {@code
   * (respondent rank in id order × items + item) × values + (value − scale minimum)}, and for each
   * respondent and sign the evidence of their answers: bounded by participants × items × scale
   * points, however many rounds of a survey there are.
   */
  private static final class Answers implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final SurveyItems items;

    /** The sign each item names, by item number, or {@code null}. */
    private final @Nullable MinierItem[] signs;

    private final LongIntMap counts = new LongIntMap();

    /** By respondent rank × signs + sign: the ids of the respondent's answers on the sign. */
    private final Map<Long, Evidence> responses = new HashMap<>();

    /**
     * By item: whether it begins with the checklist's prefix but names no sign, and was answered.
     */
    private final boolean[] unknownAnswered;

    private int ignored;

    Answers(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.items = SurveyItems.of(context);
      this.signs = new MinierItem[items.count()];
      for (int i = 0; i < items.size(); i++) {
        signs[i] = MinierItem.byId(items.item(i).id()).orElse(null);
      }
      this.unknownAnswered = new boolean[items.count()];
    }

    @Override
    public void surveyResponse(SurveyResponse r) {
      // A built Dataset has resolved every response's participant, survey and item, so the lookups
      // cannot miss.
      int item = items.index(r.survey(), r.item());
      if (!items.item(item).id().startsWith(MinierItem.ID_PREFIX)) {
        return;
      }
      MinierItem sign = signs[item];
      if (sign == null) {
        unknownAnswered[item] = true;
        ignored++;
        return;
      }
      long rank = positions.participantRank(positions.participant(r.participant()));
      counts.add(
          (rank * items.count() + item) * items.span() + (r.value() - items.item(item).scaleMin()),
          1);
      responses
          .computeIfAbsent(
              rank * SIGNS + sign.ordinal(), k -> new Evidence(RecordKind.SURVEY_RESPONSE))
          .add(r.id());
    }

    @Override
    public void merge(Accumulator other) {
      Answers o = (Answers) other;
      counts.addAll(o.counts);
      o.responses.forEach(
          (key, evidence) ->
              responses
                  .computeIfAbsent(key, k -> new Evidence(RecordKind.SURVEY_RESPONSE))
                  .addAll(evidence));
      for (int i = 0; i < unknownAnswered.length; i++) {
        unknownAnswered[i] |= o.unknownAnswered[i];
      }
      ignored += o.ignored;
    }

    @Override
    public Measurement result() {
      List<String> warnings = new ArrayList<>();
      TreeSet<String> unknownItems = new TreeSet<>();
      for (int i = 0; i < unknownAnswered.length; i++) {
        if (unknownAnswered[i]) {
          unknownItems.add(items.key(i));
        }
      }
      if (!unknownItems.isEmpty()) {
        warnings.add(
            unknownItems.size()
                + " survey item"
                + (unknownItems.size() == 1 ? " has an id" : "s have ids")
                + " beginning with \""
                + MinierItem.ID_PREFIX
                + "\" but naming no warning sign ("
                + String.join(", ", unknownItems)
                + "): "
                + ignored
                + " answer"
                + (ignored == 1 ? " is" : "s are")
                + " ignored. The "
                + "checklist's item ids are "
                + MinierItem.RUBBER_STAMP.id()
                + " to "
                + MinierItem.COMMENTS_NOT_DOCUMENTED.id()
                + ".");
      }
      return measure(context, answers(), warnings);
    }

    /**
     * Every answer to an item of the checklist, one per respondent and sign, in respondent id
     * order.
     */
    private List<Answer> answers() {
      List<Answer> answers = new ArrayList<>();
      long[] keys = counts.sortedKeys();
      long perRespondent = (long) items.count() * items.span();
      int from = 0;
      while (from < keys.length) {
        int rank = (int) (keys[from] / perRespondent);
        int to = from;
        Map<MinierItem, List<Double>> scores = new EnumMap<>(MinierItem.class);
        while (to < keys.length && keys[to] / perRespondent == rank) {
          int item = (int) (keys[to] / items.span() % items.count());
          SurveyItem declared = items.item(item);
          // As each answer is read on its own: (value − min) ÷ (max − min).
          double score =
              (double) (keys[to] % items.span()) / (declared.scaleMax() - declared.scaleMin());
          List<Double> own = scores.computeIfAbsent(signs[item], s -> new ArrayList<>());
          for (int n = counts.get(keys[to], 0); n > 0; n--) {
            own.add(score);
          }
          to++;
        }
        int participant = positions.participantByRank(rank);
        String id = positions.participantAt(participant).id();
        boolean bloc = positions.isBloc(participant);
        scores.forEach(
            (sign, values) ->
                answers.add(
                    new Answer(
                        id,
                        bloc,
                        sign,
                        mean(values) < MIDPOINT,
                        // Every counted answer was also kept as evidence under its respondent and
                        // sign.
                        Objects.requireNonNull(
                            responses.get((long) rank * SIGNS + sign.ordinal()), "responses"))));
        from = to;
      }
      return answers;
    }
  }

  private static final int SIGNS = MinierItem.values().length;

  /**
   * Compares the bloc's answers to the checklist with the warning signs the records show; no value
   * when no bloc member answered an item, when {@code copro.tokenism.warning-signs} gave no value,
   * or when no sign has both views known.
   */
  private static Measurement measure(
      EvaluationContext context, List<Answer> answers, List<String> warnings) {
    int minRespondents = context.parameters().integer(MIN_RESPONDENTS);
    double minReportingShare = context.parameters().decimal(MIN_REPORTING_SHARE);
    List<Answer> bloc = answers.stream().filter(Answer::bloc).toList();
    long blocRespondents = bloc.stream().map(Answer::participant).distinct().count();
    Records records = Records.of(context.outcome(WARNING_SIGNS));
    if (blocRespondents == 0) {
      Measurement.Builder none =
          Measurement.builderWithoutValue(
              "none of the "
                  + Words.bloc(context.bloc())
                  + " answered an item of Minier's checklist (survey items "
                  + MinierItem.ID_PREFIX
                  + "*) in scope"
                  + (records.known() ? "" : ", and " + records.missing()));
      warnings.forEach(none::warning);
      return none.build();
    }
    Map<MinierItem, List<Answer>> bySign = bySign(bloc);
    Map<MinierItem, Seen> people = new EnumMap<>(MinierItem.class);
    for (MinierItem sign : MinierItem.values()) {
      List<Answer> signAnswers =
          Objects.requireNonNull(bySign.get(sign), "bySign holds every sign");
      people.put(sign, Seen.byPeople(signAnswers, minRespondents, minReportingShare));
      if (signAnswers.isEmpty()) {
        continue;
      }
      if (signAnswers.size() < minRespondents) {
        warnings.add(
            "Only "
                + Words.bloc(context.bloc(), signAnswers.size())
                + " answered the checklist item on "
                + named(sign)
                + ", fewer than "
                + minRespondents
                + ", so their answers are not reported or compared with "
                + "the records.");
      } else if (records.known() && records.seen(sign) == Seen.UNKNOWN) {
        warnings.add(
            "The records could not assess "
                + named(sign)
                + ", so people's answers on it are not compared.");
      }
    }
    List<String> unanswered =
        bySign.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(e -> e.getKey().sign())
            .toList();
    if (!unanswered.isEmpty()) {
      warnings.add(
          "None of the "
              + Words.bloc(context.bloc())
              + " answered the checklist "
              + Plural.word(unanswered.size(), "item", "items")
              + " on "
              + Words.list(unanswered, "and")
              + ".");
    }

    Comparison comparison = compare(people, records);
    Measurement.Builder result =
        comparison.compared() == 0 || !records.known()
            ? Measurement.builderWithoutValue(
                records.known()
                    ? "no warning sign was both answered by at least "
                        + Words.bloc(context.bloc(), minRespondents)
                        + " and assessed from the records"
                    : records.missing() + ", so people's answers have nothing to be compared with")
            : Measurement.of((double) comparison.agreed() / comparison.compared(), blocRespondents);
    for (MinierItem sign : MinierItem.values()) {
      if (people.get(sign) != Seen.UNKNOWN) {
        result.component(
            sign.component() + "Reported", share(Objects.requireNonNull(bySign.get(sign))));
      }
    }
    if (records.known()) {
      result
          .component("signsCompared", comparison.compared())
          .component("signsAgreed", comparison.agreed());
      findings(bySign, people, records, result, context.bloc());
    }
    List<Group> signGroups = new ArrayList<>();
    bySign.forEach(
        (sign, signAnswers) -> {
          if (!signAnswers.isEmpty()) {
            signGroups.add(Group.of(sign.sign(), share(signAnswers), signAnswers.size()));
          }
        });
    result.breakdown(new Breakdown("sign", signGroups));
    if (records.known()) {
      result.breakdowns(
          context.breakdowns(
              answers,
              Answer::participant,
              group -> {
                Map<MinierItem, Seen> groupView = new EnumMap<>(MinierItem.class);
                bySign(group)
                    .forEach(
                        (sign, signAnswers) ->
                            groupView.put(
                                sign,
                                Seen.byPeople(signAnswers, minRespondents, minReportingShare)));
                Comparison c = compare(groupView, records);
                return c.compared() == 0 ? Double.NaN : (double) c.agreed() / c.compared();
              }));
    }
    warnings.forEach(result::warning);
    return result.build();
  }

  /** One finding per compared sign where people and records disagree, in the checklist's order. */
  private static void findings(
      Map<MinierItem, List<Answer>> bySign,
      Map<MinierItem, Seen> people,
      Records records,
      Measurement.Builder result,
      Bloc bloc) {
    for (MinierItem sign : MinierItem.values()) {
      Seen byPeople = people.get(sign);
      Seen inRecords = records.seen(sign);
      List<Answer> signAnswers =
          Objects.requireNonNull(bySign.get(sign), "bySign holds every sign");
      String counted =
          reporters(signAnswers)
              + " of the "
              + Words.bloc(bloc, signAnswers.size())
              + " who answered ("
              + percent(share(signAnswers))
              + ")";
      if (byPeople == Seen.PRESENT && inRecords == Seen.ABSENT) {
        Evidence evidence = new Evidence(RecordKind.SURVEY_RESPONSE);
        signAnswers.stream().filter(Answer::reports).forEach(a -> evidence.addAll(a.responses()));
        result.finding(
            Evidence.finding(
                PEOPLE_REPORT_UNRECORDED_SIGN,
                Severity.MEDIUM,
                "People report "
                    + named(sign)
                    + ": "
                    + counted
                    + " disagreed that \""
                    + sign.statement()
                    + "\" The records do not show this sign.",
                evidence));
      } else if (byPeople == Seen.ABSENT && inRecords == Seen.PRESENT) {
        result.finding(
            Finding.of(
                RECORDS_SHOW_UNREPORTED_SIGN,
                Severity.LOW,
                "The records show "
                    + named(sign)
                    + ", but only "
                    + counted
                    + " "
                    + Plural.word(reporters(signAnswers), "reports", "report")
                    + " it.",
                records.evidence(sign)));
      }
    }
  }

  /**
   * The answers of each sign, every sign present (with an empty list when nobody answered its
   * item).
   */
  private static Map<MinierItem, List<Answer>> bySign(List<Answer> answers) {
    Map<MinierItem, List<Answer>> bySign = new EnumMap<>(MinierItem.class);
    for (MinierItem sign : MinierItem.values()) {
      bySign.put(sign, new ArrayList<>());
    }
    answers.forEach(a -> Objects.requireNonNull(bySign.get(a.sign())).add(a));
    return bySign;
  }

  private static Comparison compare(Map<MinierItem, Seen> people, Records records) {
    int compared = 0;
    int agreed = 0;
    for (MinierItem sign : MinierItem.values()) {
      Seen byPeople = people.getOrDefault(sign, Seen.UNKNOWN);
      Seen inRecords = records.seen(sign);
      if (byPeople != Seen.UNKNOWN && inRecords != Seen.UNKNOWN) {
        compared++;
        if (byPeople == inRecords) {
          agreed++;
        }
      }
    }
    return new Comparison(compared, agreed);
  }

  private static long reporters(List<Answer> answers) {
    return answers.stream().filter(Answer::reports).count();
  }

  private static double share(List<Answer> answers) {
    return (double) reporters(answers) / answers.size();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
  }

  /** The sign in people's words, then its code: {@code "no travel expenses, …" (not-paid)}. */
  private static String named(MinierItem sign) {
    return "\"" + sign.signInWords() + "\" (" + sign.sign() + ")";
  }

  /** Whether a sign happened, in one view. */
  enum Seen {
    PRESENT,
    ABSENT,
    UNKNOWN;

    /** People's view of a sign from the answers to its item. */
    static Seen byPeople(List<Answer> answers, int minRespondents, double minReportingShare) {
      if (answers.size() < minRespondents) {
        return UNKNOWN;
      }
      return share(answers) >= minReportingShare ? PRESENT : ABSENT;
    }
  }

  /**
   * The records' view of every sign, read from the outcome of {@code copro.tokenism.warning-signs}.
   */
  private static final class Records {
    private final Map<MinierItem, Seen> seen = new EnumMap<>(MinierItem.class);
    private final Map<MinierItem, List<String>> evidence = new EnumMap<>(MinierItem.class);
    private final @Nullable String missing;

    private Records(@Nullable String missing) {
      this.missing = missing;
    }

    static Records of(Optional<Outcome> outcome) {
      if (outcome.isEmpty()) {
        return new Records("the metric " + WARNING_SIGNS + " did not run");
      }
      Measurement m = outcome.get().measurement();
      if (m == null) {
        return new Records("the metric " + WARNING_SIGNS + " failed");
      }
      if (m.value() == null) {
        return new Records(
            "the metric " + WARNING_SIGNS + " has no value (" + m.noValueReason() + ")");
      }
      Records records = new Records(null);
      for (MinierItem sign : MinierItem.values()) {
        String notAssessed = String.format(Locale.ROOT, NOT_ASSESSED_WARNING, sign.sign());
        Double component = m.components().get(sign.component());
        Seen seen;
        if (component == null || m.warnings().stream().anyMatch(w -> w.startsWith(notAssessed))) {
          seen = Seen.UNKNOWN;
        } else {
          seen = component > 0 ? Seen.PRESENT : Seen.ABSENT;
        }
        records.seen.put(sign, seen);
        records.evidence.put(
            sign,
            m.findings().stream()
                .filter(f -> f.code().equals(sign.sign()))
                .findFirst()
                .map(Finding::evidence)
                .orElse(List.of()));
      }
      return records;
    }

    boolean known() {
      return missing == null;
    }

    /** Why the records' view is missing; only when not {@link #known()}. */
    String missing() {
      return String.valueOf(missing);
    }

    Seen seen(MinierItem sign) {
      return seen.getOrDefault(sign, Seen.UNKNOWN);
    }

    List<String> evidence(MinierItem sign) {
      return evidence.getOrDefault(sign, List.of());
    }
  }

  /** The mean, summed in ascending order so that it does not depend on the order of the records. */
  private static double mean(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return sum / sorted.size();
  }

  /** One respondent's view of one sign: whether they report it, and the answers behind it. */
  private record Answer(
      String participant, boolean bloc, MinierItem sign, boolean reports, Evidence responses) {}

  private record Comparison(int compared, int agreed) {}
}
