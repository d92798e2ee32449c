package dev.copro.engine;

import dev.copro.engine.PhaseRunner.Measure;
import dev.copro.engine.PhaseRunner.Phases;
import dev.copro.engine.PhaseRunner.Planned;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.RecordKind;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Accumulator;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Measurement;
import dev.copro.spi.Period;
import dev.copro.spi.Scope;
import dev.copro.spi.ScopePositions;
import dev.copro.spi.StreamingMetric;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of a dataset whose event records are held in parts elsewhere — on the machines of a
 * cluster, in other processes, on other threads — taken in part by part and merged, giving the
 * report {@link Copro#evaluate(Dataset)} gives for the same records when every enabled direct
 * metric is a {@link StreamingMetric} (as every default one is): the whole dataset and every slice
 * (each initiative, each period), byte for byte the same JSON. The reference records (initiatives,
 * participants, activities, decisions) are held whole, in every part; the events (attendance,
 * contributions, payments, survey responses) are split however the caller likes.
 *
 * <p>The events pass three times, part by part, and each pass gives a value that merges:
 *
 * <ol>
 *   <li>an {@link EventCensus} ({@link #census()}): how many events of each kind, and their dates,
 *       which fix the reference date and the periods. With the reference records it makes the
 *       evaluation: {@link Copro#partitioned(Dataset, EventCensus)}, the same on every machine;
 *   <li>a {@link ScopeCensus} ({@link #scopeCensus()}): which activities and participants each
 *       slice's events refer to, which number them ({@link dev.copro.spi.ScopePositions}) and count
 *       the people behind each slice; the merged census is handed to {@link #prepare} on every
 *       machine;
 *   <li>a {@link Part} ({@link #part()}): every streaming metric's accumulators, one per scope,
 *       each taking in its scope's events in isolated calls as on one machine.
 * </ol>
 *
 * <p>Then {@link #finish} measures each metric with its merged accumulators and runs aggregate
 * metrics, rules, suppression and ratings through the one orchestrator, as in memory. Values that
 * merge are merged in a fixed order — the parts' order — so the report does not depend on which
 * part finished first; for a metric that keeps to the {@link Accumulator} contract it does not
 * depend on how the events were split either.
 *
 * <p>What differs from the in-memory evaluation, and the report's warnings say so: direct metrics
 * that are not streaming metrics are not evaluated (each gets a result with no value and the reason
 * {@value #NOT_PARTITIONED}). A metric whose call fails in any part fails by name, with the first
 * failure in the parts' order.
 *
 * <p>Moving a census or a part between machines is the caller's. A census holds plain values. A
 * part holds the metrics' accumulators, which in turn hold objects of this evaluation (the contexts
 * they were made with, the reference records): {@link Part#write} gives its bytes, each metric's
 * accumulators written by a {@link StateCodec} in that metric's isolated call, and {@link
 * #readPart} reads them back, so that a metric whose state cannot be moved fails alone. {@link
 * #planObject(Object)} numbers the evaluation's objects, so that a codec writes the number in their
 * place, and {@link #planObject(int)} gives them back on the other side from the same evaluation
 * made there (copro-spark does this with Kryo).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PartitionedEvaluation {

  /** The reason given for the direct metrics that do not stream. */
  public static final String NOT_PARTITIONED =
      "needs every record in memory; not evaluated when the events are split into parts";

  /** The first int of a part's bytes, and its version. */
  private static final int PART_FORMAT = 0x436f5031;

  private final Copro engine;
  private final Dataset references;
  private final EventCensus events;
  private final List<Scope> slices = new ArrayList<>();
  private final Map<Scope, Integer> scopeIndex = new HashMap<>();
  private final DatasetContext whole;
  private final DatasetContext sliceBase;
  private final EventBatch.Resolver resolver;
  private final List<Stream> streams = new ArrayList<>();
  private final List<Planned> notStreamed = new ArrayList<>();
  private final Map<Object, Integer> planObjects = new IdentityHashMap<>();
  private final List<Object> planObjectsByNumber = new ArrayList<>();
  private @Nullable Map<Scope, ScopedData.Sliced> sliced;

  PartitionedEvaluation(Copro engine, Dataset references, EventCensus events) {
    this.engine = engine;
    this.references = references;
    this.events = events;
    Configuration config = engine.configuration();
    LocalDate latest = DatasetContext.latestDate(references);
    if (events.latest != null && events.latest.isAfter(latest)) {
      latest = events.latest;
    }
    whole =
        DatasetContext.builder(references)
            .bloc(config.bloc())
            .dimensions(config.breakdowns())
            .referenceDate(config.referenceDate().orElse(latest))
            .build();
    sliceBase = whole.withDimensions(List.of());
    resolver = DatasetContext.resolver(whole);
    references.initiatives().stream()
        .map(Initiative::id)
        .sorted()
        .forEach(id -> slices.add(new Scope(id, null)));
    for (Period period :
        Periods.covering(references, config.periodUnit(), events.first, events.last)) {
      slices.add(new Scope(null, period));
    }
    for (int i = 0; i < slices.size(); i++) {
      scopeIndex.put(slices.get(i), i + 1);
    }
    Phases phases = Phases.of(engine.planned());
    for (Planned p : phases.direct()) {
      if (p.plugin().metric() instanceof StreamingMetric) {
        streams.add(new Stream(p, false));
      } else {
        notStreamed.add(p);
      }
    }
    for (Planned p : phases.aggregate()) {
      if (p.plugin().metric() instanceof StreamingMetric) {
        streams.add(new Stream(p, true));
      }
    }
    number(this);
    number(references);
    number(whole);
    number(sliceBase);
  }

  /** A new, empty census of events, for the first pass; it needs no evaluation. */
  public static EventCensus census() {
    return new EventCensus();
  }

  /** The slices besides the whole dataset: each initiative, in id order, then each period. */
  public List<Scope> slices() {
    return List.copyOf(slices);
  }

  /** A new, empty census of the slices' events, for the second pass. */
  public ScopeCensus scopeCensus() {
    return new ScopeCensus(this);
  }

  /**
   * Readies the evaluation for the third pass with the merged census of every part's events: the
   * same census on every machine.
   *
   * @throws IllegalStateException if it is readied already, with any census
   * @throws IllegalArgumentException if the census is of another evaluation
   */
  public synchronized void prepare(ScopeCensus census) {
    if (sliced != null) {
      throw new IllegalStateException("this evaluation is prepared already");
    }
    if (census.plan != this) {
      throw new IllegalArgumentException("the census is of another evaluation");
    }
    EventBatch none = resolver.batch(List.of(), List.of(), List.of(), List.of());
    List<ScopedData.Sliced> routed = ScopedData.sliceEach(references, none, slices);
    Map<Scope, ScopedData.Sliced> bySlice = new HashMap<>();
    for (int i = 0; i < slices.size(); i++) {
      ScopedData data = routed.get(i).data();
      BitSet people = (BitSet) census.people[i].clone();
      for (Participant voter : data.participants()) {
        people.set(resolver.participant(voter.id()));
      }
      List<Participant> participants = new ArrayList<>(people.cardinality());
      people.stream().forEach(p -> participants.add(references.participants().get(p)));
      BitSet everyone = (BitSet) census.participants[i].clone();
      everyone.or(people);
      ScopedData scoped =
          new ScopedData(
              data.scope(),
              data.initiatives(),
              participants,
              data.activities(),
              List.of(),
              List.of(),
              data.decisions(),
              List.of(),
              List.of());
      ScopePositions positions =
          ScopePositions.of(
              census.activities[i].stream().toArray(), census.participants[i].stream().toArray());
      bySlice.put(
          slices.get(i), new ScopedData.Sliced(scoped, none, everyone.cardinality(), positions));
    }
    sliced = bySlice;
    for (Stream stream : streams) {
      stream.contexts();
    }
  }

  /**
   * A new part with no events taken in, for the third pass.
   *
   * @throws IllegalStateException if the evaluation is not {@linkplain #prepare prepared}
   */
  public Part part() {
    prepared();
    return new Part(this);
  }

  /**
   * A part from the bytes {@link Part#write} gave for a part of this evaluation — on this machine
   * or another, where the same evaluation was made. Each metric's accumulators are read by {@code
   * codec} in one isolated call: a metric whose accumulators cannot be read fails alone, by name,
   * as does one that had failed in the written part.
   *
   * @throws IllegalStateException if the evaluation is not {@linkplain #prepare prepared}
   * @throws IllegalArgumentException if the bytes are not a part of an evaluation with the same
   *     metrics
   * @throws CancellationException if the calling thread is interrupted
   */
  public Part readPart(byte[] bytes, StateCodec codec) {
    prepared();
    Part part = new Part(this);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != PART_FORMAT || in.readInt() != streams.size()) {
        throw new IllegalArgumentException("the bytes are not a part of this evaluation");
      }
      for (int i = 0; i < streams.size(); i++) {
        Stream stream = streams.get(i);
        if (!in.readUTF().equals(stream.planned.id())) {
          throw new IllegalArgumentException(
              "the bytes are a part of an evaluation of other metrics");
        }
        byte[] content = new byte[in.readInt()];
        in.readFully(content);
        if (in.readBoolean()) {
          part.fail(i, new String(content, StandardCharsets.UTF_8));
          continue;
        }
        @Nullable Accumulator[] scoped = part.accumulators[i];
        part.isolated(
            i,
            "reading its accumulators moved from another part",
            () -> {
              Object state = codec.read(content);
              if (!(state instanceof Accumulator[] read) || read.length != scoped.length) {
                throw new IllegalStateException(
                    "the codec did not give back the accumulators it was given");
              }
              System.arraycopy(read, 0, scoped, 0, scoped.length);
              return null;
            });
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("the bytes hold more than a part");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the bytes are not a whole part: " + e.getMessage(), e);
    }
    return part;
  }

  /**
   * Measures every metric with the accumulators of {@code merged} — every part merged into one, in
   * the parts' order — and puts the report together, as {@link Copro#evaluate(Dataset)} does.
   *
   * @throws IllegalStateException if the evaluation is not prepared, or the engine is closed
   * @throws IllegalArgumentException if the part is of another evaluation
   * @throws CancellationException if the calling thread is interrupted
   */
  public Report finish(Part merged) {
    prepared();
    if (merged.plan != this) {
      throw new IllegalArgumentException("the part is of another evaluation");
    }
    merged.ready();
    return engine.report(new Source(merged));
  }

  /**
   * The number of an object of this evaluation that a census or a part may hold — a context an
   * accumulator was made with, the reference records, the evaluation itself — or empty for any
   * other object. The same evaluation made on another machine gives the same object the same
   * number.
   */
  public synchronized OptionalInt planObject(Object object) {
    Integer n = planObjects.get(object);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * The object of this evaluation with a number from {@link #planObject(Object)}.
   *
   * @throws IndexOutOfBoundsException if no object has the number
   */
  public synchronized Object planObject(int number) {
    return planObjectsByNumber.get(number);
  }

  private synchronized void number(Object object) {
    if (!planObjects.containsKey(object)) {
      planObjects.put(object, planObjectsByNumber.size());
      planObjectsByNumber.add(object);
    }
  }

  private Map<Scope, ScopedData.Sliced> prepared() {
    Map<Scope, ScopedData.Sliced> ready = sliced;
    if (ready == null) {
      throw new IllegalStateException("prepare the evaluation with the merged scope census first");
    }
    return ready;
  }

  /** The scopes a stream measures: the whole dataset first, then each slice when sliceable. */
  private int scopeCount(Stream stream) {
    return stream.sliced() ? 1 + slices.size() : 1;
  }

  /** Routes a chunk of events to the slices; the whole dataset's batch first, then each slice's. */
  private List<EventBatch> route(
      List<Attendance> attendance,
      List<Contribution> contributions,
      List<Payment> payments,
      List<SurveyResponse> surveyResponses) {
    EventBatch batch = resolver.batch(attendance, contributions, payments, surveyResponses);
    List<EventBatch> batches = new ArrayList<>(1 + slices.size());
    batches.add(batch);
    batches.addAll(ScopedData.eventsEach(references, batch, slices));
    return batches;
  }

  /** One streaming metric: the contexts of its accumulators, one per scope. */
  private final class Stream {
    final Planned planned;
    final boolean aggregate;
    final List<Object> contexts = new ArrayList<>();

    Stream(Planned planned, boolean aggregate) {
      this.planned = planned;
      this.aggregate = aggregate;
    }

    boolean sliced() {
      return !aggregate && planned.descriptor().sliceable();
    }

    /**
     * Makes the contexts: those the orchestrator gives the metric's calls (direct metrics, which
     * see no outcomes), or a context that answers as the call's once the outcomes are known
     * (aggregate metrics).
     */
    void contexts() {
      if (aggregate) {
        contexts.add(
            new StreamingContext(
                whole.withParameters(planned.parameters()), whole.referenceDate(), true));
      } else {
        contexts.add(
            whole
                .withInitiativeOutcomes(Map.of())
                .withParameters(planned.parameters())
                .withOutcomes(List.of()));
        if (sliced()) {
          for (Scope s : slices) {
            contexts.add(
                sliceBase
                    .withScope(Objects.requireNonNull(prepared().get(s)))
                    .withParameters(planned.parameters())
                    .withOutcomes(List.of()));
          }
        }
      }
      contexts.forEach(PartitionedEvaluation.this::number);
    }

    dev.copro.spi.EvaluationContext context(int scope) {
      return (dev.copro.spi.EvaluationContext) contexts.get(scope);
    }

    StreamingMetric metric() {
      return (StreamingMetric) planned.plugin().metric();
    }
  }

  /**
   * Turns one metric's accumulators into bytes and back, for moving a {@link Part} between machines
   * ({@link Part#write}, {@link #readPart}). The state it is given is an array of the metric's
   * accumulators, one per scope, some {@code null}; reading the bytes on another machine, where the
   * same evaluation was made, must give an equal array. The accumulators hold objects of the
   * evaluation (see {@link #planObject(Object)}), which the codec writes as their numbers. Its
   * calls run in the metric's isolated calls, so a state it cannot move fails that metric only —
   * and they may overlap: a call that ran past the time budget may still be running while the next
   * metric's starts, so a codec must be safe for concurrent calls.
   *
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public interface StateCodec {

    /** The bytes of one metric's accumulators. */
    byte[] write(Object state) throws Exception;

    /** The accumulators of bytes {@link #write} gave, on this machine or another. */
    Object read(byte[] bytes) throws Exception;
  }

  /**
   * What the events of one or more parts are: how many of each kind, the latest date on any of
   * them, and the first and last of the dates that place them in periods (payments' offers and
   * survey responses). Merges; plain values only.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class EventCensus {
    private long attendance;
    private long contributions;
    private long payments;
    private long surveyResponses;
    private @Nullable LocalDate latest;
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;

    private EventCensus() {}

    /** Takes in a chunk of events. */
    public void accept(
        List<Attendance> attendanceChunk,
        List<Contribution> contributionChunk,
        List<Payment> paymentChunk,
        List<SurveyResponse> surveyResponseChunk) {
      LatestDate dates = new LatestDate();
      attendance += attendanceChunk.size();
      contributions += contributionChunk.size();
      payments += paymentChunk.size();
      surveyResponses += surveyResponseChunk.size();
      contributionChunk.forEach(dates::contribution);
      for (Payment p : paymentChunk) {
        dates.payment(p);
        span(p.offered());
      }
      for (SurveyResponse r : surveyResponseChunk) {
        dates.surveyResponse(r);
        span(r.date());
      }
      if (dates.get().isAfter(LocalDate.EPOCH)) {
        latest = later(latest, dates.get());
      }
    }

    /** Takes in another census's events. */
    public void merge(EventCensus other) {
      attendance += other.attendance;
      contributions += other.contributions;
      payments += other.payments;
      surveyResponses += other.surveyResponses;
      if (other.latest != null) {
        latest = later(latest, other.latest);
      }
      if (other.first != null) {
        span(other.first);
      }
      if (other.last != null) {
        span(other.last);
      }
    }

    /** How many events of each kind, by collection name ({@code attendance}, …). */
    public Map<String, Long> counts() {
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(RecordKind.ATTENDANCE.collection(), attendance);
      counts.put(RecordKind.CONTRIBUTION.collection(), contributions);
      counts.put(RecordKind.PAYMENT.collection(), payments);
      counts.put(RecordKind.SURVEY_RESPONSE.collection(), surveyResponses);
      return counts;
    }

    private void span(LocalDate day) {
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    }

    private static LocalDate later(@Nullable LocalDate a, LocalDate b) {
      return a == null || b.isAfter(a) ? b : a;
    }
  }

  /**
   * Which activities and participants each slice's events refer to, and who has an attendance, a
   * contribution or a payment there, as bit sets over the dataset's positions. Merges (a union).
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class ScopeCensus {
    private final PartitionedEvaluation plan;
    private final BitSet[] activities;
    private final BitSet[] participants;
    private final BitSet[] people;

    private ScopeCensus(PartitionedEvaluation plan) {
      this.plan = plan;
      int n = plan.slices.size();
      activities = new BitSet[n];
      participants = new BitSet[n];
      people = new BitSet[n];
      for (int i = 0; i < n; i++) {
        activities[i] = new BitSet();
        participants[i] = new BitSet();
        people[i] = new BitSet();
      }
    }

    /** Takes in a chunk of events. */
    public void accept(
        List<Attendance> attendance,
        List<Contribution> contributions,
        List<Payment> payments,
        List<SurveyResponse> surveyResponses) {
      List<EventBatch> batches = plan.route(attendance, contributions, payments, surveyResponses);
      for (int i = 0; i < activities.length; i++) {
        EventBatch b = batches.get(i + 1);
        for (int r = 0; r < b.attendanceCount(); r++) {
          set(activities[i], b.attendanceActivity(r));
          set(people[i], b.attendanceParticipant(r));
        }
        for (int r = 0; r < b.contributionCount(); r++) {
          set(activities[i], b.contributionActivity(r));
          set(people[i], b.contributionParticipant(r));
        }
        for (int r = 0; r < b.paymentCount(); r++) {
          set(activities[i], b.paymentActivity(r));
          set(people[i], b.paymentParticipant(r));
        }
        participants[i].or(people[i]);
        for (int r = 0; r < b.surveyResponseCount(); r++) {
          set(participants[i], b.surveyResponseParticipant(r));
        }
      }
    }

    /**
     * Takes in another census of the same evaluation.
     *
     * @throws IllegalArgumentException if it is of another evaluation
     */
    public void merge(ScopeCensus other) {
      if (other.plan != plan) {
        throw new IllegalArgumentException("the census is of another evaluation");
      }
      for (int i = 0; i < activities.length; i++) {
        activities[i].or(other.activities[i]);
        participants[i].or(other.participants[i]);
        people[i].or(other.people[i]);
      }
    }

    private static void set(BitSet set, int position) {
      if (position >= 0) {
        set.set(position);
      }
    }
  }

  /**
   * The accumulators of every streaming metric, one per scope it is measured in, with the events of
   * one or more parts taken in; a metric whose call failed keeps only the failure. An accumulator
   * is made when its scope first has events in the part.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Part {
    private final PartitionedEvaluation plan;
    private final @Nullable Accumulator[][] accumulators;
    private final @Nullable String[] failures;

    private Part(PartitionedEvaluation plan) {
      this.plan = plan;
      accumulators = new Accumulator[plan.streams.size()][];
      failures = new String[plan.streams.size()];
      for (int i = 0; i < accumulators.length; i++) {
        accumulators[i] = new Accumulator[plan.scopeCount(plan.streams.get(i))];
      }
    }

    /**
     * Takes in a chunk of events: each metric takes the chunk's events in every scope it is
     * measured in, in one isolated call.
     *
     * @throws CancellationException if the calling thread is interrupted
     */
    public void accept(
        List<Attendance> attendance,
        List<Contribution> contributions,
        List<Payment> payments,
        List<SurveyResponse> surveyResponses) {
      List<EventBatch> batches = plan.route(attendance, contributions, payments, surveyResponses);
      eachLive(
          "taking in events",
          (i, stream, scoped) -> {
            for (int s = 0; s < scoped.length; s++) {
              EventBatch batch = batches.get(s);
              if (scoped[s] == null && isEmpty(batch)) {
                continue;
              }
              Accumulator accumulator = scoped[s];
              if (accumulator == null) {
                accumulator = open(stream, s);
                scoped[s] = accumulator;
              }
              accumulator.accept(batch);
            }
          });
    }

    /**
     * Takes in a later part's accumulators: each merged into this part's for the same metric and
     * scope, in one isolated call per metric; a failure in either part fails the metric, the first
     * one kept.
     *
     * @throws IllegalArgumentException if the part is of another evaluation
     * @throws CancellationException if the calling thread is interrupted
     */
    public void merge(Part later) {
      if (later.plan != plan) {
        throw new IllegalArgumentException("the part is of another evaluation");
      }
      for (int i = 0; i < accumulators.length; i++) {
        String failure = later.failures[i];
        if (failures[i] == null && failure != null) {
          fail(i, failure);
        }
      }
      eachLive(
          "merging its accumulators",
          (i, stream, mine) -> {
            @Nullable Accumulator[] theirs = later.accumulators[i];
            for (int s = 0; s < mine.length; s++) {
              Accumulator other = theirs[s];
              if (other == null) {
                continue;
              }
              Accumulator accumulator = mine[s];
              if (accumulator == null) {
                mine[s] = other;
              } else {
                accumulator.merge(other);
              }
            }
          });
    }

    /**
     * This part as bytes, for {@link PartitionedEvaluation#readPart} on another machine: each
     * metric's accumulators written by {@code codec} in one isolated call, or the metric's failure.
     * A metric whose accumulators cannot be written fails, here and in the bytes, alone and by
     * name; the part keeps the accumulators of the others.
     *
     * @throws CancellationException if the calling thread is interrupted
     */
    public byte[] write(StateCodec codec) {
      byte[][] states = new byte[accumulators.length][];
      eachLive(
          "writing its accumulators to move them to another part",
          (i, stream, scoped) -> states[i] = Objects.requireNonNull(codec.write(scoped)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(PART_FORMAT);
        out.writeInt(accumulators.length);
        for (int i = 0; i < accumulators.length; i++) {
          out.writeUTF(plan.streams.get(i).planned.id());
          String failure = failures[i];
          byte[] content =
              failure != null
                  ? failure.getBytes(StandardCharsets.UTF_8)
                  : Objects.requireNonNull(states[i]);
          out.writeInt(content.length);
          out.write(content);
          out.writeBoolean(failure != null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // not thrown by a byte array
      }
      return bytes.toByteArray();
    }

    /** The failure of a metric, or null. */
    @Nullable String failure(int stream) {
      return failures[stream];
    }

    /**
     * Readies the accumulators for their results: makes those of the scopes that had no events, and
     * hands each slice's the whole dataset's ({@link Accumulator#wholeRecord}); one isolated call
     * per metric.
     */
    void ready() {
      eachLive(
          "readying its results",
          (i, stream, scoped) -> {
            for (int s = 0; s < scoped.length; s++) {
              if (scoped[s] == null) {
                scoped[s] = open(stream, s);
              }
            }
            Accumulator whole = Objects.requireNonNull(scoped[0]);
            for (int s = 1; s < scoped.length; s++) {
              Objects.requireNonNull(scoped[s]).wholeRecord(whole);
            }
          });
    }

    /**
     * Calls {@code body} for each metric that has not failed, with its accumulators by scope, in
     * one isolated call per metric; a call that fails fails the metric.
     */
    private void eachLive(String doing, StreamCall body) {
      for (int i = 0; i < accumulators.length; i++) {
        if (failures[i] != null) {
          continue;
        }
        int index = i;
        Stream stream = plan.streams.get(i);
        @Nullable Accumulator[] scoped = accumulators[i];
        isolated(
            i,
            doing,
            () -> {
              body.call(index, stream, scoped);
              return null;
            });
      }
    }

    /** The result of a metric in a scope, once {@linkplain #ready() ready}. */
    Measurement result(int stream, int scope) {
      return Objects.requireNonNull(accumulators[stream][scope]).result();
    }

    private Accumulator open(Stream stream, int scope) {
      return Objects.requireNonNull(
          stream.metric().accumulator(stream.context(scope)),
          "returned null instead of an accumulator");
    }

    private void isolated(int stream, String doing, java.util.concurrent.Callable<?> body) {
      Planned planned = plan.streams.get(stream).planned;
      Isolation.Call<?> call;
      try {
        call = plan.engine.isolation().call(planned.id(), planned.plugin().loader(), body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while " + doing);
      }
      if (call.failure() != null) {
        fail(stream, call.failure() + " (in a partitioned evaluation, " + doing + ")");
      }
    }

    private void fail(int stream, String reason) {
      failures[stream] = reason;
      java.util.Arrays.fill(accumulators[stream], null);
    }

    private static boolean isEmpty(EventBatch batch) {
      return batch.attendanceCount() == 0
          && batch.contributionCount() == 0
          && batch.paymentCount() == 0
          && batch.surveyResponseCount() == 0;
    }
  }

  /** What a part does with one metric's accumulators, inside its isolated call. */
  @FunctionalInterface
  private interface StreamCall {
    void call(int index, Stream stream, @Nullable Accumulator[] scoped) throws Exception;
  }

  /** The records of the evaluation for the orchestrator: the merged part's accumulators. */
  private final class Source implements PhaseRunner.Source {
    private final Part merged;
    private final Map<String, Integer> streamIndex = new HashMap<>();

    Source(Part merged) {
      this.merged = merged;
      for (int i = 0; i < streams.size(); i++) {
        streamIndex.put(streams.get(i).planned.id(), i);
      }
    }

    @Override
    public List<Scope> slices() {
      return slices;
    }

    @Override
    public ScopedData.Sliced slice(Scope slice) {
      return Objects.requireNonNull(prepared().get(slice));
    }

    @Override
    public Optional<Measurement> notCalled(Planned metric) {
      return notStreamed.contains(metric)
          ? Optional.of(Measurement.noValue(NOT_PARTITIONED))
          : Optional.empty();
    }

    @Override
    public void prepare(PhaseRunner runner, Phases phases) {
      // The parts took the events in.
    }

    @Override
    public DatasetContext whole() {
      return whole;
    }

    @Override
    public Measure measure(Planned metric) {
      Integer index = streamIndex.get(metric.id());
      if (index == null) {
        return PhaseRunner.measureOf(metric);
      }
      int i = index;
      Stream stream = streams.get(i);
      return new Measure() {
        @Override
        public @Nullable Measurement measure(DatasetContext context) {
          int scope =
              context.scope().isAll() ? 0 : Objects.requireNonNull(scopeIndex.get(context.scope()));
          if (stream.aggregate) {
            ((StreamingContext) stream.context(0)).result(context);
          }
          return merged.result(i, scope);
        }

        @Override
        public @Nullable String failure() {
          return merged.failure(i);
        }
      };
    }

    @Override
    public Report.DatasetSummary summary() {
      Map<String, Long> counts =
          new LinkedHashMap<>(Report.DatasetSummary.of(references).records());
      counts.putAll(events.counts());
      return new Report.DatasetSummary(references.name(), counts);
    }

    @Override
    public List<String> warnings() {
      List<String> warnings = new ArrayList<>();
      long records =
          references.recordCount()
              + events.counts().values().stream().mapToLong(Long::longValue).sum();
      if (engine.configuration().periodUnit() != PeriodUnit.NONE
          && slices.stream().noneMatch(s -> s.period() != null)
          && records > 0) {
        warnings.add(Evaluation.NO_PERIODS);
      }
      if (!notStreamed.isEmpty()) {
        warnings.add(
            "metrics that need every record in memory were not evaluated, the events being split into parts: "
                + String.join(", ", notStreamed.stream().map(Planned::id).toList()));
      }
      return warnings;
    }
  }
}
