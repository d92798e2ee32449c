package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import dev.copro.spi.EvaluationContext;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AccessMatch} against the definition it precomputes: a declared need is unmet when the
 * activity's provisions do not contain it ({@link AccessProvision} equality), for every participant
 * and activity of generated datasets.
 */
class AccessMatchPropertiesTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(12);
  }

  @Property(tries = 300)
  void unmetKinds_areTheKindsOfTheNeedsTheActivitysProvisionsDoNotContain(
      @ForAll("datasets") Dataset d) {
    EvaluationContext context = DatasetContext.builder(d).build();
    Positions positions = Positions.of(context);
    AccessMatch access = AccessMatch.of(context);

    for (Participant participant : d.participants()) {
      int p = positions.participant(participant.id());
      int declared = 0;
      for (AccessProvision need : participant.accessNeeds()) {
        declared |= AccessMatch.bit(need.kind());
      }
      assertThat(access.declaredKinds(p)).as(participant.id()).isEqualTo(declared);
      for (Activity activity : d.activities()) {
        int unmet = 0;
        for (AccessProvision need : participant.accessNeeds()) {
          if (!activity.provisions().contains(need)) {
            unmet |= AccessMatch.bit(need.kind());
          }
        }
        assertThat(access.unmetKinds(p, positions.activity(activity.id())))
            .as("%s at %s", participant.id(), activity.id())
            .isEqualTo(unmet);
      }
    }
  }
}
