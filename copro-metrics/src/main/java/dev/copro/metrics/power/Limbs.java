package dev.copro.metrics.power;

import java.math.BigInteger;

/**
 * Fixed-width non-negative integers held as {@code limbs} 62-bit limbs, least significant first, in
 * slices of a flat {@code long[]}: the exact coalition counts of {@link WeightedVotingGame}.
 *
 * <p>62-bit limbs leave two spare bits in every {@code long}, so a limb sum plus a carry never
 * overflows and a difference with a borrow stays above {@code -2^63}. Callers choose the width so
 * that no value they store can overflow it (a count of coalitions of {@code n} players is at most
 * {@code 2^n}, so {@code n / 62 + 1} limbs suffice); with one limb the arithmetic is plain {@code
 * long} arithmetic.
 */
final class Limbs {

  /** Bits per limb. */
  static final int BITS = 62;

  private static final long MASK = (1L << BITS) - 1;

  private Limbs() {}

  /**
   * How many limbs hold every count of coalitions of {@code players} players: up to {@code
   * 2^players}.
   */
  static int forPlayers(int players) {
    return players / BITS + 1;
  }

  /** {@code a[to] += b[from]} for values of {@code limbs} limbs starting at the given offsets. */
  static void add(long[] a, int to, long[] b, int from, int limbs) {
    if (limbs == 1) {
      a[to] += b[from];
      return;
    }
    long carry = 0;
    for (int l = 0; l < limbs; l++) {
      long t = a[to + l] + b[from + l] + carry;
      a[to + l] = t & MASK;
      carry = t >>> BITS;
    }
  }

  /**
   * {@code out[outOffset] = a[aOffset] − b[bOffset]} for values of {@code limbs} limbs; the
   * difference must not be negative. {@code out} may be {@code a} or {@code b} at the same offset.
   */
  static void subtract(
      long[] a, int aOffset, long[] b, int bOffset, long[] out, int outOffset, int limbs) {
    if (limbs == 1) {
      out[outOffset] = a[aOffset] - b[bOffset];
      return;
    }
    long borrow = 0;
    for (int l = 0; l < limbs; l++) {
      long t = a[aOffset + l] - b[bOffset + l] - borrow;
      borrow = t >>> 63;
      out[outOffset + l] = t & MASK;
    }
  }

  /**
   * Replaces the counts {@code c(0) … c(length − 2)} at {@code table[offset …]} by the prefix sums
   * {@code P(t) = c(0) + … + c(t − 1)} for {@code t = 0 … length − 1}. The last slot's old value is
   * ignored.
   */
  static void toPrefixSums(long[] table, int offset, int length, int limbs) {
    if (limbs == 1) {
      long running = 0;
      for (int t = offset; t < offset + length; t++) {
        long count = table[t];
        table[t] = running;
        running += count;
      }
      return;
    }
    long[] running = new long[limbs];
    long[] held = new long[limbs];
    for (int t = 0; t < length; t++) {
      int at = offset + t * limbs;
      System.arraycopy(table, at, held, 0, limbs);
      System.arraycopy(running, 0, table, at, limbs);
      add(running, 0, held, 0, limbs);
    }
  }

  /** Copies a value of {@code limbs} limbs. */
  static void copy(long[] from, int fromOffset, long[] to, int toOffset, int limbs) {
    if (limbs == 1) {
      to[toOffset] = from[fromOffset];
    } else {
      System.arraycopy(from, fromOffset, to, toOffset, limbs);
    }
  }

  /** The value of {@code limbs} limbs at {@code offset}. */
  static BigInteger toBigInteger(long[] a, int offset, int limbs) {
    BigInteger value = BigInteger.valueOf(a[offset + limbs - 1]);
    for (int l = limbs - 2; l >= 0; l--) {
      value = value.shiftLeft(BITS).or(BigInteger.valueOf(a[offset + l]));
    }
    return value;
  }
}
