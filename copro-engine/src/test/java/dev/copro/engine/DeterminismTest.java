package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static final Dataset DATA = Fixtures.dataset();
  private static final Copro ENGINE =
      Fixtures.goodEngine()
          .configuration(
              Configuration.builder()
                  .breakdowns("perspective", "age-band")
                  .suppressionMinimum(2)
                  .build())
          .build();
  private static final String BASELINE = ReportJson.toJson(ENGINE.evaluate(DATA));

  private static String evaluate(int parallelism) {
    Configuration config =
        Configuration.builder()
            .enable(TestPlugins.IDS)
            .enable(
                "acme.hostile.fails-in-one-scope",
                "acme.hostile.throws-unchecked",
                "acme.hostile.out-of-range")
            .periodUnit(PeriodUnit.MONTH)
            .build();
    try (Copro copro =
        Copro.builder()
            .classLoader(Fixtures.plugins("good", "hostile"))
            .configuration(config)
            .parallelism(parallelism)
            .build()) {
      return ReportJson.toJson(copro.evaluate(DATA));
    }
  }

  @Test
  void evaluate_anyParallelism_byteIdenticalReports() {
    String sequential = evaluate(1);

    assertThat(evaluate(2)).isEqualTo(sequential);
    assertThat(evaluate(4)).isEqualTo(sequential);
    assertThat(evaluate(4)).isEqualTo(sequential);
    assertThat(sequential).doesNotContain("Time", "time\"", "duration");
  }

  @Test
  void evaluate_sameEngineTwice_byteIdenticalReports() {
    assertThat(ReportJson.toJson(ENGINE.evaluate(DATA))).isEqualTo(BASELINE);
  }

  @Property(tries = 40)
  void evaluate_recordOrder_doesNotChangeTheReport(@ForAll long seed) {
    Random random = new Random(seed);
    Dataset shuffled =
        Dataset.builder()
            .name(DATA.name())
            .initiatives(shuffle(DATA.initiatives(), random))
            .participants(shuffle(DATA.participants(), random))
            .activities(shuffle(DATA.activities(), random))
            .attendance(shuffle(DATA.attendance(), random))
            .build();

    assertThat(ReportJson.toJson(ENGINE.evaluate(shuffled))).isEqualTo(BASELINE);
  }

  private static <T> List<T> shuffle(List<T> records, Random random) {
    List<T> copy = new ArrayList<>(records);
    Collections.shuffle(copy, random);
    return copy;
  }
}
