package dev.copro.examples.plugin;

import static dev.copro.testkit.CoproAssertions.assertThat;
import static dev.copro.testkit.CoproAssertions.assertThatFindings;

import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import dev.copro.model.Perspective;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Severity;
import dev.copro.testkit.PluginHarness;
import dev.copro.testkit.RuleHarness;
import dev.copro.testkit.TestDatasets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Initiative i-1's boards, in date order: b-1 chaired by p-1 (lived experience), b-2 to b-4 by p-2
 * (professional), b-5 with no chair recorded; a meeting m-1 chaired by p-2 is not a board.
 * Initiative i-2 has one board, b-6, co-chaired by p-2 and p-3 (a carer).
 */
class RecentBoardChairsTest {

  static Dataset boards() {
    return TestDatasets.builder()
        .initiative(
            new Initiative("i-2", "Second", null, TestDatasets.START, null, Set.of(), Map.of()))
        .participant("p-1", Perspective.LIVED_EXPERIENCE)
        .participant("p-2", Perspective.PROFESSIONAL)
        .participant("p-3", Perspective.CARER)
        .activity("b-1", a -> a.type(ActivityType.BOARD).chairs("p-1").attended("p-1", "p-2"))
        .activity("b-2", a -> a.type(ActivityType.BOARD).chairs("p-2").attended("p-1", "p-2"))
        .activity("m-1", a -> a.chairs("p-2").attended("p-2"))
        .activity("b-3", a -> a.type(ActivityType.BOARD).chairs("p-2").attended("p-1", "p-2"))
        .activity("b-4", a -> a.type(ActivityType.BOARD).chairs("p-2").attended("p-2"))
        .activity("b-5", a -> a.type(ActivityType.BOARD).attended("p-1", "p-2"))
        .activity(
            "b-6",
            a -> a.initiative("i-2").type(ActivityType.BOARD).chairs("p-2", "p-3").attended("p-2"))
        .build();
  }

  private final RuleHarness harness = PluginHarness.forRule(new RecentBoardChairs());

  @Test
  void check_lastThreeBoardsChairedByProfessionals_oneFindingWithThem() {
    assertThat(harness.evaluate(boards()))
        .isOk()
        .findings()
        .hasCodes(RecentBoardChairs.NO_BLOC_CHAIR)
        .finding(RecentBoardChairs.NO_BLOC_CHAIR)
        .hasSeverity(Severity.MEDIUM)
        .hasMessageContaining("Initiative 'i-1': none of the last 3 board meetings")
        .hasEvidence("initiative:i-1", "activity:b-2", "activity:b-3", "activity:b-4");
  }

  @Test
  void lastMeetings_reachingABlocChair_noFinding() {
    assertThat(harness.withParameter("lastMeetings", 4).evaluate(boards())).isOk().hasNoFindings();
  }

  @Test
  void lastMeetings_moreThanThereAre_judgesThoseThereAre() {
    assertThatFindings(harness.withParameter("lastMeetings", 100).check(boards())).isEmpty();
    assertThatFindings(harness.withParameter("lastMeetings", 1).check(boards()))
        .finding("no-bloc-chair")
        .hasEvidence("initiative:i-1", "activity:b-4");
  }

  @Test
  void noBoards_noFindings() {
    assertThat(harness.evaluate(TestDatasets.small()))
        .isOk()
        .hasNoFinding(RecentBoardChairs.NO_BLOC_CHAIR);
    assertThat(harness.evaluate(TestDatasets.empty())).isOk().hasNoFindings();
  }

  @Test
  void northfieldSample_flagsTheCarersRedesign_notTheBoardTheBlocCoChairs() {
    // The direct payments board is co-chaired by p-001 (lived experience) throughout; the carers'
    // redesign held two board meetings, cr-a11 and cr-a15, both chaired by a commissioner.
    assertThat(harness.evaluate(SampleDatasets.northfield()))
        .isOk()
        .findings()
        .hasCodes(RecentBoardChairs.NO_BLOC_CHAIR)
        .finding(RecentBoardChairs.NO_BLOC_CHAIR)
        .hasEvidence(
            "initiative:" + SampleDatasets.CARERS_REDESIGN, "activity:cr-a11", "activity:cr-a15");
  }
}
