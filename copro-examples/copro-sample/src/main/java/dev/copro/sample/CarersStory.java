package dev.copro.sample;

import static dev.copro.model.AccessKind.ACCESSIBLE_TOILET;
import static dev.copro.model.AccessKind.PAPERS_IN_ADVANCE;
import static dev.copro.model.AccessKind.REFRESHMENTS;
import static dev.copro.model.AccessKind.STEP_FREE;
import static dev.copro.model.ActivityType.BOARD;
import static dev.copro.model.ActivityType.CONSULTATION;
import static dev.copro.model.ActivityType.CO_DESIGN;
import static dev.copro.model.ActivityType.EVENT;
import static dev.copro.model.ActivityType.MEETING;
import static dev.copro.model.ActivityType.TRAINING;
import static dev.copro.model.ActivityType.WORKSHOP;
import static dev.copro.model.ContributionKind.CONCERN;
import static dev.copro.model.ContributionKind.PROPOSAL;
import static dev.copro.model.ContributionKind.QUESTION;
import static dev.copro.model.ContributionKind.STORY;
import static dev.copro.model.ContributionKind.SUGGESTION;
import static dev.copro.model.DeclineReason.ALREADY_DECIDED;
import static dev.copro.model.DeclineReason.DOES_NOT_FIT_CURRENT_MODEL;
import static dev.copro.model.DeclineReason.NOT_FEASIBLE;
import static dev.copro.model.DeclineReason.NO_BUDGET;
import static dev.copro.model.LifecycleStage.COMMISSIONING;
import static dev.copro.model.LifecycleStage.DELIVERY;
import static dev.copro.model.LifecycleStage.DESIGN;
import static dev.copro.model.ResponseOutcome.ADAPTED;
import static dev.copro.model.ResponseOutcome.ADOPTED;
import static dev.copro.model.ResponseOutcome.DECLINED;
import static dev.copro.model.ResponseOutcome.NONE;

import dev.copro.model.AccessKind;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.ContributionKind;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.PaymentKind;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import dev.copro.model.VotePosition;
import dev.copro.sample.Ledger.Speech;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Five months of the carers' support service redesign: co-production in name. Officers take most of
 * the decisions before any carer is asked, then consult on what is already decided, at two days'
 * notice, in the evening, in rooms without a hearing loop or a lift, without lunch or payment, and
 * rarely write down or answer what carers say.
 *
 * <p>Every record is scripted, so the warning signs are there whatever the seed; only speaking
 * turns and expense amounts come from the dice.
 */
final class CarersStory {

  static final String INITIATIVE = "carers-redesign";
  private static final String CONTRIBUTION = "cr-c";
  private static final String PAYMENT = "cr-pay";

  private static final String CIVIC_CENTRE = "Northfield Civic Centre, Room 12";
  private static final String CARERS_CENTRE = "Northfield Carers' Centre, first-floor room";
  private static final String LIBRARY_UPSTAIRS =
      "Southbridge Library, upstairs meeting room (no lift)";

  private static final List<String> STAFF = Cast.CARERS_STAFF;
  private static final List<String> TEAM = List.of("p-040", "p-041", "p-042", "p-043");
  private static final String PROVIDER = "p-044";
  private static final String OFFICER = "p-042";
  private static final String REPRESENTATIVE = "p-053";

  private final Ledger ledger;

  CarersStory(Ledger ledger) {
    this.ledger = ledger;
  }

  void tell() {
    ledger.add(
        new Initiative(
            INITIATIVE,
            "Northfield Carers' Support Service Redesign",
            "Northfield Council",
            Cast.CARERS_START,
            LocalDate.of(2025, 7, 31),
            EnumSet.of(COMMISSIONING, DESIGN, DELIVERY),
            Map.of()));
    commissioning();
    design();
    delivery();
  }

