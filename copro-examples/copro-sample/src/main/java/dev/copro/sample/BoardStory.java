package dev.copro.sample;

import static dev.copro.model.ActivityType.BOARD;
import static dev.copro.model.ActivityType.CONSULTATION;
import static dev.copro.model.ActivityType.CO_DESIGN;
import static dev.copro.model.ActivityType.EVENT;
import static dev.copro.model.ActivityType.MEETING;
import static dev.copro.model.ActivityType.PANEL;
import static dev.copro.model.ActivityType.TRAINING;
import static dev.copro.model.ActivityType.WORKSHOP;
import static dev.copro.model.DecisionRule.CONSENSUS;
import static dev.copro.model.DecisionRule.DELEGATED;
import static dev.copro.model.DecisionRule.SIMPLE_MAJORITY;
import static dev.copro.model.DecisionRule.WEIGHTED_VOTE;
import static dev.copro.model.LifecycleStage.COMMISSIONING;
import static dev.copro.model.LifecycleStage.DELIVERY;
import static dev.copro.model.LifecycleStage.DESIGN;
import static dev.copro.model.LifecycleStage.EVALUATION;
import static dev.copro.model.ResponseOutcome.ADAPTED;
import static dev.copro.model.ResponseOutcome.ADOPTED;
import static dev.copro.model.ResponseOutcome.DECLINED;
import static dev.copro.model.ResponseOutcome.NONE;

import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import dev.copro.model.VotePosition;
import dev.copro.sample.Ledger.Speech;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A year of the Direct Payments Co-production Board: good practice, with the ordinary imperfections
 * of a real programme (one short-notice extraordinary meeting, some late payments, meetings where
 * officers talk more, a decision signed off by an officer under delegated authority).
 *
 * <p>People who use direct payments and carers hold half the seats and a co-chair from the first
 * meeting, are paid for their time with the invitation, hear back on what they said, and take part
 * in every stage from commissioning the support service to leading the evaluation.
 */
final class BoardStory {

  static final String INITIATIVE = "dp-board";
  private static final String ACTIVITY = "dp-a";
  private static final String CONTRIBUTION = "dp-c";
  private static final String PAYMENT = "dp-pay";
  private static final LocalDate END = LocalDate.of(2025, 12, 19);

  private static final String TOWN_HALL = "Northfield Town Hall, Committee Room 2";
  private static final String TOWN_HALL_ROOM = "Northfield Town Hall, Room 4";
  private static final Map<String, String> AREA_VENUES =
      Map.of(
          "east-vale", "East Vale Community Centre",
          "northfield-central", "Northfield Central Methodist Hall",
          "southbridge", "Southbridge Library",
          "west-moor", "West Moor Family Hub");

  // Involvement fee per half hour, after NIHR's hourly rate for public contributors.
  private static final long FEE_PER_HALF_HOUR_PENCE = 1250;
  private static final long CARER_COVER_PER_HOUR_PENCE = 1850;

  private final Ledger ledger;
  private final Cast cast;
  private final Dice dice;
  private final List<Session> sessions = new ArrayList<>();
  private final List<Idea> ideas = new ArrayList<>();
  private final List<Plan> plans = new ArrayList<>();
  private final Map<String, Activity> heldByTag = new TreeMap<>();
  private final Map<String, String> contributionByIdea = new TreeMap<>();
  private final Set<String> linkedContributions = new TreeSet<>();

  BoardStory(Ledger ledger) {
    this.ledger = ledger;
    this.cast = ledger.cast;
    this.dice = ledger.dice;
  }

  void tell() {
    ledger.add(
        new Initiative(
            INITIATIVE,
            "Northfield Council — Direct Payments Co-production Board",
            "Northfield Council",
            Cast.BOARD_START,
            END,
            EnumSet.allOf(LifecycleStage.class),
            Map.of("policy", "direct-payments")));
    planSessions();
    planIdeas();
    planDecisions();
    sessions.sort(Comparator.comparing((Session s) -> s.date).thenComparing(s -> s.start));
    List<Plan> outside =
        new ArrayList<>(
            plans.stream()
                .filter(p -> p.tag == null)
                .sorted(Comparator.comparing(p -> Objects.requireNonNull(p.date)))
                .toList());
    for (Session session : sessions) {
      while (!outside.isEmpty()
          && Objects.requireNonNull(outside.get(0).date).isBefore(session.date)) {
        decide(outside.remove(0), null, List.of());
      }
      run(session);
    }
    outside.forEach(p -> decide(p, null, List.of()));
  }

  // ---------------------------------------------------------------- the year's programme

