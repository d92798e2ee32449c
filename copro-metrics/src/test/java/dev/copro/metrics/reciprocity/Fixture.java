package dev.copro.metrics.reciprocity;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Records and contexts shared by the reciprocity tests. */
final class Fixture {

  static final LocalDate START = LocalDate.of(2025, 1, 1);

  private Fixture() {}

  static Initiative initiative() {
    return new Initiative("i1", "Initiative", null, START, null, Set.of(), Map.of());
  }

  /** The initiative and three people: p1 lived experience, p2 carer, p3 professional. */
  static Dataset.Builder threePeople() {
    return Dataset.builder()
        .add(initiative())
        .add(Participant.of("p1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("p2", Perspective.CARER))
        .add(Participant.of("p3", Perspective.PROFESSIONAL));
  }

  static Activity activity(String id, LocalDate date) {
    return Activity.builder(id, "i1", ActivityType.MEETING, LifecycleStage.DESIGN, date).build();
  }

  static Payment payment(
      String id,
      String participant,
      @Nullable String activity,
      PaymentKind kind,
      LocalDate offered,
      @Nullable LocalDate claimed,
      @Nullable LocalDate paid) {
    return new Payment(
        id,
        participant,
        activity,
        kind,
        null,
        new BigDecimal("20.00"),
        Currency.getInstance("GBP"),
        offered,
        claimed,
        paid);
  }

  static Contribution contribution(
      String id,
      String activity,
      String participant,
      @Nullable LocalDate date,
      @Nullable Response response) {
    return new Contribution(
        id, activity, participant, ContributionKind.SUGGESTION, date, true, null, response);
  }

  static Measurement measure(
      Metric metric, Dataset data, LocalDate asOf, Map<String, ?> parameters) {
    return metric.measure(
        DatasetContext.builder(data)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .referenceDate(asOf)
            .build());
  }
}
