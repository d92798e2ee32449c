package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link LongIntMap} holds what a {@link java.util.Map} of the same keys would, however large it
 * was made to start with, and {@link LongIntMap#putIfAbsent} numbers keys densely in the order they
 * first came.
 */
class LongIntMapPropertiesTest {

  @Property(tries = 300)
  void add_givesTheSumsAMapGives_whateverItsStartingSize(
      @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 300) Long> keys,
      @ForAll @IntRange(min = 0, max = 400) int expected) {
    LongIntMap map = new LongIntMap(expected);
    Map<Long, Integer> model = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.add(keys.get(i), i);
      model.merge(keys.get(i), i, Integer::sum);
    }

    assertThat(map.size()).isEqualTo(model.size());
    assertThat(map.sortedKeys())
        .containsExactly(model.keySet().stream().mapToLong(Long::longValue).toArray());
    model.forEach((key, sum) -> assertThat(map.get(key, -1)).isEqualTo(sum));
    assertThat(map.get(301, -1)).isEqualTo(-1);
  }

  @Property(tries = 300)
  void putIfAbsent_numbersTheKeysInTheOrderTheyFirstCame(
      @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 1L << 40) Long> keys,
      @ForAll @IntRange(min = 0, max = 50) int expected) {
    LongIntMap map = new LongIntMap(expected);
    Map<Long, Integer> firstCame = new HashMap<>();
    for (long key : keys) {
      int number = map.putIfAbsent(key, map.size());

      firstCame.putIfAbsent(key, firstCame.size());
      assertThat(number).isEqualTo(firstCame.get(key));
    }
    assertThat(map.size()).isEqualTo(firstCame.size());
  }

  @Test
  void newMap_negativeExpectedSize_isRejected() {
    assertThatThrownBy(() -> new LongIntMap(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
