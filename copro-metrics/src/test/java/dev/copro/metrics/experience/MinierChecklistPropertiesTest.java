package dev.copro.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Survey;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of Minier's checklist over random answers and random records: the value and shares
 * stay in [0, 1], agreements never exceed comparisons, and neither the order of the answers nor
 * which respondent gave which answers changes the result.
 */
class MinierChecklistPropertiesTest {

  private static final Perspective[] PERSPECTIVES = {
    Perspective.LIVED_EXPERIENCE,
    Perspective.CARER,
    Perspective.PROFESSIONAL,
    Perspective.COMMISSIONER
  };

  private final MinierChecklist metric = new MinierChecklist();

  /**
   * Random people, each answering a random subset of the items, some twice, with random records.
   */
  private record World(List<Participant> people, List<SurveyResponse> responses, Outcome records) {

    static World random(Random random) {
      List<Participant> people = new ArrayList<>();
      List<SurveyResponse> responses = new ArrayList<>();
      int count = random.nextInt(16);
      for (int p = 0; p < count; p++) {
        String id = "p" + p;
        people.add(Participant.of(id, PERSPECTIVES[random.nextInt(PERSPECTIVES.length)]));
        for (MinierItem item : MinierItem.values()) {
          for (int times = random.nextInt(3); times > 0; times--) {
            responses.add(
                new SurveyResponse(
                    "r" + responses.size(),
                    MinierChecklistTest.SURVEY,
                    item.id(),
                    id,
                    null,
                    MinierChecklistTest.DAY,
                    1 + random.nextInt(5)));
          }
        }
      }
      Set<MinierItem> detected = EnumSet.noneOf(MinierItem.class);
      Set<MinierItem> notAssessed = EnumSet.noneOf(MinierItem.class);
      for (MinierItem item : MinierItem.values()) {
        int roll = random.nextInt(4);
        if (roll == 0) {
          detected.add(item);
        } else if (roll == 1) {
          notAssessed.add(item);
        }
      }
      return new World(people, responses, MinierChecklistTest.records(detected, notAssessed));
    }

    Dataset dataset(List<SurveyResponse> answers) {
      return Dataset.builder()
          .participants(people)
          .surveys(
              List.of(
                  new Survey(
                      MinierChecklistTest.SURVEY, "Minier's checklist", MinierItem.surveyItems())))
          .surveyResponses(answers)
          .build();
    }

    /**
     * The same answers given by other people: respondents of the same perspective swap ids by a
     * random permutation, so every group holds the same answers under other names.
     */
    List<SurveyResponse> relabelled(Random random) {
      Map<String, String> to = new HashMap<>();
      for (Perspective perspective : PERSPECTIVES) {
        List<String> ids =
            people.stream()
                .filter(p -> p.perspective() == perspective)
                .map(Participant::id)
                .toList();
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < ids.size(); i++) {
          to.put(ids.get(i), shuffled.get(i));
        }
      }
      return responses.stream()
          .map(
              r ->
                  new SurveyResponse(
                      r.id(),
                      r.survey(),
                      r.item(),
                      to.get(r.participant()),
                      r.initiative(),
                      r.date(),
                      r.value()))
          .toList();
    }
  }

  private Measurement measure(Dataset data, Outcome records, int minRespondents) {
    return metric.measure(
        DatasetContext.builder(data)
            .parameters(
                Parameters.resolve(
                    metric.descriptor().parameters(), Map.of("minRespondents", minRespondents)))
            .outcomes(List.of(records))
            .build());
  }

  @Property(tries = 200)
  void valueAndSharesStayInRange(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int minRespondents) {
    World world = World.random(new Random(seed));

    Measurement m = measure(world.dataset(world.responses()), world.records(), minRespondents);

    Statistics.label("value")
        .collect(m.value() == null ? "none" : m.value() == 1.0 ? "1" : "below 1");
    if (m.value() != null) {
      assertThat(m.value()).isBetween(0.0, 1.0);
      assertThat(m.value())
          .isEqualTo(m.components().get("signsAgreed") / m.components().get("signsCompared"));
    }
    m.components()
        .forEach(
            (name, v) -> {
              if (name.endsWith("Reported")) {
                assertThat(v).as(name).isBetween(0.0, 1.0);
              }
            });
    if (m.components().containsKey("signsCompared")) {
      assertThat(m.components().get("signsAgreed"))
          .isLessThanOrEqualTo(m.components().get("signsCompared"));
      long disagreements =
          Math.round(m.components().get("signsCompared") - m.components().get("signsAgreed"));
      assertThat(m.findings()).hasSize((int) disagreements);
    }
  }

  @Property(tries = 200)
  void orderOfTheAnswersDoesNotMatter(@ForAll long seed) {
    Random random = new Random(seed);
    World world = World.random(random);
    List<SurveyResponse> shuffled = new ArrayList<>(world.responses());
    Collections.shuffle(shuffled, random);

    Measurement inOrder = measure(world.dataset(world.responses()), world.records(), 3);
    Measurement outOfOrder = measure(world.dataset(shuffled), world.records(), 3);

    assertThat(outOfOrder).isEqualTo(inOrder);
  }

  @Property(tries = 200)
  void permutingRespondentsDoesNotChangeTheResult(@ForAll long seed) {
    Random random = new Random(seed);
    World world = World.random(random);

    Measurement original = measure(world.dataset(world.responses()), world.records(), 3);
    Measurement permuted = measure(world.dataset(world.relabelled(random)), world.records(), 3);

    assertThat(permuted.value()).isEqualTo(original.value());
    assertThat(permuted.n()).isEqualTo(original.n());
    assertThat(permuted.components()).isEqualTo(original.components());
    assertThat(permuted.breakdowns()).isEqualTo(original.breakdowns());
    assertThat(permuted.findings())
        .extracting(Finding::code, Finding::message)
        .isEqualTo(original.findings().stream().map(f -> tuple(f.code(), f.message())).toList());
  }
}
