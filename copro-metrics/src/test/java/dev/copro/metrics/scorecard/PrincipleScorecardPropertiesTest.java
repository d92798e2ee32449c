package dev.copro.metrics.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Principle;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Rating;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the scorecard over arbitrary rated outcomes. */
class PrincipleScorecardPropertiesTest {

  @Provide
  Arbitrary<List<Outcome>> outcomes() {
    Arbitrary<Rating> rating = Arbitraries.of(Rating.class);
    Arbitrary<List<Principle>> principles =
        Arbitraries.of(Principle.class).list().ofMaxSize(3).uniqueElements();
    Arbitrary<Outcome> outcome =
        Combinators.combine(rating, principles, Arbitraries.integers().between(0, 9999))
            .as(
                (r, p, n) ->
                    ScorecardFixture.rated("x.metric-" + n, r, p.toArray(Principle[]::new)));
    return outcome.list().ofMaxSize(12).uniqueElements(Outcome::id);
  }

  @Property(tries = 500)
  void scoresLieInTheUnitInterval(@ForAll("outcomes") List<Outcome> outcomes) {
    Measurement m = ScorecardFixture.score(outcomes, Map.of());
    if (m.value() == null) {
      return;
    }
    assertThat(m.value()).isBetween(0.0, 1.0);
    assertThat(m.components().values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
    assertThat(m.value())
        .isBetween(
            m.components().values().stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
            m.components().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
  }

  @Property(tries = 500)
  void invariantUnderTheOrderOfOutcomes(
      @ForAll("outcomes") List<Outcome> outcomes, @ForAll long seed) {
    List<Outcome> shuffled = new ArrayList<>(outcomes);
    Collections.shuffle(shuffled, new Random(seed));
    Measurement a = ScorecardFixture.score(outcomes, Map.of());
    Measurement b = ScorecardFixture.score(shuffled, Map.of());
    assertThat(b).isEqualTo(a);
  }
}
