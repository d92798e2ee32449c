package dev.copro.benchmarks;

import dev.copro.io.DatasetWriter;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded synthetic datasets with realistic shapes, sized by their number of attendance records: a
 * minority lived-experience bloc (about 35% of participants), weekly meetings per initiative moving
 * through the lifecycle stages, skewed speaking time (professionals speak longer), weighted votes
 * at boards, payments for most bloc attendances with some late, responses to most contributions,
 * and survey answers. The same size and seed always give an equal dataset.
 */
public final class SyntheticDatasets {

  /** Invitations per activity, on average. */
  static final int MEAN_INVITED = 20;

  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final BigDecimal FEE = new BigDecimal("25.00");
  private static final BigDecimal EXPENSES = new BigDecimal("8.40");
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final ActivityType[] TYPES = {
    ActivityType.BOARD,
    ActivityType.WORKSHOP,
    ActivityType.CO_DESIGN,
    ActivityType.MEETING,
    ActivityType.PANEL
  };
  private static final ContributionKind[] KINDS = {
    ContributionKind.PROPOSAL,
    ContributionKind.SUGGESTION,
    ContributionKind.CONCERN,
    ContributionKind.STORY
  };
  private static final AccessKind[] NEEDS = {
    AccessKind.STEP_FREE, AccessKind.HEARING_LOOP, AccessKind.EASY_READ, AccessKind.QUIET_ROOM
  };

  private SyntheticDatasets() {}

  /**
   * A dataset with exactly {@code attendanceRecords} attendance records.
   *
   * @param attendanceRecords how many attendance records, at least 1
   * @param seed the random seed
   */
  public static Dataset generate(int attendanceRecords, long seed) {
    Dataset.Builder data = Dataset.builder().name(name(attendanceRecords, seed));
    generate(attendanceRecords, seed, record -> add(data, record));
    return data.build();
  }

