package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SeatSet} holds exactly the seats a set of (activity id, participant id) pairs holds. */
class SeatSetPropertiesTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(12);
  }

  @Property(tries = 200)
  void contains_answersAsASetOfIdPairs(@ForAll("datasets") Dataset d, @ForAll long seed) {
    Assume.that(!d.activities().isEmpty() && !d.participants().isEmpty());
    Random random = new Random(seed);
    Positions positions = Positions.of(DatasetContext.builder(d).build());
    SeatSet seats = new SeatSet(positions);
    Set<List<String>> pairs = new HashSet<>();
    for (int i = random.nextInt(40); i > 0; i--) {
      Activity a = d.activities().get(random.nextInt(d.activities().size()));
      Participant p = d.participants().get(random.nextInt(d.participants().size()));
      if (random.nextBoolean()) {
        seats.add(a.id(), p.id());
      } else {
        seats.add(positions.activity(a.id()), positions.participant(p.id()));
      }
      pairs.add(List.of(a.id(), p.id()));
    }

    for (Activity a : d.activities()) {
      for (Participant p : d.participants()) {
        boolean expected = pairs.contains(List.of(a.id(), p.id()));
        assertThat(seats.contains(a.id(), p.id())).as("%s at %s", p.id(), a.id()).isEqualTo(expected);
        assertThat(seats.contains(positions.activity(a.id()), positions.participant(p.id()))).isEqualTo(expected);
      }
    }
    Activity any = d.activities().get(0);
    assertThat(seats.contains(any.id(), "nobody")).isFalse();
    assertThat(seats.contains("nowhere", d.participants().get(0).id())).isFalse();
    assertThatThrownBy(() -> seats.add(any.id(), "nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
  }
}
