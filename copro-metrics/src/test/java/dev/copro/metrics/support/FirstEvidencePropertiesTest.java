package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link FirstEvidence} keeps exactly the first {@link Finding#MAX_EVIDENCE} distinct candidates in
 * its order, whatever order they were offered in and however they were split and merged.
 */
class FirstEvidencePropertiesTest {

  @Property(tries = 200)
  void first_anySplitAndMerge_isTheFirstHundredInOrder(
      @ForAll @Size(max = 400) List<@IntRange(max = 300) Integer> candidates,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<FirstEvidence<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      lists.add(new FirstEvidence<>(Comparator.naturalOrder()));
    }
    for (Integer c : candidates) {
      lists.get(random.nextInt(parts)).offer(c);
    }
    while (lists.size() > 1) {
      FirstEvidence<Integer> into = lists.remove(random.nextInt(lists.size()));
      into.offerAll(lists.remove(random.nextInt(lists.size())));
      lists.add(into);
    }

    List<Integer> expected = new ArrayList<>(new TreeSet<>(candidates));
    assertThat(lists.get(0).first())
        .isEqualTo(expected.subList(0, Math.min(expected.size(), Finding.MAX_EVIDENCE)));
  }

  @Property(tries = 200)
  void leading_isTheKeptPrefixThatPasses(
      @ForAll @Size(max = 300) List<@IntRange(max = 500) Integer> candidates,
      @ForAll @IntRange(max = 500) int below) {
    FirstEvidence<Integer> first = new FirstEvidence<>(Comparator.reverseOrder());
    candidates.forEach(first::offer);

    List<Integer> expected =
        new TreeSet<>(candidates)
            .descendingSet().stream()
                .limit(Finding.MAX_EVIDENCE)
                .takeWhile(c -> c >= below)
                .toList();
    assertThat(first.leading(c -> c >= below)).isEqualTo(expected);
  }
}
