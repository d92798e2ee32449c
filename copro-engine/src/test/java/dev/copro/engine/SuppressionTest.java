package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static Group hidden(String key) {
    return new Group(key, null, null, true);
  }

  @Test
  void apply_oneSmallGroup_alsoSuppressesTheNextSmallest() {
    Breakdown b =
        new Breakdown(
            "age-band",
            List.of(
                Group.of("a", 0.1, 3),
                Group.of("b", 0.2, 7),
                Group.of("c", 0.3, 8),
                Group.of("d", 0.4, 12)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 8), Group.of("d", 0.4, 12));
  }

  @Test
  void apply_twoSmallGroups_noSecondarySuppression() {
    Breakdown b =
        new Breakdown(
            "age-band",
            List.of(Group.of("a", 0.1, 3), Group.of("b", 0.2, 4), Group.of("c", 0.3, 10)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 10));
  }

  @Test
  void apply_tieForNextSmallest_firstKeyIsSuppressed() {
    Breakdown b =
        new Breakdown(
            "perspective",
            List.of(Group.of("a", 0.1, 2), Group.of("b", 0.2, 6), Group.of("c", 0.3, 6)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), hidden("b"), Group.of("c", 0.3, 6));
  }

  @Test
  void apply_groupsWithoutValueOrN_areCountedAndSuppressed() {
    Breakdown b =
        new Breakdown(
            "perspective",
            List.of(
                Group.noValue("a", 2),
                new Group("b", 0.5, null, false),
                Group.noValue("c", 9),
                Group.of("d", 0.2, 20)));

    // a is small, b's size is unknown: two suppressed, nothing more.
    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), hidden("b"), Group.noValue("c", 9), Group.of("d", 0.2, 20));
  }

  @Test
  void apply_onlyGroup_suppressedAlone() {
    assertThat(Suppression.apply(new Breakdown("x", List.of(Group.of("a", 1, 1))), 5).groups())
        .containsExactly(hidden("a"));
  }

  @Test
  void apply_groupAlreadySuppressedByThePlugin_countsForSecondarySuppression() {
    Breakdown b =
        new Breakdown("x", List.of(hidden("a"), Group.of("b", 0.5, 50), Group.of("c", 0.5, 40)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), Group.of("b", 0.5, 50), hidden("c"));
  }

  @Test
  void apply_groupMarkedSuppressedButCarryingNumbers_losesThem() {
    Breakdown b =
        new Breakdown(
            "x",
            List.of(new Group("a", 0.9, 2L, true), Group.of("b", 0.5, 50), Group.of("c", 0.5, 40)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), Group.of("b", 0.5, 50), hidden("c"));
  }

  @Test
  void apply_fewRecordsOfManyPeople_shown() {
    // Like the warning signs per quarter: 10 signs assessed over the records of 40 people.
    Breakdown b =
        new Breakdown(
            "period", List.of(Group.of("2025-Q1", 2, 10, 40), Group.of("2025-Q2", 1, 10, 38)));

    assertThat(Suppression.apply(b, 5)).isEqualTo(b);
  }

  @Test
  void apply_manyRecordsOfFewPeople_suppressed() {
    Breakdown b =
        new Breakdown(
            "initiative",
            List.of(
                Group.of("i-1", 0.9, 40, 3),
                Group.noValue("i-2", 12, 2),
                Group.of("i-3", 0.5, 30, 20)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("i-1"), hidden("i-2"), Group.of("i-3", 0.5, 30, 20));
  }

  @Test
  void apply_peopleNotKnown_judgedByN() {
    Breakdown b =
        new Breakdown(
            "stage",
            List.of(
                Group.of("a", 0.1, 4),
                Group.of("b", 0.2, 3, 9),
                Group.of("c", 0.3, 50),
                Group.of("d", 0.4, 40, 30)));

    // a has no people and n 4 (< 5); b's n is 3 but 9 people stand behind it.
    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(
            hidden("a"), hidden("b"), Group.of("c", 0.3, 50), Group.of("d", 0.4, 40, 30));
  }

  @Test
  void apply_secondarySuppression_takesTheGroupWithFewestPeople() {
    // By n, b (8) would be the next smallest; by people, c (6) is.
    Breakdown b =
        new Breakdown(
            "initiative",
            List.of(
                Group.of("a", 0.1, 100, 2),
                Group.of("b", 0.2, 8, 8),
                Group.of("c", 0.3, 60, 6),
                Group.of("d", 0.4, 9)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), Group.of("b", 0.2, 8, 8), hidden("c"), Group.of("d", 0.4, 9));
  }

  @Test
  void apply_suppressedGroup_losesItsPeopleToo() {
    Breakdown b = new Breakdown("x", List.of(Group.of("a", 0.5, 9, 4), Group.of("b", 0.5, 9, 4)));

    assertThat(Suppression.apply(b, 5).groups())
        .containsExactly(hidden("a"), hidden("b"))
        .allSatisfy(g -> assertThat(g.people()).isNull());
  }

  /** Groups with an n, and for some of them a number of people, which may be above or below n. */
  @Provide
  Arbitrary<List<Group>> groups() {
    Arbitrary<Long> n = Arbitraries.longs().between(0, 30);
    Arbitrary<Integer> people = Arbitraries.integers().between(0, 30).injectNull(0.4);
    return Combinators.combine(n, people)
        .as(GroupSize::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            sizes -> {
              List<Group> groups = new ArrayList<>();
              for (int i = 0; i < sizes.size(); i++) {
                GroupSize size = sizes.get(i);
                Group group = Group.of("g" + i, 0.5, size.n());
                groups.add(size.people() == null ? group : group.withPeople(size.people()));
              }
              return groups;
            });
  }

  private record GroupSize(long n, @Nullable Integer people) {}

  @Property
  void apply_invariants(
      @ForAll("groups") List<Group> groups, @ForAll @IntRange(min = 1, max = 20) int minimum) {
    List<Group> after = Suppression.apply(new Breakdown("x", groups), minimum).groups();

    assertThat(after)
        .extracting(Group::key)
        .containsExactlyElementsOf(groups.stream().map(Group::key).toList());
    long suppressed = after.stream().filter(Group::suppressed).count();
    // Never a lone suppressed group that subtraction from the total could reveal.
    assertThat(suppressed == 1)
        .isEqualTo(groups.size() == 1 && Suppression.size(groups.get(0)) < minimum);
    for (int i = 0; i < after.size(); i++) {
      Group group = after.get(i);
      if (group.suppressed()) {
        assertThat(group.value()).isNull();
        assertThat(group.n()).isNull();
        assertThat(group.people()).isNull();
      } else {
        // Shown groups have at least the minimum of people, or of n when people are not known.
        Integer people = group.people();
        assertThat(people != null ? people.longValue() : group.n())
            .isGreaterThanOrEqualTo((long) minimum);
        assertThat(group).isEqualTo(groups.get(i));
      }
    }
    // Suppressing is idempotent.
    assertThat(Suppression.apply(new Breakdown("x", after), minimum).groups()).isEqualTo(after);
  }
}
