package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.PartitionedEvaluation;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PartCodec}: the values of the three passes, made by one evaluation (an executor's), go
 * through bytes into another made the same way (the driver's) — the parts one metric at a time,
 * deflated, through {@link PartCodec#states()} — and the report is the in-memory report byte for
 * byte — so the default metrics' accumulators, with every context and reference record they hold,
 * survive the trip.
 */
class PartCodecTest {

  private static final Configuration CONFIG = CoproSparkTest.CONFIG;
  private static final Copro DRIVER = Copro.builder().configuration(CONFIG).parallelism(1).build();
  private static final Copro EXECUTOR =
      Copro.builder().configuration(CONFIG).parallelism(1).build();

  @AfterAll
  static void close() {
    DRIVER.close();
    EXECUTOR.close();
  }

  @Test
  void read_partsWrittenByAnotherEvaluation_giveTheInMemoryReport() throws Exception {
    Dataset sample = SampleDatasets.northfield();
    Dataset references = sample.references();
    ClassLoader loader = getClass().getClassLoader();
    int count = 3;

    PartitionedEvaluation.EventCensus census = PartitionedEvaluation.census();
    for (int i = 0; i < count; i++) {
      PartitionedEvaluation.EventCensus own = PartitionedEvaluation.census();
      accept(own, sample, i, count);
      PartCodec plain = new PartCodec(null, loader);
      census.merge(plain.read(plain.write(own), PartitionedEvaluation.EventCensus.class));
    }
    PartitionedEvaluation driver = DRIVER.partitioned(references, census);
    PartitionedEvaluation executor = EXECUTOR.partitioned(references, census);
    PartCodec toDriver = new PartCodec(driver, loader);
    PartCodec fromExecutor = new PartCodec(executor, loader);

    PartitionedEvaluation.ScopeCensus scopes = driver.scopeCensus();
    for (int i = 0; i < count; i++) {
      PartitionedEvaluation.ScopeCensus own = executor.scopeCensus();
      own.accept(
          run(sample.attendance(), i, count),
          run(sample.contributions(), i, count),
          run(sample.payments(), i, count),
          run(sample.surveyResponses(), i, count));
      scopes.merge(toDriver.read(fromExecutor.write(own), PartitionedEvaluation.ScopeCensus.class));
    }
    driver.prepare(scopes);
    executor.prepare(
        fromExecutor.read(toDriver.write(scopes), PartitionedEvaluation.ScopeCensus.class));
    PartitionedEvaluation.Part merged = driver.part();
    for (int i = 0; i < count; i++) {
      PartitionedEvaluation.Part own = executor.part();
      own.accept(
          run(sample.attendance(), i, count),
          run(sample.contributions(), i, count),
          run(sample.payments(), i, count),
          run(sample.surveyResponses(), i, count));
      byte[] bytes = own.write(fromExecutor.states());
      if (i == 0) {
        assertConcurrentWritesGive(bytes, own, fromExecutor.states());
      }
      merged.merge(driver.readPart(bytes, toDriver.states()));
    }
    Report report = driver.finish(merged);

    assertThat(report.metrics()).allSatisfy(m -> assertThat(m.failure()).as(m.id()).isNull());
    assertThat(ReportJson.toJson(report)).isEqualTo(ReportJson.toJson(DRIVER.evaluate(sample)));
  }

  /**
   * One states codec used by several threads at once — as when a call that ran past its time budget
   * is still writing while the next metric's starts — writes the same bytes as alone.
   */
  private static void assertConcurrentWritesGive(
      byte[] alone, PartitionedEvaluation.Part part, PartitionedEvaluation.StateCodec codec)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> writes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        writes.add(threads.submit(() -> part.write(codec)));
      }
      for (Future<byte[]> write : writes) {
        assertThat(write.get()).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static void accept(
      PartitionedEvaluation.EventCensus census, Dataset sample, int i, int count) {
    census.accept(
        run(sample.attendance(), i, count),
        run(sample.contributions(), i, count),
        run(sample.payments(), i, count),
        run(sample.surveyResponses(), i, count));
  }

  private static <T> List<T> run(List<T> records, int i, int count) {
    return records.subList(records.size() * i / count, records.size() * (i + 1) / count);
  }
}
