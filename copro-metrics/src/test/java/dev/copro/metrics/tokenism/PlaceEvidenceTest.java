package dev.copro.metrics.tokenism;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.DatasetContext;
import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.Positions;
import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Perspective;
import dev.copro.model.RecordKind;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The attendances cited by place ({@link PlaceKeys}, {@link PlaceEvidence}) are those that evidence
 * of the attendance keys themselves would cite, where the order of the keys is not that of the
 * activity ids: {@code x-y/q1} and {@code x.y/q1} come before {@code x/q1}, which comes before
 * {@code x/y/q1}.
 */
class PlaceEvidenceTest {

  private static final List<String> ACTIVITIES = List.of("x", "x-y", "x.y", "x/y");
  private static final int PEOPLE = 50;

  /**
   * The good-practice scenario with four more activities, none paid for, each attended by fifty
   * more people with lived experience (the bloc): 200 unpaid attendances by the bloc.
   */
  private static Dataset unpaidAttendances() {
    SignsFixture f = SignsFixture.goodPractice();
    for (String activity : ACTIVITIES) {
      f.activity(activity, ActivityType.WORKSHOP, LifecycleStage.DESIGN, LocalDate.of(2025, 2, 10));
    }
    for (int i = 0; i < PEOPLE; i++) {
      f.person("q" + i, Perspective.LIVED_EXPERIENCE);
      for (String activity : ACTIVITIES) {
        f.attend(activity, "q" + i);
      }
    }
    return f.dataset();
  }

  @Test
  void notPaid_citesTheFirstUnpaidAttendancesInKeyOrder() {
    Measurement m = SignsFixture.measure(unpaidAttendances(), Map.of());

    TreeSet<String> unpaid = new TreeSet<>();
    for (String activity : ACTIVITIES) {
      for (int i = 0; i < PEOPLE; i++) {
        unpaid.add(Finding.ref(RecordKind.ATTENDANCE, activity + "/q" + i));
      }
    }
    Finding bloc =
        m.findings().stream().filter(f -> f.code().equals("not-paid")).findFirst().orElseThrow();
    assertThat(bloc.evidence())
        .containsExactlyElementsOf(new ArrayList<>(unpaid).subList(0, Finding.MAX_EVIDENCE));
    assertThat(bloc.evidenceOmitted()).isEqualTo(unpaid.size() - Finding.MAX_EVIDENCE);
    assertThat(bloc.evidence().get(0)).isEqualTo("attendance:x-y/q0");
  }

  @Test
  void compare_ordersPlacesAsTheirAttendanceKeys() {
    PlaceKeys keys = placeKeys(DatasetContext.builder(unpaidAttendances()).build());
    List<Long> places = allPlaces(keys);

    for (long a : places) {
      for (long b : places) {
        assertThat(Integer.signum(keys.compare(a, b)))
            .as("%s against %s", keys.attendanceKey(a), keys.attendanceKey(b))
            .isEqualTo(Integer.signum(keys.attendanceKey(a).compareTo(keys.attendanceKey(b))));
      }
    }
  }

  @Test
  void evidence_isThatOfTheKeysWhateverTheOrderAndSplit() {
    PlaceKeys keys = placeKeys(DatasetContext.builder(unpaidAttendances()).build());
    List<Long> places = allPlaces(keys);
    Evidence expected = new Evidence(RecordKind.ATTENDANCE);
    places.forEach(place -> expected.add(keys.attendanceKey(place)));

    Random random = new Random(17);
    for (int run = 0; run < 20; run++) {
      List<Long> shuffled = new ArrayList<>(places);
      Collections.shuffle(shuffled, random);
      int split = random.nextInt(shuffled.size() + 1);
      PlaceEvidence first = new PlaceEvidence(keys);
      PlaceEvidence second = new PlaceEvidence(keys);
      shuffled.subList(0, split).forEach(first::add);
      shuffled.subList(split, shuffled.size()).forEach(second::add);
      first.addAll(second);

      assertThat(first.count()).isEqualTo(places.size());
      assertThat(cited(first.evidence())).isEqualTo(cited(expected));
    }
  }

  private static PlaceKeys placeKeys(EvaluationContext context) {
    return new PlaceKeys(Positions.of(context), context.scopePositions());
  }

  /** Every place of the dataset: each activity with each participant. */
  private static List<Long> allPlaces(PlaceKeys keys) {
    List<Long> places = new ArrayList<>();
    for (long place = 0; keys.activity(place) < ACTIVITIES.size() + 2; place++) {
      places.add(place);
    }
    return places;
  }

  private static Finding cited(Evidence evidence) {
    return Evidence.finding("code", Severity.LOW, "message", evidence);
  }
}
