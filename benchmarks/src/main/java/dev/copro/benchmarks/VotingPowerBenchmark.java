package dev.copro.benchmarks;

import dev.copro.metrics.power.WeightedVotingGame;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact voting power ({@link WeightedVotingGame}) of classic and synthetic bodies, compared through
 * the {@link Body} and {@link Index} {@code @Param}s. Each call computes afresh (the game caches
 * nothing). Shapley–Shubik is not tractable for {@link Body#SYNTHETIC_1000} (the game says so: its
 * size-by-weight table would exceed the cell limit), so run that body for Banzhaf only:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar VotingPowerBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p index=BANZHAF -rf json -rff power-banzhaf.json
 * java -jar benchmarks/target/benchmarks.jar VotingPowerBenchmark -prof gc -f 1 -wi 3 -i 5 \
 *     -p index=SHAPLEY_SHUBIK -p body=EEC_1958,UN_SECURITY_COUNCIL,ELECTORAL_COLLEGE_51,SYNTHETIC_200 \
 *     -rf json -rff power-shapley.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class VotingPowerBenchmark {

  /** A voting body. */
  public enum Body {
    /** The Council of the EEC, 1958: {@code [12; 4, 4, 4, 2, 2, 1]} (Luxembourg a dummy). */
    EEC_1958(12, 4, 4, 4, 2, 2, 1),
    /** The UN Security Council as a weighted game: {@code [39; 7×5, 1×10]}. */
    UN_SECURITY_COUNCIL(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    /**
     * The US Electoral College of 2024 (2020 apportionment): 51 members, total weight 538, quota
     * 270.
     */
    ELECTORAL_COLLEGE_51(
        270, 9, 3, 11, 6, 54, 10, 7, 3, 3, 30, 16, 4, 4, 19, 11, 6, 6, 8, 8, 4, 10, 11, 15, 10, 6,
        10, 4, 5, 6, 4, 14, 5, 28, 16, 3, 17, 7, 8, 19, 4, 9, 3, 11, 40, 6, 3, 13, 12, 4, 10, 3),
    /** 200 members with seeded weights 1–100 (total ≈ 10⁴), simple-majority quota. */
    SYNTHETIC_200(200, 100),
    /** 1000 members with seeded weights 1–1999 (total ≈ 10⁶), simple-majority quota. */
    SYNTHETIC_1000(1000, 1999);

    private final long quota;
    private final long[] weights;

    Body(long quota, long... weights) {
      this.quota = quota;
      this.weights = weights;
    }

    Body(int members, int maxWeight) {
      SplittableRandom random = new SplittableRandom(members);
      this.weights = new long[members];
      long total = 0;
      for (int i = 0; i < members; i++) {
        weights[i] = 1L + random.nextInt(maxWeight);
        total += weights[i];
      }
      this.quota = total / 2 + 1;
    }

    WeightedVotingGame game() {
      return WeightedVotingGame.of(weights, quota);
    }
  }

  /** A power index, computed exactly. */
  public enum Index {
    /** Normalised Banzhaf. */
    BANZHAF(WeightedVotingGame::normalisedBanzhaf),
    /** Shapley–Shubik, correctly rounded from the exact fraction. */
    SHAPLEY_SHUBIK(WeightedVotingGame::shapleyShubik);

    private final Function<WeightedVotingGame, double[]> compute;

    Index(Function<WeightedVotingGame, double[]> compute) {
      this.compute = compute;
    }
  }

  /** The body. */
  @Param Body body;

  /** The index. */
  @Param Index index;

  private WeightedVotingGame game;

  /** Builds the game; refuses a combination the game reports as intractable. */
  @Setup(Level.Trial)
  public void setUp() {
    game = body.game();
    boolean tractable =
        index == Index.BANZHAF ? game.isTractable() : game.isShapleyShubikTractable();
    if (!tractable) {
      throw new IllegalStateException(index + " is not tractable for " + body);
    }
  }

  /** The index of every member. */
  @Benchmark
  public double[] power() {
    return index.compute.apply(game);
  }
}
