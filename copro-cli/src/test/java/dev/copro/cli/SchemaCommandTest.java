package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.io.DatasetFormat;
import org.junit.jupiter.api.Test;

/** {@code copro schema}. */
class SchemaCommandTest {

  @Test
  void schema_printsTheDatasetSchema() {
    Cli.Run run = Cli.run("schema");

    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo(DatasetFormat.schema().strip());
    assertThat(run.out()).contains("\"copro-dataset/1\"").endsWith("}\n");
  }
}
