package dev.copro.metrics.power;

/**
 * Which groups of a {@link ReducedGame} are dummies (never swing), decided exactly without
 * counting: a player of weight {@code w} swings some coalition exactly when the other players can
 * make a weight in {@code [q − w, q − 1]}, a subset-sum question answered with a bit set of the
 * reachable weights below {@code q} ({@code O(n·q/64)} word operations).
 *
 * <p>In a weighted game a heavier player swings every coalition a lighter one does (swap them), so
 * the dummies are the groups below some weight; a binary search over the groups needs {@code O(log
 * G)} bit-set passes.
 */
final class Dummies {

  private Dummies() {}

  /**
   * The index of the lightest group that is not a dummy; every lighter group is one. For a decisive
   * game this is below the number of groups (some player of a minimal winning coalition swings).
   */
  static int firstNonDummyGroup(ReducedGame game) {
    int lo = 0;
    int hi = game.weight.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (isDummy(game, mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a player of the given group swings no coalition. */
  static boolean isDummy(ReducedGame game, int group) {
    int q = game.quota();
    long weight = game.weight[group];
    if (weight >= q) {
      return false;
    }
    long[] reachable = new long[(q + 63) >>> 6];
    reachable[0] = 1;
    boolean skipped = false;
    for (int w : game.tableWeights()) {
      if (w == weight && !skipped) {
        skipped = true;
      } else {
        shiftOr(reachable, w, q);
      }
    }
    return !anyBetween(reachable, (int) (q - weight), q - 1);
  }

  /** {@code bits |= bits << shift}, keeping bits {@code 0 … size − 1}. */
  private static void shiftOr(long[] bits, int shift, int size) {
    int words = shift >>> 6;
    int offset = shift & 63;
    for (int i = bits.length - 1; i >= words; i--) {
      long moved = bits[i - words] << offset;
      if (offset != 0 && i - words - 1 >= 0) {
        moved |= bits[i - words - 1] >>> (64 - offset);
      }
      bits[i] |= moved;
    }
    int spare = bits.length * 64 - size;
    if (spare > 0) {
      bits[bits.length - 1] &= -1L >>> spare;
    }
  }

  /** Whether any bit from {@code from} to {@code to} (inclusive) is set. */
  private static boolean anyBetween(long[] bits, int from, int to) {
    for (int i = from; i <= to; ) {
      int word = i >>> 6;
      long chunk = bits[word] >>> (i & 63);
      int last = Math.min(to, (word << 6) + 63);
      int width = last - i + 1;
      if (width < 64) {
        chunk &= (1L << width) - 1;
      }
      if (chunk != 0) {
        return true;
      }
      i = last + 1;
    }
    return false;
  }
}
