package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Measurement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {

  record Pair(String name, Measurement measurement) {}

  @Test
  void between_records_namesEachDifferingComponentByPath() {
    Pair first = new Pair("a", Measurement.of(0.5, 4).warning("w").build());
    Pair second = new Pair("a", Measurement.of(0.75, 4).build());

    assertThat(Differences.between(first, second))
        .isEqualTo("measurement.value: 0.5, then 0.75; measurement.warnings: [w], then []");
  }

  @Test
  void between_manyDifferences_showsThreeAndCountsTheRest() {
    Measurement first = Measurement.of(1, 1).component("a", 1).warning("w").build();
    Measurement second = Measurement.of(2, 2).component("a", 2).build();

    assertThat(Differences.between(first, second))
        .isEqualTo(
            "value: 1.0, then 2.0; n: 1, then 2; components: {a=1.0}, then {a=2.0}; and 1 more");
  }

  @Test
  void between_otherValues_showsBoth_shortened() {
    String longText = "x".repeat(200);

    assertThat(Differences.between(List.of(1), null)).isEqualTo("[1], then null");
    assertThat(Differences.between("a", longText)).endsWith(", then " + "x".repeat(159) + "…");
    assertThat(Differences.between("same", "same")).isEqualTo("no difference");
  }

  @Test
  void firstDifferentLine_ignoresIndentation_andSeesTheEnd() {
    assertThat(Differences.firstDifferentLine("{\n  \"a\": 1\n}", "{\n    \"a\": 2\n}"))
        .isEqualTo("line 2: \"a\": 1 then \"a\": 2");
    assertThat(Differences.firstDifferentLine("a\nb", "a")).isEqualTo("line 2: b then (end)");
    assertThat(Differences.firstDifferentLine("a", "a")).isEqualTo("no difference");
  }
}
