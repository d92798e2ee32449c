package dev.copro.metrics.voice;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static dev.copro.metrics.support.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VoiceEqualityPropertiesTest {

  private static final int ABSENT = -2;
  private static final int UNRECORDED = -1;

  private final VoiceEquality metric = new VoiceEquality();

  /**
   * Perspectives of the participants, and for each activity what each participant did: absent,
   * attended with no record, or attended and spoke so many seconds.
   */
  record Plan(List<Perspective> perspectives, List<List<Integer>> speaking) {}

  @Provide
  Arbitrary<Plan> plans() {
    return Arbitraries.of(Perspective.class)
        .list()
        .ofMinSize(2)
        .ofMaxSize(8)
        .flatMap(
            perspectives ->
                Arbitraries.integers()
                    .between(ABSENT, 600)
                    .list()
                    .ofSize(perspectives.size())
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .map(speaking -> new Plan(perspectives, speaking)));
  }

  private static Dataset build(Plan plan, UnaryOperator<String> ids, boolean reversed) {
    Dataset.Builder data = dataset();
    for (int p = 0; p < plan.perspectives().size(); p++) {
      data.add(participant(ids.apply("p-" + p), plan.perspectives().get(p)));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (int a = 0; a < plan.speaking().size(); a++) {
      data.add(meeting("a-" + a).build());
      List<Integer> row = plan.speaking().get(a);
      for (int p = 0; p < row.size(); p++) {
        int s = row.get(p);
        if (s != ABSENT) {
          attendance.add(
              new Attendance(
                  "a-" + a, ids.apply("p-" + p), true, true, s == UNRECORDED ? null : s, null));
        }
      }
    }
    if (reversed) {
      Collections.reverse(attendance);
    }
    return data.attendance(attendance).build();
  }

  @Property(tries = 200)
  void measure_keepsItsRanges(@ForAll("plans") Plan plan) {
    Measurement m = measure(metric, build(plan, id -> id, false));
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.components().get("effectiveVoices"))
          .isBetween(1.0, (double) plan.perspectives().size());
      if (m.components().containsKey("voiceParity")) {
        assertThat(m.components().get("voiceParity"))
            .isBetween(0.0, (double) plan.perspectives().size());
      }
      if (m.components().containsKey("theilBetweenShare")) {
        assertThat(m.components().get("theilBetweenShare")).isBetween(0.0, 1.0);
      }
      double voiceShares = m.breakdowns().get(0).groups().stream().mapToDouble(Group::value).sum();
      assertThat(voiceShares).isCloseTo(1, within(1e-9));
    } else {
      assertThat(m.noValueReason()).isNotBlank();
    }
  }

  @Property(tries = 200)
  void measure_isInvariantUnderRelabellingAndReordering(@ForAll("plans") Plan plan) {
    Measurement original = measure(metric, build(plan, id -> id, false));
    Measurement relabelled = measure(metric, build(plan, id -> "renamed-" + id, true));

    assertThat(relabelled.noValueReason()).isEqualTo(original.noValueReason());
    if (original.value() != null) {
      assertThat(relabelled.value()).isCloseTo(original.value(), within(1e-9));
      assertThat(relabelled.components().keySet())
          .containsExactlyElementsOf(original.components().keySet());
      original
          .components()
          .forEach(
              (name, v) ->
                  assertThat(relabelled.components().get(name))
                      .as(name)
                      .isCloseTo(v, within(1e-9)));
      assertThat(relabelled.findings()).hasSameSizeAs(original.findings());
      assertThat(relabelled.warnings()).isEqualTo(original.warnings());
    }
  }

  @Property(tries = 200)
  void measure_perfectEquality_isOne(
      @ForAll @IntRange(min = 2, max = 30) int attendees,
      @ForAll @IntRange(min = 1, max = 3600) int seconds) {
    List<Perspective> perspectives = Collections.nCopies(attendees, Perspective.CARER);
    Plan plan = new Plan(perspectives, List.of(Collections.nCopies(attendees, seconds)));

    Measurement m = measure(metric, build(plan, id -> id, false));

    assertThat(m.value()).isCloseTo(1, within(1e-12));
    assertThat(m.components().get("effectiveVoices")).isCloseTo(attendees, within(1e-9));
  }

  @Property(tries = 200)
  void measure_singleVoice_isMaximallyUnequal(
      @ForAll @IntRange(min = 2, max = 30) int attendees,
      @ForAll @IntRange(min = 1, max = 3600) int seconds) {
    List<Integer> speaking = new ArrayList<>(Collections.nCopies(attendees, 0));
    speaking.set(attendees - 1, seconds);
    Plan plan =
        new Plan(Collections.nCopies(attendees, Perspective.LIVED_EXPERIENCE), List.of(speaking));

    Measurement m = measure(metric, build(plan, id -> id, false));

    // 1 − (n − 1)/n = 1/n
    assertThat(m.value()).isCloseTo(1.0 / attendees, within(1e-12));
    assertThat(m.findings()).hasSize(attendees >= VoiceEquality.DOMINANCE_MIN_ATTENDEES ? 1 : 0);
  }
}
