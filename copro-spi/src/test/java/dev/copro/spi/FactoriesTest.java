package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The static factories plugins make records with, so that a new component does not break them. */
class FactoriesTest {

  @Test
  void breakdownOf_sortsTheGroupsByKey_andRefusesAKeyTwice() {
    Breakdown breakdown =
        Breakdown.of("perspective", List.of(Group.of("carer", 0.5, 6), Group.of("by", 1, 2)));

    assertThat(breakdown)
        .isEqualTo(
            new Breakdown("perspective", List.of(Group.of("by", 1, 2), Group.of("carer", 0.5, 6))));
    assertThat(breakdown.groups()).extracting(Group::key).containsExactly("by", "carer");
    assertThatThrownBy(
            () -> Breakdown.of("perspective", List.of(Group.of("a", 0, 1), Group.of("a", 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' twice");
  }

  @Test
  void intervalOf_isTheInterval_andRefusesBoundsOutOfOrder() {
    assertThat(Interval.of(0.2, 0.6, 0.95)).isEqualTo(new Interval(0.2, 0.6, 0.95));
    assertThatThrownBy(() -> Interval.of(0.6, 0.2, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.of(0.2, 0.6, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
