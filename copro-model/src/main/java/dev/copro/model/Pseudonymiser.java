package dev.copro.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Maps a host system's own identifiers (case numbers, NHS numbers, email addresses) to stable
 * pseudonymous ids for copro datasets, with a keyed hash: HMAC-SHA-256 under a secret key the host
 * keeps. The same key and id always give the same pseudonym, so records can be linked across
 * exports; without the key the mapping cannot be recomputed or reversed by a dictionary attack.
 *
 * <p>A pseudonym is the prefix followed by the first 128 bits of the HMAC in lower-case hex, for
 * example {@code p-5bdcc146bf60754e6a042426089575c7}. The key is copied on construction, never
 * logged, never written and never part of {@link #toString()}. Instances are thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Pseudonymiser {

  /** The shortest key accepted, in bytes: the output length of SHA-256, as RFC 2104 advises. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int PSEUDONYM_BYTES = 16;

  private final Mac prototype;
  private final String prefix;

  private Pseudonymiser(byte[] key, String prefix) {
    this.prefix = prefix;
    SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
    try {
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(spec);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the key cannot be used for " + ALGORITHM, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          ALGORITHM + " is required of every Java platform but is missing", e);
    }
  }

  /**
   * A pseudonymiser with the given secret key and the prefix {@code p-}.
   *
   * @param key the secret key, at least {@link #MIN_KEY_BYTES} bytes; copied, so the caller may
   *     wipe its array afterwards
   * @throws IllegalArgumentException if the key is too short
   */
  public static Pseudonymiser withKey(byte[] key) {
    return withKey(key, "p-");
  }

  /**
   * A pseudonymiser with the given secret key and prefix.
   *
   * @param key the secret key, at least {@link #MIN_KEY_BYTES} bytes
   * @param prefix put before every pseudonym, such as {@code p-} for participants; may be empty
   * @throws IllegalArgumentException if the key is too short
   */
  public static Pseudonymiser withKey(byte[] key, String prefix) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(prefix, "prefix");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the key must be at least " + MIN_KEY_BYTES + " bytes long, not " + key.length);
    }
    byte[] copy = Arrays.copyOf(key, key.length);
    try {
      return new Pseudonymiser(copy, prefix);
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /**
   * The pseudonym of a host id.
   *
   * @param hostId the host's own identifier, encoded as UTF-8 before hashing
   * @return the prefix followed by 32 lower-case hex digits
   */
  public String pseudonymise(String hostId) {
    Objects.requireNonNull(hostId, "hostId");
    byte[] digest;
    try {
      Mac mac = (Mac) prototype.clone();
      digest = mac.doFinal(hostId.getBytes(StandardCharsets.UTF_8));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the platform's " + ALGORITHM + " cannot be cloned", e);
    }
    return prefix + HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
  }

  /**
   * Whether a text has the form of this pseudonymiser's pseudonyms: its prefix followed by 32
   * lower-case hex digits. It does not say that the text is the pseudonym of any id (that cannot be
   * known without the id), only that it was not left unmapped; {@link
   * Dataset.Builder#pseudonymiser} uses it to quote pseudonyms as they are and anything else as its
   * pseudonym.
   *
   * @param text any text
   * @return whether it has the form of a pseudonym
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public boolean isPseudonym(String text) {
    if (text.length() != prefix.length() + 2 * PSEUDONYM_BYTES || !text.startsWith(prefix)) {
      return false;
    }
    for (int i = prefix.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** Names the algorithm and prefix; never the key. */
  @Override
  public String toString() {
    return "Pseudonymiser[" + ALGORITHM + ", prefix=" + prefix + "]";
  }
}
