package dev.copro.spark;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PartitionedEvaluation;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What runs on the executors, partition by partition: reading and checking the partition's events,
 * the three passes of the evaluation, and the merging of their values ({@link OrderedMerge}). The
 * evaluation is made once per JVM and job, from the broadcast references, configuration and census,
 * and kept until the job is over.
 */
final class Executors {

  /** The evaluations of the jobs running in this JVM, the newest last; at most a few are kept. */
  private static final LinkedHashMap<String, Made> MADE = new LinkedHashMap<>();

  private static final int KEPT = 4;

  private Executors() {}

  /** A partition's problems, or, when it has none, its census of events. */
  record Checked(List<Problem> problems, PartitionedEvaluation.@Nullable EventCensus census) {}

  /** Pass 1: reads and checks the partition's events; counts them when they have no problem. */
  static Iterator<byte[]> census(CoproSpark.Job job, Iterator<CoproSpark.EventRow> rows) {
    List<Problem> problems = new ArrayList<>();
    PartitionedEvaluation.EventCensus census = null;
    try {
      Dataset events = read(job, rows);
      census = PartitionedEvaluation.census();
      census.accept(
          events.attendance(), events.contributions(), events.payments(), events.surveyResponses());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    PartCodec codec = new PartCodec(null, loader());
    return List.of(codec.write(new Checked(new ArrayList<>(problems), census))).iterator();
  }

  /** Pass 2: the partition's scope census. */
  static Iterator<byte[]> scopes(
      CoproSpark.Job job, byte[] census, Iterator<CoproSpark.EventRow> rows) {
    Made made = made(job, census);
    Dataset events = read(job, rows);
    PartitionedEvaluation.ScopeCensus scopes = made.evaluation().scopeCensus();
    scopes.accept(
        events.attendance(), events.contributions(), events.payments(), events.surveyResponses());
    return List.of(new PartCodec(made.evaluation(), loader()).write(scopes)).iterator();
  }

  /** Pass 3: the partition's part: every streaming metric's accumulators. */
  static Iterator<byte[]> part(
      CoproSpark.Job job, byte[] census, byte[] scopes, Iterator<CoproSpark.EventRow> rows) {
    Made made = made(job, census);
    PartCodec codec = new PartCodec(made.evaluation(), loader());
    made.prepare(codec, scopes);
    Dataset events = read(job, rows);
    PartitionedEvaluation.Part part = made.evaluation().part();
    part.accept(
        events.attendance(), events.contributions(), events.payments(), events.surveyResponses());
    return List.of(part.write(codec.states())).iterator();
  }

  /** Pass 1, merged: every partition's problems, and the census when no partition has any. */
  static byte[] mergeChecked(List<byte[]> inOrder) {
    PartCodec codec = new PartCodec(null, loader());
    List<Problem> problems = new ArrayList<>();
    PartitionedEvaluation.EventCensus census = PartitionedEvaluation.census();
    boolean counted = true;
    for (byte[] bytes : inOrder) {
      Checked checked = codec.read(bytes, Checked.class);
      problems.addAll(checked.problems());
      if (checked.census() == null) {
        counted = false;
      } else {
        census.merge(checked.census());
      }
    }
    return codec.write(new Checked(problems, counted ? census : null));
  }

  /** Pass 2, merged. */
  static byte[] mergeScopes(CoproSpark.Job job, byte[] census, List<byte[]> inOrder) {
    Made made = made(job, census);
    PartCodec codec = new PartCodec(made.evaluation(), loader());
    PartitionedEvaluation.ScopeCensus merged = made.evaluation().scopeCensus();
    for (byte[] bytes : inOrder) {
      merged.merge(codec.read(bytes, PartitionedEvaluation.ScopeCensus.class));
    }
    return codec.write(merged);
  }

  /** Pass 3, merged: the parts' accumulators, merged in order. */
  static byte[] mergeParts(CoproSpark.Job job, byte[] census, byte[] scopes, List<byte[]> inOrder) {
    Made made = made(job, census);
    PartCodec codec = new PartCodec(made.evaluation(), loader());
    made.prepare(codec, scopes);
    PartitionedEvaluation.StateCodec states = codec.states();
    PartitionedEvaluation.Part merged = made.evaluation().part();
    for (byte[] bytes : inOrder) {
      merged.merge(made.evaluation().readPart(bytes, states));
    }
    return merged.write(states);
  }

  /** Forgets a job's evaluation in this JVM and closes its engine. */
  static void forget(String key) {
    Made made;
    synchronized (MADE) {
      made = MADE.remove(key);
    }
    if (made != null) {
      made.engine().close();
    }
  }

  /**
   * The partition's rows read with the references, by the CSV form's rules.
   *
   * @throws InvalidInputException listing their problems, and those of the references
   */
  private static Dataset read(CoproSpark.Job job, Iterator<CoproSpark.EventRow> rows) {
    Map<String, List<List<String>>> byTable = new LinkedHashMap<>();
    job.headers().keySet().forEach(t -> byTable.put(t, new ArrayList<>()));
    rows.forEachRemaining(
        r -> Objects.requireNonNull(byTable.get(r.table()), r.table()).add(r.cells()));
    Map<String, TextTables.Table> tables = new LinkedHashMap<>();
    byTable.forEach(
        (table, cells) ->
            tables.put(
                table,
                new TextTables.Table(Objects.requireNonNull(job.headers().get(table)), cells)));
    // The candidates for adoption stood in for the contributions on the driver: not here.
    TextTables references = job.references().without(Set.of("contributions"));
    try {
      return references.with(tables).read();
    } catch (InvalidInputException e) {
      List<Problem> left = e.problems().stream().filter(p -> !adoptsElsewhere(p)).toList();
      if (left.isEmpty()) {
        // Decisions adopt contributions in other partitions only, checked on the driver.
        return references.without(Set.of("decisions", "votes")).with(tables).read();
      }
      throw new InvalidInputException(CoproSpark.WHAT, left);
    }
  }

  /** Whether a problem is a decision's adoption of a contribution this partition does not hold. */
  private static boolean adoptsElsewhere(Problem p) {
    return p.kind() == Problem.Kind.UNKNOWN_REFERENCE
        && p.location().source().equals("decisions")
        && p.location().toString().contains("adopts");
  }

  private static Made made(CoproSpark.Job job, byte[] census) {
    synchronized (MADE) {
      Made made = MADE.get(job.key());
      if (made == null) {
        Configuration configuration =
            Configuration.fromJson(
                new ByteArrayInputStream(job.configuration().getBytes(StandardCharsets.UTF_8)),
                "configuration");
        Copro engine = job.engines().builder().configuration(configuration).build();
        Dataset references = job.references().read().references();
        PartitionedEvaluation.EventCensus events =
            new PartCodec(null, loader()).read(census, PartitionedEvaluation.EventCensus.class);
        made = new Made(engine, engine.partitioned(references, events));
        MADE.put(job.key(), made);
        while (MADE.size() > KEPT) {
          String oldest = MADE.keySet().iterator().next();
          Objects.requireNonNull(MADE.remove(oldest)).engine().close();
        }
      }
      return made;
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Executors.class.getClassLoader();
  }

  /** A job's engine and evaluation in this JVM. */
  private static final class Made {
    private final Copro engine;
    private final PartitionedEvaluation evaluation;
    private boolean prepared;

    Made(Copro engine, PartitionedEvaluation evaluation) {
      this.engine = engine;
      this.evaluation = evaluation;
    }

    Copro engine() {
      return engine;
    }

    PartitionedEvaluation evaluation() {
      return evaluation;
    }

    /** Prepares the evaluation with the merged scope census, once. */
    synchronized void prepare(PartCodec codec, byte[] scopes) {
      if (!prepared) {
        evaluation.prepare(codec.read(scopes, PartitionedEvaluation.ScopeCensus.class));
        prepared = true;
      }
    }
  }
}
