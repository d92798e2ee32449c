package dev.copro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.metrics.experience.MinierItem;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.model.Vote;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Phase;
import dev.copro.spi.StreamingMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The default catalog on the engine's streaming path: with every enabled metric streaming (and the
 * scorecard, an aggregate metric that reads only outcomes), the report of a dataset streamed is the
 * in-memory report, byte for byte, but for what the streaming path documents it leaves out — the
 * per-initiative and per-period breakdowns — and its warning saying so.
 */
class StreamingCatalogTest {

  private static final String SLICES_WARNING =
      "the dataset was evaluated as a stream of events, so metrics were not"
          + " evaluated per initiative or per period: there are no initiative or period breakdowns";
  private static final String NO_PERIODS_WARNING =
      "the dataset has no dated activities, decisions, payments or"
          + " survey responses, so there are no period breakdowns";

  /**
   * The ids of the default metrics that stream, and of the aggregate metrics that read only
   * outcomes.
   */
  private static final Set<String> ENABLED = enabled();

  private static final Configuration CONFIG =
      Configuration.builder()
          .enable(ENABLED)
          .parameter(
              "copro.diversity.representation",
              "reference",
              List.of(
                  "lived-experience=0.25", "carer=0.25", "professional=0.25", "commissioner=0.25"))
          .breakdowns("perspective", "age-band", "area", "gender")
          .suppressionMinimum(1)
          .build();
  private static final Copro SEQUENTIAL =
      Copro.builder().configuration(CONFIG).parallelism(1).build();
  private static final Copro PARALLEL =
      Copro.builder().configuration(CONFIG).parallelism(3).build();

  @AfterContainer
  static void close() {
    SEQUENTIAL.close();
    PARALLEL.close();
  }

  private static Set<String> enabled() {
    Set<String> ids = new TreeSet<>();
    for (Metric metric : ServiceLoader.load(Metric.class)) {
      if (metric instanceof StreamingMetric || metric.descriptor().phase() == Phase.AGGREGATE) {
        ids.add(metric.descriptor().id());
      }
    }
    return ids;
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets(6);
  }

  @Property(tries = 60)
  void evaluate_streamed_isTheInMemoryReportWithoutSlices(@ForAll("datasets") Dataset dataset) {
    assertStreamsAsInMemory(dataset);
  }

  @Example
  void evaluate_streamedInManyChunks_isTheInMemoryReportWithoutSlices() {
    Report streamed = assertStreamsAsInMemory(large(new Random(7)));

    assertThat(streamed.metrics())
        .allSatisfy(m -> assertThat(m.status()).as(m.id()).isEqualTo(Report.Status.OK));
  }

  @Example
  void enabled_isEveryDefaultMetric() {
    assertThat(ENABLED)
        .hasSize(21)
        .contains(
            "copro.tokenism.warning-signs",
            "copro.experience.minier-checklist",
            "copro.voice.equality",
            "copro.reciprocity.payment",
            "copro.reciprocity.feedback-loop",
            "copro.power.influence");
  }

  /**
   * Evaluates the dataset in memory and streamed, compares the reports, and returns the streamed
   * one.
   */
  private static Report assertStreamsAsInMemory(Dataset dataset) {
    Report inMemory = SEQUENTIAL.evaluate(dataset);

    Report streamed = PARALLEL.evaluate(StreamedDataset.of(dataset));

    List<String> warnings = new ArrayList<>(inMemory.warnings());
    warnings.remove(NO_PERIODS_WARNING);
    warnings.add(SLICES_WARNING);
    assertThat(ReportJson.toJson(withoutLadder(streamed)))
        .isEqualTo(ReportJson.toJson(withoutLadder(withoutSlices(inMemory, warnings))));
    // The ladder places each initiative on its own only where the engine evaluated slices;
    // streamed,
    // it places the pooled records alone. With every input streaming, the warning signs among them,
    // that pooled placement and its caps are the in-memory ones: only the weakest-initiative cap,
    // which
    // needs the slices, can hold the in-memory rung lower.
    Measurement ladderInMemory = inMemory.metric(LADDER).orElseThrow().measurement();
    Measurement ladderStreamed = streamed.metric(LADDER).orElseThrow().measurement();
    if (ladderInMemory != null && ladderInMemory.value() != null) {
      assertThat(ladderStreamed.components().get("rungBeforeCaps"))
          .isEqualTo(ladderInMemory.components().get("rungBeforeCaps"));
      assertThat(ladderStreamed.warnings()).isEqualTo(ladderInMemory.warnings());
      Double weakest = ladderInMemory.components().get("weakestInitiativeRung");
      if (weakest == null || weakest >= ladderStreamed.value()) {
        assertThat(ladderStreamed.value()).isEqualTo(ladderInMemory.value());
        assertThat(ladderStreamed.findings().get(0)).isEqualTo(ladderInMemory.findings().get(0));
      } else {
        assertThat(ladderInMemory.value()).isEqualTo(weakest);
      }
    }
    assertThat(streamed.metrics())
        .hasSize(ENABLED.size())
        .allSatisfy(
            m ->
                assertThat(m.status())
                    .as("%s: %s", m.id(), m.failure())
                    .isNotEqualTo(Report.Status.FAILED));
    return streamed;
  }

  private static final String LADDER = "copro.ladder.tlap";

  /** The report without the ladder's result, which is compared on its own. */
  private static Report withoutLadder(Report report) {
    return new Report(
        report.format(),
        report.dataset(),
        report.configuration(),
        report.metrics().stream().filter(m -> !m.id().equals(LADDER)).toList(),
        report.rules(),
        report.pluginFailures(),
        report.warnings());
  }

