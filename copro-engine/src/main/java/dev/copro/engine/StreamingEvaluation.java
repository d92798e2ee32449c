package dev.copro.engine;

import dev.copro.engine.PhaseRunner.Measure;
import dev.copro.engine.PhaseRunner.Phases;
import dev.copro.engine.PhaseRunner.Planned;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Payment;
import dev.copro.model.RecordKind;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.spi.Accumulator;
import dev.copro.spi.EventBatch;
import dev.copro.spi.Measurement;
import dev.copro.spi.Phase;
import dev.copro.spi.Scope;
import dev.copro.spi.StreamingMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The records of an evaluation of a {@link StreamedDataset}, for the {@link PhaseRunner}: the event
 * records pass once, in chunks, through the accumulators of every {@link StreamingMetric} while the
 * runner {@linkplain #prepare prepares}; the other direct metrics are not called; then the runner
 * measures each streaming metric with its merged accumulator's result, and aggregate metrics and
 * rules run as in memory, over the outcomes and the reference records. There are no slices.
 *
 * <p>The reading thread (the caller's, inside {@link StreamedDataset#stream}) gathers events into
 * chunks of {@value #CHUNK_SIZE} and hands each chunk to every live metric as one isolated call per
 * metric, on the worker threads, then reads on. Each metric has {@value #LANES} accumulators, and
 * chunks are dealt to them in turn (chunk k to accumulator k mod {@value #LANES}), so that two
 * chunks of one metric can be taken in at once; a chunk waits until its accumulator has finished
 * the chunk before it. At most {@value #LANES} chunks are being taken in and one filled at any
 * time: memory holds those events and the accumulators' state, never the whole stream. After the
 * last event each metric's accumulators are merged (an isolated call); the runner's call for the
 * metric's result, in the metric's phase, asks the merged one for it.
 *
 * <p>The number of accumulators is fixed, not the parallelism, so the chunks each accumulator sees
 * and the order of merges are the same whatever the parallelism: a metric that keeps to the {@link
 * Accumulator} contract gives the same result however many threads run. A metric whose call throws,
 * returns nothing or runs past the time budget fails by name and receives no further chunks; the
 * failure reported is the one in the earliest chunk, whatever order the calls finish in.
 */
final class StreamingEvaluation implements PhaseRunner.Source {

  /** Events per chunk: large enough that an isolated call's overhead is small beside its work. */
  static final int CHUNK_SIZE = 8192;

  /** Accumulators per metric. */
  static final int LANES = 2;

  /** The reason given for the direct metrics that do not stream. */
  static final String NOT_STREAMED =
      "needs every record in memory; not evaluated on the streaming path";

  private final StreamedDataset data;
  private final Dataset references;
  private final Configuration config;

  /**
   * The context over the reference records, as of the configured reference date if there is one.
   */
  private final DatasetContext base;

  private final Map<String, StreamRun> streams = new HashMap<>();
  private final List<StreamRun> runs = new ArrayList<>();
  private final List<Planned> notStreamed = new ArrayList<>();
  private @Nullable Pass pass;

  StreamingEvaluation(StreamedDataset data, Configuration config) {
    this.data = data;
    this.references = data.references();
    this.config = config;
    this.base =
        DatasetContext.builder(references)
            .bloc(config.bloc())
            .dimensions(config.breakdowns())
            .referenceDate(config.referenceDate().orElse(null))
            .build();
  }

  @Override
  public List<Scope> slices() {
    return List.of();
  }

  @Override
  public ScopedData.Sliced slice(Scope slice) {
    throw new IllegalArgumentException("the streaming path has no slices: " + slice.label());
  }

  @Override
  public Optional<Measurement> notCalled(Planned metric) {
    return metric.descriptor().phase() == Phase.DIRECT
            && !(metric.plugin().metric() instanceof StreamingMetric)
        ? Optional.of(Measurement.noValue(NOT_STREAMED))
        : Optional.empty();
  }

  /**
   * Makes every streaming metric's accumulators, streams the events through them and merges them.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the stream found invalid records
   */
  @Override
  public void prepare(PhaseRunner runner, Phases phases) throws InterruptedException {
    for (Planned p : phases.direct()) {
      if (p.plugin().metric() instanceof StreamingMetric) {
        runs.add(
            new StreamRun(
                runner,
                p,
                new StreamingContext(
                    base.withParameters(p.parameters()),
                    config.referenceDate().orElse(null),
                    false)));
      } else {
        notStreamed.add(p);
      }
    }
    for (Planned p : phases.aggregate()) {
      if (p.plugin().metric() instanceof StreamingMetric) {
        runs.add(
            new StreamRun(
                runner,
                p,
                new StreamingContext(
                    base.withParameters(p.parameters()),
                    config.referenceDate().orElse(null),
                    true)));
      }
    }
    runs.forEach(run -> streams.put(run.planned.id(), run));
    runner.runAll(tasks(runs, StreamRun::open));
    Pass done = new Pass(runner, runs);
    done.run();
    pass = done;
    runner.runAll(tasks(runs, StreamRun::merge));
  }

  /**
   * The reference records as of the configured reference date or, unless configured, the latest
   * date of any record.
   */
  @Override
  public DatasetContext whole() {
    return base.withReferenceDate(
        config.referenceDate().orElse(Objects.requireNonNull(pass).latest.get()));
  }

  /**
   * A streaming metric's merged accumulator gives its result, or the failure while its events
   * streamed; an aggregate metric that does not stream measures as in memory.
   */
  @Override
  public Measure measure(Planned metric) {
    StreamRun run = streams.get(metric.id());
    if (run == null) {
      return PhaseRunner.measureOf(metric);
    }
    return new Measure() {
      @Override
      public @Nullable Measurement measure(DatasetContext context) {
        return run.result(context);
      }

      @Override
      public @Nullable String failure() {
        return run.failure();
      }
    };
  }

  private static List<Callable<Void>> tasks(List<StreamRun> runs, Step step) {
    return runs.stream()
        .<Callable<Void>>map(
            run ->
                () -> {
                  step.on(run);
                  return null;
                })
        .toList();
  }

  /** One stage of every metric's run, such as opening its accumulators. */
  @FunctionalInterface
  private interface Step {
    void on(StreamRun run) throws InterruptedException;
  }

  /** The reference records' counts, and the events' as they streamed. */
  @Override
  public Report.DatasetSummary summary() {
    Pass done = Objects.requireNonNull(pass);
    Map<String, Long> counts = new LinkedHashMap<>(Report.DatasetSummary.of(references).records());
    counts.put(RecordKind.ATTENDANCE.collection(), done.attendance);
    counts.put(RecordKind.CONTRIBUTION.collection(), done.contributions);
    counts.put(RecordKind.PAYMENT.collection(), done.payments);
    counts.put(RecordKind.SURVEY_RESPONSE.collection(), done.surveyResponses);
    return new Report.DatasetSummary(references.name(), counts);
  }

  @Override
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (runs.stream().anyMatch(r -> !r.aggregate() && r.planned.descriptor().sliceable())) {
      warnings.add(
          "the dataset was evaluated as a stream of events, so metrics were not evaluated per initiative or"
              + " per period: there are no initiative or period breakdowns");
    }
    if (!notStreamed.isEmpty()) {
      warnings.add(
          "metrics that need every record in memory were not evaluated on the streaming path: "
              + String.join(", ", notStreamed.stream().map(Planned::id).toList()));
    }
    return warnings;
  }

  /** One streaming metric: its accumulators, the chunks they take in, and the first failure. */
  private static final class StreamRun {
    private final PhaseRunner runner;
    private final Planned planned;
    private final StreamingContext context;
    private final @Nullable Accumulator[] lanes = new Accumulator[LANES];

    /**
     * The chunk at which it failed (-1 while opening, {@link Integer#MAX_VALUE} - 1 while merging).
     */
    private int failedAt = Integer.MAX_VALUE;

    private @Nullable String failure;

    StreamRun(PhaseRunner runner, Planned planned, StreamingContext context) {
      this.runner = runner;
      this.planned = planned;
      this.context = context;
    }

    boolean aggregate() {
      return planned.descriptor().phase() == Phase.AGGREGATE;
    }

    /** Makes the accumulators, one isolated call each. */
    void open() throws InterruptedException {
      StreamingMetric metric = (StreamingMetric) planned.plugin().metric();
      for (int lane = 0; lane < LANES; lane++) {
        Isolation.Call<Accumulator> call =
            runner.isolated(planned, () -> metric.accumulator(context));
        String problem =
            call.failure() != null
                ? call.failure()
                : call.value() == null ? "returned null instead of an accumulator" : null;
        if (problem != null) {
          fail(-1, problem, "making its accumulator");
          return;
        }
        lanes[lane] = call.value();
      }
    }

    /**
     * Hands a chunk to its accumulator in one isolated call, unless the metric failed at an earlier
     * chunk.
     */
    void take(int chunk, Chunk records) throws InterruptedException {
      Accumulator accumulator = lanes[chunk % LANES];
      if (accumulator == null || failedBefore(chunk)) {
        return;
      }
      EventBatch batch = records.batch();
      Isolation.Call<Void> call =
          runner.isolated(
              planned,
              () -> {
                accumulator.accept(batch);
                return null;
              });
      if (call.failure() != null) {
        fail(chunk, call.failure(), "taking in events");
      }
    }

    /** Merges the other accumulators into the first, in one isolated call. */
    void merge() throws InterruptedException {
      if (failure() != null) {
        return;
      }
      Accumulator first = Objects.requireNonNull(lanes[0]);
      Isolation.Call<Void> call =
          runner.isolated(
              planned,
              () -> {
                for (int lane = 1; lane < LANES; lane++) {
                  first.merge(Objects.requireNonNull(lanes[lane]));
                }
                return null;
              });
      if (call.failure() != null) {
        fail(Integer.MAX_VALUE - 1, call.failure(), "merging its accumulators");
      }
    }

    /**
     * The merged accumulator's result, its context now answering as {@code context} does; called
     * inside the runner's isolated call.
     */
    @Nullable Measurement result(DatasetContext context) {
      this.context.result(context);
      return Objects.requireNonNull(lanes[0]).result();
    }

    private synchronized boolean failedBefore(int chunk) {
      return failedAt < chunk;
    }

    private synchronized void fail(int at, String reason, String doing) {
      if (at < failedAt) {
        failedAt = at;
        failure = reason + " (on the streaming path, " + doing + ")";
      }
    }

    synchronized @Nullable String failure() {
      return failure;
    }
  }

  /**
   * The events of one chunk, by kind, and their batch: its references are resolved once, by the
   * first metric to take the chunk in, outside that metric's isolated call, and every metric reads
   * the same batch.
   */
  private static final class Chunk {
    private final EventBatch.Resolver resolver;
    final List<Attendance> attendance = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<SurveyResponse> surveyResponses = new ArrayList<>();
    private @Nullable EventBatch batch;

    Chunk(EventBatch.Resolver resolver) {
      this.resolver = resolver;
    }

    int size() {
      return attendance.size() + contributions.size() + payments.size() + surveyResponses.size();
    }

    synchronized EventBatch batch() {
      EventBatch made = batch;
      if (made == null) {
        made = resolver.batch(attendance, contributions, payments, surveyResponses);
        batch = made;
      }
      return made;
    }
  }

  /**
   * The pass over the events, on the reading thread: counts them, finds the latest date, gathers
   * them into chunks and hands each full chunk to the metrics.
   */
  private final class Pass implements RecordSink {
    private final PhaseRunner runner;
    private final List<StreamRun> runs;
    private final LatestDate latest = new LatestDate();
    private final List<List<Future<Void>>> inFlight = new ArrayList<>();
    private final EventBatch.Resolver resolver = DatasetContext.resolver(base);
    private Chunk chunk = new Chunk(resolver);
    private int chunks;
    long attendance;
    long contributions;
    long payments;
    long surveyResponses;

    Pass(PhaseRunner runner, List<StreamRun> runs) {
      this.runner = runner;
      this.runs = runs;
      for (int lane = 0; lane < LANES; lane++) {
        inFlight.add(List.of());
      }
    }

    /** Streams every event through the metrics and waits until they have all been taken in. */
    void run() throws InterruptedException {
      latest.references(references);
      try {
        data.stream(this);
        dispatch();
      } catch (Interrupted e) {
        throw e.interruption;
      }
      for (List<Future<Void>> lane : inFlight) {
        PhaseRunner.awaitAll(lane);
      }
    }

    @Override
    public void attendance(Attendance record) {
      attendance++;
      chunk.attendance.add(record);
      added();
    }

    @Override
    public void contribution(Contribution record) {
      contributions++;
      latest.contribution(record);
      chunk.contributions.add(record);
      added();
    }

    @Override
    public void payment(Payment record) {
      payments++;
      latest.payment(record);
      chunk.payments.add(record);
      added();
    }

    @Override
    public void surveyResponse(SurveyResponse record) {
      surveyResponses++;
      latest.surveyResponse(record);
      chunk.surveyResponses.add(record);
      added();
    }

    private void added() {
      if (chunk.size() == CHUNK_SIZE) {
        try {
          dispatch();
        } catch (InterruptedException e) {
          throw new Interrupted(e);
        }
      }
    }

    /**
     * Hands the chunk gathered so far to every metric, once its lane has finished the chunk before.
     */
    private void dispatch() throws InterruptedException {
      if (chunk.size() == 0) {
        return;
      }
      int lane = chunks % LANES;
      PhaseRunner.awaitAll(inFlight.get(lane));
      Chunk records = chunk;
      int index = chunks;
      List<Future<Void>> futures = new ArrayList<>(runs.size());
      for (StreamRun run : runs) {
        futures.add(
            runner
                .workers()
                .submit(
                    () -> {
                      run.take(index, records);
                      return null;
                    }));
      }
      inFlight.set(lane, futures);
      chunks++;
      chunk = new Chunk(resolver);
    }
  }

  /** Carries an interruption out of the reader, whose sink methods cannot throw it. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InterruptedException interruption;

    Interrupted(InterruptedException interruption) {
      super(interruption);
      this.interruption = interruption;
    }
  }
}
