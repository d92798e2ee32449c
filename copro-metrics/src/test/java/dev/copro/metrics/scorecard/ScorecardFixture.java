package dev.copro.metrics.scorecard;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.model.Principle;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Phase;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import java.util.List;
import java.util.Map;

/** Synthetic outcomes of rated metrics, and the scorecard measured over them. */
final class ScorecardFixture {

  private ScorecardFixture() {}

  /** The outcome of a direct metric informing the principles, rated as given. */
  static Outcome rated(String id, Rating rating, Principle... principles) {
    return new Outcome(
        descriptor(id, Phase.DIRECT, principles), Measurement.of(0.5, 10).build(), rating, null);
  }

  /** The outcome of a direct metric with thresholds that failed, so has no rating. */
  static Outcome failed(String id, Principle... principles) {
    return new Outcome(
        descriptor(id, Phase.DIRECT, principles), null, null, "metric " + id + " failed");
  }

  /** The outcome of a direct metric without thresholds: never rated. */
  static Outcome unratable(String id, Principle... principles) {
    Descriptor d = Descriptor.builder(id).principles(principles).build();
    return new Outcome(d, Measurement.of(0.5, 10).build(), null, null);
  }

  /** The outcome of an aggregate metric, rated as given. */
  static Outcome aggregate(String id, Rating rating, Principle... principles) {
    return new Outcome(
        descriptor(id, Phase.AGGREGATE, principles), Measurement.of(6, 8).build(), rating, null);
  }

  /**
   * The outcome of the warning signs, rated as given, with one finding per code of the given
   * severity.
   */
  static Outcome signs(Rating rating, Severity severity, String... codes) {
    Measurement.Builder m = Measurement.of(codes.length, 10);
    for (String code : codes) {
      m.finding(Finding.of(code, severity, code + " detected", List.of()));
    }
    return new Outcome(
        descriptor(
            "copro.tokenism.warning-signs",
            Phase.DIRECT,
            Principle.EQUALITY,
            Principle.DIVERSITY,
            Principle.ACCESSIBILITY,
            Principle.RECIPROCITY),
        m.build(),
        rating,
        null);
  }

  /** The outcome of the survey: people's own view, with the given value and rating. */
  static Outcome survey(double value, Rating rating) {
    return new Outcome(
        descriptor(
            "copro.experience.survey",
            Phase.DIRECT,
            Principle.EQUALITY,
            Principle.DIVERSITY,
            Principle.ACCESSIBILITY,
            Principle.RECIPROCITY),
        Measurement.of(value, 20).build(),
        rating,
        null);
  }

  /** The scorecard over the outcomes, with the given parameters. */
  static Measurement score(List<Outcome> outcomes, Map<String, ?> parameters) {
    PrincipleScorecard metric = new PrincipleScorecard();
    return metric.measure(
        DatasetContext.builder(Dataset.empty())
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .outcomes(outcomes)
            .build());
  }

  private static Descriptor descriptor(String id, Phase phase, Principle... principles) {
    return Descriptor.builder(id)
        .principles(principles)
        .phase(phase)
        .thresholds(Thresholds.higherIsBetter(0.8, 0.5))
        .build();
  }
}