  private void planSessions() {
    LocalDate month = Cast.BOARD_START.withDayOfMonth(1);
    for (int m = 0; m < 12; m++, month = month.plusMonths(1)) {
      LocalDate meeting = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
      String tag = "board-" + meeting.getMonthValue();
      boolean heavy = m == 2 || m == 3 || m == 7; // budget and legal papers: officers present most
      session(
              tag,
              meeting,
              BOARD,
              "Board meeting",
              LocalTime.of(10, 30),
              150,
              dice.between(21, 28),
              TOWN_HALL)
          .invite(cast.boardOn(meeting))
          .chairs(Cast.LIVED_CO_CHAIR, Cast.COMMISSIONER_CO_CHAIR)
          .hybrid()
          .speech(Speech.TIME_AND_TURNS, heavy ? 2.2 : 1.1);
      if (m > 0) {
        // Lived-experience members meet with their advocate before each board meeting.
        LocalDate before = meeting.minusDays(5);
        session(
                "premeet-" + meeting.getMonthValue(),
                before,
                MEETING,
                "Members' pre-meeting",
                LocalTime.of(11, 0),
                60,
                dice.between(21, 26),
                TOWN_HALL_ROOM)
            .invite(blocOf(cast.boardOn(before)), List.of(Cast.ADVOCATE))
            .chairs(Cast.ADVOCATE)
            .speech(Speech.TIME_AND_TURNS, 1);
      }
    }
    LocalDate extra = LocalDate.of(2025, 6, 26);
    session(
            "board-extra",
            extra,
            BOARD,
            "Extraordinary board meeting",
            LocalTime.of(14, 0),
            90,
            7,
            TOWN_HALL)
        .invite(cast.boardOn(extra))
        .chairs(Cast.LIVED_CO_CHAIR, Cast.COMMISSIONER_CO_CHAIR)
        .hybrid()
        .showUp(0.75)
        .speech(Speech.TIME_AND_TURNS, 1.3);

    planCommissioning();
    planDesign();
    planDelivery();
    planEvaluation();
  }

  private void planCommissioning() {
    LocalDate induction = LocalDate.of(2025, 1, 21);
    session(
            "induction",
            induction,
            TRAINING,
            "Induction: how co-production works here",
            LocalTime.of(10, 0),
            300,
            21,
            TOWN_HALL_ROOM)
        .invite(cast.boardOn(induction))
        .chairs(Cast.LIVED_CO_CHAIR, Cast.COMMISSIONER_CO_CHAIR);
    LocalDate briefing = LocalDate.of(2025, 2, 6);
    session(
            "briefing",
            briefing,
            TRAINING,
            "Direct payments data and budget briefing",
            LocalTime.of(13, 30),
            120,
            21,
            TOWN_HALL_ROOM)
        .invite(cast.boardOn(briefing), List.of("p-039"))
        .chairs("p-039");
    String[] listening = {"2025-02-04", "2025-02-13", "2025-02-18", "2025-02-27"};
    for (int i = 0; i < listening.length; i++) {
      communityEvent(
          "listening-" + (i + 1),
          LocalDate.parse(listening[i]),
          "Listening event: living with direct payments",
          Cast.AREAS.get(i));
    }
    String[] workshops = {"2025-02-25", "2025-03-04", "2025-03-18"};
    String[] topics = {
      "What we heard", "What good support looks like", "What the support service must do"
    };
    for (int i = 0; i < workshops.length; i++) {
      LocalDate day = LocalDate.parse(workshops[i]);
      List<String> boardBloc = blocOf(cast.boardOn(day));
      session(
              "workshop-" + (i + 1),
              day,
              WORKSHOP,
              topics[i],
              LocalTime.of(10, 0),
              180,
              dice.between(14, 21),
              TOWN_HALL_ROOM)
          .invite(
              boardBloc,
              pool(day, 4),
              List.of(Cast.DP_TEAM_MANAGER, Cast.COMMISSIONING_OFFICER, "p-010"))
          .chairs(boardBloc.get(i % boardBloc.size()), Cast.COMMISSIONING_OFFICER)
          .speech(Speech.TIME_AND_TURNS, 1.2);
    }
    List<String> panel =
        List.of(Cast.TENDER_CHAIR, "p-009", "p-013", Cast.COMMISSIONING_OFFICER, "p-033");
    session(
            "tender-1",
            LocalDate.of(2025, 3, 20),
            PANEL,
            "Tender panel: agree the scoring",
            LocalTime.of(10, 0),
            120,
            14,
            TOWN_HALL_ROOM)
        .invite(panel)
        .chairs(Cast.TENDER_CHAIR)
        .speech(Speech.TIME_AND_TURNS, 1.4);
    session(
            "tender-2",
            LocalDate.of(2025, 3, 27),
            PANEL,
            "Tender panel: bidder interviews",
            LocalTime.of(9, 30),
            330,
            21,
            TOWN_HALL_ROOM)
        .invite(panel)
        .chairs(Cast.TENDER_CHAIR)
        .speech(Speech.TIME_AND_TURNS, 2.0);
    session(
            "tender-3",
            LocalDate.of(2025, 4, 3),
            PANEL,
            "Tender panel: moderation and award",
            LocalTime.of(10, 0),
            150,
            21,
            TOWN_HALL_ROOM)
        .invite(panel)
        .chairs(Cast.TENDER_CHAIR)
        .stage(COMMISSIONING)
        .speech(Speech.TIME_AND_TURNS, 1.6);
  }