  /** Officers decide the model, the budget and the provider among themselves. */
  private void commissioning() {
    Activity a01 =
        held(
            1,
            MEETING,
            COMMISSIONING,
            "Project initiation",
            "2025-03-03",
            "10:00",
            90,
            7,
            CIVIC_CENTRE,
            STAFF,
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    String online =
        said(
            a01,
            Cast.CARERS_COMMISSIONER,
            PROPOSAL,
            true,
            "Move carers' assessment and support to one online-first service",
            answer("2025-03-10", ADOPTED, null));
    Activity a02 =
        held(
            2,
            MEETING,
            COMMISSIONING,
            "Project team",
            "2025-03-10",
            "10:00",
            60,
            7,
            CIVIC_CENTRE,
            TEAM,
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    decide(
        "cr-d01",
        a02,
        "One online-first service for carers' assessment and support",
        DecisionRule.UNILATERAL,
        List.of(Cast.CARERS_COMMISSIONER),
        List.of(online),
        List.of());
    Activity a03 =
        held(
            3,
            WORKSHOP,
            COMMISSIONING,
            "Options appraisal",
            "2025-03-17",
            "13:00",
            180,
            10,
            CIVIC_CENTRE,
            STAFF,
            List.of(),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, REFRESHMENTS));
    String single =
        said(
            a03,
            PROVIDER,
            PROPOSAL,
            true,
            "Commission a single provider for the whole service",
            answer("2025-04-07", ADOPTED, null));
    said(
        a03,
        OFFICER,
        CONCERN,
        true,
        "Some carers have no internet access",
        answer("2025-03-31", ADAPTED, null));
    ledger.add(
        Decision.builder("cr-d02", INITIATIVE, LocalDate.of(2025, 3, 24), DecisionRule.UNILATERAL)
            .stage(COMMISSIONING)
            .title("Budget for the new service reduced by 15%")
            .votes(List.of(Vote.of(Cast.CARERS_COMMISSIONER)))
            .build());
    held(
        4,
        MEETING,
        COMMISSIONING,
        "Project team",
        "2025-03-31",
        "10:00",
        60,
        7,
        CIVIC_CENTRE,
        TEAM,
        List.of("p-043"),
        List.of(Cast.CARERS_COMMISSIONER),
        List.of(STEP_FREE, ACCESSIBLE_TOILET));
    Activity a05 =
        held(
            5,
            MEETING,
            COMMISSIONING,
            "Project team",
            "2025-04-07",
            "10:00",
            60,
            7,
            CIVIC_CENTRE,
            Cast.together(TEAM, List.of(PROVIDER)),
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    decide(
        "cr-d03",
        a05,
        "A single provider for the new service",
        DecisionRule.SIMPLE_MAJORITY,
        presentAt(a05),
        List.of(single),
        List.of());
  }

  /** Carers are asked in once the model is settled, and what they say changes nothing. */
  private void design() {
    Activity a06 =
        held(
            6,
            WORKSHOP,
            DESIGN,
            "Service model design",
            "2025-04-14",
            "13:00",
            180,
            10,
            CIVIC_CENTRE,
            STAFF,
            List.of(),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, REFRESHMENTS));
    String selfAssessment =
        said(
            a06,
            "p-043",
            SUGGESTION,
            true,
            "An online self-assessment form for carers",
            answer("2025-04-22", ADOPTED, null));
    String closeCentres =
        said(
            a06,
            Cast.CARERS_SERVICE_MANAGER,
            PROPOSAL,
            true,
            "Close the two drop-in carers' centres and open a phone line",
            answer("2025-04-29", ADOPTED, null));
    Activity a07 =
        held(
            7,
            MEETING,
            DESIGN,
            "Project team",
            "2025-04-22",
            "10:00",
            60,
            7,
            CIVIC_CENTRE,
            TEAM,
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    Activity a08 =
        held(
            8,
            MEETING,
            DESIGN,
            "Service managers' meeting",
            "2025-04-29",
            "14:00",
            60,
            5,
            CIVIC_CENTRE,
            List.of(Cast.CARERS_COMMISSIONER, Cast.CARERS_SERVICE_MANAGER, PROVIDER),
            List.of(),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));

    // Two days' notice, and no hearing loop in the room.
    Activity a09 =
        held(
            9,
            CONSULTATION,
            DESIGN,
            "Have your say: support for carers",
            "2025-05-08",
            "13:30",
            120,
            2,
            CARERS_CENTRE,
            Cast.together(TEAM, Cast.PROJECT_CARERS),
            List.of("p-052", "p-056"),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, REFRESHMENTS));
    decide(
        "cr-d04",
        a07,
        "Carers' assessments move online-first",
        DecisionRule.CONSENSUS,
        presentAt(a07),
        List.of(selfAssessment),
        List.of(a09.id()));
    decide(
        "cr-d05",
        a08,
        "The two drop-in carers' centres close; a phone line replaces them",
        DecisionRule.DELEGATED,
        List.of(Cast.CARERS_SERVICE_MANAGER),
        List.of(closeCentres),
        List.of(a09.id()));
    said(
        a09,
        Cast.CARER_NEEDING_LOOP,
        CONCERN,
        true,
        "Many older carers are not online: online-first will shut them out",
        null);
    said(
        a09,
        REPRESENTATIVE,
        CONCERN,
        true,
        "Closing the drop-in centres removes the only place carers meet each other",
        answer("2025-05-21", DECLINED, ALREADY_DECIDED));
    said(
        a09,
        Cast.CARER_IN_BOTH,
        SUGGESTION,
        true,
        "Keep at least one drop-in centre open",
        answer("2025-06-02", DECLINED, ALREADY_DECIDED));
    said(
        a09,
        Cast.CARER_NEEDING_STEP_FREE,
        STORY,
        false,
        "How the drop-in centre helped after my husband's stroke",
        null);
    said(
        a09,
        "p-051",
        QUESTION,
        true,
        "Who will assess carers who have no internet?",
        answer("2025-06-02", NONE, null));
    said(
        a09,
        "p-049",
        PROPOSAL,
        true,
        "A carer-led drop-in hub run from the library",
        answer("2025-06-02", DECLINED, DOES_NOT_FIT_CURRENT_MODEL));
    said(a09, "p-055", QUESTION, false, "Will the phone line be open in the evenings?", null);
    said(a09, "p-050", STORY, false, "Being a young carer at college", null);
    said(
        a09,
        "p-054",
        CONCERN,
        true,
        "Two days' notice meant many carers could not arrange cover",
        null);

    // An evening session upstairs in a library with no lift.
    Activity a10 =
        held(
            10,
            WORKSHOP,
            DESIGN,
            "Carers' focus group",
            "2025-05-13",
            "18:00",
            90,
            3,
            LIBRARY_UPSTAIRS,
            List.of(
                OFFICER,
                Cast.CARER_IN_BOTH,
                Cast.CARER_NEEDING_LOOP,
                Cast.CARER_NEEDING_STEP_FREE,
                "p-050",
                "p-052",
                REPRESENTATIVE,
                "p-054",
                "p-056"),
            List.of(Cast.CARER_NEEDING_LOOP, "p-050"),
            List.of(OFFICER),
            List.of());
    said(a10, Cast.CARER_NEEDING_STEP_FREE, CONCERN, false, "The meeting room has no lift", null);
    said(
        a10,
        "p-052",
        PROPOSAL,
        true,
        "Carers' peer support groups in every area",
        answer("2025-06-11", DECLINED, DOES_NOT_FIT_CURRENT_MODEL));
    said(
        a10,
        "p-056",
        STORY,
        true,
        "Waiting eight months for a carer's assessment",
        answer("2025-06-11", NONE, null));
    said(a10, Cast.CARER_IN_BOTH, SUGGESTION, true, "Evening and weekend phone line hours", null);
    said(
        a10,
        REPRESENTATIVE,
        SUGGESTION,
        true,
        "Send papers in large print and by post",
        answer("2025-06-11", NONE, null));
    said(a10, "p-054", QUESTION, false, "How will carers be involved from now on?", null);

    Activity a11 =
        held(
            11,
            BOARD,
            DESIGN,
            "Project board",
            "2025-05-20",
            "10:00",
            120,
            14,
            CIVIC_CENTRE,
            Cast.together(STAFF, List.of(Cast.CARER_IN_BOTH, REPRESENTATIVE)),
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, PAPERS_IN_ADVANCE));
    String specification =
        said(
            a11,
            PROVIDER,
            PROPOSAL,
            true,
            "Service specification, version 3",
            answer("2025-05-20", ADOPTED, null));
    said(
        a11,
        Cast.CARER_IN_BOTH,
        PROPOSAL,
        true,
        "Delay go-live until carers have been properly consulted",
        answer("2025-05-20", DECLINED, ALREADY_DECIDED));
    said(
        a11,
        REPRESENTATIVE,
        PROPOSAL,
        true,
        "A carers' representative on the provider's management board",
        null);
    List<Vote> votes = new ArrayList<>();
    for (String id : presentAt(a11)) {
      // The two carers' representatives vote against and are outvoted.
      votes.add(new Vote(id, 1, ledger.cast.isBloc(id) ? VotePosition.AGAINST : VotePosition.FOR));
    }
    ledger.add(
        Decision.builder("cr-d06", INITIATIVE, a11.date(), DecisionRule.SIMPLE_MAJORITY)
            .activity(a11.id())
            .title("New carers' support service specification approved")
            .votes(votes)
            .adopts(specification)
            .build());

