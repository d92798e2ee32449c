package dev.copro.metrics.tokenism;

import dev.copro.engine.DatasetContext;
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
import dev.copro.model.Vote;
import dev.copro.spi.Measurement;
import dev.copro.spi.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds small datasets for the warning-sign tests: a good-practice scenario that raises no sign,
 * and drafts of its records that a test changes to raise exactly one.
 *
 * <p>Activities are well arranged unless changed: 14 days' notice, starting 10:00, 120 minutes,
 * offering refreshments and step-free access. Records keep the order in which they were added;
 * adding a record with an id already used replaces it.
 */
final class SignsFixture {

  /** The reference date of every context the fixture builds. */
  static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

  private static final Currency GBP = Currency.getInstance("GBP");

  private final Map<String, Initiative> initiatives = new LinkedHashMap<>();
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  private final Map<String, ActivityDraft> activities = new LinkedHashMap<>();
  private final Map<String, Attendance> attendance = new LinkedHashMap<>();
  private final Map<String, ContributionDraft> contributions = new LinkedHashMap<>();
  private final Map<String, DecisionDraft> decisions = new LinkedHashMap<>();
  private final Map<String, Payment> payments = new LinkedHashMap<>();

  /**
   * The good-practice scenario. Initiative i-1 covers design and delivery. p-1 (lived experience,
   * needs step-free access) and p-2 (carer) are the bloc; p-3 is a professional and p-4 a
   * commissioner. Everyone is invited to and attends a-1 (co-design, design stage, 2025-02-03) and
   * a-2 (board, delivery stage, 2025-03-03); the bloc is paid for both. The bloc's contributions
   * are all documented and answered within a week: c-1 (p-1's proposal at a-1, adopted), c-2 (p-2's
   * suggestion at a-1, adapted), c-3 (p-1's concern at a-2, noted). d-1 (consensus at a-1, adopts
   * c-1) and d-2 (simple majority at a-2) are voted on by all four.
   */
  static SignsFixture goodPractice() {
    SignsFixture f = new SignsFixture();
    f.initiative("i-1", LifecycleStage.DESIGN, LifecycleStage.DELIVERY);
    f.person("p-1", Perspective.LIVED_EXPERIENCE, AccessKind.STEP_FREE);
    f.person("p-2", Perspective.CARER);
    f.person("p-3", Perspective.PROFESSIONAL);
    f.person("p-4", Perspective.COMMISSIONER);
    f.activity("a-1", ActivityType.CO_DESIGN, LifecycleStage.DESIGN, LocalDate.of(2025, 2, 3));
    f.activity("a-2", ActivityType.BOARD, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 3));
    f.attend("a-1", "p-1", "p-2", "p-3", "p-4");
    f.attend("a-2", "p-1", "p-2", "p-3", "p-4");
    f.pay("a-1", "p-1", "p-2");
    f.pay("a-2", "p-1", "p-2");
    f.contribution("c-1", "a-1", "p-1", ContributionKind.PROPOSAL)
        .respond(LocalDate.of(2025, 2, 10), ResponseOutcome.ADOPTED);
    f.contribution("c-2", "a-1", "p-2", ContributionKind.SUGGESTION)
        .respond(LocalDate.of(2025, 2, 10), ResponseOutcome.ADAPTED);
    f.contribution("c-3", "a-2", "p-1", ContributionKind.CONCERN)
        .respond(LocalDate.of(2025, 3, 10), ResponseOutcome.NONE);
    f.decision("d-1", LocalDate.of(2025, 2, 3), DecisionRule.CONSENSUS)
        .at("a-1")
        .votes("p-1", "p-2", "p-3", "p-4")
        .adopts("c-1");
    f.decision("d-2", LocalDate.of(2025, 3, 3), DecisionRule.SIMPLE_MAJORITY)
        .at("a-2")
        .votes("p-1", "p-2", "p-3", "p-4");
    return f;
  }

  /** Adds (or replaces) an initiative starting on 2025-01-01 and covering the given stages. */
  SignsFixture initiative(String id, LifecycleStage... stages) {
    Set<LifecycleStage> covered = stages.length == 0 ? Set.of() : EnumSet.copyOf(List.of(stages));
    initiatives.put(
        id,
        new Initiative(
            id, "initiative " + id, null, LocalDate.of(2025, 1, 1), null, covered, Map.of()));
    return this;
  }

  /** Adds (or replaces) a participant with the given declared access needs. */
  SignsFixture person(String id, Perspective perspective, AccessKind... needs) {
    List<AccessProvision> declared = new ArrayList<>();
    for (AccessKind kind : needs) {
      declared.add(AccessProvision.of(kind));
    }
    participants.put(
        id,
        new Participant(id, perspective, null, null, null, Set.copyOf(declared), Map.of(), null));
    return this;
  }

  /** Adds (or replaces) a well-arranged activity of initiative i-1 and returns its draft. */
  ActivityDraft activity(String id, ActivityType type, LifecycleStage stage, LocalDate date) {
    ActivityDraft draft = new ActivityDraft(id, type, stage, date);
    activities.put(id, draft);
    return draft;
  }

  /** The draft of an activity added before. */
  ActivityDraft activity(String id) {
    return require(activities.get(id), id);
  }

  /** Records the participants as invited to and attending the activity. */
  SignsFixture attend(String activity, String... people) {
    for (String person : people) {
      put(Attendance.attended(activity, person));
    }
    return this;
  }

  /** Adds (or replaces) an attendance record. */
  SignsFixture put(Attendance record) {
    attendance.put(record.key(), record);
    return this;
  }

  /** Offers each participant a fee of 25 GBP for the activity, on the day of the activity. */
  SignsFixture pay(String activity, String... people) {
    LocalDate day = activity(activity).date;
    for (String person : people) {
      String id = paymentId(activity, person);
      payments.put(
          id,
          new Payment(
              id,
              person,
              activity,
              PaymentKind.FEE,
              null,
              new BigDecimal("25.00"),
              GBP,
              day,
              null,
              day.plusDays(14)));
    }
    return this;
  }

  /**
   * Replaces a participant's payment for an activity with one paid {@code days} after the activity.
   */
  SignsFixture payLate(String activity, String person, int days) {
    LocalDate day = activity(activity).date;
    String id = paymentId(activity, person);
    payments.put(
        id,
        new Payment(
            id,
            person,
            activity,
            PaymentKind.FEE,
            null,
            new BigDecimal("25.00"),
            GBP,
            day,
            null,
            day.plusDays(days)));
    return this;
  }

  /**
   * Records a participant as asked ({@code true}) or never asked ({@code false}) about access
   * needs.
   */
  SignsFixture asked(String id, boolean asked) {
    Participant p = require(participants.get(id), id);
    participants.put(
        id,
        new Participant(
            p.id(),
            p.perspective(),
            p.perspectiveLabel(),
            p.joined(),
            p.left(),
            p.accessNeeds(),
            p.attributes(),
            p.attributesAsOf(),
            asked));
    return this;
  }

  /** Removes the payment offered to a participant for an activity. */
  SignsFixture unpay(String activity, String participant) {
    require(payments.remove(paymentId(activity, participant)), paymentId(activity, participant));
    return this;
  }

  /** Adds (or replaces) a documented contribution with no response, and returns its draft. */
  ContributionDraft contribution(
      String id, String activity, String participant, ContributionKind kind) {
    ContributionDraft draft = new ContributionDraft(id, activity, participant, kind);
    contributions.put(id, draft);
    return draft;
  }

  /** The draft of a contribution added before. */
  ContributionDraft contribution(String id) {
    return require(contributions.get(id), id);
  }

  /** Adds (or replaces) a decision of initiative i-1 with no votes, and returns its draft. */
  DecisionDraft decision(String id, LocalDate date, DecisionRule rule) {
    DecisionDraft draft = new DecisionDraft(id, date, rule);
    decisions.put(id, draft);
    return draft;
  }

  /** Removes a decision added before. */
  SignsFixture removeDecision(String id) {
    require(decisions.remove(id), id);
    return this;
  }

  /** The draft of a decision added before. */
  DecisionDraft decision(String id) {
    return require(decisions.get(id), id);
  }

  /** Builds the validated dataset. */
  Dataset dataset() {
    Dataset.Builder b =
        Dataset.builder()
            .initiatives(initiatives.values())
            .participants(participants.values())
            .attendance(attendance.values())
            .payments(payments.values());
    activities.values().forEach(a -> b.add(a.build()));
    contributions.values().forEach(c -> b.add(c.build()));
    decisions.values().forEach(d -> b.add(d.build()));
    return b.build();
  }

  /** Measures the warning signs over the whole dataset with default parameters. */
  Measurement measure() {
    return measure(Map.of());
  }

  /** Measures the warning signs over the whole dataset with the given parameters. */
  Measurement measure(Map<String, ?> parameters) {
    return measure(dataset(), parameters);
  }

  /**
   * Measures the warning signs over a dataset, at {@link #REFERENCE}, with the given parameters.
   */
  static Measurement measure(Dataset dataset, Map<String, ?> parameters) {
    WarningSigns metric = new WarningSigns();
    return metric.measure(
        DatasetContext.builder(dataset)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .referenceDate(REFERENCE)
            .build());
  }

  private static String paymentId(String activity, String participant) {
    return "pay-" + activity + "-" + participant;
  }

  private static <T> T require(@Nullable T value, String id) {
    if (value == null) {
      throw new IllegalArgumentException("the fixture has no record " + id);
    }
    return value;
  }

  /** A changeable activity of initiative i-1. */
  static final class ActivityDraft {
    final String id;
    final ActivityType type;
    final LifecycleStage stage;
    final LocalDate date;
    @Nullable Integer noticeDays = 14;
    @Nullable LocalTime startTime = LocalTime.of(10, 0);
    @Nullable Integer durationMinutes = 120;
    final Set<AccessKind> provisions = EnumSet.of(AccessKind.STEP_FREE, AccessKind.REFRESHMENTS);

    private ActivityDraft(String id, ActivityType type, LifecycleStage stage, LocalDate date) {
      this.id = id;
      this.type = type;
      this.stage = stage;
      this.date = date;
    }

    ActivityDraft notice(@Nullable Integer days) {
      this.noticeDays = days;
      return this;
    }

    ActivityDraft start(@Nullable LocalTime time) {
      this.startTime = time;
      return this;
    }

    ActivityDraft duration(@Nullable Integer minutes) {
      this.durationMinutes = minutes;
      return this;
    }

    ActivityDraft without(AccessKind provision) {
      provisions.remove(provision);
      return this;
    }

    Activity build() {
      return Activity.builder(id, "i-1", type, stage, date)
          .invitedOn(noticeDays == null ? null : date.minusDays(noticeDays))
          .startTime(startTime)
          .durationMinutes(durationMinutes)
          .provisions(provisions.toArray(AccessKind[]::new))
          .build();
    }
  }

  /** A changeable contribution. */
  static final class ContributionDraft {
    final String id;
    final String activity;
    final String participant;
    final ContributionKind kind;
    boolean documented = true;
    @Nullable Response response;

    private ContributionDraft(
        String id, String activity, String participant, ContributionKind kind) {
      this.id = id;
      this.activity = activity;
      this.participant = participant;
      this.kind = kind;
    }

    ContributionDraft respond(LocalDate day, ResponseOutcome outcome) {
      this.response = new Response(day, outcome, null);
      return this;
    }

    ContributionDraft decline(LocalDate day, DeclineReason reason) {
      this.response = new Response(day, ResponseOutcome.DECLINED, reason);
      return this;
    }

    ContributionDraft noResponse() {
      this.response = null;
      return this;
    }

    ContributionDraft undocumented() {
      this.documented = false;
      return this;
    }

    Contribution build() {
      return new Contribution(id, activity, participant, kind, null, documented, null, response);
    }
  }

  /** A changeable decision of initiative i-1. */
  static final class DecisionDraft {
    final String id;
    final LocalDate date;
    final DecisionRule rule;
    @Nullable String activity;
    @Nullable LifecycleStage stage;
    final List<Vote> votes = new ArrayList<>();
    final List<String> adopts = new ArrayList<>();
    final List<String> consultations = new ArrayList<>();

    private DecisionDraft(String id, LocalDate date, DecisionRule rule) {
      this.id = id;
      this.date = date;
      this.rule = rule;
    }

    DecisionDraft at(String activityId) {
      this.activity = activityId;
      return this;
    }

    DecisionDraft stage(LifecycleStage decisionStage) {
      this.stage = decisionStage;
      return this;
    }

    DecisionDraft votes(String... people) {
      for (String person : people) {
        votes.add(Vote.of(person));
      }
      return this;
    }

    DecisionDraft adopts(String... contributionIds) {
      adopts.addAll(List.of(contributionIds));
      return this;
    }

    DecisionDraft noAdoptions() {
      adopts.clear();
      return this;
    }

    DecisionDraft consultations(String... activityIds) {
      consultations.addAll(List.of(activityIds));
      return this;
    }

    Decision build() {
      return Decision.builder(id, "i-1", date, rule)
          .activity(activity)
          .stage(stage)
          .votes(votes)
          .adopts(adopts.toArray(String[]::new))
          .consultations(consultations.toArray(String[]::new))
          .build();
    }
  }
}