  private void planDesign() {
    String[] days = {
      "2025-04-15",
      "2025-04-24",
      "2025-04-29",
      "2025-05-01",
      "2025-05-06",
      "2025-05-15",
      "2025-05-20",
      "2025-05-22",
      "2025-05-29",
      "2025-06-03",
      "2025-06-05",
      "2025-06-17",
      "2025-06-19",
      "2025-07-22",
      "2025-07-24"
    };
    String[] topics = {
      "Using direct payments flexibly",
      "Employing personal assistants",
      "Paying family members",
      "Monitoring without the audit burden",
      "Pre-paid cards and managed accounts",
      "Writing the easy-read guide",
      "Contingency and emergency cover",
      "Information and advice"
    };
    for (int i = 0; i < days.length; i++) {
      LocalDate day = LocalDate.parse(days[i]);
      boolean designDay = i == 12;
      boolean afterConsultation = i >= 13;
      String topic =
          designDay
              ? "Design day: the whole draft"
              : afterConsultation ? "Changes after consultation" : topics[i % topics.length];
      codesign(
          "codesign-" + (i + 1),
          day,
          topic,
          designDay ? 300 : 180,
          topic.contains("easy-read"),
          topic.contains("personal assistants") || topic.contains("family"));
    }
    List<String> easyRead = List.of(Cast.EASY_READ_LEAD, "p-018", "p-028", "p-034", Cast.ADVOCATE);
    String[] groupDays = {"2025-05-27", "2025-06-12", "2025-06-24"};
    for (int i = 0; i < groupDays.length; i++) {
      session(
              "easyread-" + (i + 1),
              LocalDate.parse(groupDays[i]),
              MEETING,
              "Easy-read working group",
              LocalTime.of(13, 30),
              120,
              14,
              TOWN_HALL_ROOM)
          .invite(easyRead)
          .chairs(Cast.EASY_READ_LEAD)
          .speech(Speech.TIME_AND_TURNS, 1);
    }
    String[] consultation = {"2025-07-01", "2025-07-03", "2025-07-10", "2025-07-15"};
    for (int i = 0; i < consultation.length; i++) {
      communityEvent(
          "draft-" + (i + 1),
          LocalDate.parse(consultation[i]),
          "Consultation on the draft policy",
          Cast.AREAS.get(i));
    }
    LocalDate hybrid = LocalDate.of(2025, 7, 17);
    communityEvent(
            "draft-5", hybrid, "Consultation on the draft policy (in person and online)", null)
        .hybrid();
  }

  private void planDelivery() {
    String[] groupDays = {"2025-08-19", "2025-09-02", "2025-09-16", "2025-09-30", "2025-10-07"};
    for (int i = 0; i < groupDays.length; i++) {
      LocalDate day = LocalDate.parse(groupDays[i]);
      List<String> group =
          new ArrayList<>(
              List.of(
                  Cast.DP_TEAM_MANAGER,
                  "p-033",
                  "p-034",
                  "p-006",
                  Cast.SUPPORT_SERVICE_MANAGER,
                  Cast.COMMISSIONING_OFFICER,
                  Cast.TENDER_CHAIR,
                  "p-009"));
      group.addAll(pool(day, 1));
      session(
              "implementation-" + (i + 1),
              day,
              MEETING,
              "Implementation group",
              LocalTime.of(10, 0),
              90,
              14,
              TOWN_HALL_ROOM)
          .invite(group)
          .chairs(Cast.DP_TEAM_MANAGER)
          .speech(Speech.TIME_AND_TURNS, 2.5);
    }
    String[] trainingDays = {"2025-09-03", "2025-09-10", "2025-09-24", "2025-10-01"};
    String[][] trainers = {
      {"p-001", "p-013"}, {"p-024", "p-003"}, {"p-009", "p-031"}, {"p-001", "p-024"}
    };
    for (int i = 0; i < trainingDays.length; i++) {
      LocalDate day = LocalDate.parse(trainingDays[i]);
      List<String> staff =
          cast.invitableFor(
              Cast.together(Cast.PRACTITIONERS, Cast.DP_OFFICERS, Cast.PROVIDERS), day);
      session(
              "staff-training-" + (i + 1),
              day,
              TRAINING,
              "Staff training on the new policy, co-delivered",
              LocalTime.of(10, 0),
              180,
              dice.between(21, 28),
              TOWN_HALL_ROOM)
          .invite(staff, List.of(trainers[i]))
          .chairs(trainers[i]);
    }
    List<String> review =
        List.of(Cast.REVIEW_PANEL_CHAIR, "p-014", "p-022", "p-036", "p-034", "p-039");
    String[] panelDays = {"2025-08-28", "2025-09-25", "2025-10-23", "2025-11-27"};
    for (int i = 0; i < panelDays.length; i++) {
      session(
              "review-" + (i + 1),
              LocalDate.parse(panelDays[i]),
              PANEL,
              "Direct payments review panel",
              LocalTime.of(13, 30),
              120,
              dice.between(14, 21),
              TOWN_HALL_ROOM)
          .invite(review)
          .chairs(Cast.REVIEW_PANEL_CHAIR)
          .speech(Speech.TIME_AND_TURNS, 1.2);
    }
    String[] cafeDays = {"2025-09-18", "2025-10-16", "2025-11-20"};
    for (int i = 0; i < cafeDays.length; i++) {
      LocalDate day = LocalDate.parse(cafeDays[i]);
      String host = dice.pick(blocOf(cast.boardOn(day)));
      session(
              "cafe-" + (i + 1),
              day,
              EVENT,
              "Direct payments peer support café",
              LocalTime.of(11, 0),
              120,
              21,
              venueIn(Cast.AREAS.get(i)))
          .invite(pool(day, 8), List.of(host, Cast.SUPPORT_SERVICE_MANAGER))
          .chairs(host)
          .travel();
    }
  }

