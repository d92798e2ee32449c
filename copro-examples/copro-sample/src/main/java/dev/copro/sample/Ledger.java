package dev.copro.sample;

import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Survey;
import dev.copro.model.SurveyResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Collects the sample's records as its stories unfold: hands out ids, records who came and how much
 * they spoke, and keeps everything dated on or before the day the data were extracted.
 */
final class Ledger {

  /** The day the council extracted the data: nothing later has happened yet. */
  static final LocalDate EXTRACTED = LocalDate.of(2025, 12, 31);

  static final Currency GBP = Currency.getInstance("GBP");

  /** How speaking was recorded at an activity. */
  enum Speech {
    /** No one kept a tally. */
    NOT_RECORDED,
    /** An observer timed each speaker and counted their turns. */
    TIME_AND_TURNS,
    /** An observer counted turns only. */
    TURNS_ONLY
  }

  // Share of a meeting's minutes filled by someone talking.
  private static final double TALK_SHARE = 0.8;
  private static final double CHAIR_VOICE = 1.6;
  private static final double ADVOCATE_VOICE = 0.6;
  private static final double MEAN_TURN_SECONDS = 55;
  private static final double SILENT_CHANCE = 0.04;

  final Dice dice;
  final Cast cast;
  private final Map<String, Integer> counters = new TreeMap<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Activity> activities = new ArrayList<>();
  private final List<Attendance> attendance = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<Payment> payments = new ArrayList<>();
  private final List<Survey> surveys = new ArrayList<>();
  private final List<SurveyResponse> surveyResponses = new ArrayList<>();

  Ledger(long seed) {
    dice = new Dice(seed);
    cast = new Cast(dice);
  }

  /** The next id with the given prefix: {@code prefix} followed by a zero-padded counter. */
  String nextId(String prefix, int digits) {
    int n = counters.merge(prefix, 1, Integer::sum);
    return prefix + String.format(Locale.ROOT, "%0" + digits + "d", n);
  }

  void add(Initiative initiative) {
    initiatives.add(initiative);
  }

  void add(Activity activity) {
    activities.add(activity);
  }

  void add(Decision decision) {
    decisions.add(decision);
  }

  void add(Survey survey) {
    surveys.add(survey);
  }

  void add(SurveyResponse response) {
    surveyResponses.add(response);
  }

  /** The contributions recorded so far, in the order they were made. */
  List<Contribution> contributions() {
    return contributions;
  }

  /** The activities recorded so far. */
  List<Activity> activities() {
    return activities;
  }

  /** The attendance recorded so far. */
  List<Attendance> attendance() {
    return attendance;
  }

  /** Every access need the given people declared, for a host that books what people ask for. */
  Set<AccessProvision> needsOf(Collection<String> ids) {
    Set<AccessProvision> needs = new TreeSet<>();
    for (String id : ids) {
      needs.addAll(cast.get(id).accessNeeds());
    }
    return needs;
  }

  /**
   * Records who was invited to an activity and who came, with speaking time and turns shared out
   * among those present.
   *
   * @param invitees who was invited; recorded in id order
   * @param comes whether an invitee came (chairs always come)
   * @param walkIns who came without an invitation
   * @param staffVoice how much more paid staff speak than others at this activity (1 = equally)
   * @return who was present, invitees in id order then walk-ins
   */
  List<String> attend(
      Activity activity,
      Collection<String> invitees,
      Predicate<String> comes,
      Collection<String> walkIns,
      Speech speech,
      double staffVoice) {
    List<String> present = new ArrayList<>();
    Map<String, Boolean> invited = new TreeMap<>();
    for (String id : new TreeSet<>(invitees)) {
      boolean came = activity.chairs().contains(id) || comes.test(id);
      invited.put(id, came);
      if (came) {
        present.add(id);
      }
    }
    for (String id : new TreeSet<>(walkIns)) {
      if (!invited.containsKey(id)) {
        present.add(id);
      }
    }
    Map<String, int[]> talk =
        speech == Speech.NOT_RECORDED ? Map.of() : shareOutTalk(activity, present, staffVoice);
    for (String id : present) {
      int[] said = talk.get(id);
      Integer seconds = said == null || speech != Speech.TIME_AND_TURNS ? null : said[0];
      Integer turns = said == null ? null : said[1];
      attendance.add(
          new Attendance(activity.id(), id, invited.containsKey(id), true, seconds, turns));
    }
    invited.forEach(
        (id, came) -> {
          if (!came) {
            attendance.add(new Attendance(activity.id(), id, true, false, null, null));
          }
        });
    return present;
  }

