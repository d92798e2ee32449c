package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.engine.PartitionedEvaluation;
import dev.copro.engine.Report;
import dev.copro.io.DatasetWriter;
import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Metric;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars shipped with the job ({@code --files}, here {@code SparkContext.addFile}) and loaded
 * on the driver and the executors through class loaders of their own: a streaming metric compiled
 * during the test, whose classes exist only inside its jar, is evaluated over partitions, its
 * accumulators moved between them by Kryo through the jar's loader; a metric of the same jar that
 * does not stream has no value, and the job says so on standard error.
 */
class ShippedPluginsTest {

  private static final String JAR = "acme-shipped.jar";
  private static final String ID = "acme.shipped.attendance-count";
  private static final String WHOLE_ID = "acme.shipped.activity-count";

  @TempDir static Path work;

  private static final SparkSession spark = SparkTables.session();

  @BeforeAll
  static void ship() throws Exception {
    spark.sparkContext().addFile(jar(work).toString());
  }

  @Test
  void evaluate_shippedPluginJar_evaluatedThroughItsOwnLoaderOverPartitions() {
    Dataset sample = SampleDatasets.northfield();

    Report report =
        CoproSpark.evaluate(
            spark,
            SparkTables.tables(
                spark, SparkTables.text(sample), 3, new Random(7), UnaryOperator.identity()),
            CoproSparkTest.CONFIG,
            CoproSpark.Engines.shippedPluginJars(JAR));

    Report.MetricResult shipped = report.metric(ID).orElseThrow();
    assertThat(shipped.failure()).isNull();
    assertThat(shipped.status()).isEqualTo(Report.Status.OK);
    assertThat(shipped.measurement().value()).isEqualTo((double) sample.attendance().size());
    assertThatThrownBy(() -> Class.forName("org.acme.ShippedCount"))
        .as("the metric's class is only in its jar")
        .isInstanceOf(ClassNotFoundException.class);
    Report.MetricResult whole = report.metric(WHOLE_ID).orElseThrow();
    assertThat(whole.status()).isEqualTo(Report.Status.NO_VALUE);
    assertThat(whole.measurement().noValueReason())
        .isEqualTo(PartitionedEvaluation.NOT_PARTITIONED);
  }

  @Test
  void job_shippedPluginThatDoesNotStream_warnedOnStandardError() throws IOException {
    Path csv = work.resolve("sample-csv");
    DatasetWriter.writeCsv(SampleDatasets.northfield(), csv);
    SparkTables.JobRun run =
        SparkTables.job(
            spark,
            "--tables",
            csv.toString(),
            "--input-format",
            "csv",
            "--plugin-jar",
            JAR,
            "--out",
            work.resolve("report.json").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "copro-spark: warning: metrics that need every record in memory were not evaluated,"
                + " the events being split into parts: "
                + WHOLE_ID);
  }

  @Test
  void engines_pluginJarNamedByAPath_refused() {
    assertThatThrownBy(() -> CoproSpark.Engines.shippedPluginJars("plugins/acme.jar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("by its file name");
  }

  @Test
  void job_pluginJarNotShipped_isABadCommandLineNamingIt() {
    SparkTables.JobRun run =
        SparkTables.job(
            spark,
            "--tables",
            work.toString(),
            "--plugin-jar",
            "never-shipped.jar",
            "--out",
            work.resolve("report.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("never-shipped.jar was not shipped with the job");
  }

  /**
   * Compiles a streaming metric that counts attendance records, with its accumulator a class of its
   * own, against the SPI, and packs it in a jar that registers it.
   */
  private static Path jar(Path dir) throws IOException, URISyntaxException {
    Path sources = Files.createDirectories(dir.resolve("src/org/acme"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path source = sources.resolve("ShippedCount.java");
    Files.writeString(
        source,
        """
        package org.acme;

        import dev.copro.model.Attendance;
        import dev.copro.spi.Accumulator;
        import dev.copro.spi.Descriptor;
        import dev.copro.spi.EvaluationContext;
        import dev.copro.spi.Measurement;
        import dev.copro.spi.StreamingMetric;
        import dev.copro.spi.Unit;
        import dev.copro.spi.ValueRange;

        public class ShippedCount implements StreamingMetric {
          @Override
          public Descriptor descriptor() {
            return Descriptor.builder("%s").unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE).build();
          }

          @Override
          public Accumulator accumulator(EvaluationContext context) {
            return new Counter();
          }

          static final class Counter implements Accumulator {
            private long count;

            @Override
            public void attendance(Attendance record) {
              count++;
            }

            @Override
            public void merge(Accumulator other) {
              count += ((Counter) other).count;
            }

            @Override
            public Measurement result() {
              return Measurement.of(count, count).build();
            }
          }
        }
        """
            .formatted(ID));
    StringBuilder classPath = new StringBuilder();
    for (Class<?> type : new Class<?>[] {Metric.class, Dataset.class, API.class, Nullable.class}) {
      if (classPath.length() > 0) {
        classPath.append(File.pathSeparator);
      }
      classPath.append(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    Path whole = sources.resolve("WholeCount.java");
    Files.writeString(
        whole,
        """
        package org.acme;

        import dev.copro.spi.Descriptor;
        import dev.copro.spi.EvaluationContext;
        import dev.copro.spi.Measurement;
        import dev.copro.spi.Metric;
        import dev.copro.spi.Unit;
        import dev.copro.spi.ValueRange;

        public class WholeCount implements Metric {
          @Override
          public Descriptor descriptor() {
            return Descriptor.builder("%s").unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE).build();
          }

          @Override
          public Measurement measure(EvaluationContext context) {
            return Measurement.of(context.activities().size(), context.activities().size()).build();
          }
        }
        """
            .formatted(WHOLE_ID));
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-proc:none",
                "-cp",
                classPath.toString(),
                "-d",
                classes.toString(),
                source.toString(),
                whole.toString());
    assertThat(status).as("compiling the plugin").isZero();

    Path jar = dir.resolve(JAR);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      try (Stream<Path> compiled = Files.walk(classes)) {
        for (Path c : compiled.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
          out.write(Files.readAllBytes(c));
          out.closeEntry();
        }
      }
      out.putNextEntry(new JarEntry("META-INF/services/dev.copro.spi.Metric"));
      out.write("org.acme.ShippedCount\norg.acme.WholeCount\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
