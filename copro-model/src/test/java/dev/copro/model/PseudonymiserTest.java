package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY =
      "a 32-byte-or-longer secret key for tests".getBytes(StandardCharsets.UTF_8);

  @Test
  void pseudonymise_matchesRfc4231TestCase6() {
    // RFC 4231 §4.7: key = 131 bytes of 0xaa; data = "Test Using Larger Than Block-Size Key - Hash
    // Key First";
    // HMAC-SHA-256 = 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54 (first 16
    // bytes kept).
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);

    assertThat(
            Pseudonymiser.withKey(key, "")
                .pseudonymise("Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f");
  }

  @Test
  void withKey_refusesShortKeysAndCopiesTheKey() {
    assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[31]))
        .hasMessageContaining("at least 32 bytes");

    byte[] key = KEY.clone();
    Pseudonymiser before = Pseudonymiser.withKey(key);
    String expected = before.pseudonymise("NHS 943 476 5919");
    Arrays.fill(key, (byte) 0);

    assertThat(before.pseudonymise("NHS 943 476 5919")).isEqualTo(expected);
  }

  @Test
  void toString_neverShowsTheKey() {
    String text = Pseudonymiser.withKey(KEY).toString();

    assertThat(text)
        .contains("HmacSHA256")
        .doesNotContain(new String(KEY, StandardCharsets.UTF_8))
        .doesNotContain(HexFormat.of().formatHex(KEY));
  }

  @Property
  void pseudonymise_isStablePrefixedAndKeyDependent(@ForAll String hostId) {
    Pseudonymiser one = Pseudonymiser.withKey(KEY);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;

    String pseudonym = one.pseudonymise(hostId);
    assertThat(pseudonym)
        .matches("p-[0-9a-f]{32}")
        .isEqualTo(one.pseudonymise(hostId))
        .isNotEqualTo(Pseudonymiser.withKey(otherKey).pseudonymise(hostId));
  }

  @Test
  void withKey_tooShort_messageNeverShowsTheKey() {
    byte[] secret = "a-secret-of-31-bytes-0123456789".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Pseudonymiser.withKey(secret, "p-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key must be at least 32 bytes long, not 31")
        .satisfies(
            e ->
                assertThat(e.toString())
                    .doesNotContain(new String(secret, StandardCharsets.UTF_8))
                    .doesNotContain(HexFormat.of().formatHex(secret)));
  }

  @Test
  void pseudonymise_nullId_messageNamesTheArgumentOnly() {
    assertThatThrownBy(() -> Pseudonymiser.withKey(KEY).pseudonymise(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("hostId");
  }

  @Test
  void pseudonymise_fromManyThreads_givesWhatOneThreadGives() throws InterruptedException {
    Pseudonymiser shared = Pseudonymiser.withKey(KEY);
    List<String> ids = IntStream.range(0, 2_000).mapToObj(i -> "case-" + i).toList();
    List<String> expected = ids.stream().map(shared::pseudonymise).toList();
    ConcurrentMap<String, String> seen = new ConcurrentHashMap<>();

    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () ->
                  ids.forEach(
                      id ->
                          seen.merge(
                              id, shared.pseudonymise(id), (a, b) -> a.equals(b) ? a : "differs")));
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(ids.stream().map(seen::get).toList()).isEqualTo(expected);
  }

  @Property
  void pseudonymise_distinctIds_distinctPseudonyms(
      @ForAll @Size(min = 2, max = 50) Set<String> hostIds) {
    Pseudonymiser p = Pseudonymiser.withKey(KEY);

    assertThat(hostIds.stream().map(p::pseudonymise).toList()).doesNotHaveDuplicates();
  }
}
