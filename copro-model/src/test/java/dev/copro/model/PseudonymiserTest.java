package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY = "a 32-byte-or-longer secret key for tests".getBytes(StandardCharsets.UTF_8);

  @Test
  void pseudonymise_matchesRfc4231TestCase6() {
    // RFC 4231 §4.7: key = 131 bytes of 0xaa; data = "Test Using Larger Than Block-Size Key - Hash Key First";
    // HMAC-SHA-256 = 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54 (first 16 bytes kept).
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);

    assertThat(Pseudonymiser.withKey(key, "").pseudonymise("Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f");
  }

  @Test
  void withKey_refusesShortKeysAndCopiesTheKey() {
    assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[31])).hasMessageContaining("at least 32 bytes");

    byte[] key = KEY.clone();
    Pseudonymiser before = Pseudonymiser.withKey(key);
    String expected = before.pseudonymise("NHS 943 476 5919");
    Arrays.fill(key, (byte) 0);

    assertThat(before.pseudonymise("NHS 943 476 5919")).isEqualTo(expected);
  }

  @Test
  void toString_neverShowsTheKey() {
    String text = Pseudonymiser.withKey(KEY).toString();

    assertThat(text).contains("HmacSHA256").doesNotContain(new String(KEY, StandardCharsets.UTF_8))
        .doesNotContain(HexFormat.of().formatHex(KEY));
  }

  @Property
  void pseudonymise_isStablePrefixedAndKeyDependent(@ForAll String hostId) {
    Pseudonymiser one = Pseudonymiser.withKey(KEY);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;

    String pseudonym = one.pseudonymise(hostId);
    assertThat(pseudonym).matches("p-[0-9a-f]{32}").isEqualTo(one.pseudonymise(hostId))
        .isNotEqualTo(Pseudonymiser.withKey(otherKey).pseudonymise(hostId));
  }
}
