package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Problem messages name ids, fields and codes, never the free text of the records they are about.
 */
class DatasetReaderPrivacyTest {

  private static final String MARKER = "FREETEXT";

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(4).filter(d -> !d.activities().isEmpty());
  }

  @Property(tries = 50)
  void read_brokenRecordsWithFreeText_problemsNeverQuoteIt(@ForAll("datasets") Dataset dataset) {
    Map<String, String> markers = new HashMap<>();
    Dataset marked =
        DatasetArbitraries.withFreeText(
            dataset, text -> markers.computeIfAbsent(text, t -> MARKER + markers.size() + "X"));
    // Every record with a date gets a bad one, and every record with a reference a dangling one.
    String broken =
        Inputs.writeJson(marked)
            .replace("\"date\": \"", "\"date\": \"x")
            .replace("\"initiative\": \"", "\"initiative\": \"gone-");

    List<Problem> problems = Inputs.jsonProblems(broken);

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.toString()).doesNotContain(MARKER));
    assertThat(broken).contains(MARKER);
  }

  @Property(tries = 50)
  void read_freeTextWithoutItsQuotes_problemsNeverQuoteIt(@ForAll("datasets") Dataset dataset) {
    Map<String, String> markers = new HashMap<>();
    Dataset marked =
        DatasetArbitraries.withFreeText(
            dataset, text -> markers.computeIfAbsent(text, t -> MARKER + markers.size() + "X"));
    // A bare word where a string belongs: the parser names it in its own message.
    String unquoted = "\"(" + MARKER + "[0-9]+X)\"";
    String json = Inputs.writeJson(marked).replaceFirst(unquoted, "$1");
    String lines = Inputs.writeJsonLines(marked).replaceAll(unquoted, "$1");

    List<Problem> problems = new ArrayList<>(Inputs.jsonProblems(json));
    problems.addAll(Inputs.jsonLinesProblems(lines));

    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain(MARKER));
    assertThat(problems)
        .filteredOn(p -> p.kind() == Problem.Kind.MALFORMED)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(p -> assertThat(p.message()).contains("Unrecognized token"));
  }
}
