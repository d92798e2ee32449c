package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.copro.engine.DatasetContext;
import dev.copro.engine.ScopedData;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupSums} against {@link EvaluationContext#breakdowns} with the value "sum of the group's
 * weights ÷ total" — what the metrics that use it computed before — on generated datasets and
 * units: the same breakdowns, groups, values (bit for bit), n and order.
 */
class GroupSumsPropertiesTest {

  private static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.PERSPECTIVE,
          Dimension.attribute("age-band"),
          Dimension.attribute("area"),
          Dimension.attribute("gender"));

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(12);
  }

  @Property(tries = 300)
  void of_givesWhatTheContextsBreakdownsGive(
      @ForAll("datasets") Dataset d,
      @ForAll @IntRange(max = 60) int size,
      @ForAll long seed,
      @ForAll boolean unitTotal) {
    Random random = new Random(seed);
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < size; u++) {
      // Now and then a participant the dataset does not have, which both leave out.
      String id =
          d.participants().isEmpty() || random.nextInt(10) == 0
              ? "nobody"
              : d.participants().get(random.nextInt(d.participants().size())).id();
      // Weights of very different sizes, so that the order of adding them shows in the last bits.
      double weight =
          random.nextInt(4) == 0 ? 1 : random.nextDouble() * Math.pow(10, random.nextInt(12) - 6);
      units.add(new Unit(id, weight));
    }
    double total = unitTotal ? units.size() : units.stream().mapToDouble(Unit::weight).sum();
    EvaluationContext context = DatasetContext.builder(d).dimensions(DIMENSIONS).build();
    Positions positions = Positions.of(context);

    int[] participants =
        units.stream().mapToInt(u -> positions.participant(u.participant())).toArray();
    double[] weights = units.stream().mapToDouble(Unit::weight).toArray();

    assertThat(GroupSums.of(context, participants, weights, total))
        .isEqualTo(
            context.breakdowns(
                units,
                Unit::participant,
                group -> group.stream().mapToDouble(Unit::weight).sum() / total));
  }

  @Test
  void of_withoutDimensions_givesNoBreakdowns() {
    Dataset d = Dataset.builder().add(Participant.of("p1", Perspective.CARER)).build();
    EvaluationContext context = DatasetContext.builder(d).dimensions(List.of()).build();

    assertThat(GroupSums.of(context, new int[] {0}, new double[] {2}, 2)).isEmpty();
  }

  @Test
  void of_withAWeightMissing_isRejected() {
    Dataset d = Dataset.builder().add(Participant.of("p1", Perspective.CARER)).build();
    EvaluationContext context = DatasetContext.builder(d).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> GroupSums.of(context, new int[] {0, 0}, new double[] {2}, 2))
        .withMessage("one weight per unit: 1 weights for 2 units");
  }

  @Test
  void of_aParticipantWithNoEventInTheSlice_isRejected() {
    Dataset d =
        Fixtures.dataset()
            .add(Participant.of("p1", Perspective.CARER))
            .add(Participant.of("p2", Perspective.CARER))
            .add(Fixtures.meeting("a-1").build())
            .add(Attendance.attended("a-1", "p1"))
            .build();
    EvaluationContext slice =
        DatasetContext.builder(d)
            .build()
            .withScope(ScopedData.of(d, new Scope(Fixtures.INITIATIVE, null)));
    Positions positions = Positions.of(slice);

    assertThat(GroupSums.of(slice, new int[] {positions.participant("p1")}, new double[] {2}, 2))
        .hasSize(1);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> GroupSums.of(slice, new int[] {positions.participant("p2")}, new double[] {2}, 2))
        .withMessage("the participant at position 1 has no event in scope");
  }

  private record Unit(String participant, double weight) {}
}
