package dev.copro.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderedMerge}: with a merge that is associative but not commutative (joining text), the
 * partitions' values come out joined in partition order, each once, whatever the number of
 * partitions and of rounds.
 */
class OrderedMergeTest {

  private static final SparkSession spark = SparkTables.session();

  @Test
  void merge_joinsThePartitionsValuesInPartitionOrder() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    for (int partitions : new int[] {0, 1, 2, 5, 9, 17}) {
      for (int fanIn : new int[] {2, 3, 8}) {
        JavaRDD<byte[]> values =
            partitions == 0
                ? jsc.emptyRDD()
                : jsc.parallelize(IntStream.range(0, partitions).boxed().toList(), partitions)
                    .map(i -> bytes("<" + i + ">"));

        Optional<byte[]> merged = OrderedMerge.merge(values, fanIn, OrderedMergeTest::join);

        String expected =
            IntStream.range(0, partitions)
                .mapToObj(i -> "<" + i + ">")
                .collect(Collectors.joining());
        assertThat(merged.map(b -> new String(b, StandardCharsets.UTF_8)))
            .as("%d partitions, %d per round", partitions, fanIn)
            .isEqualTo(partitions == 0 ? Optional.empty() : Optional.of(expected));
      }
    }
  }

  private static byte[] join(List<byte[]> inOrder) {
    List<String> text = new ArrayList<>();
    inOrder.forEach(b -> text.add(new String(b, StandardCharsets.UTF_8)));
    return bytes(String.join("", text));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
