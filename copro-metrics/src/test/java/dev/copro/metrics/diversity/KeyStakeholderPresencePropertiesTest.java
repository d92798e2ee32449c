package dev.copro.metrics.diversity;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Measurement;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KeyStakeholderPresencePropertiesTest {

  private final KeyStakeholderPresence metric = new KeyStakeholderPresence();

  /**
   * For every activity, each of the six participants' status: 0 absent, 1 invited, 2 attended, 3
   * both.
   */
  @Provide
  Arbitrary<List<List<Integer>>> statuses() {
    return Arbitraries.integers().between(0, 3).list().ofSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  private static Dataset build(List<List<Integer>> statuses) {
    Perspective[] perspectives = {
      Perspective.LIVED_EXPERIENCE,
      Perspective.CARER,
      Perspective.PROFESSIONAL,
      Perspective.COMMISSIONER,
      Perspective.LIVED_EXPERIENCE,
      Perspective.OTHER
    };
    Dataset.Builder data = dataset();
    for (int p = 0; p < perspectives.length; p++) {
      data.add(
          perspectives[p] == Perspective.OTHER
              ? new Participant(
                  "p-" + p,
                  Perspective.OTHER,
                  "advocate",
                  null,
                  null,
                  java.util.Set.of(),
                  Map.of(),
                  null)
              : Participant.of("p-" + p, perspectives[p]));
    }
    for (int a = 0; a < statuses.size(); a++) {
      data.add(meeting("a-" + a).build());
      for (int p = 0; p < perspectives.length; p++) {
        int s = statuses.get(a).get(p);
        if (s != 0) {
          data.add(new Attendance("a-" + a, "p-" + p, (s & 1) != 0, (s & 2) != 0, null, null));
        }
      }
    }
    return data.build();
  }

  @Property
  void measure_sharesLieInUnitInterval(@ForAll("statuses") List<List<Integer>> statuses) {
    Measurement m = measure(metric, build(statuses));
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.components().get("invitedShare")).isBetween(0.0, 1.0);
    }
  }

  @Property
  void measure_fewerKeyGroups_neverLowersTheShare(
      @ForAll("statuses") List<List<Integer>> statuses) {
    Dataset data = build(statuses);
    Measurement all = measure(metric, data);
    Measurement fewer =
        measure(metric, data, Map.of(KeyStakeholderPresence.GROUPS, List.of("lived-experience")));
    if (all.value() != null) {
      assertThat(fewer.value()).isGreaterThanOrEqualTo(all.value());
      assertThat(fewer.components().get("invitedShare"))
          .isGreaterThanOrEqualTo(all.components().get("invitedShare"));
    }
  }
}
