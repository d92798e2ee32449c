package dev.copro.metrics.power;

import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Shares;
import dev.copro.model.Activity;
import dev.copro.model.Principle;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code copro.power.leadership}: the share of activities, among those with their chairs or
 * facilitators recorded, that a member of the lived-experience bloc chaired or co-chaired.
 *
 * <p>Activities without chairs recorded are left out with a warning. Breakdowns: by lifecycle stage
 * and by type of activity, and by each participant dimension — the share of the activities that
 * someone from the group chaired.
 *
 * <p>Streams trivially: it reads only the activities in scope, which are reference records.
 *
 * @since 0.1.0
 */
public final class Leadership extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.power.leadership";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .name("Leadership")
          .description(
              "Share of activities chaired or co-chaired by people with lived experience or carers: whether they "
                  + "lead and set agendas, or only attend.")
          .summary(
              "The share of activities chaired or co-chaired by people with lived experience and "
                  + "carers, from 0% to 100%.")
          .goodLooksLike(
              "People with lived experience and carers chair or co-chair at least half of the "
                  + "activities and help set the agendas.")
          .principles(Principle.EQUALITY)
          .unit(Unit.SHARE)
          .range(0, 1)
          .thresholds(Thresholds.higherIsBetter(0.5, 0.2))
          .references(
              References.SCIE_GUIDE_51,
              References.TLAP_LADDER,
              References.ARNSTEIN_1969,
              "NIHR (2019) UK Standards for Public Involvement: working together, governance")
          .build();

  /** Creates the metric. */
  public Leadership() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    List<Activity> chaired = new ArrayList<>();
    List<Chair> chairs = new ArrayList<>();
    Set<String> blocChaired = new HashSet<>();
    int unrecorded = 0;
    for (Activity activity : context.activities()) {
      if (activity.chairs().isEmpty()) {
        unrecorded++;
        continue;
      }
      chaired.add(activity);
      for (String chair : new LinkedHashSet<>(activity.chairs())) {
        chairs.add(new Chair(activity.id(), chair));
        if (context.isBloc(chair)) {
          blocChaired.add(activity.id());
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    if (unrecorded > 0) {
      warnings.add(
          Plural.of(unrecorded, "activity has", "activities have")
              + " no chairs recorded, so "
              + Plural.word(unrecorded, "it is", "they are")
              + " left out.");
    }
    if (chaired.isEmpty()) {
      return PowerSupport.noValue("no activities in scope with chairs recorded", warnings);
    }
    Measurement.Builder result =
        Measurement.of((double) blocChaired.size() / chaired.size(), chaired.size());
    result.breakdowns(Shares.byStageAndType(chaired, a -> blocChaired.contains(a.id())));
    result.breakdowns(
        context.breakdowns(
            chairs,
            Chair::participant,
            PowerSupport.shareOfDistinct(Chair::activity, chaired.size())));
    warnings.forEach(result::warning);
    return result.build();
  }

  /** A participant chairing an activity. */
  private record Chair(String activity, String participant) {}
}
