package dev.copro.testkit;

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
import dev.copro.model.Vote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Small datasets for testing plugins: the fixtures the compatibility kit runs every plugin on, and
 * a fluent builder that fills in everything a test does not care about (one initiative {@value
 * #INITIATIVE} starting {@link #START}, activities as design-stage meetings).
 *
 * <pre>{@code
 * Dataset data = TestDatasets.builder()
 *     .participant("p-1", Perspective.LIVED_EXPERIENCE)
 *     .participant("p-2", Perspective.PROFESSIONAL)
 *     .activity("a-1", a -> a.type(ActivityType.BOARD).attended("p-1", "p-2").speaking("p-2", 600))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TestDatasets {

  /** The id of the initiative the builder creates. */
  public static final String INITIATIVE = "i-1";

  /** The day the builder's initiative starts; activities default to one a week from then. */
  public static final LocalDate START = LocalDate.of(2025, 1, 6);

  private static final Currency GBP = Currency.getInstance("GBP");

  private TestDatasets() {}

  /** A dataset with no records at all. */
  public static Dataset empty() {
    return Dataset.empty();
  }

  /**
   * One initiative, one participant with lived experience, one meeting they attended and spoke at.
   */
  public static Dataset singleParticipant() {
    return builder()
        .participant("p-1", Perspective.LIVED_EXPERIENCE)
        .activity("a-1", a -> a.attended("p-1").speaking("p-1", 300))
        .build();
  }

  /**
   * A small dataset with every kind of record: six participants of four perspectives with
   * attributes and access needs, four activities across all lifecycle stages with speaking time,
   * contributions with every response outcome, a consensus and a weighted-vote decision, payments
   * and survey answers.
   */
  public static Dataset small() {
    Builder b =
        builder()
            .participant(
                "p-1",
                Perspective.LIVED_EXPERIENCE,
                Map.of("age-band", "25-34"),
                AccessKind.STEP_FREE)
            .participant(
                "p-2",
                Perspective.LIVED_EXPERIENCE,
                Map.of("age-band", "65-74"),
                AccessKind.HEARING_LOOP)
            .participant("p-3", Perspective.CARER, Map.of("age-band", "45-54"))
            .participant("p-4", Perspective.PROFESSIONAL, Map.of("age-band", "35-44"))
            .participant("p-5", Perspective.PROFESSIONAL, Map.of("age-band", "45-54"))
            .participant("p-6", Perspective.COMMISSIONER, Map.of());
    b.activity(
        "a-1",
        a ->
            a.type(ActivityType.BOARD)
                .stage(LifecycleStage.COMMISSIONING)
                .noticeDays(21)
                .provisions(AccessKind.STEP_FREE, AccessKind.HEARING_LOOP, AccessKind.REFRESHMENTS)
                .chairs("p-1", "p-4")
                .attended("p-1", "p-2", "p-3", "p-4", "p-5", "p-6")
                .speaking("p-1", 600)
                .speaking("p-2", 240)
                .speaking("p-3", 300)
                .speaking("p-4", 900)
                .speaking("p-5", 420)
                .speaking("p-6", 200));
    b.activity(
        "a-2",
        a ->
            a.type(ActivityType.CO_DESIGN)
                .stage(LifecycleStage.DESIGN)
                .noticeDays(14)
                .provisions(AccessKind.STEP_FREE)
                .chairs("p-3")
                .attended("p-1", "p-2", "p-3", "p-4")
                .speaking("p-1", 500)
                .speaking("p-2", 100)
                .speaking("p-3", 450)
                .speaking("p-4", 380));
    b.activity(
        "a-3",
        a ->
            a.type(ActivityType.WORKSHOP)
                .stage(LifecycleStage.DELIVERY)
                .noticeDays(2)
                .attended("p-1", "p-4", "p-5")
                .invited("p-2")
                .speaking("p-4", 700)
                .speaking("p-5", 650)
                .speaking("p-1", 60));
    b.activity(
        "a-4",
        a ->
            a.type(ActivityType.MEETING)
                .stage(LifecycleStage.EVALUATION)
                .noticeDays(10)
                .provisions(AccessKind.STEP_FREE, AccessKind.HEARING_LOOP)
                .attended("p-2", "p-3", "p-5", "p-6"));
    b.contribution(
        "c-1", "a-1", "p-1", ContributionKind.PROPOSAL, 14, ResponseOutcome.ADOPTED, null);
    b.contribution(
        "c-2", "a-2", "p-2", ContributionKind.SUGGESTION, 30, ResponseOutcome.ADAPTED, null);
    b.contribution(
        "c-3",
        "a-2",
        "p-3",
        ContributionKind.CONCERN,
        45,
        ResponseOutcome.DECLINED,
        DeclineReason.DOES_NOT_FIT_CURRENT_MODEL);
    b.contribution("c-4", "a-3", "p-1", ContributionKind.STORY, null, null, null);
    b.contribution("c-5", "a-3", "p-4", ContributionKind.PROPOSAL, 7, ResponseOutcome.NONE, null);
    b.decision(
        Decision.builder("d-1", INITIATIVE, b.dateOf("a-1"), DecisionRule.CONSENSUS)
            .activity("a-1")
            .vote("p-1", 1)
            .vote("p-2", 1)
            .vote("p-4", 1)
            .vote("p-6", 1)
            .adopts("c-1")
            .build());
    b.decision(
        Decision.builder("d-2", INITIATIVE, b.dateOf("a-2"), DecisionRule.WEIGHTED_VOTE)
            .activity("a-2")
            .quota(5L)
            .vote("p-1", 2)
            .vote("p-2", 1)
            .vote("p-3", 1)
            .vote("p-4", 3)
            .adopts("c-2")
            .build());
    b.payment("pay-1", "p-1", "a-1", PaymentKind.FEE, "40.00", 0, 10);
    b.payment("pay-2", "p-2", "a-1", PaymentKind.EXPENSES, "12.60", 0, 45);
    b.payment("pay-3", "p-3", "a-2", PaymentKind.CARER_COVER, "60.00", 0, null);
    b.survey(
        new Survey(
            "s-1",
            "Involvement",
            List.of(
                new SurveyItem("listened", "I felt listened to", 1, 5, null),
                new SurveyItem("difference", "My ideas made a difference", 1, 5, null))));
    int[][] answers = {{4, 3}, {2, 2}, {5, 4}, {5, 5}, {4, 5}};
    for (int p = 0; p < answers.length; p++) {
      b.answer("s-1", "listened", "p-" + (p + 1), answers[p][0]);
      b.answer("s-1", "difference", "p-" + (p + 1), answers[p][1]);
    }
    return b.build();
  }

  /** A builder with one initiative, {@value #INITIATIVE}, covering every lifecycle stage. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a small dataset with defaults for what a test does not set. Activities are added in
   * order, one a week from {@link #START} unless dated; ids are the caller's.
   */
  public static final class Builder {
    private final Dataset.Builder data = Dataset.builder();
    private final Map<String, LocalDate> activityDates = new LinkedHashMap<>();
    private int responses;

    private Builder() {
      data.add(
          new Initiative(
              INITIATIVE,
              "Test initiative",
              null,
              START,
              null,
              EnumSet.allOf(LifecycleStage.class),
              Map.of()));
    }

    /**
     * Adds another initiative, for activities given to it with {@link ActivitySpec#initiative}.
     *
     * @since 0.1.0
     */
    public Builder initiative(Initiative initiative) {
      data.add(initiative);
      return this;
    }

    /** Adds a participant with no attributes or needs. */
    public Builder participant(String id, Perspective perspective) {
      data.add(Participant.of(id, perspective));
      return this;
    }

    /** Adds a participant with attributes and declared access needs. */
    public Builder participant(
        String id, Perspective perspective, Map<String, String> attributes, AccessKind... needs) {
      List<AccessProvision> declared = new ArrayList<>();
      for (AccessKind need : needs) {
        declared.add(AccessProvision.of(need));
      }
      data.add(
          new Participant(
              id,
              perspective,
              null,
              START.minusDays(30),
              null,
              Set.copyOf(declared),
              attributes,
              START));
      return this;
    }

    /** Adds any participant record. */
    public Builder participant(Participant participant) {
      data.add(participant);
      return this;
    }

    /** Adds an activity of the builder's initiative, shaped by {@code spec}. */
    public Builder activity(String id, Consumer<ActivitySpec> spec) {
      ActivitySpec s = new ActivitySpec(START.plusWeeks(activityDates.size()));
      spec.accept(s);
      Activity.Builder activity =
          Activity.builder(id, s.initiative, s.type, s.stage, s.date)
              .startTime(s.startTime)
              .durationMinutes(s.durationMinutes)
              .invitedOn(s.noticeDays == null ? null : s.date.minusDays(s.noticeDays))
              .provisions(s.provisions.toArray(AccessKind[]::new))
              .chairs(s.chairs.toArray(String[]::new));
      data.add(activity.build());
      activityDates.put(id, s.date);
      s.attendance.forEach(
          (participant, a) ->
              data.add(new Attendance(id, participant, a.invited, a.attended, a.seconds, a.turns)));
      return this;
    }

    /** Adds any activity record (its attendance must be added with {@link #attendance}). */
    public Builder activity(Activity activity) {
      data.add(activity);
      activityDates.put(activity.id(), activity.date());
      return this;
    }

    /** Adds any attendance record. */
    public Builder attendance(Attendance attendance) {
      data.add(attendance);
      return this;
    }

    /**
     * Adds a documented contribution made on the day of its activity, with a response after {@code
     * respondAfterDays} days, or none when that is null.
     */
    public Builder contribution(
        String id,
        String activity,
        String participant,
        ContributionKind kind,
        @Nullable Integer respondAfterDays,
        @Nullable ResponseOutcome outcome,
        @Nullable DeclineReason reason) {
      Response response =
          respondAfterDays == null
              ? null
              : new Response(
                  dateOf(activity).plusDays(respondAfterDays),
                  Objects.requireNonNull(outcome, "outcome"),
                  reason);
      data.add(new Contribution(id, activity, participant, kind, null, true, null, response));
      return this;
    }

    /** Adds any contribution record. */
    public Builder contribution(Contribution contribution) {
      data.add(contribution);
      return this;
    }

    /** Adds a decision. */
    public Builder decision(Decision decision) {
      data.add(decision);
      return this;
    }

    /**
     * Adds a payment offered on the day of its activity, paid {@code paidAfterDays} after that (or
     * unpaid when null).
     */
    public Builder payment(
        String id,
        String participant,
        String activity,
        PaymentKind kind,
        String amount,
        int offeredAfterDays,
        @Nullable Integer paidAfterDays) {
      LocalDate offered = dateOf(activity).plusDays(offeredAfterDays);
      data.add(
          new Payment(
              id,
              participant,
              activity,
              kind,
              null,
              new BigDecimal(amount),
              GBP,
              offered,
              null,
              paidAfterDays == null ? null : offered.plusDays(paidAfterDays)));
      return this;
    }

    /** Adds any payment record. */
    public Builder payment(Payment payment) {
      data.add(payment);
      return this;
    }

    /** Adds a survey. */
    public Builder survey(Survey survey) {
      data.add(survey);
      return this;
    }

    /** Adds an answer about the builder's initiative, dated a year after {@link #START}. */
    public Builder answer(String survey, String item, String participant, int value) {
      data.add(
          new SurveyResponse(
              "r-" + ++responses,
              survey,
              item,
              participant,
              INITIATIVE,
              START.plusYears(1),
              value));
      return this;
    }

    /** The date of an activity added so far. */
    public LocalDate dateOf(String activity) {
      LocalDate date = activityDates.get(activity);
      if (date == null) {
        throw new IllegalArgumentException("no activity '" + activity + "' has been added");
      }
      return date;
    }

    /**
     * Builds the dataset.
     *
     * @throws dev.copro.model.validation.InvalidInputException if the records are not valid
     *     together
     */
    public Dataset build() {
      return data.build();
    }
  }

  /** How a test activity looks; every setting has a default. */
  public static final class ActivitySpec {
    private String initiative = INITIATIVE;
    private LocalDate date;
    private ActivityType type = ActivityType.MEETING;
    private LifecycleStage stage = LifecycleStage.DESIGN;
    private @Nullable LocalTime startTime = LocalTime.of(10, 0);
    private @Nullable Integer durationMinutes = 120;
    private @Nullable Integer noticeDays = 14;
    private final List<AccessKind> provisions = new ArrayList<>();
    private final List<String> chairs = new ArrayList<>();
    private final Map<String, AttendanceSpec> attendance = new LinkedHashMap<>();

    private ActivitySpec(LocalDate date) {
      this.date = date;
    }

    /** The day; default one week after the previous activity's default. */
    public ActivitySpec on(LocalDate day) {
      this.date = day;
      return this;
    }

    /** The id of the initiative it belongs to; default {@value TestDatasets#INITIATIVE}. */
    public ActivitySpec initiative(String initiativeId) {
      this.initiative = initiativeId;
      return this;
    }

    /** The type; default meeting. */
    public ActivitySpec type(ActivityType activityType) {
      this.type = activityType;
      return this;
    }

    /** The stage; default design. */
    public ActivitySpec stage(LifecycleStage lifecycleStage) {
      this.stage = lifecycleStage;
      return this;
    }

    /** The start time; default 10:00. */
    public ActivitySpec startTime(@Nullable LocalTime time) {
      this.startTime = time;
      return this;
    }

    /** The duration; default 120 minutes. */
    public ActivitySpec durationMinutes(@Nullable Integer minutes) {
      this.durationMinutes = minutes;
      return this;
    }

    /** Days of notice; default 14; null for no invitation date. */
    public ActivitySpec noticeDays(@Nullable Integer days) {
      this.noticeDays = days;
      return this;
    }

    /** Access provisions offered; default none. */
    public ActivitySpec provisions(AccessKind... kinds) {
      provisions.addAll(List.of(kinds));
      return this;
    }

    /** Chairs, by participant id; default none. */
    public ActivitySpec chairs(String... participants) {
      chairs.addAll(List.of(participants));
      return this;
    }

    /** Participants invited who attended. */
    public ActivitySpec attended(String... participants) {
      for (String p : participants) {
        attendance.computeIfAbsent(p, k -> new AttendanceSpec()).attended = true;
      }
      return this;
    }

    /** Participants invited who did not attend. */
    public ActivitySpec invited(String... participants) {
      for (String p : participants) {
        attendance.computeIfAbsent(p, k -> new AttendanceSpec()).attended = false;
      }
      return this;
    }

    /** A participant who attended without an invitation. */
    public ActivitySpec uninvited(String participant) {
      AttendanceSpec a = attendance.computeIfAbsent(participant, k -> new AttendanceSpec());
      a.invited = false;
      a.attended = true;
      return this;
    }

    /** Seconds an attendee spoke (and one turn per started minute). */
    public ActivitySpec speaking(String participant, int seconds) {
      AttendanceSpec a = attendance.computeIfAbsent(participant, k -> new AttendanceSpec());
      a.attended = true;
      a.seconds = seconds;
      a.turns = (seconds + 59) / 60;
      return this;
    }
  }

  private static final class AttendanceSpec {
    private boolean invited = true;
    private boolean attended = true;
    private @Nullable Integer seconds;
    private @Nullable Integer turns;
  }

  /** The votes of a decision where each listed participant has weight 1. */
  public static List<Vote> equalVotes(String... participants) {
    List<Vote> votes = new ArrayList<>();
    for (String p : participants) {
      votes.add(Vote.of(p));
    }
    return votes;
  }
}