  private void planEvaluation() {
    LocalDate training = LocalDate.of(2025, 10, 21);
    session(
            "researcher-training",
            training,
            TRAINING,
            "Peer researcher training",
            LocalTime.of(10, 0),
            300,
            14,
            TOWN_HALL_ROOM)
        .invite(
            Cast.PEER_RESEARCHERS, List.of(Cast.LIVED_CO_CHAIR, Cast.ADVOCATE), pool(training, 2));
    String[] workshopDays = {"2025-11-04", "2025-11-18", "2025-12-02"};
    for (int i = 0; i < workshopDays.length; i++) {
      LocalDate day = LocalDate.parse(workshopDays[i]);
      List<String> boardBloc = dice.sample(blocOf(cast.boardOn(day)), 3);
      session(
              "evaluation-" + (i + 1),
              day,
              WORKSHOP,
              "Evaluation workshop: what changed for people",
              LocalTime.of(13, 0),
              180,
              dice.between(14, 21),
              TOWN_HALL_ROOM)
          .invite(
              Cast.PEER_RESEARCHERS,
              boardBloc,
              pool(day, 5),
              List.of(Cast.DP_TEAM_MANAGER, Cast.COMMISSIONING_OFFICER))
          .chairs(Cast.PEER_RESEARCHERS.get(i % 2), dice.pick(boardBloc))
          .speech(Speech.TIME_AND_TURNS, 1);
    }
    String[] writingDays = {"2025-11-25", "2025-12-04"};
    for (int i = 0; i < writingDays.length; i++) {
      LocalDate day = LocalDate.parse(writingDays[i]);
      session(
              "report-" + (i + 1),
              day,
              CO_DESIGN,
              "Writing the evaluation report together",
              LocalTime.of(10, 0),
              180,
              dice.between(14, 21),
              TOWN_HALL_ROOM)
          .invite(
              Cast.PEER_RESEARCHERS,
              dice.sample(blocOf(cast.boardOn(day)), 2),
              pool(day, 3),
              List.of(Cast.DP_TEAM_MANAGER))
          .chairs(Cast.PEER_RESEARCHERS.toArray(String[]::new))
          .speech(Speech.TIME_AND_TURNS, 1);
    }
    LocalDate celebration = LocalDate.of(2025, 12, 16);
    List<String> everyone =
        cast.invitableFor(
            Cast.together(
                cast.boardOn(celebration),
                Cast.POOL_BLOC,
                Cast.DP_OFFICERS,
                Cast.PRACTITIONERS,
                Cast.PROVIDERS,
                Cast.BOARD_COMMISSIONERS,
                Cast.PEER_RESEARCHERS,
                List.of(Cast.PERSONAL_ASSISTANT_MEMBER)),
            celebration);
    session(
            "celebration",
            celebration,
            EVENT,
            "A year of co-production: review and celebration",
            LocalTime.of(12, 0),
            180,
            28,
            TOWN_HALL)
        .invite(everyone)
        .chairs(Cast.LIVED_CO_CHAIR, Cast.COMMISSIONER_CO_CHAIR)
        .showUp(0.7)
        .travel();
  }

  /** A listening or consultation event in an area, open to the pool and staffed by the council. */
  private Session communityEvent(String tag, LocalDate day, String title, @Nullable String area) {
    List<String> local = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (String id : cast.invitableFor(Cast.POOL_BLOC, day)) {
      (area == null || area.equals(cast.area(id)) ? local : elsewhere).add(id);
    }
    List<String> invited = new ArrayList<>(local);
    invited.addAll(dice.sample(elsewhere, area == null ? 10 : 3));
    List<String> notInvited = new ArrayList<>(elsewhere);
    notInvited.removeAll(invited);
    List<String> hosts = dice.sample(blocOf(cast.boardOn(day)), 2);
    String commissioner =
        dice.pick(List.of(Cast.COMMISSIONER_CO_CHAIR, Cast.COMMISSIONING_OFFICER));
    String venue = area == null ? TOWN_HALL : venueIn(area);
    return session(
            tag, day, CONSULTATION, title, LocalTime.of(13, 30), 120, dice.between(21, 28), venue)
        .invite(
            invited,
            hosts,
            List.of(
                commissioner,
                dice.pick(Cast.DP_OFFICERS),
                dice.pick(cast.invitableFor(Cast.PRACTITIONERS, day))))
        .walkIns(dice.sample(notInvited, dice.between(0, 2)))
        .chairs(dice.pick(hosts), commissioner)
        .showUp(0.75)
        .travel();
  }

  private void codesign(
      String tag, LocalDate day, String topic, int minutes, boolean easyRead, boolean employment) {
    List<String> boardBloc = dice.sample(blocOf(cast.boardOn(day)), 3);
    List<String> invited = new ArrayList<>(boardBloc);
    invited.addAll(pool(day, 5));
    String officer = dice.pick(Cast.DP_OFFICERS);
    invited.add(officer);
    invited.add(
        dice.pick(cast.invitableFor(Cast.together(Cast.PRACTITIONERS, Cast.PROVIDERS), day)));
    if (easyRead) {
      invited.addAll(List.of(Cast.EASY_READ_LEAD, "p-018", "p-028"));
    }
    if (employment && !cast.invitableFor(List.of(Cast.PERSONAL_ASSISTANT_MEMBER), day).isEmpty()) {
      invited.add(Cast.PERSONAL_ASSISTANT_MEMBER);
    }
    session(
            tag,
            day,
            CO_DESIGN,
            "Co-design: " + topic,
            minutes > 180 ? LocalTime.of(10, 0) : LocalTime.of(13, 30),
            minutes,
            dice.chance(0.15) ? dice.between(10, 13) : dice.between(14, 21),
            TOWN_HALL_ROOM)
        .invite(invited)
        .chairs(dice.pick(boardBloc), officer)
        .speech(Speech.TIME_AND_TURNS, 1);
  }

