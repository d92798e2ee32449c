package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static Group hidden(String key) {
    return new Group(key, null, null, true);
  }

  @Test
  void apply_oneSmallGroup_alsoSuppressesTheNextSmallest() {
    Breakdown b = new Breakdown("age-band", List.of(Group.of("a", 0.1, 3), Group.of("b", 0.2, 7), Group.of("c", 0.3, 8),
        Group.of("d", 0.4, 12)));

    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 8),
        Group.of("d", 0.4, 12));
  }

  @Test
  void apply_twoSmallGroups_noSecondarySuppression() {
    Breakdown b = new Breakdown("age-band", List.of(Group.of("a", 0.1, 3), Group.of("b", 0.2, 4), Group.of("c", 0.3, 10)));

    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 10));
  }

  @Test
  void apply_tieForNextSmallest_firstKeyIsSuppressed() {
    Breakdown b = new Breakdown("perspective", List.of(Group.of("a", 0.1, 2), Group.of("b", 0.2, 6), Group.of("c", 0.3, 6)));

    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 6));
  }

  @Test
  void apply_groupsWithoutValueOrN_areCountedAndSuppressed() {
    Breakdown b = new Breakdown("perspective", List.of(Group.noValue("a", 2), new Group("b", 0.5, null, false),
        Group.noValue("c", 9), Group.of("d", 0.2, 20)));

    // a is small, b's size is unknown: two suppressed, nothing more.
    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), hidden("b"), Group.noValue("c", 9),
        Group.of("d", 0.2, 20));
  }

  @Test
  void apply_onlyGroup_suppressedAlone() {
    assertThat(Suppression.apply(new Breakdown("x", List.of(Group.of("a", 1, 1))), 5).groups())
        .containsExactly(hidden("a"));
  }

  @Test
  void apply_groupAlreadySuppressedByThePlugin_countsForSecondarySuppression() {
    Breakdown b = new Breakdown("x", List.of(hidden("a"), Group.of("b", 0.5, 50), Group.of("c", 0.5, 40)));

    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), Group.of("b", 0.5, 50), hidden("c"));
  }

  @Test
  void apply_groupMarkedSuppressedButCarryingNumbers_losesThem() {
    Breakdown b = new Breakdown("x", List.of(new Group("a", 0.9, 2L, true), Group.of("b", 0.5, 50), Group.of("c", 0.5, 40)));

    assertThat(Suppression.apply(b, 5).groups()).containsExactly(hidden("a"), Group.of("b", 0.5, 50), hidden("c"));
  }

  @Provide
  Arbitrary<List<Group>> groups() {
    Arbitrary<Long> n = Arbitraries.longs().between(0, 30);
    return n.list().ofMinSize(1).ofMaxSize(8).map(ns -> {
      List<Group> groups = new ArrayList<>();
      for (int i = 0; i < ns.size(); i++) {
        groups.add(Group.of("g" + i, 0.5, ns.get(i)));
      }
      return groups;
    });
  }

  @Property
  void apply_invariants(@ForAll("groups") List<Group> groups, @ForAll @IntRange(min = 1, max = 20) int minimum) {
    List<Group> after = Suppression.apply(new Breakdown("x", groups), minimum).groups();

    assertThat(after).extracting(Group::key).containsExactlyElementsOf(groups.stream().map(Group::key).toList());
    long suppressed = after.stream().filter(Group::suppressed).count();
    // Never a lone suppressed group that subtraction from the total could reveal.
    assertThat(suppressed == 1).isEqualTo(groups.size() == 1 && groups.get(0).n() < minimum);
    for (int i = 0; i < after.size(); i++) {
      Group group = after.get(i);
      if (group.suppressed()) {
        assertThat(group.value()).isNull();
        assertThat(group.n()).isNull();
      } else {
        assertThat(group.n()).isGreaterThanOrEqualTo((long) minimum);
        assertThat(group).isEqualTo(groups.get(i));
      }
    }
    // Suppressing is idempotent.
    assertThat(Suppression.apply(new Breakdown("x", after), minimum).groups()).isEqualTo(after);
  }
}
