package dev.copro.metrics.voice;

import dev.copro.metrics.support.Diversity;
import dev.copro.metrics.support.GroupSums;
import dev.copro.metrics.support.Inequality;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Positions;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.TheilDecomposition;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * {@code copro.voice.equality}: how equally the people at an activity share the talking.
 *
 * <p>For each activity in scope with speaking data, the amounts of the attendees who attended
 * (seconds where every attendee with a record has seconds, otherwise turns where every one has
 * turns) give {@code 1 − Gini}; the headline is the mean over those activities. Attendees with no
 * record of the measure used count as silent (0) by default, because a tally of who spoke leaves
 * out exactly the people this metric is about; the parameter {@value #UNRECORDED_AS_SILENT} leaves
 * them out instead. Either way a warning counts them.
 *
 * <p>Components: {@code effectiveVoices}, the mean over activities of the inverse Simpson index of
 * the voice shares; {@code voiceParity}, the bloc's share of voice ÷ its share of attendees, pooled
 * over activities (omitted with a warning when no bloc member attended an activity with speaking
 * data); {@code theilBetweenShare}, the part of Theil's T index of pooled speaking that lies
 * between perspectives (omitted with a warning when everyone spoke exactly equally). Pooling
 * expresses each attendee's amount relative to their activity's mean, so that seconds and turns,
 * long and short meetings, can be put together; each activity then weighs by its number of
 * attendees.
 *
 * <p>Breakdowns, for every participant dimension: each group's pooled share of voice (under the
 * dimension's name) and its share of attendances (under the name followed by {@value
 * #ATTENDANCE_SUFFIX}); their ratio is the group's voice parity. Findings: activities of at least
 * three attendees where one of them had more than {@value #DOMINANCE_SHARE} of the speaking.
 *
 * <p>An activity's part in all this — whether it is measured, its {@code 1 − Gini}, inverse Simpson
 * index, attendees' amounts relative to its mean and largest voice — depends on its own attendance
 * alone, so in memory one evaluation works each activity's part out once, and the whole dataset and
 * every slice add up the parts of their activities.
 *
 * <p>Streams: 1 − Gini of an activity needs every attendee's amount at once, and an activity's
 * attendance records can be anywhere in a stream, so it keeps, for each activity in scope, every
 * attendee who attended: the participant's position and the speaking seconds and turns, three ints
 * (12 bytes) per attendance at which the person attended. That is bounded by the attendance
 * structure (activities × their attendees), not by the speaking records alone, but unlike most
 * streaming metrics it grows with the attendance records.
 */
public final class VoiceEquality implements StreamingMetric {

  /** The metric's id. */
  public static final String ID = "copro.voice.equality";

  /** The parameter saying whether attendees without a speaking record count as silent. */
  public static final String UNRECORDED_AS_SILENT = "unrecordedAsSilent";

  /** The parameter giving the share of the speaking above which one voice dominates. */
  public static final String DOMINANCE_SHARE = "dominanceShare";

  /** Appended to a dimension's name for the breakdown of attendance shares. */
  public static final String ATTENDANCE_SUFFIX = "-attendance";

  /** The code of the finding that one voice dominated an activity. */
  public static final String DOMINANT_VOICE = "dominant-voice";

  /**
   * With two attendees any imbalance gives one of them more than half, which is no sign of
   * dominance.
   */
  static final int DOMINANCE_MIN_ATTENDEES = 3;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Equality of voice")
          .description(
              "How equally the people at a meeting share the talking: 1 − Gini of speaking time (or turns)"
                  + " among those who attended, averaged over activities. Co-production asks that people who use services"
                  + " and carers are heard as equal partners, not only present; a meeting one voice dominates is"
                  + " consultation at best. Components: the effective number of voices, the bloc's voice parity (its"
                  + " share of the talking ÷ its share of attendees) and the share of speaking inequality that lies"
                  + " between perspectives.")
          .summary(
              "How equally the people at each activity shared the talking, from 0% (one person did all "
                  + "of it) to 100% (everyone spoke as much), averaged over activities.")
          .goodLooksLike(
              "70% or more, with people with lived experience and carers heard about as much as "
                  + "everyone else present.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.bool(
                  UNRECORDED_AS_SILENT,
                  true,
                  "Whether attendees with no speaking record at an activity"
                      + " that has speaking data count as silent (true) or are left out (false)."),
              ParameterSpec.decimal(
                  DOMINANCE_SHARE,
                  0.5,
                  0.5,
                  1.0,
                  "The share of an activity's speaking above which"
                      + " one attendee is reported as dominating it (activities of three or more attendees)."))
          .thresholds(Thresholds.higherIsBetter(0.7, 0.5))
          .references(
              "Gini, C. (1912) Variabilità e mutabilità. Bologna: Tipografia di Paolo Cuppini.",
              "Theil, H. (1967) Economics and Information Theory. Amsterdam: North-Holland.",
              References.SIMPSON_1949,
              References.LAAKSO_TAAGEPERA_1979,
              "Woolley, A. W. et al. (2010) Evidence for a collective intelligence factor in the performance of"
                  + " human groups. Science 330(6004): 686–688.",
              References.SCIE_GUIDE_51)
          .build();

  /** Creates the metric; it holds no state. */
  public VoiceEquality() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /** A new accumulator of the speaking amounts of each activity's attendees. */
  @Override
  public Accumulator accumulator(EvaluationContext context) {
    return new Voices(context);
  }

  /**
   * Measures the activities in scope from their parts, each worked out once per evaluation from the
   * dataset's attendance at that activity and shared by the whole-dataset call and every slice: an
   * activity's part depends on its own attendance alone, which any scope holding the activity holds
   * all of. The scope adds its activities' parts up as the accumulator adds up the parts it works
   * out from the events it is sent, in the same code ({@link Tally}), so both give the same result.
   */
  @Override
  public Measurement measure(EvaluationContext context) {
    // Found before the shared value, whose computation must not itself ask for a shared value.
    Positions positions = Positions.of(context);
    boolean unrecordedAsSilent = context.parameters().bool(UNRECORDED_AS_SILENT);
    Part[] parts =
        context
            .shared(
                ID
                    + "/activities/"
                    + (unrecordedAsSilent ? "unrecorded-silent" : "unrecorded-left-out"),
                Parts.class,
                () -> Parts.of(context.dataset(), positions, unrecordedAsSilent))
            .byActivity();
    // The activities in scope with no event in it have no attendance, so no part.
    ScopePositions scope = context.scopePositions();
    int[] activities = new int[scope.activityCount()];
    Part[] own = new Part[activities.length];
    for (int n = 0; n < activities.length; n++) {
      activities[n] = scope.activityAt(n);
      own[n] = parts[activities[n]];
    }
    return new Tally(context, positions).result(activities, own);
  }

  /** How speaking was recorded at an activity. */
  private enum Recording {
    SECONDS("time"),
    TURNS("turns"),
    /** No attendee has a record. */
    NONE(""),
    /** Some attendees have only seconds and others only turns: neither covers everyone recorded. */
    MIXED("");

    private final String noun;

    Recording(String noun) {
      this.noun = noun;
    }

    /** The attendee's amount of this measure, or {@link VoiceEquality#UNRECORDED}. */
    int amount(Attendees attendees, int i) {
      return this == SECONDS ? attendees.seconds[i] : attendees.turns[i];
    }

    /** Seconds are preferred; turns are used when not every attendee with a record has seconds. */
    static Recording of(Attendees present) {
      boolean any = false;
      boolean allSeconds = true;
      boolean allTurns = true;
      for (int i = 0; i < present.size; i++) {
        boolean seconds = present.seconds[i] != UNRECORDED;
        boolean turns = present.turns[i] != UNRECORDED;
        if (seconds || turns) {
          any = true;
          allSeconds &= seconds;
          allTurns &= turns;
        }
      }
      if (!any) {
        return NONE;
      }
      return allSeconds ? SECONDS : allTurns ? TURNS : MIXED;
    }
  }

  /** In {@link Attendees}: no record of the amount. */
  private static final int UNRECORDED = -1;

  /**
   * The attendees who attended one activity, as the events brought them: each one's participant
   * position and speaking seconds and turns ({@link VoiceEquality#UNRECORDED} where there is no
   * record), three ints each. Not thread-safe.
   */
  private static final class Attendees {
    private int[] participants;
    private int[] seconds;
    private int[] turns;
    private int size;

    Attendees() {
      this(16);
    }

    private Attendees(int capacity) {
      participants = new int[capacity];
      seconds = new int[capacity];
      turns = new int[capacity];
    }

    void add(int participant, @Nullable Integer seconds, @Nullable Integer turns) {
      put(participant, seconds == null ? UNRECORDED : seconds, turns == null ? UNRECORDED : turns);
    }

    private void put(int participant, int secondsAmount, int turnsAmount) {
      if (size == participants.length) {
        participants = Arrays.copyOf(participants, size * 2);
        seconds = Arrays.copyOf(seconds, size * 2);
        turns = Arrays.copyOf(turns, size * 2);
      }
      participants[size] = participant;
      seconds[size] = secondsAmount;
      turns[size] = turnsAmount;
      size++;
    }

    void addAll(Attendees other) {
      for (int i = 0; i < other.size; i++) {
        put(other.participants[i], other.seconds[i], other.turns[i]);
      }
    }

    /**
     * The same attendees in the order of their participants' ids, the order that fixes ties and
     * sums.
     */
    Attendees inIdOrder(Positions positions) {
      // Rank in the high half, place in the low half: sorting the longs sorts by rank, ties in the
      // order received.
      long[] order = new long[size];
      for (int i = 0; i < size; i++) {
        order[i] = (long) positions.participantRank(participants[i]) << 32 | i;
      }
      Arrays.sort(order);
      Attendees sorted = new Attendees(Math.max(size, 1));
      for (long o : order) {
        int i = (int) o;
        sorted.put(participants[i], seconds[i], turns[i]);
      }
      return sorted;
    }
  }

  /** Whether an activity is measured, or why it is left out. */
  private enum Status {
    MEASURED,
    NO_RECORDS,
    MIXED,
    TOO_FEW,
    NOBODY_SPOKE
  }

  /**
   * One activity's part in the measurement, from its attendance alone: whether it is measured, and
   * if so its attendances counted as silent or left out for want of a record, its {@code 1 − Gini}
   * and inverse Simpson index, each counted attendee's position in the dataset and amount relative
   * to the activity's mean, and its largest voice (a participant position).
   */
  private record Part(
      Status status,
      int unrecorded,
      double equality,
      double effectiveVoices,
      int[] participants,
      double[] relative,
      int top,
      double topShare,
      Recording recording) {

    static Part leftOut(Status status) {
      return new Part(status, 0, 0, 0, new int[0], new double[0], -1, 0, Recording.NONE);
    }

    /** The part of an activity whose attendees, in participant id order, are {@code present}. */
    static Part of(Attendees present, boolean unrecordedAsSilent) {
      Recording recording = Recording.of(present);
      if (recording == Recording.NONE) {
        return leftOut(Status.NO_RECORDS);
      }
      if (recording == Recording.MIXED) {
        return leftOut(Status.MIXED);
      }
      int[] counted = new int[present.size];
      double[] x = new double[present.size];
      int n = 0;
      int unrecorded = 0;
      for (int i = 0; i < present.size; i++) {
        int amount = recording.amount(present, i);
        if (amount == UNRECORDED) {
          unrecorded++;
          if (!unrecordedAsSilent) {
            continue;
          }
        }
        x[n] = amount == UNRECORDED ? 0.0 : amount;
        counted[n++] = present.participants[i];
      }
      if (n < 2) {
        return leftOut(Status.TOO_FEW);
      }
      x = Arrays.copyOf(x, n);
      double total = 0;
      int top = 0;
      for (int i = 0; i < x.length; i++) {
        total += x[i];
        top = x[i] > x[top] ? i : top;
      }
      if (total == 0) {
        return leftOut(Status.NOBODY_SPOKE);
      }
      double mean = total / x.length;
      double[] relative = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        relative[i] = x[i] / mean;
      }
      return new Part(
          Status.MEASURED,
          unrecorded,
          1 - Inequality.gini(x),
          Diversity.inverseSimpson(x),
          Arrays.copyOf(counted, n),
          relative,
          counted[top],
          x[top] / total,
          recording);
    }
  }

  /**
   * Every activity's part by activity position, worked out from the dataset's attendance: what
   * {@link Voices} works out from the events of any scope holding the activity. Depends on the
   * dataset and {@value #UNRECORDED_AS_SILENT} only, so one evaluation works it out once for every
   * call. Immutable once made.
   */
  private record Parts(Part[] byActivity) {

    private static final Part NO_RECORDS = Part.leftOut(Status.NO_RECORDS);

    static Parts of(Dataset data, Positions positions, boolean unrecordedAsSilent) {
      List<Activity> activities = data.activities();
      Part[] parts = new Part[activities.size()];
      for (int a = 0; a < parts.length; a++) {
        Attendees present = new Attendees();
        for (Attendance attendance : data.attendanceAt(activities.get(a).id())) {
          if (attendance.attended()) {
            // A built Dataset has resolved every attendance's participant, so the position is
            // never -1.
            present.add(
                positions.participant(attendance.participant()),
                attendance.speakingSeconds(),
                attendance.speakingTurns());
          }
        }
        parts[a] =
            present.size == 0
                ? NO_RECORDS
                : Part.of(present.inIdOrder(positions), unrecordedAsSilent);
      }
      return new Parts(parts);
    }
  }

  /**
   * One attendee's share of the speaking at an activity where one voice dominated; {@code activity}
   * and {@code top} are positions in the dataset.
   */
  private record Dominance(
      int activity, int top, double share, int attendees, Recording recording) {}

  /**
   * The accumulator: the attendees who attended each activity in scope, with their speaking amounts
   * ({@link Attendees}), by the activity's number in scope. Every activity's part is worked out in
   * {@link #result()}, once all its attendees are known.
   */
  private static final class Voices implements Accumulator {
    private final EvaluationContext context;
    private final Positions positions;
    private final ScopePositions scope;
    private final boolean unrecordedAsSilent;
    private final @Nullable Attendees[] attendees;

    Voices(EvaluationContext context) {
      this.context = context;
      this.positions = Positions.of(context);
      this.scope = context.scopePositions();
      this.unrecordedAsSilent = context.parameters().bool(UNRECORDED_AS_SILENT);
      this.attendees = new Attendees[scope.activityCount()];
    }

    @Override
    public void accept(EventBatch batch) {
      for (int i = 0, n = batch.attendanceCount(); i < n; i++) {
        Attendance a = batch.attendance(i);
        if (a.attended()) {
          attended(a, batch.attendanceActivity(i), batch.attendanceParticipant(i));
        }
      }
    }

    @Override
    public void attendance(Attendance a) {
      if (a.attended()) {
        // A built Dataset has resolved every attendance's participant, so its position is never -1.
        attended(a, positions.activity(a.activity()), positions.participant(a.participant()));
      }
    }

    /**
     * Takes in an attendance at which someone attended, of the activity and participant at the
     * given positions in the dataset. The events are those of the scope, so every activity they
     * refer to is in scope and numbered there.
     */
    private void attended(Attendance a, int activity, int p) {
      int n = scope.activity(activity);
      if (n < 0) {
        return;
      }
      Attendees at = attendees[n];
      if (at == null) {
        at = new Attendees();
        attendees[n] = at;
      }
      at.add(p, a.speakingSeconds(), a.speakingTurns());
    }

    @Override
    public void merge(Accumulator other) {
      Voices o = (Voices) other;
      for (int n = 0; n < attendees.length; n++) {
        Attendees theirs = o.attendees[n];
        if (theirs == null) {
          continue;
        }
        Attendees at = attendees[n];
        if (at == null) {
          attendees[n] = theirs;
        } else {
          at.addAll(theirs);
        }
      }
    }

    /** The part of each activity someone attended, added up by {@link Tally}. */
    @Override
    public Measurement result() {
      int count = 0;
      for (Attendees at : attendees) {
        count += at == null ? 0 : 1;
      }
      int[] activities = new int[count];
      Part[] parts = new Part[count];
      int i = 0;
      for (int n = 0; n < attendees.length; n++) {
        Attendees present = attendees[n];
        if (present != null) {
          activities[i] = scope.activityAt(n);
          parts[i++] = Part.of(present.inIdOrder(positions), unrecordedAsSilent);
        }
      }
      return new Tally(context, positions).result(activities, parts);
    }
  }

  /**
   * The measurement of the activities in scope from their parts, added up in activity id order.
   * Used once.
   */
  private static final class Tally {
    private final EvaluationContext context;
    private final Positions positions;
    private final boolean unrecordedAsSilent;
    private final double dominanceShare;

    /** The measured activities' parts, in activity id order. */
    private final List<Part> measuredParts = new ArrayList<>();

    /**
     * What each dominance finding will say; the findings are made once the value is known, and only
     * those listed.
     */
    private final List<Dominance> dominant = new ArrayList<>();

    private int measured;
    private double equalitySum;
    private double effectiveVoicesSum;
    private int noRecords;
    private int mixed;
    private int tooFew;
    private int nobodySpoke;
    private int unrecorded;

    Tally(EvaluationContext context, Positions positions) {
      this.context = context;
      this.positions = positions;
      this.unrecordedAsSilent = context.parameters().bool(UNRECORDED_AS_SILENT);
      this.dominanceShare = context.parameters().decimal(DOMINANCE_SHARE);
    }

    private void add(int activity, Part part) {
      switch (part.status()) {
        case NO_RECORDS -> noRecords++;
        case MIXED -> mixed++;
        case TOO_FEW -> tooFew++;
        case NOBODY_SPOKE -> nobodySpoke++;
        case MEASURED -> {
          measured++;
          unrecorded += part.unrecorded();
          equalitySum += part.equality();
          effectiveVoicesSum += part.effectiveVoices();
          measuredParts.add(part);
          int attendees = part.participants().length;
          if (attendees >= DOMINANCE_MIN_ATTENDEES && part.topShare() > dominanceShare) {
            dominant.add(
                new Dominance(activity, part.top(), part.topShare(), attendees, part.recording()));
          }
        }
      }
    }

    /** The {@value #DOMINANT_VOICE} finding, citing the activity and the dominant attendance. */
    private Finding finding(Dominance dominance) {
      Activity activity = positions.activityAt(dominance.activity());
      Participant top = positions.participantAt(dominance.top());
      String who = "a " + Words.person(top.perspective());
      boolean chair = activity.chairs().contains(top.id());
      String message =
          "At activity "
              + activity.id()
              + ", one of the "
              + dominance.attendees()
              + " attendees, "
              + who
              + (chair ? " who chaired it" : "")
              + ", had "
              + Words.percent(dominance.share())
              + " of the speaking "
              + dominance.recording().noun
              + ".";
      return Finding.of(
          DOMINANT_VOICE,
          Severity.MEDIUM,
          message,
          List.of(
              Finding.ref(RecordKind.ACTIVITY, activity.id()),
              Finding.ref(
                  RecordKind.ATTENDANCE, Attendance.attended(activity.id(), top.id()).key())));
    }

    /**
     * The measurement, given the part of each activity in scope that has attendance — {@code
     * activities} their positions in the dataset, in any order, and {@code parts} theirs — every
     * other activity in scope having no speaking records.
     */
    Measurement result(int[] activities, Part[] parts) {
      if (context.activities().isEmpty()) {
        return Measurement.noValue("no activities in scope");
      }
      // Rank in the high half, place in the low half: sorting the longs sorts by activity id.
      long[] order = new long[activities.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = (long) positions.activityRank(activities[i]) << 32 | i;
      }
      Arrays.sort(order);
      for (long o : order) {
        int i = (int) o;
        add(activities[i], parts[i]);
      }
      int activityCount = context.activities().size();
      noRecords += activityCount - activities.length;
      if (measured == 0) {
        return Measurement.noValue(
            String.format(
                Locale.ROOT,
                "none of the %d activities in scope has usable speaking data: %s",
                activityCount,
                Words.list(leftOut(), "and")));
      }
      Measurement.Builder result =
          Measurement.of(equalitySum / measured, measured)
              .component("effectiveVoices", effectiveVoicesSum / measured);
      int voices = 0;
      for (Part part : measuredParts) {
        voices += part.participants().length;
      }
      int[] participants = new int[voices];
      double[] relative = new double[voices];
      int at = 0;
      for (Part part : measuredParts) {
        System.arraycopy(part.participants(), 0, participants, at, part.participants().length);
        System.arraycopy(part.relative(), 0, relative, at, part.relative().length);
        at += part.participants().length;
      }
      OptionalDouble parity =
          IntStream.range(0, voices)
              .filter(i -> positions.isBloc(participants[i]))
              .mapToDouble(i -> relative[i])
              .average();
      if (parity.isPresent()) {
        result.component("voiceParity", parity.getAsDouble());
      } else {
        result.warning(
            "The component voiceParity is omitted: none of the "
                + Words.bloc(context.bloc())
                + " attended an activity with speaking data.");
      }
      OptionalDouble betweenShare = theilByPerspective(participants, relative).betweenShare();
      if (betweenShare.isPresent()) {
        result.component("theilBetweenShare", betweenShare.getAsDouble());
      } else {
        result.warning(
            "The component theilBetweenShare is omitted: every attendee spoke exactly as much as the "
                + "others at their activity, so there is no inequality to apportion.");
      }
      result.breakdowns(breakdowns(participants, relative));
      dominant.forEach(d -> result.finding(() -> finding(d)));
      warnings(activityCount).forEach(result::warning);
      return result.build();
    }

    /**
     * Theil's T of the voices (amounts relative to their activity's mean), grouped by perspective.
     */
    private TheilDecomposition theilByPerspective(int[] participants, double[] relative) {
      int[] groups = new int[participants.length];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = positions.participantAt(participants[i]).perspective().ordinal();
      }
      return Inequality.theilDecomposition(relative, groups);
    }

    /** Each group's share of the pooled speaking, then each group's share of the attendances. */
    private List<Breakdown> breakdowns(int[] participants, double[] relative) {
      if (context.dimensions().isEmpty()) {
        return List.of();
      }
      double[] attendances = new double[relative.length];
      Arrays.fill(attendances, 1);
      double totalRelative = Arrays.stream(relative).sum();
      List<Breakdown> all =
          new ArrayList<>(GroupSums.of(context, participants, relative, totalRelative));
      for (Breakdown b : GroupSums.of(context, participants, attendances, attendances.length)) {
        all.add(new Breakdown(b.dimension() + ATTENDANCE_SUFFIX, b.groups()));
      }
      return all;
    }

    private List<String> leftOut() {
      List<String> parts = new ArrayList<>();
      if (noRecords > 0) {
        parts.add(
            noRecords
                + " "
                + Plural.word(noRecords, "has", "have")
                + " no speaking time or turns recorded");
      }
      if (mixed > 0) {
        parts.add(
            mixed
                + " "
                + Plural.word(mixed, "records", "record")
                + " seconds for some attendees and only "
                + "turns for others");
      }
      if (tooFew > 0) {
        parts.add(
            tooFew
                + " "
                + Plural.word(tooFew, "has", "have")
                + " fewer than two attendees with a speaking "
                + "value");
      }
      if (nobodySpoke > 0) {
        parts.add("at " + nobodySpoke + " no attendee spoke");
      }
      return parts;
    }

    private List<String> warnings(int activities) {
      List<String> warnings = new ArrayList<>();
      List<String> leftOut = leftOut();
      if (!leftOut.isEmpty()) {
        int out = activities - measured;
        warnings.add(
            out
                + " of the "
                + Plural.of(activities, "activity", "activities")
                + " "
                + Plural.word(out, "is", "are")
                + " left out: "
                + Words.list(leftOut, "and")
                + ".");
      }
      if (unrecorded > 0) {
        String which =
            Plural.of(unrecorded, "attendance has", "attendances have")
                + " no record of the measure "
                + "used";
        warnings.add(
            unrecordedAsSilent
                ? which
                    + " and "
                    + Plural.word(unrecorded, "counts", "count")
                    + " as silent (0); set "
                    + UNRECORDED_AS_SILENT
                    + " to false to leave "
                    + Plural.word(unrecorded, "it", "them")
                    + " out instead."
                : which
                    + ", so "
                    + Plural.word(unrecorded, "it is", "they are")
                    + " left out ("
                    + UNRECORDED_AS_SILENT
                    + " is false).");
      }
      return warnings;
    }
  }
}