  // ---------------------------------------------------------------- ideas and decisions

  private void planIdeas() {
    idea(
        "i-flexible",
        "listening-1",
        ContributionKind.SUGGESTION,
        "Let people use their direct payment for anything that meets the outcomes in their support plan",
        ADOPTED,
        null,
        "dp-d07");
    idea(
        "i-tender",
        "workshop-2",
        ContributionKind.PROPOSAL,
        "Lived-experience panel members set 40% of the tender's quality score",
        ADOPTED,
        null,
        "dp-d04");
    idea(
        "i-user-led",
        "workshop-1",
        ContributionKind.PROPOSAL,
        "The support service should offer peer support and a payroll option, not just paperwork checks",
        ADOPTED,
        null,
        "dp-d06");
    idea(
        "i-pa-rate",
        "codesign-2",
        ContributionKind.PROPOSAL,
        "Raise the personal assistant rate to the Real Living Wage plus 10%",
        DECLINED,
        DeclineReason.NO_BUDGET,
        null);
    idea(
        "i-family",
        "codesign-3",
        ContributionKind.PROPOSAL,
        "Allow paying a close family member as a personal assistant when that is what works best",
        ADAPTED,
        null,
        "dp-d08");
    idea(
        "i-audit",
        "codesign-4",
        ContributionKind.SUGGESTION,
        "Replace the annual audit with a light-touch check-in conversation",
        ADOPTED,
        null,
        "dp-d09");
    idea(
        "i-cards",
        "codesign-5",
        ContributionKind.PROPOSAL,
        "Make pre-paid cards an option, not a requirement",
        ADOPTED,
        null,
        "dp-d12");
    idea(
        "i-easy-read",
        "codesign-6",
        ContributionKind.SUGGESTION,
        "Write the easy-read guide with people with learning disabilities, not for them",
        ADOPTED,
        null,
        "dp-d10");
    idea(
        "i-contingency",
        "codesign-7",
        ContributionKind.PROPOSAL,
        "A contingency fund so people can pay for emergency cover when a personal assistant is ill",
        ADAPTED,
        null,
        "dp-d13");
    idea(
        "i-cafe",
        "draft-2",
        ContributionKind.SUGGESTION,
        "A monthly peer support café run by people who use direct payments",
        ADOPTED,
        null,
        "dp-d18");
    idea(
        "i-training",
        "premeet-8",
        ContributionKind.PROPOSAL,
        "People who use direct payments co-deliver the staff training on the new policy",
        ADOPTED,
        null,
        "dp-d15");
    idea(
        "i-peer-research",
        "premeet-9",
        ContributionKind.PROPOSAL,
        "Peer researchers with lived experience lead the evaluation",
        ADOPTED,
        null,
        "dp-d20");
  }

  private void planDecisions() {
    plan(
        "dp-d01",
        "board-1",
        "Terms of reference: parity membership, two co-chairs, members paid for their time",
        CONSENSUS);
    plan(
        "dp-d02",
        "board-2",
        "Scope: the whole policy, including support to employ personal assistants",
        CONSENSUS);
    plan("dp-d03", "board-3", "Priorities for the new policy, from the listening events", CONSENSUS)
        .consultations("listening-1", "listening-2", "listening-3", "listening-4");
    plan(
        "dp-d04",
        "tender-1",
        "Tender scoring: lived-experience members set 40% of the quality score",
        CONSENSUS);
    plan("dp-d05", "tender-3", "Award the direct payments support contract", WEIGHTED_VOTE);
    plan("dp-d06", "board-4", "Support service specification and budget confirmed", WEIGHTED_VOTE);
    plan(
        "dp-d07",
        "board-5",
        "Direct payments may be used flexibly for support-plan outcomes",
        CONSENSUS);
    plan(
            "dp-d08",
            "board-6",
            "Close family members may be paid as personal assistants in exceptional circumstances",
            SIMPLE_MAJORITY)
        .contested();
    plan("dp-d09", "board-6", "A light-touch check-in replaces the annual audit", CONSENSUS);
    plan(
        "dp-d10",
        "easyread-2",
        "The easy-read guide is written with members with learning disabilities",
        DELEGATED);
    plan("dp-d11", "board-extra", "Draft policy approved for public consultation", CONSENSUS);
    plan("dp-d12", "board-7", "Pre-paid cards offered as an option, not required", SIMPLE_MAJORITY);
    plan(
        "dp-d13",
        "board-7",
        "Contingency fund for emergency cover when a personal assistant is ill",
        WEIGHTED_VOTE);
    plan("dp-d14", "board-8", "Final Direct Payments policy approved", WEIGHTED_VOTE)
        .stage(DESIGN)
        .consultations("draft-1", "draft-2", "draft-3", "draft-4", "draft-5");
    plan(
        "dp-d15",
        "implementation-1",
        "Staff training co-delivered by people who use direct payments",
        CONSENSUS);
    plan("dp-d16", null, "Policy signed off under delegated authority", DELEGATED)
        .stage(DESIGN)
        .on(LocalDate.of(2025, 8, 20))
        .by(Cast.COMMISSIONER_CO_CHAIR);
    plan("dp-d17", "review-1", "Review panel terms of reference", CONSENSUS);
    plan("dp-d18", "board-9", "Peer support café funded for six months", CONSENSUS);
    plan(
        "dp-d19",
        "review-2",
        "Guidance on employer's liability insurance for personal assistant employers",
        SIMPLE_MAJORITY);
    plan("dp-d20", "board-10", "The evaluation is led by peer researchers", CONSENSUS);
    plan(
        "dp-d21",
        "review-3",
        "Requests for exceptions answered within ten working days",
        SIMPLE_MAJORITY);
    plan("dp-d22", "board-11", "Evaluation questions and member survey agreed", CONSENSUS);
    plan(
        "dp-d23",
        "review-4",
        "Personal assistant pay rate referred to the council's budget setting",
        SIMPLE_MAJORITY);
    plan("dp-d24", "board-12", "Recommendations for year two", CONSENSUS)
        .consultations("evaluation-1", "evaluation-2", "evaluation-3");
    plan(
        "dp-d25",
        "board-12",
        "The board continues in year two with parity membership",
        WEIGHTED_VOTE);
  }

