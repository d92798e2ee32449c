package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.EvaluationContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InIdOrderTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  /** Records added against id order: b before a, p2 before p1. */
  private static EvaluationContext context() {
    Dataset data =
        Dataset.builder()
            .add(new Initiative("i", "Board", null, DAY, null, Set.of(), Map.of()))
            .add(Participant.of("p2", Perspective.CARER))
            .add(Participant.of("p1", Perspective.PROFESSIONAL))
            .add(
                Activity.builder("b", "i", ActivityType.MEETING, LifecycleStage.DESIGN, DAY)
                    .build())
            .add(
                Activity.builder("a", "i", ActivityType.MEETING, LifecycleStage.DESIGN, DAY)
                    .build())
            .add(Attendance.attended("b", "p2"))
            .add(Attendance.attended("b", "p1"))
            .add(Decision.builder("d2", "i", DAY, DecisionRule.CONSENSUS).activity("b").build())
            .add(Decision.builder("d1", "i", DAY, DecisionRule.CONSENSUS).activity("a").build())
            .build();
    return DatasetContext.builder(data).build();
  }

  @Test
  void activitiesAndDecisions_inIdOrder_whateverTheRecordOrder() {
    EvaluationContext context = context();

    assertThat(InIdOrder.activities(context)).extracting(Activity::id).containsExactly("a", "b");
    assertThat(InIdOrder.decisions(context)).extracting(Decision::id).containsExactly("d1", "d2");
    // The context itself keeps the dataset's order.
    assertThat(context.activities()).extracting(Activity::id).containsExactly("b", "a");
  }

  @Test
  void byParticipant_sortsACopy() {
    EvaluationContext context = context();

    assertThat(InIdOrder.byParticipant(context.dataset().attendanceAt("b")))
        .extracting(Attendance::participant)
        .containsExactly("p1", "p2");
    assertThat(context.dataset().attendanceAt("b"))
        .extracting(Attendance::participant)
        .containsExactly("p2", "p1");
  }
}
