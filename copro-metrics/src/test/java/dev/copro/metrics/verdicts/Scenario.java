package dev.copro.metrics.verdicts;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year of a mental health crisis service redesign, written from the seed stories, that a
 * practitioner would call co-production — and the one-change variants that each plant a failing
 * people who took part have described (Minier's checklist, the one-night stand).
 *
 * <p>The clean year: a co-production group of 6 people with lived experience, 4 carers, 5
 * professionals and 2 commissioners meets monthly from January to December 2025 through all four
 * lifecycle stages, with 21 days' notice, at 10:30, for two hours, with lunch, step-free access and
 * a hearing loop; a person with lived experience co-chairs every meeting; everyone speaks about as
 * much; each month a member of the bloc proposes an idea, which a consensus decision at that
 * meeting adopts and the group hears back about within a week; bloc members are paid a fee within
 * two weeks of each meeting; a survey in December asks whether people felt listened to.
 *
 * <p>Each {@link Defect} changes one thing. {@link #with(Defect)} applies it.
 */
final class Scenario {

  static final String INITIATIVE = "crisis";
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final LifecycleStage[] STAGES = {
    LifecycleStage.COMMISSIONING,
    LifecycleStage.DESIGN,
    LifecycleStage.DELIVERY,
    LifecycleStage.EVALUATION
  };

  /** The failings, one each. */
  enum Defect {
    /** The bloc comes in only for the last two meetings, after ten decisions were taken. */
    LATE_ENTRY,
    /** Each decision is dated the week before the meeting that consulted on it. */
    PRE_DECIDED,
    /** Every idea is declined as not fitting the current model; no decision adopts any. */
    IDEAS_DECLINED,
    /** No idea ever hears back. */
    NO_FEEDBACK,
    /** Carers are never paid, while everyone else in the bloc is. */
    GROUP_UNPAID,
    /** Carers are on the books but never invited to anything. */
    GROUP_UNINVITED,
    /** Two days' notice and an 18:00 start, every time. */
    SHORT_NOTICE,
    /**
     * A wheelchair user and a person with hearing loss come, and no venue offers what they need.
     */
    ACCESS_IGNORED,
    /** Nobody wrote down what the bloc said. */
    UNDOCUMENTED,
    /**
     * A one-night stand: the bloc is consulted at one event, the first month it would have come,
     * and the programme goes on without it.
     */
    ONE_OFF,
    /** Every idea is answered "adopted", but no decision ever adopts one. */
    ADOPTED_IN_WORDS,
    /** Fees arrive five months after each meeting. */
    PAID_LATE
  }

  /**
   * The shape of a scenario, for generated ones: how many people of each kind, how many months, how
   * promptly people are paid and answered, how well meetings are arranged, how often the bloc
   * chairs and has an idea taken up, from which month the bloc takes part, and the survey's answer.
   */
  record Shape(
      int lived,
      int carers,
      int staff,
      int months,
      int paymentDays,
      int responseDays,
      int noticeDays,
      int startHour,
      int chairEvery,
      int ideaEvery,
      int blocFromMonth,
      int surveyAnswer) {

    /** The clean year. */
    static final Shape CLEAN = new Shape(6, 4, 5, 12, 14, 7, 21, 10, 1, 1, 1, 5);
  }

  private final Set<Defect> defects = EnumSet.noneOf(Defect.class);
  private final Shape shape;
  private boolean greenSurvey = true;

  private Scenario(Shape shape) {
    this.shape = shape;
  }

  /** The clean year. */
  static Scenario clean() {
    return new Scenario(Shape.CLEAN);
  }

  /** A scenario of the given shape. */
  static Scenario of(Shape shape) {
    return new Scenario(shape);
  }

  @Override
  public String toString() {
    return shape + " with " + defects;
  }

  /** This scenario with one more defect. */
  Scenario with(Defect defect) {
    defects.add(defect);
    return this;
  }

  /** This scenario without its survey. */
  Scenario withoutSurvey() {
    greenSurvey = false;
    return this;
  }

  private boolean has(Defect d) {
    return defects.contains(d);
  }

  static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  static final List<String> COMMISSIONERS = ids("com-", 2);

  Dataset dataset() {
    List<String> LIVED = ids("le-", shape.lived());
    List<String> CARERS = ids("ca-", shape.carers());
    List<String> STAFF = ids("pro-", shape.staff());
    Dataset.Builder b = Dataset.builder().name("crisis service redesign");
    b.add(
        new Initiative(
            INITIATIVE,
            "Crisis service redesign",
            "Riverside Council",
            START,
            LocalDate.of(2025, 12, 31),
            EnumSet.allOf(LifecycleStage.class),
            Map.of()));
    for (String id : LIVED) {
      Set<AccessProvision> needs = Set.of();
      if (id.equals("le-1")) {
        needs = Set.of(AccessProvision.of(AccessKind.STEP_FREE));
      } else if (id.equals("le-2")) {
        needs = Set.of(AccessProvision.of(AccessKind.HEARING_LOOP));
      }
      b.add(
          new Participant(
              id, Perspective.LIVED_EXPERIENCE, null, START, null, needs, Map.of(), null, true));
    }
    CARERS.forEach(
        id ->
            b.add(
                new Participant(
                    id, Perspective.CARER, null, START, null, Set.of(), Map.of(), null, true)));
    STAFF.forEach(id -> b.add(Participant.of(id, Perspective.PROFESSIONAL)));
    COMMISSIONERS.forEach(id -> b.add(Participant.of(id, Perspective.COMMISSIONER)));

    List<String> everyone = new ArrayList<>(LIVED);
    everyone.addAll(CARERS);
    everyone.addAll(STAFF);
    everyone.addAll(COMMISSIONERS);
    List<String> bloc = new ArrayList<>(LIVED);
    bloc.addAll(CARERS);

    int firstMonth = 1;
    int lastMonth = shape.months();
    for (int month = firstMonth; month <= lastMonth; month++) {
      LocalDate day = LocalDate.of(2025, month, 10);
      LifecycleStage stage = STAGES[(month - 1) / 3];
      String activity = "m" + month;
      boolean blocThere =
          month
                  >= (has(Defect.LATE_ENTRY)
                      ? Math.max(shape.blocFromMonth(), lastMonth - 1)
                      : shape.blocFromMonth())
              && (!has(Defect.ONE_OFF) || month == shape.blocFromMonth());
      ActivityType type =
          has(Defect.ONE_OFF) && month == shape.blocFromMonth()
              ? ActivityType.EVENT
              : month % 2 == 0 ? ActivityType.BOARD : ActivityType.CO_DESIGN;
      Activity.Builder a =
          Activity.builder(activity, INITIATIVE, type, stage, day)
              .invitedOn(
                  day.minusDays(
                      has(Defect.SHORT_NOTICE)
                          ? Math.min(2, shape.noticeDays())
                          : shape.noticeDays()))
              .startTime(
                  has(Defect.SHORT_NOTICE)
                      ? LocalTime.of(18, 0)
                      : LocalTime.of(shape.startHour(), 30))
              .durationMinutes(120);
      if (!has(Defect.ACCESS_IGNORED)) {
        a.provisions(AccessKind.STEP_FREE, AccessKind.HEARING_LOOP, AccessKind.REFRESHMENTS);
      } else {
        a.provisions(AccessKind.REFRESHMENTS);
      }
      if (blocThere
          && !(has(Defect.ONE_OFF) && type == ActivityType.EVENT)
          && month % shape.chairEvery() == 0) {
        a.chairs(LIVED.get(month % LIVED.size()), STAFF.get(0));
      } else {
        a.chairs(STAFF.get(0));
      }
      b.add(a.build());
      for (String person : everyone) {
        boolean isBloc = bloc.contains(person);
        boolean carer = CARERS.contains(person);
        if (isBloc && !blocThere || carer && has(Defect.GROUP_UNINVITED)) {
          continue;
        }
        b.add(new Attendance(activity, person, true, true, 600, 5));
        if (isBloc) {
          if (!(carer && has(Defect.GROUP_UNPAID))) {
            LocalDate paid =
                day.plusDays(
                    has(Defect.PAID_LATE)
                        ? Math.max(150, shape.paymentDays())
                        : shape.paymentDays());
            b.add(
                new Payment(
                    "pay-" + activity + "-" + person,
                    person,
                    activity,
                    PaymentKind.FEE,
                    null,
                    new BigDecimal("40.00"),
                    GBP,
                    day,
                    day,
                    paid));
          }
        }
      }
      if (!blocThere) {
        // Decisions go on without the bloc.
        b.add(
            Decision.builder("d" + month, INITIATIVE, day, DecisionRule.CONSENSUS)
                .activity(activity)
                .votes(votes(STAFF, COMMISSIONERS))
                .build());
        continue;
      }
      // Carers put forward every third month's idea; uninvited, they put forward nothing.
      boolean carersTurn = month % 3 == 0;
      String proposer =
          carersTurn ? CARERS.get(month % CARERS.size()) : LIVED.get(month % LIVED.size());
      String idea = "c" + month;
      boolean proposed = !(carersTurn && has(Defect.GROUP_UNINVITED));
      if (proposed) {
        Response response = null;
        if (!has(Defect.NO_FEEDBACK)) {
          ResponseOutcome outcome =
              has(Defect.IDEAS_DECLINED)
                  ? ResponseOutcome.DECLINED
                  : month % shape.ideaEvery() == 0 || has(Defect.ADOPTED_IN_WORDS)
                      ? ResponseOutcome.ADOPTED
                      : ResponseOutcome.NONE;
          response =
              new Response(
                  day.plusDays(shape.responseDays()),
                  outcome,
                  has(Defect.IDEAS_DECLINED) ? DeclineReason.DOES_NOT_FIT_CURRENT_MODEL : null);
        }
        b.add(
            new Contribution(
                idea,
                activity,
                proposer,
                ContributionKind.PROPOSAL,
                day,
                !has(Defect.UNDOCUMENTED),
                null,
                response));
      }
      List<String> voters = new ArrayList<>(everyone);
      if (has(Defect.GROUP_UNINVITED)) {
        voters.removeAll(CARERS);
      }
      LocalDate decided = has(Defect.PRE_DECIDED) ? day.minusDays(7) : day;
      Decision.Builder d =
          Decision.builder("d" + month, INITIATIVE, decided, DecisionRule.CONSENSUS)
              .votes(votes(voters));
      if (has(Defect.PRE_DECIDED)) {
        d.consultations(activity).stage(stage);
      } else {
        d.activity(activity);
      }
      boolean takenUp = month % shape.ideaEvery() == 0;
      if (!has(Defect.IDEAS_DECLINED) && !has(Defect.ADOPTED_IN_WORDS) && takenUp && proposed) {
        d.adopts(idea);
      }
      if (has(Defect.ADOPTED_IN_WORDS) || has(Defect.IDEAS_DECLINED)) {
        // Decisions still record what they adopt: a professional's idea each time.
        String own = "s" + month;
        b.add(
            new Contribution(
                own,
                activity,
                STAFF.get(0),
                ContributionKind.PROPOSAL,
                day,
                true,
                null,
                new Response(day.plusDays(7), ResponseOutcome.ADOPTED, null)));
        d.adopts(own);
      }
      b.add(d.build());
    }
    if (greenSurvey) {
      b.add(
          new Survey(
              "s",
              "End of year survey",
              List.of(new SurveyItem("listened", "I felt listened to", 1, 5, null))));
      int i = 0;
      for (String person : everyone) {
        b.add(
            new SurveyResponse(
                "r" + (++i),
                "s",
                "listened",
                person,
                INITIATIVE,
                LocalDate.of(2025, 12, 15),
                shape.surveyAnswer()));
      }
    }
    return b.build();
  }

  private static List<dev.copro.model.Vote> votes(List<String> people) {
    return people.stream().map(dev.copro.model.Vote::of).toList();
  }

  @SafeVarargs
  private static List<dev.copro.model.Vote> votes(List<String>... groups) {
    List<String> all = new ArrayList<>();
    for (List<String> g : groups) {
      all.addAll(g);
    }
    return votes(all);
  }

  /**
   * The configuration of every scenario: carers and people with lived experience are key groups
   * (the default).
   */
  static Configuration configuration() {
    return Configuration.builder().build();
  }

  /** Evaluates the scenario with the default catalog, as of the latest day in its records. */
  Report evaluate() {
    return evaluate(configuration());
  }

  /**
   * Evaluates the scenario as of a fixed day, so that two scenarios are judged on the same day even
   * when a defect removes the records (a late response, a late payment) that would set it.
   */
  Report evaluateAsOf(LocalDate day) {
    return evaluate(configuration().toBuilder().referenceDate(day).build());
  }

  private Report evaluate(Configuration configuration) {
    try (Copro copro = Copro.builder().configuration(configuration).parallelism(1).build()) {
      return copro.evaluate(dataset());
    }
  }
}