  private void idea(
      String key,
      String tag,
      ContributionKind kind,
      String summary,
      ResponseOutcome outcome,
      @Nullable DeclineReason reason,
      @Nullable String decision) {
    ideas.add(new Idea(key, tag, kind, summary, outcome, reason, decision));
  }

  private Plan plan(String id, @Nullable String tag, String title, DecisionRule rule) {
    Plan plan = new Plan(id, tag, title, rule);
    plans.add(plan);
    return plan;
  }

  private LocalDate decisionDate(String decisionId) {
    Plan plan = plans.stream().filter(p -> p.id.equals(decisionId)).findFirst().orElseThrow();
    return plan.date != null
        ? plan.date
        : sessions.stream().filter(s -> s.tag.equals(plan.tag)).findFirst().orElseThrow().date;
  }

  private void decide(Plan plan, @Nullable Activity activity, List<String> present) {
    LocalDate date = activity == null ? Objects.requireNonNull(plan.date, "date") : activity.date();
    Decision.Builder decision =
        Decision.builder(plan.id, INITIATIVE, date, plan.rule)
            .title(plan.title)
            .activity(activity == null ? null : activity.id())
            .stage(plan.stage);
    List<String> voters =
        plan.voters != null ? plan.voters : votersAmong(activity, present, plan.rule);
    decision.votes(votes(voters, activity, plan));
    if (plan.rule == WEIGHTED_VOTE) {
      long total = voters.stream().mapToLong(v -> weight(v, activity, plan.rule)).sum();
      decision.quota((2 * total + 2) / 3); // two thirds of the weight present, rounded up
    }
    for (String tag : plan.consultations) {
      Activity consultation =
          Objects.requireNonNull(heldByTag.get(tag), "a consultation is held before its decision");
      decision.consultations(consultation.id());
    }
    for (Idea idea : ideas) {
      if (plan.id.equals(idea.decision)) {
        decision.adopts(
            Objects.requireNonNull(
                contributionByIdea.get(idea.key), "an idea is raised before it is adopted"));
      }
    }
    // Decisions also take up some of what else was said and welcomed before them.
    List<String> eligible = new ArrayList<>();
    List<Contribution> eligibleRecords = new ArrayList<>();
    for (Contribution c : ledger.contributions()) {
      if (c.id().startsWith(CONTRIBUTION)
          && c.summary() == null
          && c.response() != null
          && (c.response().outcome() == ADOPTED || c.response().outcome() == ADAPTED)
          && !linkedContributions.contains(c.id())
          && !Objects.requireNonNull(c.date(), "board contributions carry their date")
              .isAfter(date)) {
        eligible.add(c.id());
        eligibleRecords.add(c);
      }
    }
    for (String id : dice.sample(eligible, dice.between(0, 2))) {
      decision.adopts(id);
      linkedContributions.add(id);
    }
    // A good board minutes what it adopts: every idea answered "adopted" is taken up in a decision.
    for (Contribution c : eligibleRecords) {
      if (!linkedContributions.contains(c.id())
          && Objects.requireNonNull(c.response(), "eligible contributions were answered").outcome()
              == ADOPTED
          && (c.kind() == ContributionKind.PROPOSAL || c.kind() == ContributionKind.SUGGESTION)) {
        decision.adopts(c.id());
        linkedContributions.add(c.id());
      }
    }
    ledger.add(decision.build());
  }

  /**
   * Board members vote at board meetings (the advocate holds a seat without a vote); everyone
   * present elsewhere.
   */
  private List<String> votersAmong(
      @Nullable Activity activity, List<String> present, DecisionRule rule) {
    if (activity == null) {
      return List.of();
    }
    List<String> voters = new ArrayList<>();
    List<String> members = cast.boardOn(activity.date());
    for (String id : present) {
      boolean member = activity.type() != BOARD || members.contains(id);
      boolean advocate = Cast.ADVOCATE.equals(id);
      if (member && (!advocate || rule == WEIGHTED_VOTE)) {
        voters.add(id);
      }
    }
    return voters;
  }

