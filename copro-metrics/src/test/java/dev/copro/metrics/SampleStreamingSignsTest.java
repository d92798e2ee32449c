package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.metrics.experience.MinierChecklist;
import dev.copro.metrics.experience.MinierItem;
import dev.copro.metrics.tokenism.WarningSigns;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Survey;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The bundled sample on the engine's streaming path with the default configuration: the warning
 * signs of tokenism and Minier's checklist, which stream, have the values, findings and evidence of
 * the in-memory report; the ladder reads the warning signs there, so their caps apply as in memory.
 */
class SampleStreamingSignsTest {

  private static final String LADDER = "copro.ladder.tlap";
  private static final Copro COPRO = Copro.builder().parallelism(2).build();

  /** The sample, with the lived-experience members and carers answering Minier's checklist too. */
  private static final Dataset SAMPLE = withChecklistAnswers(SampleDatasets.northfield());

  private static final Report IN_MEMORY = COPRO.evaluate(SAMPLE);
  private static final Report STREAMED = COPRO.evaluate(StreamedDataset.of(SAMPLE));

  @AfterContainer
  static void close() {
    COPRO.close();
  }

  @Example
  void evaluate_streamedSample_warningSignsAsInMemory() {
    Measurement streamed = measurement(STREAMED, WarningSigns.ID);

    assertThat(streamed.value()).isEqualTo(8.0);
    assertThat(streamed).isEqualTo(withoutSlices(measurement(IN_MEMORY, WarningSigns.ID)));
    assertThat(streamed.findings())
        .extracting(Finding::code)
        .contains(
            "rubber-stamp",
            "already-decided",
            "not-paid",
            "access-ignored",
            "stakeholders-missing");
    // The reference date, learnt from the events as they stream, decides which payments are
    // overdue.
    assertThat(streamed.findings())
        .filteredOn(f -> f.code().equals("not-paid"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
  }

  @Example
  void evaluate_streamedSample_minierChecklistAsInMemory() {
    Measurement streamed = measurement(STREAMED, MinierChecklist.ID);

    assertThat(streamed.value()).isNotNull();
    assertThat(streamed.findings()).isNotEmpty();
    assertThat(streamed).isEqualTo(measurement(IN_MEMORY, MinierChecklist.ID));
  }

  @Example
  void evaluate_streamedSample_ladderCappedByTheWarningSignsAsInMemory() {
    Measurement streamed = measurement(STREAMED, LADDER);
    Measurement inMemory = measurement(IN_MEMORY, LADDER);

    assertThat(streamed.warnings())
        .noneSatisfy(w -> assertThat(w).contains("caps of the warning signs"));
    String cap =
        "Warning signs that people were brought in after decisions were made (already-decided, "
            + "rubber-stamp) hold the placement at rung 4 (consultation) or lower.";
    assertThat(inMemory.findings()).extracting(Finding::message).contains(cap);
    assertThat(streamed.findings()).extracting(Finding::message).contains(cap);
    assertThat(streamed.value()).isLessThanOrEqualTo(4.0);
  }

  private static Measurement measurement(Report report, String id) {
    Report.MetricResult result = report.metric(id).orElseThrow();
    return Objects.requireNonNull(result.measurement(), () -> id + ": " + result.failure());
  }

  /**
   * The measurement without the engine's initiative and period breakdowns, which the streaming path
   * has not.
   */
  private static Measurement withoutSlices(Measurement m) {
    return m.withBreakdowns(
        m.breakdowns().stream()
            .filter(b -> !Set.of("initiative", "period").contains(b.dimension()))
            .toList());
  }

  /**
   * The dataset with Minier's checklist as a survey, answered by every lived-experience member and
   * carer: most disagree that they were paid (the records show it too) and that their comments were
   * written down (the records do not show it), and agree with the rest.
   */
  private static Dataset withChecklistAnswers(Dataset sample) {
    Dataset.Builder b = sample.toBuilder();
    b.add(new Survey("minier", "Minier's checklist", MinierItem.surveyItems()));
    List<Participant> bloc =
        sample.participants().stream()
            .filter(
                p ->
                    p.perspective() == Perspective.LIVED_EXPERIENCE
                        || p.perspective() == Perspective.CARER)
            .toList();
    LocalDate day = LocalDate.of(2025, 3, 1);
    int n = 0;
    for (Participant p : bloc) {
      for (MinierItem item : MinierItem.values()) {
        boolean disagrees =
            (item == MinierItem.NOT_PAID || item == MinierItem.COMMENTS_NOT_DOCUMENTED)
                && n % 5 != 0;
        b.add(
            new SurveyResponse(
                "minier-" + n++, "minier", item.id(), p.id(), null, day, disagrees ? 1 : 4));
      }
    }
    return b.build();
  }
}