  /** The report with no {@code initiative} or {@code period} breakdowns and the given warnings. */
  private static Report withoutSlices(Report report, List<String> warnings) {
    Set<String> slices = Set.of("initiative", "period");
    List<Report.MetricResult> metrics =
        report.metrics().stream()
            .map(
                m ->
                    m.measurement() == null
                        ? m
                        : new Report.MetricResult(
                            m.id(),
                            m.version(),
                            m.name(),
                            m.description(),
                            m.principles(),
                            m.unit(),
                            m.measurement()
                                .withBreakdowns(
                                    m.measurement().breakdowns().stream()
                                        .filter(b -> !slices.contains(b.dimension()))
                                        .toList()),
                            m.rating(),
                            m.thresholds(),
                            m.failure()))
            .toList();
    return new Report(
        report.format(),
        report.dataset(),
        report.configuration(),
        metrics,
        report.rules(),
        report.pluginFailures(),
        warnings);
  }

  /**
   * Three initiatives, 300 participants of every perspective (some with access needs and
   * attributes), 240 activities of every type to each of which 90 people are invited, most
   * attendees with speaking time and many paid, decisions with votes, contributions (half with a
   * response), survey answers and answers to Minier's checklist: over 20 000 attendance records,
   * several chunks of the streaming path, with every default metric having something to measure.
   */
  static Dataset large(Random random) {
    Dataset.Builder b = Dataset.builder().name("large");
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 3; i++) {
      b.add(
          new Initiative(
              "i-" + i,
              "Initiative",
              null,
              start.plusDays(20L * i),
              null,
              i == 0 ? Set.of() : Set.of(LifecycleStage.DESIGN, LifecycleStage.DELIVERY),
              Map.of()));
    }
    List<String> people = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      Perspective perspective = Perspective.values()[p % 4];
      Set<AccessProvision> needs =
          p % 7 == 0 ? Set.of(AccessProvision.of(AccessKind.values()[p % 5])) : Set.of();
      Map<String, String> attributes =
          p % 3 == 0 ? Map.of("age-band", p % 2 == 0 ? "18-40" : "41-plus") : Map.of();
      b.add(new Participant("p-" + p, perspective, null, null, null, needs, attributes, null));
      people.add("p-" + p);
    }
    ActivityType[] types = {
      ActivityType.BOARD, ActivityType.PANEL, ActivityType.MEETING, ActivityType.WORKSHOP
    };
    for (int a = 0; a < 240; a++) {
      String id = "a-" + a;
      LocalDate day = start.plusDays(3L * a + 60);
      b.add(
          Activity.builder(
                  id, "i-" + a % 3, types[a % types.length], LifecycleStage.values()[a % 4], day)
              .invitedOn(day.minusDays(random.nextInt(30)))
              .provisions(AccessKind.values()[a % 5])
              .chairs(people.get(random.nextInt(people.size())))
              .build());
      List<String> invited = new ArrayList<>(people);
      Collections.shuffle(invited, random);
      for (String p : invited.subList(0, 90)) {
        boolean attended = random.nextInt(5) > 0;
        Integer seconds = attended && random.nextInt(10) > 0 ? random.nextInt(900) : null;
        b.add(new Attendance(id, p, random.nextInt(10) > 0, attended, seconds, null));
        if (attended && random.nextInt(3) > 0) {
          b.add(
              new Payment(
                  "pay-" + id + "-" + p,
                  p,
                  id,
                  PaymentKind.FEE,
                  null,
                  BigDecimal.TEN,
                  Currency.getInstance("GBP"),
                  day,
                  null,
                  random.nextInt(4) == 0 ? null : day.plusDays(random.nextInt(60))));
        }
      }
      if (a % 10 == 0) {
        List<Vote> votes = new ArrayList<>();
        for (String p : invited.subList(0, 9)) {
          votes.add(new Vote(p, 1 + random.nextInt(3), null));
        }
        b.add(
            Decision.builder("d-" + a, "i-" + a % 3, day, DecisionRule.SIMPLE_MAJORITY)
                .activity(id)
                .votes(votes)
                .build());
      }
      for (int c = 0; c < 5; c++) {
        Response response =
            random.nextBoolean()
                ? null
                : new Response(
                    day.plusDays(random.nextInt(90)),
                    ResponseOutcome.values()[random.nextInt(4)],
                    null);
        b.add(
            new Contribution(
                "c-" + a + "-" + c,
                id,
                invited.get(c),
                ContributionKind.SUGGESTION,
                null,
                random.nextBoolean(),
                null,
                response));
      }
    }
    b.add(
        new Survey(
            "s",
            "Survey",
            List.of(
                new SurveyItem("q1", "Listened to", 1, 5, Principle.EQUALITY),
                new SurveyItem("q2", "Paid fairly", 0, 10, null))));
    for (int r = 0; r < 2000; r++) {
      boolean first = r % 2 == 0;
      b.add(
          new SurveyResponse(
              "r-" + r,
              "s",
              first ? "q1" : "q2",
              people.get(random.nextInt(people.size())),
              null,
              start.plusDays(random.nextInt(700)),
              first ? 1 + random.nextInt(5) : random.nextInt(11)));
    }
    // Minier's checklist, answered by a third of the people; those who disagree cite their answers.
    b.add(new Survey("minier", "Minier's checklist", MinierItem.surveyItems()));
    for (int p = 0; p < people.size(); p += 3) {
      for (MinierItem item : MinierItem.values()) {
        b.add(
            new SurveyResponse(
                "m-" + p + "-" + item.ordinal(),
                "minier",
                item.id(),
                people.get(p),
                null,
                start.plusDays(random.nextInt(700)),
                1 + random.nextInt(5)));
      }
    }
    return b.build();
  }
}
