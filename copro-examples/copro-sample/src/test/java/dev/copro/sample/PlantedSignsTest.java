package dev.copro.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.Dataset;
import dev.copro.model.DeclineReason;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The warning signs planted in the carers' project, in the form the agreed detection rules read
 * them, with the record ids the README names; and their absence from the board. The expected ids
 * and shares are counted from the script in {@link CarersStory} (see the README's table), not taken
 * from a run.
 */
class PlantedSignsTest {

  private static final Dataset DATA = SampleGenerator.generate();
  private static final Signs CARERS = new Signs(DATA, SampleDatasets.CARERS_REDESIGN);
  private static final Signs BOARD = new Signs(DATA, SampleDatasets.DIRECT_PAYMENTS_BOARD);

  @Nested
  @DisplayName("carers' project")
  class Carers {

    @Test
    @DisplayName("shows all ten signs as the rules read them")
    void everySign() {
      assertShowsEverySign(CARERS, DATA);
    }

    @Test
    @DisplayName(
        "1 rubber-stamp: carers first involved on 8 May, after five of the eight decisions")
    void rubberStamp() {
      assertThat(CARERS.firstBlocInvolvement()).isEqualTo(LocalDate.of(2025, 5, 8));
      assertThat(CARERS.decisionsBeforeBloc())
          .containsExactly("cr-d01", "cr-d02", "cr-d03", "cr-d04", "cr-d05");
      assertThat(DATA.decisionsOf(SampleDatasets.CARERS_REDESIGN)).hasSize(8);
    }

    @Test
    @DisplayName(
        "2 already-decided: two decisions consulted on afterwards, three ideas declined as decided")
    void alreadyDecided() {
      assertThat(CARERS.consultedAfterDeciding()).containsExactly("cr-d04", "cr-d05");
      assertThat(DATA.decision("cr-d04").orElseThrow().consultations()).containsExactly("cr-a09");
      assertThat(CARERS.blocDeclinedFor(DeclineReason.ALREADY_DECIDED))
          .containsExactly("cr-c0007", "cr-c0008", "cr-c0022");
    }

    @Test
    @DisplayName(
        "3 does-not-fit-model: three carers' proposals declined as not fitting the current model")
    void doesNotFitModel() {
      assertThat(CARERS.blocDeclinedFor(DeclineReason.DOES_NOT_FIT_CURRENT_MODEL))
          .containsExactly("cr-c0011", "cr-c0016", "cr-c0024");
    }

    @Test
    @DisplayName(
        "4 ideas-not-used: twelve carers' proposals and suggestions, none adopted or adapted")
    void ideasNotUsed() {
      assertThat(CARERS.blocIdeas()).hasSize(12);
      assertThat(CARERS.blocIdeasUsed()).isEmpty();
    }

    @Test
    @DisplayName("5 no-feedback: 17 of the 32 carers' contributions never answered")
    void noFeedback() {
      assertThat(CARERS.blocContributions()).hasSize(32);
      assertThat(CARERS.unansweredShare(Signs.latestDate(DATA), 60))
          .isEqualTo(17 / 32.0)
          .isGreaterThan(0.25);
    }

    @Test
    @DisplayName("6 not-paid: 33 of 39 carers' attendances with no payment offered")
    void notPaid() {
      assertThat(CARERS.blocAttendances()).hasSize(39);
      assertThat(CARERS.unpaidShare()).isEqualTo(33 / 39.0).isGreaterThan(0.5);
    }

    @Test
    @DisplayName(
        "7 poor-arrangements: two days' notice three times, an 18:00 start, five hours without lunch")
    void poorArrangements() {
      assertThat(CARERS.withNotice(2)).containsExactly("cr-a09", "cr-a12", "cr-a13");
      assertThat(CARERS.startingFrom(LocalTime.of(17, 0))).containsExactly("cr-a10");
      assertThat(DATA.activity("cr-a10").orElseThrow().startTime()).isEqualTo(LocalTime.of(18, 0));
      assertThat(CARERS.longWithoutRefreshments(240)).containsExactly("cr-a12");
    }

    @Test
    @DisplayName(
        "8 access-ignored: a carer needing a hearing loop and one needing step-free access came without")
    void accessIgnored() {
      assertThat(CARERS.cameWithoutProvision(AccessKind.HEARING_LOOP))
          .containsExactly("cr-a09/p-047", "cr-a12/p-047", "cr-a13/p-047", "cr-a18/p-047");
      assertThat(CARERS.cameWithoutProvision(AccessKind.STEP_FREE)).containsExactly("cr-a10/p-048");
    }

    @Test
    @DisplayName("9 stakeholders-missing: two workshops to which no carer was invited")
    void stakeholdersMissing() {
      assertThat(CARERS.decisionSpacesWithoutBloc()).containsExactly("cr-a03", "cr-a06");
    }

    @Test
    @DisplayName("10 comments-not-documented: 8 of 32 carers' contributions not written down")
    void commentsNotDocumented() {
      assertThat(CARERS.undocumentedShare()).isEqualTo(8 / 32.0).isGreaterThan(0.10);
    }

    @Test
    @DisplayName("the carers rate the project far lower than its staff do")
    void perceptionGap() {
      assertThat(CARERS.surveyMean(false) - CARERS.surveyMean(true)).isGreaterThan(1.0);
    }
  }

  @Nested
  @DisplayName("board")
  class Board {

    @Test
    @DisplayName("shows none of the ten signs")
    void noSigns() {
      assertShowsNoSign(BOARD, DATA);
      assertThat(BOARD.blocIdeasUsed()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    @DisplayName("members and staff rate it alike")
    void noPerceptionGap() {
      assertThat(BOARD.surveyMean(false) - BOARD.surveyMean(true)).isBetween(-0.5, 0.5);
    }
  }

  /** Every sign, at the agreed thresholds. */
  static void assertShowsEverySign(Signs signs, Dataset data) {
    assertThat(signs.decisionsBeforeBloc().size() * 2)
        .isGreaterThan(data.decisionsOf(SampleDatasets.CARERS_REDESIGN).size());
    assertThat(signs.consultedAfterDeciding()).isNotEmpty();
    assertThat(signs.blocDeclinedFor(DeclineReason.DOES_NOT_FIT_CURRENT_MODEL))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(signs.blocIdeas()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(signs.blocIdeasUsed()).isEmpty();
    assertThat(signs.unansweredShare(Signs.latestDate(data), 60)).isGreaterThan(0.25);
    assertThat(signs.unpaidShare()).isGreaterThan(0.5);
    assertThat(signs.withNotice(2)).isNotEmpty();
    assertThat(signs.startingFrom(LocalTime.of(18, 0))).isNotEmpty();
    assertThat(signs.longWithoutRefreshments(240)).isNotEmpty();
    assertThat(signs.cameWithoutProvision(AccessKind.HEARING_LOOP, AccessKind.STEP_FREE))
        .isNotEmpty();
    assertThat(signs.decisionSpacesWithoutBloc()).isNotEmpty();
    assertThat(signs.undocumentedShare()).isGreaterThan(0.10);
  }

  /** None of the signs, at the agreed thresholds. */
  static void assertShowsNoSign(Signs signs, Dataset data) {
    assertThat(signs.decisionsBeforeBloc()).isEmpty();
    assertThat(signs.consultedAfterDeciding()).isEmpty();
    assertThat(signs.blocDeclinedFor(DeclineReason.ALREADY_DECIDED)).isEmpty();
    assertThat(signs.blocDeclinedFor(DeclineReason.DOES_NOT_FIT_CURRENT_MODEL)).isEmpty();
    assertThat(signs.blocIdeasUsed()).isNotEmpty();
    assertThat(signs.unansweredShare(Signs.latestDate(data), 60)).isLessThanOrEqualTo(0.25);
    assertThat(signs.unpaidShare()).isLessThan(0.1);
    assertThat(signs.attendedByBloc())
        .allSatisfy(
            a -> {
              assertThat(a.noticeDays()).isGreaterThanOrEqualTo(7);
              assertThat(a.startTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(14, 0));
            });
    assertThat(signs.longWithoutRefreshments(240)).isEmpty();
    assertThat(signs.needsUnmet()).isEmpty();
    assertThat(signs.decisionSpacesWithoutBloc()).isEmpty();
    assertThat(signs.undocumentedShare()).isLessThanOrEqualTo(0.10);
  }
}
