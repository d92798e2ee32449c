package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.LifecycleStage;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

  @Test
  void breakdown_groupsByKeyInKeyOrder_withShareAndCount() {
    Breakdown b =
        Shares.breakdown(
            "parity", List.of(1, 2, 3, 4, 5), i -> i % 2 == 0 ? "even" : "odd", i -> i > 2);
    // even: 2, 4 → one of two above 2; odd: 1, 3, 5 → two of three
    assertThat(b.dimension()).isEqualTo("parity");
    assertThat(b.groups()).containsExactly(Group.of("even", 0.5, 2), Group.of("odd", 2.0 / 3, 3));
  }

  @Test
  void byStageAndType_usesCodes() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    List<Activity> activities =
        List.of(
            Activity.builder("a-1", "i-1", ActivityType.BOARD, LifecycleStage.DESIGN, day).build(),
            Activity.builder("a-2", "i-1", ActivityType.OTHER, LifecycleStage.DESIGN, day)
                .typeLabel("walk")
                .build(),
            Activity.builder("a-3", "i-1", ActivityType.BOARD, LifecycleStage.DELIVERY, day)
                .build());
    List<Breakdown> b = Shares.byStageAndType(activities, a -> a.id().equals("a-1"));
    assertThat(b)
        .extracting(Breakdown::dimension)
        .containsExactly(Shares.STAGE, Shares.ACTIVITY_TYPE);
    assertThat(b.get(0).groups())
        .containsExactly(Group.of("delivery", 0, 1), Group.of("design", 0.5, 2));
    assertThat(b.get(1).groups())
        .containsExactly(Group.of("board", 0.5, 2), Group.of("other", 0, 1));
  }

  @Test
  void breakdown_noUnits_hasNoGroups() {
    assertThat(Shares.breakdown("x", List.<String>of(), s -> s, s -> true).groups()).isEmpty();
  }
}
