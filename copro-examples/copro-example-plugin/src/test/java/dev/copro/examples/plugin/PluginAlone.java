package dev.copro.examples.plugin;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.Perspective;
import dev.copro.model.SurveyResponse;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Metric;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Rule;
import dev.copro.spi.Scope;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Runs this module's plugins with nothing but copro's model and SPI, and the JDK: {@link
 * SlimClassPathTest} loads this class, the plugins, copro-model and copro-spi (and their two
 * annotation jars) in a class loader whose parent is the platform class loader, so that Jackson,
 * Guava, the engine and the test libraries are out of reach. So this class uses nothing else
 * either: it finds the plugins with {@link ServiceLoader}, as the engine does, and gives them a
 * context of its own, the SPI's default methods doing the rest (breakdowns, bloc membership).
 */
public final class PluginAlone {

  /** 6 January 2025 is a Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  private PluginAlone() {}

  /**
   * A week of an initiative, built with the model's own builders: activities in and out of office
   * hours, one without a start time, and three board meetings chaired by a professional.
   */
  public static Dataset week() {
    Dataset.Builder data =
        Dataset.builder()
            .add(Initiative.builder("i-1", "Board", MONDAY).stages(LifecycleStage.values()))
            .add(Participant.of("p-1", Perspective.CARER))
            .add(Participant.of("p-2", Perspective.PROFESSIONAL))
            .add(Participant.of("p-3", Perspective.LIVED_EXPERIENCE));
    int[] hours = {10, 18, 8, -1, 17, 11};
    for (int day = 0; day < hours.length; day++) {
      String id = "a-" + (day + 1);
      data.add(
          Activity.builder(
                  id,
                  "i-1",
                  day < 3 ? ActivityType.BOARD : ActivityType.MEETING,
                  LifecycleStage.DESIGN,
                  MONDAY.plusDays(day))
              .startTime(hours[day] < 0 ? null : LocalTime.of(hours[day], 0))
              .chairs("p-2"));
      data.add(Attendance.attended(id, "p-2"));
      if (day % 3 != 1) {
        data.add(Attendance.attended(id, day % 3 == 0 ? "p-1" : "p-3"));
      }
    }
    return data.build();
  }

  /**
   * What every metric measures and every rule finds in {@link #week()}, under default parameters,
   * broken down by perspective; each as its record's text, which is the same in any class loader.
   */
  public static List<String> run() {
    Dataset week = week();
    ClassLoader loader = PluginAlone.class.getClassLoader();
    List<String> results = new ArrayList<>();
    for (Metric metric : ServiceLoader.load(Metric.class, loader)) {
      Context context =
          new Context(week, Parameters.resolve(metric.descriptor().parameters(), Map.of()));
      results.add(metric.descriptor().id() + " " + metric.measure(context));
    }
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      Context context =
          new Context(week, Parameters.resolve(rule.descriptor().parameters(), Map.of()));
      results.add(rule.descriptor().id() + " " + rule.check(context));
    }
    return results;
  }

  /** The whole dataset, the default bloc, a breakdown by perspective. */
  private record Context(Dataset dataset, Parameters parameters) implements EvaluationContext {

    @Override
    public Scope scope() {
      return Scope.ALL;
    }

    @Override
    public List<Initiative> initiatives() {
      return dataset.initiatives();
    }

    @Override
    public List<Participant> participants() {
      return dataset.participants();
    }

    @Override
    public List<Activity> activities() {
      return dataset.activities();
    }

    @Override
    public List<Attendance> attendance() {
      return dataset.attendance();
    }

    @Override
    public List<Contribution> contributions() {
      return dataset.contributions();
    }

    @Override
    public List<Decision> decisions() {
      return dataset.decisions();
    }

    @Override
    public List<Payment> payments() {
      return dataset.payments();
    }

    @Override
    public List<SurveyResponse> surveyResponses() {
      return dataset.surveyResponses();
    }

    @Override
    public Bloc bloc() {
      return Bloc.DEFAULT;
    }

    @Override
    public List<Dimension> dimensions() {
      return List.of(Dimension.PERSPECTIVE);
    }

    @Override
    public LocalDate referenceDate() {
      return MONDAY.plusDays(6);
    }

    @Override
    public List<Outcome> outcomes() {
      return List.of();
    }
  }
}
