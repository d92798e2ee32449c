package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The open-addressed index of ids agrees with a hash map's putIfAbsent and get, through growth and
 * collisions, and maps a list's ids to their first positions.
 */
class StringIndexTest {

  @Provide
  Arbitrary<List<String>> keys() {
    // Few distinct keys, so that many repeat; "Aa" and "BB" have the same hash code, as do their
    // concatenations.
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("AaBb/é").ofMaxLength(4),
            Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", ""),
            Arbitraries.integers().between(0, 5_000).map(i -> "p-" + i));
    return key.list().ofMaxSize(3_000);
  }

  @Property(tries = 200)
  void putIfAbsentAndGet_agreeWithAHashMap(@ForAll("keys") List<String> keys) {
    StringIndex index = new StringIndex(keys.size() / 10);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      // A new String each time: the index compares text, not identity.
      String key = new String(keys.get(i));
      Integer before = expected.putIfAbsent(key, i);
      assertThat(index.putIfAbsent(key, i)).isEqualTo(before == null ? StringIndex.ABSENT : before);
    }
    assertThat(index.size()).isEqualTo(expected.size());
    for (String key : keys) {
      assertThat(index.get(new String(key))).isEqualTo(expected.get(key));
    }
    assertThat(index.get("not a key \u0000")).isEqualTo(StringIndex.ABSENT);
  }

  @Property(tries = 100)
  void positions_eachIdAtItsFirstPosition(@ForAll("keys") List<String> keys) {
    StringIndex index = StringIndex.positions(keys);

    assertThat(index.size()).isEqualTo((int) keys.stream().distinct().count());
    for (String key : keys) {
      assertThat(index.get(new String(key))).isEqualTo(keys.indexOf(key));
    }
    assertThat(index.get("not a key \u0000")).isEqualTo(StringIndex.ABSENT);
  }

  @Test
  void get_emptyIndex_isAbsent() {
    assertThat(new StringIndex(0).get("a")).isEqualTo(StringIndex.ABSENT);
  }
}
