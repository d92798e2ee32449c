package dev.copro.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Short strings read once per distinct text, while it recurs: ids, codes, dates and numbers repeat
 * from record to record (every attendance record names its activity and participant). Sharing one
 * instance saves building a new string per value and keeping millions of copies in the dataset, and
 * its hash code, once computed by the first index that looks it up, serves every later lookup.
 *
 * <p>A fixed table: a new text takes the slot of whatever text shared its hash, so memory stays
 * bounded whatever the input. Not thread-safe: one per read.
 */
final class SharedStrings {

  /** Longer texts (titles, summaries) seldom repeat and are not shared. */
  static final int MAX_LENGTH = 32;

  private static final int SLOTS = 1 << 12;

  private final @Nullable String[] table = new String[SLOTS];

  /** The characters of each string in {@link #table}, compared without decoding the string. */
  private final char[] @Nullable [] texts = new char[SLOTS][];

  /**
   * The hash of each text in {@link #texts}: a text that is not shared is told apart without
   * reaching its characters.
   */
  private final int[] hashes = new int[SLOTS];

  /**
   * A string with the text {@code chars[offset..offset+length)}: a shared one when the same text
   * was read recently.
   */
  String of(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = length;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
    if (hashes[slot] == hash && matches(texts[slot], chars, offset, length)) {
      return table[slot];
    }
    String created = new String(chars, offset, length);
    table[slot] = created;
    texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
    hashes[slot] = hash;
    return created;
  }

  /**
   * Whether {@code text} is {@code chars[offset..offset+length)}; a plain loop beats a vectorized
   * mismatch on texts this short.
   */
  private static boolean matches(char @Nullable [] text, char[] chars, int offset, int length) {
    if (text == null || text.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
