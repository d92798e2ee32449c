package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copro validate} end to end. */
class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void validate_validJsonAndCsv_saysOkForEach() {
    Cli.run("init", dir.toString());

    Cli.Run run =
        Cli.run("validate", dir.resolve("dataset.json").toString(), dir.resolve("csv").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "ok: " + dir.resolve("dataset.json") + ": 76 records",
            "ok: " + dir.resolve("csv") + ": 76 records");
  }

  @Test
  void validate_problems_listsEveryOneWithItsLocationAndExits2() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {
          "format": "copro-dataset/1",
          "participants": [
            {"id": "p1", "perspective": "lived-experience", "colour": "blue"},
            {"id": "p2", "perspective": "alien"}
          ],
          "attendance": [
            {"activity": "a9", "participant": "p1", "attended": true}
          ]
        }
        """);
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csv.resolve("participants.csv"), "id,perspective\np1,carer\np1,carer\n");

    Cli.Run run = Cli.run("validate", bad.toString(), csv.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out())
        .contains("copro: dataset bad.json has 3 problems:\n")
        .contains("copro: dataset " + csv + " has 1 problem:\n")
        .containsPattern("\n  bad\\.json:4:[0-9]+ /participants/0/colour \\[p1\\]: ")
        .containsPattern("\n  bad\\.json:5:[0-9]+ /participants/1/perspective \\[p2\\]: ")
        .containsPattern("\n  bad\\.json:8:[0-9]+ /attendance/0/activity.*: ")
        .containsPattern("\n  participants\\.csv:3.*\\[p1\\]: ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_withConfiguration_checksItAgainstThePlugins() throws IOException {
    Cli.run("init", dir.toString());
    Path config = dir.resolve("copro-config.json");
    Path wrong = dir.resolve("wrong.json");
    Files.writeString(
        wrong, "{\"format\": \"copro-config/1\", \"disabled\": [\"copro.voice.equalty\"]}");

    Cli.Run good =
        Cli.run("validate", dir.resolve("dataset.json").toString(), "--config", config.toString());
    Cli.Run bad =
        Cli.run("validate", dir.resolve("dataset.json").toString(), "--config", wrong.toString());

    assertThat(good.code()).isZero();
    assertThat(good.out()).startsWith("ok: " + config + ": ");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out())
        .contains("wrong.json:1:")
        .contains("copro.voice.equalty")
        .contains("ok: " + dir.resolve("dataset.json"));
  }

  @Test
  void validate_noDataset_isAUsageError() {
    Cli.Run run = Cli.run("validate");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter").contains("DATASET");
  }
}
