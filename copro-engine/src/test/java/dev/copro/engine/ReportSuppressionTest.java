package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.engine.JsonTree.Node;
import dev.copro.model.Dataset;
import dev.copro.model.Initiative;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small-number suppression as it reaches the JSON report: the metric's own breakdowns and the
 * engine's per-initiative and per-period ones, primary and secondary, judged by the people behind a
 * group. The fixture (see {@link Fixtures#dataset()}) has 6 lived-experience participants, 3 carers
 * and 6 professionals; 7 with the age band 18-40 and 8 with 41-plus; 30, 12 and 7 invitations of
 * 15, 12 and 7 people in the quarters 2025-Q1, Q2 and Q3; 30 and 19 invitations of 15 people each
 * in the initiatives i-1 and i-2.
 */
class ReportSuppressionTest {

  private static Node report(Configuration config) {
    return report(config, Fixtures.dataset(), TestPlugins.AttendanceRate.ID);
  }

  private static Node report(Configuration config, Dataset dataset, String metricId) {
    Configuration enabled = config.toBuilder().enable(metricId).build();
    try (Copro copro = Fixtures.goodEngine().configuration(enabled).build()) {
      String json = ReportJson.toJson(copro.evaluate(dataset));
      return JsonTree.parse(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "report.json",
          new ArrayList<>());
    }
  }

  private static List<Node> groups(Node report, String dimension) {
    Node measurement = report.get("metrics").elements().get(0).get("measurement");
    return measurement.get("breakdowns").elements().stream()
        .filter(b -> b.get("dimension").scalar().equals(dimension))
        .findFirst()
        .orElseThrow()
        .get("groups")
        .elements();
  }

  private static boolean hidden(Node group) {
    return (Boolean) group.get("suppressed").scalar()
        && group.get("value") == null
        && group.get("n") == null
        && group.get("people") == null;
  }

  @Test
  void report_smallPerspectiveGroup_hiddenWithTheNextSmallest() {
    Node report = report(Configuration.builder().breakdowns("perspective", "age-band").build());

    // Carers (3 people) are below 5; lived experience and professionals tie at 6, and the first key
    // goes too, or the carers' value could be worked out from the total.
    List<Node> perspective = groups(report, "perspective");
    assertThat(perspective)
        .extracting(g -> g.get("key").scalar())
        .containsExactly("carer", "lived-experience", "professional");
    assertThat(hidden(perspective.get(0))).isTrue();
    assertThat(hidden(perspective.get(1))).isTrue();
    // Professionals p-10…p-15 took up 6 + 6 + 0 + 3 = 15 of their 18 invitations.
    assertThat(perspective.get(2).get("n").scalar()).isEqualTo(6);
    assertThat(((Number) perspective.get(2).get("value").scalar()).doubleValue())
        .isCloseTo(15.0 / 18, within(1e-12));
    // Both age bands have at least 5 people: nothing hidden.
    assertThat(groups(report, "age-band")).noneMatch(g -> (Boolean) g.get("suppressed").scalar());
  }

  @Test
  void report_engineSlices_suppressedLikeAnyBreakdown() {
    Node report = report(Configuration.builder().suppressionMinimum(8).build());

    // The slices are judged by the people invited: Q3 has 7 (below 8), so Q2 (12) goes with it; Q1
    // (15) shows.
    List<Node> periods = groups(report, "period");
    assertThat(periods)
        .extracting(g -> g.get("key").scalar())
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
    assertThat(hidden(periods.get(0))).isFalse();
    assertThat(hidden(periods.get(1))).isTrue();
    assertThat(hidden(periods.get(2))).isTrue();
    // 15 people were invited to each initiative: both show.
    assertThat(groups(report, "initiative")).noneMatch(g -> (Boolean) g.get("suppressed").scalar());
    // Every perspective group rests on fewer than 8 people: all hidden, none left to subtract from.
    assertThat(groups(report, "perspective")).allMatch(ReportSuppressionTest::hidden);
  }

  private static long number(Node group, String field) {
    return ((Number) group.get(field).scalar()).longValue();
  }

  @Test
  void report_fewRecordsOfManyPeople_shown() {
    // Like the warning signs per quarter: the activity count's n is one or two activities, but 15,
    // 12 and 7 people were invited to them, so no quarter is hidden.
    List<Node> periods =
        groups(
            report(Configuration.defaults(), Fixtures.dataset(), TestPlugins.ActivityCount.ID),
            "period");

    assertThat(periods).noneMatch(ReportSuppressionTest::hidden);
    assertThat(periods).extracting(g -> number(g, "n")).containsExactly(2L, 1L, 1L);
    assertThat(periods).extracting(g -> number(g, "people")).containsExactly(15L, 12L, 7L);
  }

  @Test
  void report_manyRecordsOfFewPeople_hiddenWithTheNextSmallestByPeople() {
    // A third initiative where the same 3 people were invited to 20 meetings: 60 invitations.
    Dataset.Builder b = Fixtures.dataset().toBuilder();
    b.add(
        new Initiative(
            "i-3", "Small group", null, LocalDate.of(2025, 1, 1), null, Set.of(), Map.of()));
    for (int a = 1; a <= 20; a++) {
      b.add(Fixtures.activity("b-" + a, "i-3", LocalDate.of(2025, 1, 1).plusDays(a)));
      for (int p = 1; p <= 3; p++) {
        b.add(Fixtures.invitation("b-" + a, p, true));
      }
    }

    List<Node> initiatives =
        groups(
            report(Configuration.defaults(), b.build(), TestPlugins.AttendanceRate.ID),
            "initiative");

    assertThat(initiatives)
        .extracting(g -> g.get("key").scalar())
        .containsExactly("i-1", "i-2", "i-3");
    // i-3 rests on 60 invitations but only 3 people: hidden. i-1 and i-2 both have 15 people, so
    // the
    // first goes too, although by invitations (30 against 19) i-2 is the smaller.
    assertThat(hidden(initiatives.get(2))).isTrue();
    assertThat(hidden(initiatives.get(0))).isTrue();
    assertThat(hidden(initiatives.get(1))).isFalse();
    assertThat(number(initiatives.get(1), "n")).isEqualTo(19);
    assertThat(number(initiatives.get(1), "people")).isEqualTo(15);
  }
}
