package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

  @Property(tries = 300)
  void sizedForN_holdsNWithoutGrowing_inAboutFourThirdsOfNSlots(
      @ForAll @IntRange(min = 0, max = 100_000) int n) {
    LongHashSet set = new LongHashSet(n);
    int capacity = set.capacity();

    for (long v = 1; v <= n; v++) {
      set.add(v * 0x9E3779B97F4A7C15L);
    }

    // Growing at the last element would hold the old and the new table at once: twice the memory.
    assertThat(set.capacity()).isEqualTo(capacity);
    assertThat((long) capacity).isLessThanOrEqualTo(Math.max(16, n + n / 3 + 1L));
  }

  @Property(tries = 200)
  void add_saysWhetherNewExactlyAsAHashSetDoes(@ForAll @Size(max = 3_000) List<Long> values) {
    LongHashSet set = new LongHashSet();
    Set<Long> expected = new HashSet<>();

    for (long value : values) {
      assertThat(set.add(value)).as("add %d", value).isEqualTo(expected.add(value));
    }
  }

  @Property(tries = 200)
  void add_sizedForSomeElements_holdsAnyNumberExactly(
      @ForAll @Size(max = 2_000) List<Long> values, @ForAll @IntRange(max = 1_000) int expected) {
    LongHashSet set = new LongHashSet(expected);
    Set<Long> reference = new HashSet<>();

    for (long value : values) {
      assertThat(set.add(value)).as("add %d", value).isEqualTo(reference.add(value));
    }
  }

  @Test
  void add_zeroAndTheExtremes_areElementsLikeAnyOther() {
    LongHashSet set = new LongHashSet();

    assertThat(set.add(0L)).isTrue();
    assertThat(set.add(0L)).isFalse();
    assertThat(set.add(Long.MIN_VALUE)).isTrue();
    assertThat(set.add(Long.MAX_VALUE)).isTrue();
    assertThat(set.add(-1L)).isTrue();
    assertThat(set.add(Long.MIN_VALUE)).isFalse();
  }

  @Test
  void add_manyNeighbouringPairs_growsAndForgetsNone() {
    LongHashSet set = new LongHashSet();
    for (long participant = 0; participant < 300; participant++) {
      for (long activity = 0; activity < 300; activity++) {
        assertThat(set.add(participant << 32 | activity)).isTrue();
      }
    }

    assertThat(set.add(299L << 32 | 299)).isFalse();
    assertThat(set.add(17L << 32 | 42)).isFalse();
    assertThat(set.add(300L << 32)).isTrue();
  }
}
