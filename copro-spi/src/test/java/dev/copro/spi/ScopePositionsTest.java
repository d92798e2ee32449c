package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScopePositionsTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final int ACTIVITIES = 6;
  private static final int PARTICIPANTS = 5;

  /** Six activities and five participants, positions 0 to 5 and 0 to 4. */
  private static Dataset references() {
    Dataset.Builder builder =
        Dataset.builder()
            .add(
                new Initiative(
                    "i-1", "Board", null, START, null, Set.of(LifecycleStage.DESIGN), Map.of()));
    for (int p = 0; p < PARTICIPANTS; p++) {
      builder.add(Participant.of("p-" + p, Perspective.LIVED_EXPERIENCE));
    }
    for (int a = 0; a < ACTIVITIES; a++) {
      builder.add(
          Activity.builder("a-" + a, "i-1", ActivityType.WORKSHOP, LifecycleStage.DESIGN, START)
              .build());
    }
    return builder.build();
  }

  private static EventBatch attendance(List<int[]> pairs) {
    List<Attendance> records = new ArrayList<>();
    for (int[] pair : pairs) {
      records.add(Attendance.attended("a-" + pair[0], "p-" + pair[1]));
    }
    return EventBatch.of(references(), records, List.of(), List.of(), List.of());
  }

  @Test
  void whole_numbersEveryPositionAsItself() {
    ScopePositions whole = ScopePositions.whole(ACTIVITIES, PARTICIPANTS);

    assertThat(whole.isWhole()).isTrue();
    assertThat(whole.activityCount()).isEqualTo(ACTIVITIES);
    assertThat(whole.participantCount()).isEqualTo(PARTICIPANTS);
    assertThat(whole.activity(4)).isEqualTo(4);
    assertThat(whole.participantAt(3)).isEqualTo(3);
    assertThat(whole.activity(EventBatch.ABSENT)).isEqualTo(EventBatch.ABSENT);
    assertThatThrownBy(() -> whole.activityAt(ACTIVITIES))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void of_numbersTheReferencedPositionsInDatasetOrder() {
    ScopePositions slice =
        ScopePositions.of(
            attendance(List.of(new int[] {5, 1}, new int[] {2, 4}, new int[] {5, 4})),
            ACTIVITIES,
            PARTICIPANTS);

    assertThat(slice.isWhole()).isFalse();
    assertThat(slice.activityCount()).isEqualTo(2);
    assertThat(slice.activity(2)).isZero();
    assertThat(slice.activity(5)).isEqualTo(1);
    assertThat(slice.activity(3)).isEqualTo(EventBatch.ABSENT);
    assertThat(slice.activityAt(1)).isEqualTo(5);
    assertThat(slice.participantCount()).isEqualTo(2);
    assertThat(slice.participant(1)).isZero();
    assertThat(slice.participant(4)).isEqualTo(1);
    assertThat(slice.participant(0)).isEqualTo(EventBatch.ABSENT);
    assertThat(ScopePositions.of(new int[] {2, 5}, new int[] {1, 4}).activityAt(1)).isEqualTo(5);
  }

  @Test
  void of_positionBeyondTheDatasetsCount_rejected() {
    EventBatch events = attendance(List.<int[]>of(new int[] {5, 1}));

    assertThatThrownBy(() -> ScopePositions.of(events, 3, PARTICIPANTS))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ScopePositions.whole(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopePositions.of(new int[] {2, 2}, new int[] {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopePositions.of(new int[] {}, new int[] {-1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void of_anyRows_numbersEachDistinctPositionOnceInAscendingOrder(
      @ForAll("pairs") List<int[]> pairs) {
    ScopePositions slice = ScopePositions.of(attendance(pairs), ACTIVITIES, PARTICIPANTS);
    TreeSet<Integer> activities = new TreeSet<>();
    TreeSet<Integer> participants = new TreeSet<>();
    pairs.forEach(
        pair -> {
          activities.add(pair[0]);
          participants.add(pair[1]);
        });

    assertThat(slice.activityCount()).isEqualTo(activities.size());
    assertThat(slice.participantCount()).isEqualTo(participants.size());
    int number = 0;
    for (int a : activities) {
      assertThat(slice.activity(a)).isEqualTo(number);
      assertThat(slice.activityAt(number)).isEqualTo(a);
      number++;
    }
    for (int a = 0; a < ACTIVITIES; a++) {
      if (!activities.contains(a)) {
        assertThat(slice.activity(a)).isEqualTo(EventBatch.ABSENT);
      }
    }
    number = 0;
    for (int p : participants) {
      assertThat(slice.participant(p)).isEqualTo(number);
      assertThat(slice.participantAt(number)).isEqualTo(p);
      number++;
    }
  }

  @Provide
  Arbitrary<List<int[]>> pairs() {
    return Arbitraries.integers()
        .between(0, ACTIVITIES * PARTICIPANTS - 1)
        .map(i -> new int[] {i / PARTICIPANTS, i % PARTICIPANTS})
        .list()
        .ofMaxSize(12);
  }
}
