package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestDatasetsTest {

  @Test
  void small_hasEveryKindOfRecord() {
    Dataset small = TestDatasets.small();

    assertThat(small.initiatives()).hasSize(1);
    assertThat(small.participants()).hasSize(6);
    assertThat(small.activities()).extracting(Activity::stage).hasSize(4).doesNotHaveDuplicates();
    assertThat(small.attendance()).hasSize(6 + 4 + (3 + 1) + 4);
    assertThat(small.contributions()).hasSize(5);
    assertThat(small.decisions()).hasSize(2);
    assertThat(small.payments()).hasSize(3);
    assertThat(small.surveys()).hasSize(1);
    assertThat(small.surveyResponses()).hasSize(10);
  }

  @Test
  void singleParticipant_hasOneAttendanceWithSpeech() {
    Dataset single = TestDatasets.singleParticipant();

    assertThat(single.participants()).hasSize(1);
    assertThat(single.attendance())
        .containsExactly(new Attendance("a-1", "p-1", true, true, 300, 5));
  }

  @Test
  void builder_datesActivitiesWeeklyAndAppliesSpecs() {
    Dataset data =
        TestDatasets.builder()
            .participant("p-1", Perspective.CARER)
            .activity("a-1", a -> a.attended("p-1"))
            .activity("a-2", a -> a.invited("p-1").noticeDays(3))
            .activity("a-3", a -> a.on(LocalDate.of(2025, 6, 1)).uninvited("p-1").noticeDays(null))
            .build();

    assertThat(data.activities())
        .extracting(Activity::date)
        .containsExactly(
            TestDatasets.START, TestDatasets.START.plusWeeks(1), LocalDate.of(2025, 6, 1));
    assertThat(data.activity("a-2").orElseThrow().noticeDays()).isEqualTo(3L);
    assertThat(data.activity("a-3").orElseThrow().invitedOn()).isNull();
    assertThat(data.attendance())
        .extracting(Attendance::invited, Attendance::attended)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, true),
            org.assertj.core.groups.Tuple.tuple(true, false),
            org.assertj.core.groups.Tuple.tuple(false, true));
  }

  @Test
  void builder_initiative_holdsActivitiesGivenToIt() {
    Dataset data =
        TestDatasets.builder()
            .initiative(
                new Initiative("i-2", "Second", null, TestDatasets.START, null, Set.of(), Map.of()))
            .activity("a-1", a -> a.initiative("i-2"))
            .activity("a-2", a -> {})
            .build();

    assertThat(data.initiatives())
        .extracting(Initiative::id)
        .containsExactly(TestDatasets.INITIATIVE, "i-2");
    assertThat(data.activitiesOf("i-2")).extracting(Activity::id).containsExactly("a-1");
    assertThat(data.activitiesOf(TestDatasets.INITIATIVE))
        .extracting(Activity::id)
        .containsExactly("a-2");
  }

  @Test
  void builder_refusesInvalidRecordsWithTheDatasetException() {
    TestDatasets.Builder builder =
        TestDatasets.builder().activity("a-1", a -> a.attended("nobody"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> builder.dateOf("a-9")).hasMessageContaining("no activity 'a-9'");
  }
}
