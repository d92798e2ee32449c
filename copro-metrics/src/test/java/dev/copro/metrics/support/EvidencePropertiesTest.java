package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Bounded evidence keeps what a finding lists of all its records: split into parts in any order and
 * merged in any grouping, it gives the finding {@link Finding#of} gives for the set of every
 * reference — the first {@link Finding#MAX_EVIDENCE} in reference order, the others counted.
 */
class EvidencePropertiesTest {

  @Property(tries = 300)
  void splitAndMerged_isTheFindingOfEveryReference(
      @ForAll @IntRange(max = 400) int contributions,
      @ForAll @IntRange(max = 150) int activities,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<String> contributionIds = ids("c", contributions, random);
    List<String> activityIds = ids("a", activities, random);
    TreeSet<String> every = new TreeSet<>();
    contributionIds.forEach(id -> every.add(Finding.ref(RecordKind.CONTRIBUTION, id)));
    activityIds.forEach(id -> every.add(Finding.ref(RecordKind.ACTIVITY, id)));
    Finding expected = Finding.of("code", Severity.HIGH, "message", every);

    Evidence merged = splitAndMerged(contributionIds, random);
    Finding got =
        Evidence.finding(
            "code",
            Severity.HIGH,
            "message",
            merged,
            Evidence.of(RecordKind.ACTIVITY, activityIds));

    assertThat(got).isEqualTo(expected);
    assertThat(merged.count()).isEqualTo(contributions);
    assertThat(got.evidence().size() + got.evidenceOmitted()).isEqualTo(contributions + activities);
  }

  /**
   * Distinct ids, shuffled, some sharing prefixes so that id order is not the order of their
   * numbers.
   */
  private static List<String> ids(String prefix, int count, Random random) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i + (random.nextBoolean() ? "-x" : "/y"));
    }
    Collections.shuffle(ids, random);
    return ids;
  }

  /** The ids dealt at random to up to five parts, merged in a random grouping and order. */
  private static Evidence splitAndMerged(List<String> ids, Random random) {
    List<Evidence> parts = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int part = 0; part < count; part++) {
      parts.add(new Evidence(RecordKind.CONTRIBUTION));
    }
    ids.forEach(id -> parts.get(random.nextInt(count)).add(id));
    while (parts.size() > 1) {
      Evidence into = parts.remove(random.nextInt(parts.size()));
      into.addAll(parts.remove(random.nextInt(parts.size())));
      parts.add(into);
    }
    return parts.get(0);
  }
}
