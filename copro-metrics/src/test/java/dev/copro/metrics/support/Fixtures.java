package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Parameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Datasets and contexts for the tests of the voice, diversity and access metrics. */
public final class Fixtures {

  /** The day activities take place unless a test says otherwise. */
  public static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  /** The id of the one initiative. */
  public static final String INITIATIVE = "i-1";

  private Fixtures() {}

  /** A dataset builder holding the one initiative. */
  public static Dataset.Builder dataset() {
    return Dataset.builder()
        .add(
            new Initiative(
                INITIATIVE,
                "Initiative",
                null,
                LocalDate.of(2025, 1, 1),
                null,
                Set.of(),
                Map.of()));
  }

  /** A participant with only an id and a perspective; "other" gets the label {@code "advocate"}. */
  public static Participant participant(String id, Perspective perspective) {
    return perspective == Perspective.OTHER
        ? new Participant(id, perspective, "advocate", null, null, Set.of(), Map.of(), null)
        : Participant.of(id, perspective);
  }

  /** Participants p-0, p-1, … : so many with lived experience, then carers, then professionals. */
  public static Dataset mix(int livedExperience, int carers, int professionals) {
    Dataset.Builder data = dataset();
    int id = 0;
    for (int i = 0; i < livedExperience; i++) {
      data.add(Participant.of("p-" + id++, Perspective.LIVED_EXPERIENCE));
    }
    for (int i = 0; i < carers; i++) {
      data.add(Participant.of("p-" + id++, Perspective.CARER));
    }
    for (int i = 0; i < professionals; i++) {
      data.add(Participant.of("p-" + id++, Perspective.PROFESSIONAL));
    }
    return data.build();
  }

  /** A design-stage meeting of the initiative on {@link #DAY}. */
  public static Activity.Builder meeting(String id) {
    return Activity.builder(id, INITIATIVE, ActivityType.MEETING, LifecycleStage.DESIGN, DAY);
  }

  /** Measures {@code dataset} with the metric's default parameters. */
  public static Measurement measure(Metric metric, Dataset dataset) {
    return measure(metric, dataset, Map.of());
  }

  /** Measures {@code dataset} with the given parameters, others at their defaults. */
  public static Measurement measure(Metric metric, Dataset dataset, Map<String, ?> parameters) {
    return measure(metric, context(metric, dataset, parameters).build());
  }

  /** A context builder over the whole of {@code dataset} with the given parameters. */
  public static DatasetContext.Builder context(
      Metric metric, Dataset dataset, Map<String, ?> parameters) {
    return DatasetContext.builder(dataset)
        .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters));
  }

  /** Measures in the given context and checks the result keeps the engine's contract. */
  public static Measurement measure(Metric metric, DatasetContext context) {
    Measurement m = metric.measure(context);
    assertKeepsContract(metric.descriptor(), m);
    return m;
  }

  /**
   * Asserts what the engine would check: every number finite, the headline value and every
   * breakdown value within the descriptor's range.
   */
  public static void assertKeepsContract(Descriptor descriptor, Measurement m) {
    if (m.value() != null) {
      assertThat(descriptor.range().contains(m.value()))
          .as("headline %s in %s", m.value(), descriptor.range())
          .isTrue();
    }
    m.components().forEach((name, v) -> assertThat(v).as(name).isFinite());
    for (Breakdown b : m.breakdowns()) {
      for (Group g : b.groups()) {
        if (g.value() != null) {
          assertThat(descriptor.range().contains(g.value()))
              .as("%s/%s = %s", b.dimension(), g.key(), g.value())
              .isTrue();
        }
      }
    }
  }

  /** The group with the given key in the breakdown with the given name. */
  public static Group group(Measurement m, String dimension, String key) {
    Breakdown breakdown =
        m.breakdowns().stream()
            .filter(b -> b.dimension().equals(dimension))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no breakdown " + dimension + " in " + m.breakdowns()));
    return breakdown.groups().stream()
        .filter(g -> g.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + key + " in " + breakdown));
  }
}