  private long weight(String id, @Nullable Activity activity, DecisionRule rule) {
    if (rule != WEIGHTED_VOTE || activity == null) {
      return 1;
    }
    if (Cast.ADVOCATE.equals(id)) {
      return 0;
    }
    if (activity.type() == BOARD) {
      return id.equals(Cast.LIVED_CO_CHAIR) || id.equals(Cast.COMMISSIONER_CO_CHAIR) ? 2 : 1;
    }
    // On the tender panel the contract-holding commissioner carries double weight.
    return cast.get(id).perspective() == Perspective.COMMISSIONER ? 2 : 1;
  }

  private List<Vote> votes(List<String> voters, @Nullable Activity activity, Plan plan) {
    boolean counted = plan.rule == SIMPLE_MAJORITY || plan.rule == WEIGHTED_VOTE;
    long total = voters.stream().mapToLong(v -> weight(v, activity, plan.rule)).sum();
    List<Vote> votes = new ArrayList<>();
    long against = 0;
    for (String id : voters) {
      long weight = weight(id, activity, plan.rule);
      VotePosition position = null;
      if (counted && weight > 0) {
        // A motion that would fail is not put: dissent stays below a third of the weight.
        boolean dissent = dice.chance(plan.against) && 3 * (against + weight) < total;
        position = dissent ? VotePosition.AGAINST : VotePosition.FOR;
        against += dissent ? weight : 0;
      }
      votes.add(new Vote(id, weight, position));
    }
    return votes;
  }

  // ---------------------------------------------------------------- running a session

  private void run(Session s) {
    List<String> everyone = Cast.together(s.invitees, s.walkIns);
    Set<AccessProvision> provisions = new TreeSet<>(s.baseProvisions());
    // Good practice here: the council books what each person said they need.
    provisions.addAll(ledger.needsOf(everyone));
    Activity activity =
        Activity.builder(ledger.nextId(ACTIVITY, 3), INITIATIVE, s.type, s.stage, s.date)
            .title(s.title)
            .startTime(s.start)
            .durationMinutes(s.minutes)
            .invitedOn(s.date.minusDays(s.notice))
            .provisions(provisions)
            .chairs(s.chairs.toArray(String[]::new))
            .attribute("venue", s.venue)
            .attribute("format", s.hybrid ? "hybrid" : "in-person")
            .build();
    ledger.add(activity);
    List<String> present =
        ledger.attend(
            activity, s.invitees, id -> dice.chance(s.showUp), s.walkIns, s.speech, s.staffVoice);
    heldByTag.put(s.tag, activity);
    raiseIdeas(s, activity, present);
    for (String id : present) {
      int count = dice.poisson(rate(s.type) * (cast.isStaff(id) ? 0.7 : 1));
      for (int i = 0; i < count; i++) {
        contribute(activity, id);
      }
    }
    pay(activity, present, s.invitees);
    for (Plan plan : plans) {
      if (s.tag.equals(plan.tag)) {
        decide(plan, activity, present);
      }
    }
  }

  private void raiseIdeas(Session s, Activity activity, List<String> present) {
    for (Idea idea : ideas) {
      if (!idea.tag.equals(s.tag)) {
        continue;
      }
      List<String> bloc = blocOf(present);
      String author = dice.pick(bloc.isEmpty() ? present : bloc);
      // Told within four weeks, at the latest when the idea went into a draft ahead of the
      // decision.
      LocalDate answered = s.date.plusDays(21);
      if (idea.decision != null
          && decisionDate(idea.decision).plusDays(4).isBefore(s.date.plusDays(28))) {
        answered = decisionDate(idea.decision).plusDays(4);
      }
      Contribution c =
          ledger.contribute(
              CONTRIBUTION,
              activity,
              author,
              idea.kind,
              s.date,
              true,
              idea.summary,
              Ledger.response(answered, idea.outcome, idea.reason));
      contributionByIdea.put(idea.key, c.id());
    }
  }

  private void contribute(Activity activity, String participant) {
    boolean staff = cast.isStaff(participant);
    ContributionKind kind =
        staff
            ? pick(
                new ContributionKind[] {
                  ContributionKind.PROPOSAL,
                  ContributionKind.SUGGESTION,
                  ContributionKind.CONCERN,
                  ContributionKind.QUESTION
                },
                25,
                30,
                15,
                30)
            : pick(
                new ContributionKind[] {
                  ContributionKind.PROPOSAL,
                  ContributionKind.SUGGESTION,
                  ContributionKind.CONCERN,
                  ContributionKind.STORY,
                  ContributionKind.QUESTION
                },
                12,
                30,
                18,
                22,
                18);
    boolean documented = !dice.chance(staff ? 0.01 : 0.03);
    Response response = null;
    // What is not written down is not followed up.
    if (documented && dice.chance(0.9)) {
      int days = dice.chance(0.85) ? dice.between(5, 30) : dice.between(31, 55);
      ResponseOutcome outcome = outcome(kind);
      DeclineReason reason =
          outcome == DECLINED && !dice.chance(0.08)
              ? pick(
                  new DeclineReason[] {
                    DeclineReason.NO_BUDGET, DeclineReason.NOT_FEASIBLE, DeclineReason.OUT_OF_SCOPE
                  },
                  35,
                  30,
                  30)
              : null;
      response = Ledger.response(activity.date().plusDays(days), outcome, reason);
    }
    ledger.contribute(
        CONTRIBUTION, activity, participant, kind, activity.date(), documented, null, response);
  }

