package dev.copro.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Merges the values of an RDD's partitions into one on the executors, in partition order whatever
 * order the tasks finish in: rounds in which each run of {@value #FAN_IN} neighbouring values is
 * merged, in order, by one task, until one value is left, which the driver receives. The driver
 * never holds more than that one value, and the merge is the same for the same partitions on any
 * cluster — so a merge that is associative but not commutative (as a partitioned evaluation's is,
 * for byte-identical reports) gives the same result as merging the values one after another.
 */
final class OrderedMerge {

  /** How many values one task merges in a round. */
  static final int FAN_IN = 8;

  private OrderedMerge() {}

  /** Merges values, given in order, into one. */
  @FunctionalInterface
  interface Merger extends Serializable {
    byte[] merge(List<byte[]> inOrder) throws Exception;
  }

  /**
   * The partitions' values merged into one, in partition order: empty if the RDD has no partition,
   * the value itself if it has one.
   *
   * @param perPartition an RDD with at most one value in each partition
   */
  static Optional<byte[]> merge(JavaRDD<byte[]> perPartition, Merger merger) {
    return merge(perPartition, FAN_IN, merger);
  }

  /**
   * The partitions' values merged into one, in partition order, {@code fanIn} values per task.
   *
   * @param perPartition an RDD with at most one value in each partition
   * @param fanIn how many values one task merges in a round, at least 2
   */
  static Optional<byte[]> merge(JavaRDD<byte[]> perPartition, int fanIn, Merger merger) {
    if (fanIn < 2) {
      throw new IllegalArgumentException("a merge round must merge at least two values");
    }
    JavaPairRDD<Integer, byte[]> level =
        perPartition
            .mapPartitionsWithIndex(
                (index, values) -> {
                  List<Tuple2<Integer, byte[]>> indexed = new ArrayList<>(1);
                  values.forEachRemaining(v -> indexed.add(new Tuple2<>(index, v)));
                  if (indexed.size() > 1) {
                    throw new IllegalStateException("a partition gave more than one value");
                  }
                  return indexed.iterator();
                },
                true)
            .mapToPair(t -> t);
    int count = perPartition.getNumPartitions();
    while (count > 1) {
      int groups = (count + fanIn - 1) / fanIn;
      level =
          level
              .mapToPair(t -> new Tuple2<>(t._1() / fanIn, t))
              .groupByKey(new HashPartitioner(groups))
              .mapToPair(group -> new Tuple2<>(group._1(), merger.merge(inOrder(group._2()))));
      count = groups;
    }
    List<byte[]> last = level.values().collect();
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  /** The values of a group in the order of their partitions' numbers. */
  private static List<byte[]> inOrder(Iterable<Tuple2<Integer, byte[]>> group) {
    List<Tuple2<Integer, byte[]>> sorted = new ArrayList<>();
    group.forEach(sorted::add);
    sorted.sort((a, b) -> Integer.compare(a._1(), b._1()));
    List<byte[]> values = new ArrayList<>(sorted.size());
    sorted.forEach(t -> values.add(t._2()));
    return values;
  }
}