  /** Seconds and turns for each person present, weighted by who they are and a personal spread. */
  private Map<String, int[]> shareOutTalk(
      Activity activity, List<String> present, double staffVoice) {
    Map<String, Double> weights = new TreeMap<>();
    double total = 0;
    for (String id : present) {
      double weight = voice(id, staffVoice);
      if (activity.chairs().contains(id)) {
        weight *= CHAIR_VOICE;
      } else if (cast.isBloc(id) && dice.chance(SILENT_CHANCE)) {
        weight = 0;
      }
      weight *= dice.spread(0.45);
      weights.put(id, weight);
      total += weight;
    }
    int minutes = activity.durationMinutes() == null ? 60 : activity.durationMinutes();
    double talkSeconds = minutes * 60 * TALK_SHARE;
    Map<String, int[]> talk = new TreeMap<>();
    for (String id : present) {
      int seconds =
          total == 0
              ? 0
              : (int)
                  StrictMath.round(
                      talkSeconds
                          * Objects.requireNonNull(weights.get(id), "weighed above")
                          / total);
      // Staff who dominate a meeting also hold the floor a little longer each time they speak.
      double turnLength =
          MEAN_TURN_SECONDS
              * (cast.isStaff(id) ? StrictMath.pow(staffVoice, 0.25) : 1)
              * dice.spread(0.3);
      int turns = seconds == 0 ? 0 : (int) Math.max(1, StrictMath.round(seconds / turnLength));
      talk.put(id, new int[] {seconds, turns});
    }
    return talk;
  }

  private double voice(String id, double staffVoice) {
    if (cast.isStaff(id)) {
      return staffVoice;
    }
    return Cast.ADVOCATE.equals(id) ? ADVOCATE_VOICE : 1;
  }

  /** Records a contribution with the next id of the prefix. */
  Contribution contribute(
      String prefix,
      Activity activity,
      String participant,
      ContributionKind kind,
      @Nullable LocalDate date,
      boolean documented,
      @Nullable String summary,
      @Nullable Response response) {
    Contribution contribution =
        new Contribution(
            nextId(prefix, 4),
            activity.id(),
            participant,
            kind,
            date,
            documented,
            summary,
            response);
    contributions.add(contribution);
    return contribution;
  }

  /** A response, or {@code null} if it would come after the data were extracted. */
  static @Nullable Response response(
      LocalDate date, ResponseOutcome outcome, @Nullable DeclineReason reason) {
    return date.isAfter(EXTRACTED) ? null : new Response(date, outcome, reason);
  }

  /**
   * Records a payment in pounds with the next id of the prefix; claim and payment dates after the
   * data were extracted are left empty, as not yet happened.
   */
  Payment pay(
      String prefix,
      String participant,
      Activity activity,
      PaymentKind kind,
      BigDecimal amount,
      LocalDate offered,
      @Nullable LocalDate claimed,
      @Nullable LocalDate paid) {
    Payment payment =
        new Payment(
            nextId(prefix, 4),
            participant,
            activity.id(),
            kind,
            null,
            amount,
            GBP,
            offered,
            happened(claimed),
            happened(paid));
    payments.add(payment);
    return payment;
  }

  private static @Nullable LocalDate happened(@Nullable LocalDate day) {
    return day == null || day.isAfter(EXTRACTED) ? null : day;
  }

  /** Pounds and pence from a whole number of pence. */
  static BigDecimal pounds(long pence) {
    return BigDecimal.valueOf(pence, 2);
  }

  /** Whether the person's perspective is the given one. */
  boolean is(String id, Perspective perspective) {
    return cast.get(id).perspective() == perspective;
  }

  /** Builds and validates the dataset. */
  Dataset build(String name) {
    return Dataset.builder()
        .name(name)
        .initiatives(initiatives)
        .participants(cast.participants())
        .activities(activities)
        .attendance(attendance)
        .contributions(contributions)
        .decisions(decisions)
        .payments(payments)
        .surveys(surveys)
        .surveyResponses(surveyResponses)
        .build();
  }
}