    // Five hours, two days' notice, no lunch, no hearing loop; expenses offered two weeks later.
    Activity a12 =
        held(
            12,
            CO_DESIGN,
            DESIGN,
            "Co-design day: the new carers' offer",
            "2025-05-29",
            "09:30",
            300,
            2,
            CIVIC_CENTRE,
            Cast.together(
                List.of(Cast.CARERS_SERVICE_MANAGER, OFFICER, "p-043"), Cast.PROJECT_CARERS),
            List.of(Cast.CARER_IN_BOTH, Cast.CARER_NEEDING_STEP_FREE, REPRESENTATIVE, "p-052"),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    said(
        a12,
        "p-049",
        PROPOSAL,
        true,
        "A flexible short-break budget that carers manage themselves",
        answer("2025-07-02", DECLINED, DOES_NOT_FIT_CURRENT_MODEL));
    said(
        a12,
        Cast.CARER_NEEDING_LOOP,
        SUGGESTION,
        true,
        "A plain-English leaflet about the new offer",
        answer("2025-07-02", NONE, null));
    said(
        a12,
        "p-054",
        SUGGESTION,
        true,
        "An emergency plan for the carer as part of every assessment",
        null);
    said(a12, "p-055", STORY, false, "Caring for two parents at once", null);
    said(
        a12,
        "p-050",
        SUGGESTION,
        true,
        "A text-message service for young carers",
        answer("2025-07-02", DECLINED, NO_BUDGET));
    said(a12, "p-051", CONCERN, false, "No lunch at a five-hour session", null);
    said(
        a12,
        "p-056",
        QUESTION,
        true,
        "Will phone line staff be trained in carers' rights?",
        answer("2025-07-02", NONE, null));
    int expense = 0;
    for (String id : List.of(Cast.CARER_NEEDING_LOOP, "p-049", "p-051", "p-054", "p-056")) {
      LocalDate claimed = LocalDate.of(2025, 6, 16).plusDays(ledger.dice.between(0, 9));
      ledger.pay(
          PAYMENT,
          id,
          a12,
          PaymentKind.EXPENSES,
          Ledger.pounds(ledger.dice.between(320, 1800)),
          LocalDate.of(2025, 6, 12),
          claimed,
          LocalDate.of(2025, 8, 20).plusDays(expense++));
    }
    ledger.pay(
        PAYMENT,
        Cast.CARER_IN_BOTH,
        a11,
        PaymentKind.EXPENSES,
        Ledger.pounds(ledger.dice.between(320, 1800)),
        a11.date(),
        LocalDate.of(2025, 5, 22),
        LocalDate.of(2025, 7, 30));

    Activity a13 =
        held(
            13,
            CONSULTATION,
            DESIGN,
            "Carers' feedback session",
            "2025-06-05",
            "14:00",
            90,
            2,
            CARERS_CENTRE,
            Cast.together(
                List.of(Cast.CARERS_SERVICE_MANAGER, "p-043"),
                List.of(
                    Cast.CARER_IN_BOTH,
                    Cast.CARER_NEEDING_LOOP,
                    Cast.CARER_NEEDING_STEP_FREE,
                    "p-049",
                    "p-050",
                    "p-052",
                    REPRESENTATIVE,
                    "p-054",
                    "p-055")),
            List.of("p-049", "p-050", "p-055"),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, REFRESHMENTS));
    said(a13, "p-052", CONCERN, true, "None of our ideas are in the specification", null);
    said(
        a13,
        Cast.CARER_NEEDING_STEP_FREE,
        SUGGESTION,
        true,
        "Home visits for carers who cannot travel",
        answer("2025-07-09", DECLINED, NOT_FEASIBLE));
    said(a13, REPRESENTATIVE, QUESTION, false, "When will we hear back?", null);
    said(a13, Cast.CARER_NEEDING_LOOP, CONCERN, true, "Again there was no hearing loop", null);
  }

  /** The service goes live as officers planned; carers are told, not asked. */
  private void delivery() {
    Activity a14 =
        held(
            14,
            MEETING,
            DESIGN,
            "Project team",
            "2025-06-10",
            "10:00",
            60,
            7,
            CIVIC_CENTRE,
            TEAM,
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    String goLive =
        said(
            a14,
            OFFICER,
            SUGGESTION,
            true,
            "Go live on 1 September",
            answer("2025-06-17", ADOPTED, null));
    Activity a15 =
        held(
            15,
            BOARD,
            DELIVERY,
            "Project board",
            "2025-06-17",
            "10:00",
            120,
            14,
            CIVIC_CENTRE,
            Cast.together(STAFF, List.of(Cast.CARER_IN_BOTH, REPRESENTATIVE)),
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, PAPERS_IN_ADVANCE));
    said(
        a15,
        Cast.CARER_IN_BOTH,
        CONCERN,
        true,
        "Carers' views are not reflected in the go-live plan",
        answer("2025-06-30", NONE, null));
    // Taken in the carers' presence, but only officers are parties to it.
    decide(
        "cr-d07",
        a15,
        "Go-live on 1 September, with a communications plan",
        DecisionRule.CONSENSUS,
        presentAt(a15).stream().filter(id -> !ledger.cast.isBloc(id)).toList(),
        List.of(goLive),
        List.of());
    held(
        16,
        TRAINING,
        DELIVERY,
        "Staff briefing on the new model",
        "2025-06-24",
        "10:00",
        120,
        14,
        CIVIC_CENTRE,
        List.of(Cast.CARERS_SERVICE_MANAGER, OFFICER, "p-043", PROVIDER),
        List.of(),
        List.of(Cast.CARERS_SERVICE_MANAGER),
        List.of(STEP_FREE, ACCESSIBLE_TOILET));
    Activity a17 =
        held(
            17,
            MEETING,
            DELIVERY,
            "Mobilisation meeting",
            "2025-07-01",
            "10:00",
            90,
            10,
            CIVIC_CENTRE,
            List.of(Cast.CARERS_COMMISSIONER, Cast.CARERS_SERVICE_MANAGER, PROVIDER),
            List.of(),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    said(
        a17,
        PROVIDER,
        QUESTION,
        true,
        "Who answers the phone line out of hours?",
        answer("2025-07-08", NONE, null));
    Activity a18 =
        held(
            18,
            EVENT,
            DELIVERY,
            "Carers' information event: the new service",
            "2025-07-08",
            "13:00",
            120,
            10,
            CARERS_CENTRE,
            Cast.together(
                List.of(Cast.CARERS_COMMISSIONER, Cast.CARERS_SERVICE_MANAGER, PROVIDER),
                List.of(
                    Cast.CARER_IN_BOTH,
                    Cast.CARER_NEEDING_LOOP,
                    Cast.CARER_NEEDING_STEP_FREE,
                    "p-049",
                    "p-050",
                    "p-051",
                    REPRESENTATIVE,
                    "p-054",
                    "p-056")),
            List.of(Cast.CARER_NEEDING_STEP_FREE, "p-051"),
            List.of(Cast.CARERS_SERVICE_MANAGER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET, REFRESHMENTS));
    said(
        a18,
        "p-054",
        QUESTION,
        true,
        "Can the drop-in closure be reviewed after six months?",
        null);
    said(
        a18,
        "p-056",
        QUESTION,
        true,
        "How do I get an assessment if I am not online?",
        answer("2025-07-08", NONE, null));
    said(a18, "p-050", STORY, true, "What the drop-in meant to me as a young carer", null);
    Activity a19 =
        held(
            19,
            MEETING,
            DELIVERY,
            "Project team",
            "2025-07-15",
            "10:00",
            60,
            7,
            CIVIC_CENTRE,
            TEAM,
            List.of(),
            List.of(Cast.CARERS_COMMISSIONER),
            List.of(STEP_FREE, ACCESSIBLE_TOILET));
    String selfReport =
        said(
            a19,
            Cast.CARERS_COMMISSIONER,
            PROPOSAL,
            true,
            "Evaluate the new service through the provider's quarterly self-report",
            answer("2025-07-15", ADOPTED, null));
    decide(
        "cr-d08",
        a19,
        "The new service is evaluated through the provider's self-report",
        DecisionRule.UNILATERAL,
        List.of(Cast.CARERS_COMMISSIONER),
        List.of(selfReport),
        List.of());
    held(
        20,
        MEETING,
        DELIVERY,
        "Project close",
        "2025-07-22",
        "10:00",
        60,
        7,
        CIVIC_CENTRE,
        STAFF,
        List.of(),
        List.of(Cast.CARERS_COMMISSIONER),
        List.of(STEP_FREE, ACCESSIBLE_TOILET));
  }

  private Activity held(
      int number,
      ActivityType type,
      LifecycleStage stage,
      String title,
      String date,
      String start,
      int minutes,
      int notice,
      String venue,
      List<String> invitees,
      List<String> absent,
      List<String> chairs,
      List<AccessKind> provisions) {
    LocalDate day = LocalDate.parse(date);
    Activity activity =
        Activity.builder(
                String.format(java.util.Locale.ROOT, "cr-a%02d", number),
                INITIATIVE,
                type,
                stage,
                day)
            .title(title)
            .startTime(LocalTime.parse(start))
            .durationMinutes(minutes)
            .invitedOn(day.minusDays(notice))
            .provisions(provisions.toArray(AccessKind[]::new))
            .chairs(chairs.toArray(String[]::new))
            .attribute("venue", venue)
            .attribute("format", "in-person")
            .build();
    ledger.add(activity);
    // Officers present at length at carers' events and run the project board; their own meetings
    // are more even.
    boolean carersThere = invitees.stream().anyMatch(ledger.cast::isBloc);
    double staffVoice =
        type == CONSULTATION || type == EVENT ? 6 : type == BOARD ? 4 : carersThere ? 2 : 1;
    ledger.attend(
        activity, invitees, id -> !absent.contains(id), List.of(), Speech.TURNS_ONLY, staffVoice);
    return activity;
  }

  private List<String> presentAt(Activity activity) {
    return ledger.attendance().stream()
        .filter(a -> a.activity().equals(activity.id()) && a.attended())
        .map(a -> a.participant())
        .toList();
  }

  private String said(
      Activity activity,
      String participant,
      ContributionKind kind,
      boolean documented,
      String summary,
      @Nullable Response response) {
    return ledger
        .contribute(CONTRIBUTION, activity, participant, kind, null, documented, summary, response)
        .id();
  }

  private void decide(
      String id,
      Activity activity,
      String title,
      DecisionRule rule,
      List<String> parties,
      List<String> adopts,
      List<String> consultations) {
    ledger.add(
        Decision.builder(id, INITIATIVE, activity.date(), rule)
            .activity(activity.id())
            .title(title)
            .votes(parties.stream().map(Vote::of).toList())
            .adopts(adopts.toArray(String[]::new))
            .consultations(consultations.toArray(String[]::new))
            .build());
  }

  private static @Nullable Response answer(
      String date, ResponseOutcome outcome, @Nullable DeclineReason reason) {
    return Ledger.response(LocalDate.parse(date), outcome, reason);
  }
}