  /**
   * Writes the dataset that {@link #generate(int, long)} gives as JSON Lines, each record as it is
   * generated, so that memory does not grow with the size: only the participants and initiatives
   * (one per 200 and per 10,000 attendance records) are held while writing. Reading the file gives
   * a dataset equal to {@code generate(attendanceRecords, seed)}. The stream is flushed, not
   * closed.
   *
   * @param attendanceRecords how many attendance records, at least 1
   * @param seed the random seed
   * @param out where to write UTF-8 text
   * @throws IOException if writing fails
   */
  public static void writeJsonLines(int attendanceRecords, long seed, OutputStream out)
      throws IOException {
    try (DatasetWriter.JsonLines lines =
        DatasetWriter.jsonLines(out, name(attendanceRecords, seed))) {
      generate(
          attendanceRecords,
          seed,
          record -> {
            try {
              lines.write(record);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String name(int attendanceRecords, long seed) {
    return "synthetic " + attendanceRecords + " seed " + seed;
  }

  /** Adds a generated record to the builder of its dataset. */
  private static void add(Dataset.Builder data, Record record) {
    if (record instanceof Participant p) {
      data.add(p);
    } else if (record instanceof Initiative i) {
      data.add(i);
    } else if (record instanceof Survey s) {
      data.add(s);
    } else if (record instanceof Activity a) {
      data.add(a);
    } else if (record instanceof Attendance a) {
      data.add(a);
    } else if (record instanceof Payment p) {
      data.add(p);
    } else if (record instanceof Contribution c) {
      data.add(c);
    } else if (record instanceof Decision d) {
      data.add(d);
    } else {
      data.add((SurveyResponse) record);
    }
  }

  /**
   * Generates the records one at a time, handing each to {@code out} as soon as it is made: the one
   * generator behind both the dataset in memory and the file.
   */
  private static void generate(int attendanceRecords, long seed, Consumer<Record> out) {
    if (attendanceRecords < 1) {
      throw new IllegalArgumentException("attendanceRecords must be at least 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int participantCount = Math.max(40, attendanceRecords / 200);
    int activityCount = Math.max(1, attendanceRecords / MEAN_INVITED);
    int initiativeCount = Math.max(1, activityCount / 500);
    int activitiesPerInitiative = (activityCount + initiativeCount - 1) / initiativeCount;

    List<Participant> participants = participants(participantCount, random);
    participants.forEach(out);

    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < initiativeCount; i++) {
      initiatives.add(
          new Initiative(
              "i-" + i,
              "Initiative " + i,
              "Synthetic council",
              EPOCH.plusDays(7L * i),
              null,
              EnumSet.allOf(LifecycleStage.class),
              Map.of()));
    }
    initiatives.forEach(out);

    Survey survey =
        new Survey(
            "s-1",
            "Involvement survey",
            List.of(
                new SurveyItem("listened", "I felt listened to", 1, 5, null),
                new SurveyItem("difference", "My ideas made a difference", 1, 5, null)));
    out.accept(survey);

    int poolSize = Math.min(participantCount, 60);
    int remaining = attendanceRecords;
    int contributionSeq = 0;
    int paymentSeq = 0;
    for (int a = 0; a < activityCount; a++) {
      int initiative = a / activitiesPerInitiative;
      int indexInInitiative = a % activitiesPerInitiative;
      Initiative owner = initiatives.get(Math.min(initiative, initiativeCount - 1));
      LocalDate date = owner.start().plusDays(7L * indexInInitiative + random.nextInt(5));
      ActivityType type = TYPES[indexInInitiative % TYPES.length];
      LifecycleStage stage =
          STAGES[
              Math.min(
                  STAGES.length - 1, indexInInitiative * STAGES.length / activitiesPerInitiative)];
      int invited =
          a == activityCount - 1
              ? remaining
              : Math.max(
                  1,
                  Math.min(
                      remaining - (activityCount - a - 1),
                      MEAN_INVITED / 2 + random.nextInt(MEAN_INVITED + 1)));
      remaining -= invited;
      String activityId = "a-" + a;
      int poolStart = (initiative * 37) % participantCount;
      List<Participant> attendees = new ArrayList<>(invited);
      for (int k = 0; k < invited; k++) {
        int offset = k < poolSize ? (k * 7 + a) % poolSize : k;
        attendees.add(participants.get((poolStart + offset) % participantCount));
      }
      Activity.Builder activity =
          Activity.builder(activityId, owner.id(), type, stage, date)
              .invitedOn(date.minusDays(2 + random.nextInt(26)))
              .startTime(LocalTime.of(9 + random.nextInt(9), 30))
              .durationMinutes(60 + 30 * random.nextInt(6))
              .chairs(attendees.get(0).id());
      for (AccessKind kind : NEEDS) {
        if (random.nextInt(4) != 0) {
          activity.provisions(kind);
        }
      }
      out.accept(activity.build());

      List<Vote> votes = new ArrayList<>();
      for (Participant p : attendees) {
        boolean bloc = isBloc(p);
        boolean attended = random.nextInt(100) < 85;
        Integer seconds = null;
        Integer turns = null;
        if (attended) {
          double skew = Math.pow(random.nextDouble(), 2.5);
          seconds = (int) (skew * (bloc ? 600 : 960));
          turns = seconds / 60;
          if (type == ActivityType.BOARD) {
            votes.add(new Vote(p.id(), 1 + random.nextInt(4), null));
          }
          if (bloc && random.nextInt(100) < 70) {
            LocalDate offered = date.minusDays(random.nextInt(2));
            LocalDate paid = random.nextInt(10) == 0 ? null : date.plusDays(3 + random.nextInt(45));
            out.accept(
                new Payment(
                    "pay-" + paymentSeq++,
                    p.id(),
                    activityId,
                    random.nextBoolean() ? PaymentKind.FEE : PaymentKind.EXPENSES,
                    null,
                    random.nextBoolean() ? FEE : EXPENSES,
                    GBP,
                    offered,
                    null,
                    paid));
          }
          if (random.nextInt(10) == 0) {
            out.accept(contribution("c-" + contributionSeq++, activityId, p.id(), date, random));
          }
        }
        out.accept(new Attendance(activityId, p.id(), true, attended, seconds, turns));
      }
      if (votes.size() > 1) {
        long total = votes.stream().mapToLong(Vote::weight).sum();
        out.accept(
            Decision.builder("d-" + a, owner.id(), date, DecisionRule.WEIGHTED_VOTE)
                .activity(activityId)
                .quota(total / 2 + 1)
                .votes(votes)
                .build());
      }
    }

    int responseSeq = 0;
    for (Participant p : participants) {
      if (random.nextInt(3) == 0) {
        for (SurveyItem item : survey.items()) {
          int value = isBloc(p) ? 1 + random.nextInt(5) : 3 + random.nextInt(3);
          out.accept(
              new SurveyResponse(
                  "r-" + responseSeq++,
                  survey.id(),
                  item.id(),
                  p.id(),
                  null,
                  EPOCH.plusDays(300),
                  value));
        }
      }
    }
  }

  private static List<Participant> participants(int count, SplittableRandom random) {
    List<Participant> participants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(100);
      Perspective perspective =
          roll < 25
              ? Perspective.LIVED_EXPERIENCE
              : roll < 35
                  ? Perspective.CARER
                  : roll < 85 ? Perspective.PROFESSIONAL : Perspective.COMMISSIONER;
      Set<AccessProvision> needs =
          random.nextInt(5) == 0
              ? Set.of(AccessProvision.of(NEEDS[random.nextInt(NEEDS.length)]))
              : Set.of();
      Map<String, String> attributes =
          Map.of("age-band", "band-" + random.nextInt(6), "area", "area-" + random.nextInt(8));
      participants.add(
          new Participant(
              String.format("p-%06d", i),
              perspective,
              null,
              EPOCH.minusDays(random.nextInt(60)),
              null,
              needs,
              attributes,
              EPOCH));
    }
    return participants;
  }

  private static Contribution contribution(
      String id, String activity, String participant, LocalDate date, SplittableRandom random) {
    Response response = null;
    int roll = random.nextInt(100);
    if (roll < 75) {
      ResponseOutcome outcome =
          ResponseOutcome.values()[random.nextInt(ResponseOutcome.values().length)];
      DeclineReason reason = outcome == ResponseOutcome.DECLINED ? DeclineReason.NO_BUDGET : null;
      response = new Response(date.plusDays(random.nextInt(90)), outcome, reason);
    }
    return new Contribution(
        id,
        activity,
        participant,
        KINDS[random.nextInt(KINDS.length)],
        null,
        random.nextInt(10) != 0,
        null,
        response);
  }

  private static boolean isBloc(Participant p) {
    return p.perspective() == Perspective.LIVED_EXPERIENCE || p.perspective() == Perspective.CARER;
  }
}
