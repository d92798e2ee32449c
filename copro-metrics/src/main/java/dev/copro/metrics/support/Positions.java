package dev.copro.metrics.support;

import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.StringIndex;
import dev.copro.spi.Bloc;
import dev.copro.spi.EvaluationContext;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Where each participant, activity and initiative is in the dataset's lists, with what the
 * streaming metrics ask of them for every event — whether a participant is in the bloc, an
 * activity's initiative — in arrays indexed by position, and each record's rank in id order, so
 * that results can be put in id order. Found once per evaluation from the reference records and the
 * bloc ({@link EvaluationContext#shared}), and read by every default metric. Immutable.
 */
public final class Positions {

  private static final String KEY = "copro.metrics/positions";

  private final Dataset dataset;
  private final StringIndex participantIds;
  private final StringIndex activityIds;
  private final StringIndex initiativeIds;
  private final boolean[] bloc;
  private final int[] participantsById;
  private final int[] activitiesById;
  private final int[] participantRanks;
  private final int[] activityRanks;
  private final int[] activityInitiatives;
  private final int[] activityDays;

  private Positions(Dataset dataset, Bloc blocDefinition) {
    this.dataset = dataset;
    List<Participant> participants = dataset.participants();
    List<Activity> activities = dataset.activities();
    participantIds = StringIndex.positions(participants.stream().map(Participant::id).toList());
    activityIds = StringIndex.positions(activities.stream().map(Activity::id).toList());
    initiativeIds =
        StringIndex.positions(dataset.initiatives().stream().map(Initiative::id).toList());
    bloc = new boolean[participants.size()];
    for (int p = 0; p < bloc.length; p++) {
      bloc[p] = blocDefinition.contains(participants.get(p));
    }
    participantsById = byId(participants, Participant::id);
    activitiesById = byId(activities, Activity::id);
    participantRanks = ranks(participantsById);
    activityRanks = ranks(activitiesById);
    activityInitiatives = new int[activities.size()];
    activityDays = new int[activities.size()];
    for (int a = 0; a < activityInitiatives.length; a++) {
      activityInitiatives[a] = initiativeIds.get(activities.get(a).initiative());
      activityDays[a] = Math.toIntExact(activities.get(a).date().toEpochDay());
    }
  }

  /** The positions of the context's dataset and bloc, shared by every call of one evaluation. */
  public static Positions of(EvaluationContext context) {
    return context.shared(
        KEY, Positions.class, () -> new Positions(context.dataset(), context.bloc()));
  }

  /** The positions of the records in id order. */
  private static <T> int[] byId(List<T> records, Function<T, String> id) {
    return IntStream.range(0, records.size())
        .boxed()
        .sorted(Comparator.comparing(i -> id.apply(records.get(i))))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static int[] ranks(int[] byId) {
    int[] ranks = new int[byId.length];
    for (int rank = 0; rank < byId.length; rank++) {
      ranks[byId[rank]] = rank;
    }
    return ranks;
  }

  /** How many participants the dataset has. */
  public int participants() {
    return bloc.length;
  }

  /** How many activities the dataset has. */
  public int activities() {
    return activityRanks.length;
  }

  /** How many initiatives the dataset has. */
  public int initiatives() {
    return dataset.initiatives().size();
  }

  /** The position of the participant with the given id, or -1 if there is none. */
  public int participant(String id) {
    return participantIds.get(id);
  }

  /** The position of the activity with the given id, or -1 if there is none. */
  public int activity(String id) {
    return activityIds.get(id);
  }

  /** The position of the initiative with the given id, or -1 if there is none. */
  public int initiative(String id) {
    return initiativeIds.get(id);
  }

  /** The participant at a position. */
  public Participant participantAt(int position) {
    return dataset.participants().get(position);
  }

  /** The activity at a position. */
  public Activity activityAt(int position) {
    return dataset.activities().get(position);
  }

  /** Whether the participant at a position is in the bloc. */
  public boolean isBloc(int participant) {
    return bloc[participant];
  }

  /** The position of the initiative of the activity at a position. */
  public int initiativeOf(int activity) {
    return activityInitiatives[activity];
  }

  /**
   * The day of the activity at a position, as a day count from 1970-01-01 ({@link
   * java.time.LocalDate#toEpochDay}).
   */
  public int activityDay(int activity) {
    return activityDays[activity];
  }

  /** The rank of the participant at a position among all participants in id order, from 0. */
  public int participantRank(int participant) {
    return participantRanks[participant];
  }

  /** The rank of the activity at a position among all activities in id order, from 0. */
  public int activityRank(int activity) {
    return activityRanks[activity];
  }

  /** The position of the participant of a rank in id order ({@link #participantRank}). */
  public int participantByRank(int rank) {
    return participantsById[rank];
  }

  /** The position of the activity of a rank in id order ({@link #activityRank}). */
  public int activityByRank(int rank) {
    return activitiesById[rank];
  }
}