  private ResponseOutcome outcome(ContributionKind kind) {
    ResponseOutcome[] outcomes = {ADOPTED, ADAPTED, DECLINED, NONE};
    return switch (kind) {
      case PROPOSAL, SUGGESTION -> pick(outcomes, 38, 27, 22, 13);
      case CONCERN -> pick(outcomes, 25, 20, 5, 50);
      case STORY -> pick(outcomes, 15, 25, 0, 60);
      default -> NONE;
    };
  }

  private <T> T pick(T[] values, double... weights) {
    return values[dice.weighted(weights)];
  }

  /**
   * Fees offered with the invitation, expenses and carer cover on claim, mostly paid within three
   * weeks; staff are not paid for their own work, nor the advocate, whose organisation pays her.
   */
  private void pay(Activity activity, List<String> present, List<String> invitees) {
    int minutes = activity.durationMinutes() == null ? 60 : activity.durationMinutes();
    for (String id : present) {
      if (cast.isStaff(id) || Cast.ADVOCATE.equals(id)) {
        continue;
      }
      LocalDate offered =
          invitees.contains(id) ? Objects.requireNonNull(activity.invitedOn()) : activity.date();
      // At cafés and celebrations people come as peers, not to work: only the hosts are paid a fee.
      if (activity.type() != EVENT || activity.chairs().contains(id)) {
        long halfHours = (minutes + 29L) / 30;
        // The signed attendance sheet is the claim.
        LocalDate claimed = activity.date().plusDays(dice.between(0, 3));
        ledger.pay(
            PAYMENT,
            id,
            activity,
            PaymentKind.FEE,
            Ledger.pounds(halfHours * FEE_PER_HALF_HOUR_PENCE),
            offered,
            claimed,
            paidAfter(claimed));
      }
      if (dice.chance(0.55)) {
        LocalDate expenses = activity.date().plusDays(dice.between(0, 10));
        ledger.pay(
            PAYMENT,
            id,
            activity,
            PaymentKind.EXPENSES,
            Ledger.pounds(dice.between(320, 2460)),
            offered,
            expenses,
            paidAfter(expenses));
      }
      if (ledger.is(id, Perspective.CARER) && minutes >= 120 && dice.chance(0.6)) {
        LocalDate cover = activity.date().plusDays(dice.between(0, 10));
        long hours = (minutes + 60L + 59) / 60; // the session and travel either side
        ledger.pay(
            PAYMENT,
            id,
            activity,
            PaymentKind.CARER_COVER,
            Ledger.pounds(hours * CARER_COVER_PER_HOUR_PENCE),
            offered,
            cover,
            paidAfter(cover));
      }
    }
  }

  private LocalDate paidAfter(LocalDate from) {
    return from.plusDays(dice.chance(0.07) ? dice.between(35, 70) : dice.between(4, 21));
  }

  private static double rate(ActivityType type) {
    return switch (type) {
      case CO_DESIGN -> 0.9;
      case WORKSHOP -> 0.8;
      case CONSULTATION -> 0.6;
      case BOARD -> 0.55;
      case MEETING -> 0.5;
      case PANEL -> 0.4;
      case EVENT -> 0.3;
      default -> 0.15;
    };
  }

  // ---------------------------------------------------------------- helpers

  private List<String> blocOf(List<String> ids) {
    return ids.stream().filter(cast::isBloc).toList();
  }

  private List<String> pool(LocalDate day, int k) {
    return dice.sample(cast.invitableFor(Cast.POOL_BLOC, day), k);
  }

  private static String venueIn(String area) {
    return Objects.requireNonNull(AREA_VENUES.get(area), "every area of the cast has a venue");
  }

  private Session session(
      String tag,
      LocalDate date,
      ActivityType type,
      String title,
      LocalTime start,
      int minutes,
      int notice,
      String venue) {
    Session session =
        new Session(tag, date, type, stageOn(date), title, start, minutes, notice, venue);
    sessions.add(session);
    return session;
  }

  private static LifecycleStage stageOn(LocalDate day) {
    if (day.isBefore(LocalDate.of(2025, 4, 1))) {
      return COMMISSIONING;
    }
    if (day.isBefore(LocalDate.of(2025, 8, 1))) {
      return DESIGN;
    }
    return day.isBefore(LocalDate.of(2025, 10, 14)) ? DELIVERY : EVALUATION;
  }

  /** Something a lived-experience member raised that the story follows to a decision. */
  private record Idea(
      String key,
      String tag,
      ContributionKind kind,
      String summary,
      ResponseOutcome outcome,
      @Nullable DeclineReason reason,
      @Nullable String decision) {}

  /** A decision on the programme, before it is taken. */
  private static final class Plan {
    final String id;
    final @Nullable String tag;
    final String title;
    final DecisionRule rule;
    @Nullable LifecycleStage stage;
    @Nullable LocalDate date;
    @Nullable List<String> voters;
    List<String> consultations = List.of();
    double against = 0.04;

    Plan(String id, @Nullable String tag, String title, DecisionRule rule) {
      this.id = id;
      this.tag = tag;
      this.title = title;
      this.rule = rule;
    }

    Plan consultations(String... tags) {
      consultations = List.of(tags);
      return this;
    }

    Plan stage(LifecycleStage stage) {
      this.stage = stage;
      return this;
    }

    Plan on(LocalDate date) {
      this.date = date;
      return this;
    }

    Plan by(String... ids) {
      voters = List.of(ids);
      return this;
    }

    Plan contested() {
      against = 0.3;
      return this;
    }
  }
}
