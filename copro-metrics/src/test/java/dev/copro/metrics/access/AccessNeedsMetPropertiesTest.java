package dev.copro.metrics.access;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Measurement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccessNeedsMetPropertiesTest {

  private static final List<AccessKind> KINDS =
      List.of(
          AccessKind.STEP_FREE,
          AccessKind.HEARING_LOOP,
          AccessKind.EASY_READ,
          AccessKind.QUIET_ROOM);

  private final AccessNeedsMet metric = new AccessNeedsMet();

  /** The needs of each of up to eight participants, and the provisions of up to five activities. */
  record Plan(List<Set<AccessKind>> needs, List<Set<AccessKind>> provisions) {}

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Set<AccessKind>> kinds = Arbitraries.of(KINDS).set().ofMaxSize(KINDS.size());
    return kinds
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .flatMap(
            needs ->
                kinds
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .map(provisions -> new Plan(needs, provisions)));
  }

  private static Dataset build(Plan plan, boolean everythingProvided) {
    Dataset.Builder data = dataset();
    for (int p = 0; p < plan.needs().size(); p++) {
      Set<AccessProvision> needs =
          plan.needs().get(p).stream().map(AccessProvision::of).collect(Collectors.toSet());
      data.add(
          new Participant(
              "p-" + p, Perspective.LIVED_EXPERIENCE, null, null, null, needs, Map.of(), null));
    }
    for (int a = 0; a < plan.provisions().size(); a++) {
      Set<AccessKind> offered =
          everythingProvided ? EnumSet.copyOf(KINDS) : plan.provisions().get(a);
      data.add(meeting("a-" + a).provisions(offered.toArray(AccessKind[]::new)).build());
      for (int p = 0; p < plan.needs().size(); p++) {
        data.add(new Attendance("a-" + a, "p-" + p, true, (a + p) % 3 != 0, null, null));
      }
    }
    return data.build();
  }

  @Property(tries = 200)
  void measure_sharesLieInUnitInterval(@ForAll("plans") Plan plan) {
    Measurement m = measure(metric, build(plan, false));
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      m.components().values().forEach(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Property(tries = 200)
  void measure_everyNeedProvided_isOne(@ForAll("plans") Plan plan) {
    Measurement m = measure(metric, build(plan, true));
    if (m.value() != null) {
      assertThat(m.value()).isEqualTo(1.0);
      assertThat(m.findings()).isEmpty();
    }
  }
}
