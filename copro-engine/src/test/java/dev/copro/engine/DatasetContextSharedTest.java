package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.spi.Outcome;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatasetContextSharedTest {

  private static final Dataset DATA =
      Dataset.builder()
          .add(
              new Initiative(
                  "i-1",
                  "One",
                  "Council",
                  LocalDate.of(2024, 1, 1),
                  null,
                  EnumSet.noneOf(LifecycleStage.class),
                  Map.of()))
          .build();

  @Test
  void shared_computesOnceForAContextAndEveryCopyOfIt() {
    AtomicInteger computed = new AtomicInteger();
    DatasetContext whole = DatasetContext.builder(DATA).build();
    DatasetContext slice =
        whole
            .withScope(ScopedData.of(DATA, new Scope("i-1", null)))
            .withOutcomes(List.<Outcome>of());

    String first =
        whole.shared("test/key", String.class, () -> "value " + computed.incrementAndGet());
    String again =
        slice.shared("test/key", String.class, () -> "value " + computed.incrementAndGet());

    assertThat(first).isEqualTo("value 1");
    assertThat(again).isEqualTo("value 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void shared_isNotSharedBetweenSeparatelyBuiltContexts() {
    AtomicInteger computed = new AtomicInteger();
    DatasetContext.builder(DATA)
        .build()
        .shared("test/key", Integer.class, computed::incrementAndGet);
    int second =
        DatasetContext.builder(DATA)
            .build()
            .shared("test/key", Integer.class, computed::incrementAndGet);

    assertThat(second).isEqualTo(2);
  }

  @Test
  void shared_refusesAKeyHoldingAnotherType() {
    DatasetContext context = DatasetContext.builder(DATA).build();
    context.shared("test/key", String.class, () -> "text");

    assertThatThrownBy(() -> context.shared("test/key", Integer.class, () -> 1))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void scopePositions_wholeForTheDatasetAndSizedByTheSliceInASlice_madeOncePerScope() {
    Dataset data = Fixtures.dataset();
    DatasetContext whole = DatasetContext.builder(data).build();
    DatasetContext second = whole.withScope(ScopedData.of(data, new Scope("i-2", null)));

    assertThat(whole.scopePositions().isWhole()).isTrue();
    assertThat(whole.scopePositions().activityCount()).isEqualTo(4);
    assertThat(whole.scopePositions()).isSameAs(whole.scopePositions());
    // i-2 holds a-3 and a-4, at positions 2 and 3; twelve people were invited to a-3, and a-4
    // adds p-13 to p-15.
    assertThat(second.scopePositions().isWhole()).isFalse();
    assertThat(second.scopePositions().activityCount()).isEqualTo(2);
    assertThat(second.scopePositions().activityAt(0)).isEqualTo(2);
    assertThat(second.scopePositions().participantCount()).isEqualTo(15);
    assertThat(second.scopePositions()).isSameAs(second.scopePositions());
  }
}
