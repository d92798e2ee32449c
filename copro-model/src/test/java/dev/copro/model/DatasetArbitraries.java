package dev.copro.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid datasets for property tests: every kind of record, every reference resolving,
 * dates in a possible order, optional values sometimes present and sometimes not, "other" values
 * with labels, and ids and text with the characters that trouble file formats (commas, quotes,
 * semicolons, backslashes, line breaks, accents).
 *
 * <p>Reusable from other modules through copro-model's test jar: {@code
 * <artifactId>copro-model</artifactId><type>test-jar</type><scope>test</scope>}.
 *
 * <p>A dataset is drawn from record counts and a seed; jqwik shrinks both, so a failing case
 * shrinks towards fewer records.
 */
public final class DatasetArbitraries {

  private static final List<String> ID_SUFFIXES =
      List.of("", "", "", "-x", " y", ";z", ",w", "\"q\"", "\\b", "é");
  private static final List<String> TEXTS =
      List.of(
          "Board review",
          "Day, with \"quotes\"",
          "two\nlines",
          "semi;colon",
          "back\\slash",
          "Café für alle",
          " spaced ");
  private static final List<String> LABELS =
      List.of("peer researcher", "Makaton signing", "ballot; by post", "walk-in", "élu");
  private static final List<String> ATTRIBUTE_NAMES = List.of("age-band", "area", "gender");
  private static final List<String> ATTRIBUTE_VALUES =
      List.of("18-24", "North, East", "\"x\"", "semi;colon", "ü");
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("GBP"), Currency.getInstance("EUR"), Currency.getInstance("USD"));

  private DatasetArbitraries() {}

  /** Valid datasets with up to 6 records of each kind. */
  public static Arbitrary<Dataset> datasets() {
    return datasets(6);
  }

  /**
   * Valid datasets with up to {@code maxPerKind} records of each kind (attendance up to twice
   * that).
   */
  public static Arbitrary<Dataset> datasets(int maxPerKind) {
    return Combinators.combine(
            Arbitraries.integers().between(0, maxPerKind).list().ofSize(RecordKind.values().length),
            Arbitraries.longs())
        .as((counts, seed) -> new Generator(counts, new Random(seed)).dataset());
  }

  /**
   * The same records with each kind in a random order: a dataset that every order-independent
   * computation must treat exactly as the original.
   */
  public static Dataset shuffled(Dataset dataset, Random random) {
    return Dataset.builder()
        .name(dataset.name())
        .initiatives(shuffle(dataset.initiatives(), random))
        .participants(shuffle(dataset.participants(), random))
        .activities(shuffle(dataset.activities(), random))
        .attendance(shuffle(dataset.attendance(), random))
        .contributions(shuffle(dataset.contributions(), random))
        .decisions(shuffle(dataset.decisions(), random))
        .payments(shuffle(dataset.payments(), random))
        .surveys(shuffle(dataset.surveys(), random))
        .surveyResponses(shuffle(dataset.surveyResponses(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> records, Random random) {
    List<T> copy = new ArrayList<>(records);
    Collections.shuffle(copy, random);
    return copy;
  }

  /**
   * The dataset with every free-text field of its records replaced: initiative names and
   * organisations, activity and decision titles, contribution summaries, survey names and item
   * statements, and every "other" label (perspective, activity type, decision rule, payment kind,
   * access provision). Absent values stay absent; ids, codes, dates, numbers and attributes are
   * kept. Privacy tests map each text to a unique marker and look for it in outputs.
   *
   * @param text the replacement of a text; called once per occurrence
   */
  public static Dataset withFreeText(Dataset d, UnaryOperator<String> text) {
    UnaryOperator<@Nullable String> optional = value -> value == null ? null : text.apply(value);
    Dataset.Builder b = Dataset.builder().name(d.name());
    d.initiatives()
        .forEach(
            i ->
                b.add(
                    new Initiative(
                        i.id(),
                        text.apply(i.name()),
                        optional.apply(i.organisation()),
                        i.start(),
                        i.end(),
                        i.stages(),
                        i.attributes())));
    d.participants()
        .forEach(
            p ->
                b.add(
                    new Participant(
                        p.id(),
                        p.perspective(),
                        optional.apply(p.perspectiveLabel()),
                        p.joined(),
                        p.left(),
                        provisions(p.accessNeeds(), text),
                        p.attributes(),
                        p.attributesAsOf())));
    d.activities()
        .forEach(
            a ->
                b.add(
                    new Activity(
                        a.id(),
                        a.initiative(),
                        a.type(),
                        optional.apply(a.typeLabel()),
                        a.stage(),
                        optional.apply(a.title()),
                        a.date(),
                        a.startTime(),
                        a.durationMinutes(),
                        a.invitedOn(),
                        provisions(a.provisions(), text),
                        a.chairs(),
                        a.attributes())));
    b.attendance(d.attendance());
    d.contributions()
        .forEach(
            c ->
                b.add(
                    new Contribution(
                        c.id(),
                        c.activity(),
                        c.participant(),
                        c.kind(),
                        c.date(),
                        c.documented(),
                        optional.apply(c.summary()),
                        c.response())));
    d.decisions()
        .forEach(
            x ->
                b.add(
                    new Decision(
                        x.id(),
                        x.initiative(),
                        x.activity(),
                        x.stage(),
                        x.date(),
                        optional.apply(x.title()),
                        x.rule(),
                        optional.apply(x.ruleLabel()),
                        x.quota(),
                        x.votes(),
                        x.adopts(),
                        x.consultations())));
    d.payments()
        .forEach(
            p ->
                b.add(
                    new Payment(
                        p.id(),
                        p.participant(),
                        p.activity(),
                        p.kind(),
                        optional.apply(p.kindLabel()),
                        p.amount(),
                        p.currency(),
                        p.offered(),
                        p.claimed(),
                        p.paid())));
    d.surveys()
        .forEach(
            s ->
                b.add(
                    new Survey(
                        s.id(),
                        text.apply(s.name()),
                        s.items().stream()
                            .map(
                                i ->
                                    new SurveyItem(
                                        i.id(),
                                        text.apply(i.statement()),
                                        i.scaleMin(),
                                        i.scaleMax(),
                                        i.principle()))
                            .toList())));
    b.surveyResponses(d.surveyResponses());
    return b.build();
  }

  private static Set<AccessProvision> provisions(
      Set<AccessProvision> provisions, UnaryOperator<String> text) {
    Set<AccessProvision> out = new LinkedHashSet<>();
    for (AccessProvision p : provisions) {
      out.add(p.label() == null ? p : AccessProvision.other(text.apply(p.label())));
    }
    return out;
  }

  /**
   * Builds one dataset from counts and a source of randomness, keeping every rule of {@link
   * Dataset}.
   */
  private static final class Generator {
    private final List<Integer> counts;
    private final Random random;
    private final Dataset.Builder data = Dataset.builder();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Contribution> contributions = new ArrayList<>();
    private final List<Survey> surveys = new ArrayList<>();

    Generator(List<Integer> counts, Random random) {
      this.counts = counts;
      this.random = random;
    }

    private int count(RecordKind kind) {
      return counts.get(kind.ordinal());
    }

    Dataset dataset() {
      data.name(maybe(() -> pick(TEXTS)));
      for (int i = 0; i < count(RecordKind.INITIATIVE); i++) {
        initiatives.add(initiative(i));
      }
      for (int i = 0; i < count(RecordKind.PARTICIPANT); i++) {
        participants.add(participant(i));
      }
      if (!initiatives.isEmpty()) {
        for (int i = 0; i < count(RecordKind.ACTIVITY); i++) {
          activities.add(activity(i));
        }
      }
      data.initiatives(initiatives).participants(participants).activities(activities);
      attendance();
      if (!activities.isEmpty() && !participants.isEmpty()) {
        for (int i = 0; i < count(RecordKind.CONTRIBUTION); i++) {
          contributions.add(contribution(i));
        }
      }
      data.contributions(contributions);
      if (!initiatives.isEmpty()) {
        for (int i = 0; i < count(RecordKind.DECISION); i++) {
          data.add(decision(i));
        }
      }
      if (!participants.isEmpty()) {
        for (int i = 0; i < count(RecordKind.PAYMENT); i++) {
          data.add(payment(i));
        }
      }
      for (int i = 0; i < count(RecordKind.SURVEY); i++) {
        surveys.add(survey(i));
      }
      data.surveys(surveys);
      if (!surveys.isEmpty() && !participants.isEmpty()) {
        for (int i = 0; i < count(RecordKind.SURVEY_RESPONSE); i++) {
          data.add(surveyResponse(i));
        }
      }
      return data.build();
    }

    private Initiative initiative(int i) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
      return new Initiative(
          id("initiative", i),
          pick(TEXTS),
          maybe(() -> pick(TEXTS)),
          start,
          maybe(() -> start.plusDays(random.nextInt(400))),
          subset(LifecycleStage.values()),
          attributes());
    }

    private Participant participant(int i) {
      Perspective perspective = pick(List.of(Perspective.values()));
      LocalDate joined = maybe(() -> LocalDate.of(2019, 6, 1).plusDays(random.nextInt(800)));
      LocalDate left =
          joined == null
              ? maybe(() -> LocalDate.of(2022, 1, 1))
              : maybe(() -> joined.plusDays(random.nextInt(300)));
      return new Participant(
          id("participant", i),
          perspective,
          label(perspective),
          joined,
          left,
          provisions(),
          attributes(),
          maybe(() -> LocalDate.of(2021, 3, 1).plusDays(random.nextInt(100))));
    }

    private Activity activity(int i) {
      Initiative initiative = pick(initiatives);
      ActivityType type = pick(List.of(ActivityType.values()));
      LocalDate date = initiative.start().plusDays(random.nextInt(300));
      List<String> chairs = new ArrayList<>();
      for (Participant p : participants) {
        if (random.nextInt(4) == 0) {
          chairs.add(p.id());
        }
      }
      return new Activity(
          id("activity", i),
          initiative.id(),
          type,
          label(type),
          pick(List.of(LifecycleStage.values())),
          maybe(() -> pick(TEXTS)),
          date,
          maybe(() -> LocalTime.of(random.nextInt(24), random.nextInt(60))),
          maybe(() -> random.nextInt(480)),
          maybe(() -> date.minusDays(random.nextInt(30))),
          provisions(),
          chairs,
          attributes());
    }

    private void attendance() {
      int wanted = 2 * count(RecordKind.ATTENDANCE);
      Set<String> used = new HashSet<>();
      for (int i = 0; i < wanted && !activities.isEmpty() && !participants.isEmpty(); i++) {
        Attendance a = attendanceOf(pick(activities).id(), pick(participants).id());
        if (used.add(a.key())) {
          data.add(a);
        }
      }
    }

    private Attendance attendanceOf(String activity, String participant) {
      boolean attended = random.nextInt(4) > 0;
      Integer seconds = attended ? maybe(() -> random.nextInt(3600)) : maybe(() -> 0);
      Integer turns = attended ? maybe(() -> random.nextInt(30)) : null;
      return new Attendance(activity, participant, random.nextInt(5) > 0, attended, seconds, turns);
    }

    private Contribution contribution(int i) {
      Activity activity = pick(activities);
      LocalDate date = maybe(() -> activity.date().plusDays(random.nextInt(3)));
      LocalDate raised = date == null ? activity.date() : date;
      Response response =
          maybe(
              () -> {
                ResponseOutcome outcome = pick(List.of(ResponseOutcome.values()));
                DeclineReason reason =
                    outcome == ResponseOutcome.DECLINED
                        ? maybe(() -> pick(List.of(DeclineReason.values())))
                        : null;
                return new Response(raised.plusDays(random.nextInt(90)), outcome, reason);
              });
      return new Contribution(
          id("contribution", i),
          activity.id(),
          pick(participants).id(),
          pick(List.of(ContributionKind.values())),
          date,
          random.nextBoolean(),
          maybe(() -> pick(TEXTS)),
          response);
    }

    private Decision decision(int i) {
      Initiative initiative = pick(initiatives);
      List<Activity> own =
          activities.stream().filter(a -> a.initiative().equals(initiative.id())).toList();
      Activity activity = own.isEmpty() ? null : maybe(() -> pick(own));
      LifecycleStage stage =
          activity == null
              ? pick(List.of(LifecycleStage.values()))
              : maybe(() -> pick(List.of(LifecycleStage.values())));
      List<Vote> votes = new ArrayList<>();
      long total = 0;
      for (Participant p : participants) {
        if (random.nextInt(3) == 0) {
          long weight = random.nextInt(5);
          total += weight;
          votes.add(new Vote(p.id(), weight, maybe(() -> pick(List.of(VotePosition.values())))));
        }
      }
      List<DecisionRule> rules = new ArrayList<>(List.of(DecisionRule.values()));
      if (total == 0) {
        rules.remove(DecisionRule.WEIGHTED_VOTE);
      }
      DecisionRule rule = pick(rules);
      Long quota =
          rule == DecisionRule.WEIGHTED_VOTE ? 1 + (long) random.nextInt((int) total) : null;
      List<String> adopts = new ArrayList<>();
      contributions.forEach(
          c -> {
            if (random.nextInt(3) == 0) {
              adopts.add(c.id());
            }
          });
      List<String> consultations = new ArrayList<>();
      activities.forEach(
          a -> {
            if (random.nextInt(4) == 0) {
              consultations.add(a.id());
            }
          });
      LocalDate date =
          activity == null ? initiative.start().plusDays(random.nextInt(300)) : activity.date();
      return new Decision(
          id("decision", i),
          initiative.id(),
          activity == null ? null : activity.id(),
          stage,
          date,
          maybe(() -> pick(TEXTS)),
          rule,
          label(rule),
          quota,
          votes,
          adopts,
          consultations);
    }

    private Payment payment(int i) {
      PaymentKind kind = pick(List.of(PaymentKind.values()));
      LocalDate offered = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(500));
      LocalDate claimed = maybe(() -> offered.plusDays(random.nextInt(20)));
      LocalDate paid =
          maybe(() -> (claimed == null ? offered : claimed).plusDays(random.nextInt(60)));
      String activity = activities.isEmpty() ? null : maybe(() -> pick(activities).id());
      return new Payment(
          id("payment", i),
          pick(participants).id(),
          activity,
          kind,
          label(kind),
          BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)),
          pick(CURRENCIES),
          offered,
          claimed,
          paid);
    }

    private Survey survey(int i) {
      List<SurveyItem> items = new ArrayList<>();
      int size = 1 + random.nextInt(3);
      for (int t = 0; t < size; t++) {
        int min = random.nextInt(2);
        items.add(
            new SurveyItem(
                id("item", t),
                pick(TEXTS),
                min,
                min + 1 + random.nextInt(6),
                maybe(() -> pick(List.of(Principle.values())))));
      }
      return new Survey(id("survey", i), pick(TEXTS), items);
    }

    private SurveyResponse surveyResponse(int i) {
      Survey survey = pick(surveys);
      SurveyItem item = pick(survey.items());
      String initiative = initiatives.isEmpty() ? null : maybe(() -> pick(initiatives).id());
      return new SurveyResponse(
          id("response", i),
          survey.id(),
          item.id(),
          pick(participants).id(),
          initiative,
          LocalDate.of(2022, 5, 1).plusDays(random.nextInt(100)),
          item.scaleMin() + random.nextInt(item.scaleMax() - item.scaleMin() + 1));
    }

    /** A unique id, sometimes with characters that need quoting or escaping in files. */
    private String id(String prefix, int index) {
      return prefix + "-" + index + pick(ID_SUFFIXES);
    }

    private @Nullable String label(Coded code) {
      return "other".equals(code.code()) ? pick(LABELS) : null;
    }

    private Set<AccessProvision> provisions() {
      Set<AccessProvision> out = new LinkedHashSet<>();
      for (AccessKind kind : AccessKind.values()) {
        if (random.nextInt(6) == 0) {
          out.add(
              kind == AccessKind.OTHER
                  ? AccessProvision.other(pick(LABELS))
                  : AccessProvision.of(kind));
        }
      }
      return out;
    }

    private <E> Set<E> subset(E[] values) {
      Set<E> out = new LinkedHashSet<>();
      for (E value : values) {
        if (random.nextBoolean()) {
          out.add(value);
        }
      }
      return out;
    }

    private Map<String, String> attributes() {
      Map<String, String> out = new TreeMap<>();
      for (String name : ATTRIBUTE_NAMES) {
        if (random.nextInt(3) == 0) {
          out.put(name, pick(ATTRIBUTE_VALUES));
        }
      }
      return out;
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private <T> @Nullable T maybe(Supplier<T> value) {
      return random.nextBoolean() ? value.get() : null;
    }
  }
}
