package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.io.DatasetReader;
import dev.copro.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copro init} end to end. */
class InitCommandTest {

  @TempDir Path dir;

  @Test
  void init_writesTheStarterAsJsonAndCsvAndTheDefaultConfiguration() throws IOException {
    Path target = dir.resolve("new").resolve("project");

    Cli.Run run = Cli.run("init", target.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "copro evaluate "
                + target.resolve("dataset.json")
                + " --config "
                + target.resolve("copro-config.json"));
    Dataset json = DatasetReader.read(target.resolve("dataset.json"));
    Dataset csv = DatasetReader.read(target.resolve("csv"));
    assertThat(json.recordCount()).isEqualTo(InitCommand.starter().recordCount());
    assertThat(csv.recordCount()).isEqualTo(json.recordCount());
    assertThat(csv.participants()).isEqualTo(json.participants());
    assertThat(csv.attendance()).isEqualTo(json.attendance());
    try (InputStream in = Files.newInputStream(target.resolve("copro-config.json"))) {
      assertThat(Configuration.fromJson(in, "copro-config.json"))
          .isEqualTo(Configuration.defaults());
    }
  }

  @Test
  void init_starter_coversEveryKindOfRecord() {
    Dataset starter = InitCommand.starter();

    assertThat(starter.initiatives()).hasSize(1);
    assertThat(starter.participants()).hasSize(8);
    assertThat(starter.activities()).hasSize(3);
    assertThat(starter.attendance()).hasSize(24);
    assertThat(starter.contributions()).hasSize(6);
    assertThat(starter.decisions()).hasSize(2);
    assertThat(starter.payments()).hasSize(15);
    assertThat(starter.surveys()).hasSize(1);
    assertThat(starter.surveyResponses()).hasSize(16);
  }

  @Test
  void init_existingFiles_areKeptUnlessForced() throws IOException {
    Cli.run("init", dir.toString());
    Files.writeString(dir.resolve("copro-config.json"), "mine");

    Cli.Run refused = Cli.run("init", dir.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("not replacing what exists: " + dir.resolve("dataset.json"))
        .contains("--force");
    assertThat(Files.readString(dir.resolve("copro-config.json"))).isEqualTo("mine");

    Cli.Run forced = Cli.run("init", "--force", dir.toString());

    assertThat(forced.code()).isZero();
    assertThat(Files.readString(dir.resolve("copro-config.json")))
        .isEqualTo(Configuration.defaults().toJson());
  }

  @Test
  void init_thenEvaluate_works() {
    Cli.run("init", dir.toString());

    Cli.Run run =
        Cli.run(
            "evaluate",
            dir.resolve("dataset.json").toString(),
            "--config",
            dir.resolve("copro-config.json").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("copro report: Starter dataset: replace with your own records\n");
  }
}
