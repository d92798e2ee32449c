package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.sample.SampleGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code copro.jar} run as a user runs it, {@code java -jar copro.jar …}, in a process
 * of its own: the shaded jar starts, finds the default metrics through the merged services files,
 * reads the bundled sample, loads plugin jars, and exits with the documented codes.
 */
class CoproJarIT {

  @TempDir Path dir;

  /** What a process printed and returned. */
  private record Process(int code, String out, String err) {}

  private Process copro(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  /** Runs {@code java JVM_OPTIONS -jar copro.jar ARGS}. */
  private Process java(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    String jar = System.getProperty("copro.jar");
    // Failsafe sets it once the jar is packaged; a surefire run picked by -Dtest comes before that.
    assumeTrue(jar != null, "copro.jar is packaged after the unit tests; failsafe runs this test");
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    java.lang.Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          "copro " + String.join(" ", args) + " did not finish in two minutes");
    }
    return new Process(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void version() throws Exception {
    Process run = copro("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("copro " + VersionProvider.version() + "\n");
  }

  @Test
  void evaluate_sampleAsJson_hasTheDefaultMetrics() throws Exception {
    Process run = copro("evaluate", "--format", "json");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    Report report =
        ReportJson.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(report.dataset().name()).isEqualTo(SampleGenerator.NAME);
    assertThat(report.metrics())
        .extracting(Report.MetricResult::id)
        .contains(
            "copro.scorecard.principles",
            "copro.ladder.tlap",
            "copro.tokenism.warning-signs",
            "copro.voice.equality");
    assertThat(report.pluginFailures()).isEmpty();
  }

  @Test
  void evaluate_htmlToAFile() throws Exception {
    Process run = copro("evaluate", "--format", "html", "--out", "report.html");

    assertThat(run.code()).isZero();
    assertThat(Files.readString(dir.resolve("report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg ");
  }

  @Test
  void evaluate_missingDataset_exits2WithoutAStackTrace() throws Exception {
    Process run = copro("evaluate", "missing.json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("missing.json: There is no file")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void evaluate_heapRunsOutWhileReading_exits5SayingHowMuchToGive_noStackTrace() throws Exception {
    // 600,000 attendance records, 45 MB of JSON Lines: read into memory they take several times the
    // 32 MB heap,
    // so the heap runs out while reading, before the estimate can be made.
    Path file = dir.resolve("big.jsonl");
    try (java.io.BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("{\"format\": \"copro-dataset/1\"}\n");
      out.write(
          "{\"record\": \"initiative\", \"id\": \"i\", \"name\": \"I\", \"start\": \"2024-01-01\"}\n");
      for (int p = 0; p < 600; p++) {
        out.write(
            "{\"record\": \"participant\", \"id\": \"p-" + p + "\", \"perspective\": \"carer\"}\n");
      }
      for (int a = 0; a < 1000; a++) {
        out.write(
            "{\"record\": \"activity\", \"id\": \"a-"
                + a
                + "\", \"initiative\": \"i\", \"type\": \"meeting\","
                + " \"stage\": \"design\", \"date\": \"2024-02-01\"}\n");
        for (int p = 0; p < 600; p++) {
          out.write(
              "{\"record\": \"attendance\", \"activity\": \"a-"
                  + a
                  + "\", \"participant\": \"p-"
                  + p
                  + "\", \"attended\": true}\n");
        }
      }
    }

    Process run =
        java(
            List.of("-Xmx32m"),
            "evaluate",
            "big.jsonl",
            "--streaming",
            "never",
            "--format",
            "json");

    assertThat(run.code()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("copro: ran out of memory while reading big.jsonl: this Java may use at most ")
        .contains(
            "Give it more memory, twice as much or more: java -Xmx64m -jar copro.jar",
            "JAVA_TOOL_OPTIONS=-Xmx64m",
            "--streaming always would help")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void init_thenTheWorkbookValidatesAndEvaluates() throws Exception {
    Process init = copro("init", "project");
    Process validate = copro("validate", "project/dataset.xlsx");
    Process evaluate = copro("evaluate", "project/dataset.xlsx", "--format", "json");

    assertThat(init.code()).isZero();
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).contains("ok: project/dataset.xlsx: 76 records");
    assertThat(evaluate.code()).isZero();
    assertThat(evaluate.err()).isEmpty();
  }

  @Test
  void evaluate_csvFolder_readsWithTheJarsOwnClasses() throws Exception {
    // The CSV reader needs classes of jackson-databind at run time, which a test scope once
    // kept out of the jar while every in-process test still found them.
    dev.copro.io.DatasetWriter.writeCsv(
        dev.copro.sample.SampleDatasets.northfield(), dir.resolve("tables"));

    Process validate = copro("validate", "tables");
    Process evaluate = copro("evaluate", "tables", "--format", "json");

    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(evaluate.code()).as(evaluate.err()).isZero();
    assertThat(evaluate.err()).isEmpty();
    assertThat(evaluate.out()).contains("\"copro.tokenism.warning-signs\"");
  }

  @Test
  void validate_postgresqlUrl_findsTheDriverInTheJar() throws Exception {
    Process run = copro("validate", "jdbc:postgresql://localhost:1/copro");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot read the database jdbc:postgresql://localhost:1/copro: ")
        .doesNotContain("no JDBC driver", "\tat ");
  }

  @Test
  void metrics_findsAPluginJarInItsOwnClassLoader() throws Exception {
    Path jar = PluginJars.meetingCount(dir.resolve("plugins"));

    Process run = copro("metrics", "--plugins", "plugins");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern(
            "\nacme\\.meeting-count +metric .*"
                + java.util.regex.Pattern.quote(jar.getFileName().toString())
                + "\n");
  }
}
