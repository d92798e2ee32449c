package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.ReportJson;
import dev.copro.model.Captured;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Privacy of the JSON report of the whole default catalog over generated datasets: no breakdown
 * shows a group about fewer people than the suppression minimum (or, not saying how many people,
 * with a smaller n) or a lone suppressed group that subtraction would reveal, and no free text from
 * the records reaches the report or the logs.
 */
class CatalogPrivacyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "FREETEXT";

  /**
   * Engines by configuration, built once: loading the catalog costs more than a small evaluation.
   */
  private static final Map<Configuration, Copro> ENGINES = new ConcurrentHashMap<>();

  @AfterContainer
  static void close() {
    ENGINES.values().forEach(Copro::close);
    ENGINES.clear();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(8);
  }

  @Property(tries = 25)
  void evaluate_everyBreakdown_showsNoSmallGroupAndNoLoneSuppressedOne(
      @ForAll("datasets") Dataset dataset, @ForAll @IntRange(min = 1, max = 6) int minimum)
      throws IOException {
    Configuration config =
        Configuration.builder()
            .breakdowns("perspective", "age-band", "area", "gender")
            .suppressionMinimum(minimum)
            .build();

    List<JsonNode> breakdowns = breakdowns(JSON.readTree(evaluate(config, dataset)));

    for (JsonNode breakdown : breakdowns) {
      int suppressed = 0;
      for (JsonNode group : breakdown.get("groups")) {
        if (group.get("suppressed").asBoolean()) {
          suppressed++;
          assertThat(group.has("value") || group.has("n") || group.has("people"))
              .as("suppressed group %s", group)
              .isFalse();
        } else {
          // Suppression protects people: a group shown is about at least the minimum of people, or
          // rests on at least the minimum of n when it does not say how many people it is about.
          JsonNode size = group.has("people") ? group.get("people") : group.get("n");
          assertThat(size.asLong())
              .as("group %s of %s", group, breakdown.get("dimension"))
              .isGreaterThanOrEqualTo(minimum);
        }
      }
      // One hidden group among shown ones could be recovered from the total by subtraction.
      assertThat(suppressed == 1 && breakdown.get("groups").size() > 1)
          .as("breakdown %s", breakdown)
          .isFalse();
    }
  }

  @Property(tries = 25)
  void evaluate_freeTextOfTheRecords_neverInTheReportOrTheLogs(@ForAll("datasets") Dataset dataset)
      throws IOException {
    // One marker per distinct text, so that equal labels stay equal and the metrics see the same
    // data.
    Map<String, String> markers = new HashMap<>();
    Dataset marked =
        DatasetArbitraries.withFreeText(
            dataset, text -> markers.computeIfAbsent(text, t -> MARKER + markers.size() + "X"));
    Configuration config =
        Configuration.builder()
            .breakdowns("perspective", "age-band", "area", "gender")
            .suppressionMinimum(1)
            .build();

    marked.initiatives().forEach(i -> assertThat(i.name()).startsWith(MARKER));
    StringBuilder report = new StringBuilder();
    String logs = Captured.logsOf(() -> report.append(evaluate(config, marked)));

    assertThat(report).doesNotContain(MARKER);
    assertThat(logs).doesNotContain(MARKER);
  }

  private static String evaluate(Configuration config, Dataset dataset) {
    Copro copro =
        ENGINES.computeIfAbsent(
            config, c -> Copro.builder().configuration(c).parallelism(2).build());
    return ReportJson.toJson(copro.evaluate(dataset));
  }

  /** Every breakdown of every measurement in a report. */
  private static List<JsonNode> breakdowns(JsonNode report) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode metric : report.get("metrics")) {
      JsonNode measurement = metric.get("measurement");
      if (measurement != null) {
        measurement.get("breakdowns").forEach(found::add);
      }
    }
    return found;
  }
}
