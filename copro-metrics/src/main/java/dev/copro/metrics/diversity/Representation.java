package dev.copro.metrics.diversity;

import dev.copro.metrics.support.Disproportionality;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.model.Participant;
import dev.copro.model.Principle;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code copro.diversity.representation}: how far the mix of participants in scope departs from a
 * reference population — the Loosemore–Hanby index {@code ½ Σ |vᵢ − sᵢ|} (headline) and the
 * Gallagher least-squares index {@code √(½ Σ (vᵢ − sᵢ)²)} (component {@code gallagher}), where
 * {@code vᵢ} is group i's share of the participants and {@code sᵢ} its share of the reference.
 * Lower is better; 0 means the participants mirror the population.
 *
 * <p>Parameters: {@value #DIMENSION}, {@code "perspective"} or the name of a participant attribute;
 * {@value #REFERENCE}, entries {@code "group=share"} whose shares sum to 1 within {@value
 * #TOLERANCE}. Without a reference there is no value, with a reason saying how to give one; invalid
 * entries give no value either, with a reason naming each bad entry.
 *
 * <p>Groups: a reference group with nobody present counts its whole share; participants in a group
 * the reference does not list count against a share of 0 (with a warning); participants without the
 * attribute are left out (with a warning) unless the reference lists the group {@value
 * Dimension#NOT_RECORDED}. Reference shares that sum to 1 only within the tolerance are rescaled to
 * sum to 1 exactly (with a warning). Breakdown: each present group's share of the participants,
 * under the dimension's name.
 *
 * <p>Streams trivially: it reads only the participants in scope, which are reference records.
 */
public final class Representation extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.diversity.representation";

  /** The parameter naming what the groups are: {@code perspective} or an attribute name. */
  public static final String DIMENSION = "dimension";

  /** The parameter holding the reference population as {@code group=share} entries. */
  public static final String REFERENCE = "reference";

  /** The parameter saying how far from 1 the reference shares may sum. */
  public static final String TOLERANCE = "tolerance";

  /**
   * Differences from 1 this small are rounding in the sum of decimal shares, not a configured gap.
   */
  private static final double ROUNDING = 1e-9;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Representation of the population")
          .description(
              "How far the mix of people taking part departs from the population the services are for,"
                  + " by perspective or by a demographic attribute such as ethnicity or age band: the Loosemore–Hanby"
                  + " index, the share of places that would have to change hands for the participants to mirror the"
                  + " population. Diversity in co-production means the people involved reflect the people served. Lower"
                  + " is better. Component: the Gallagher least-squares index. Needs a configured reference population.")
          .summary(
              "How far the mix of people taking part differs from the population the services are for, "
                  + "from 0 (a perfect match) to 1 (no overlap at all): the share of places that would have "
                  + "to change hands to match it.")
          .goodLooksLike(
              "Close to 0, so that the people involved look like the people the services are for.")
          .principles(Principle.DIVERSITY)
          .unit(Unit.INDEX)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.string(
                  DIMENSION,
                  Dimension.PERSPECTIVE.name(),
                  "What the groups are: \"perspective\", or"
                      + " the name of a participant attribute such as \"ethnicity\"."),
              ParameterSpec.strings(
                  REFERENCE,
                  List.of(),
                  "The reference population as \"group=share\" entries, such"
                      + " as [\"lived-experience=0.4\", \"carer=0.3\", \"professional=0.3\"]; shares between 0 and 1 that"
                      + " sum to 1. Empty: not configured, no value."),
              ParameterSpec.decimal(
                  TOLERANCE,
                  0.01,
                  0.0,
                  0.1,
                  "How far from 1 the reference shares may sum (to allow"
                      + " for rounded published figures); within it they are rescaled to sum to 1."))
          .thresholds(Thresholds.lowerIsBetter(0.10, 0.20))
          .references(
              "Loosemore, J. and Hanby, V. J. (1971) The theoretical limits of maximum distortion: some analytic"
                  + " expressions for electoral systems. British Journal of Political Science 1(4): 467–477.",
              "Gallagher, M. (1991) Proportionality, disproportionality and electoral systems. Electoral Studies"
                  + " 10(1): 33–51.",
              References.SCIE_GUIDE_51)
          .build();

  /** Creates the metric; it holds no state. */
  public Representation() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    String dimensionName = context.parameters().string(DIMENSION).trim();
    if (dimensionName.isEmpty()) {
      return Measurement.noValue(
          "the parameter '"
              + DIMENSION
              + "' is blank: set it to \"perspective\" or the name"
              + " of a participant attribute");
    }
    List<String> entries = context.parameters().strings(REFERENCE);
    if (entries.isEmpty()) {
      return Measurement.noValue(
          "no reference population is configured: set the parameter '"
              + REFERENCE
              + "' to \"group=share\" entries that sum to 1, such as [\"lived-experience=0.4\", \"carer=0.3\","
              + " \"professional=0.3\"], and '"
              + DIMENSION
              + "' to \"perspective\" or a participant attribute name");
    }
    Dimension dimension =
        dimensionName.equals(Dimension.PERSPECTIVE.name())
            ? Dimension.PERSPECTIVE
            : Dimension.attribute(dimensionName);
    ReferencePopulation reference =
        ReferencePopulation.parse(
            entries,
            dimension.equals(Dimension.PERSPECTIVE),
            context.parameters().decimal(TOLERANCE));
    if (!reference.problems().isEmpty()) {
      return Measurement.noValue(
          "the reference population is invalid: " + String.join("; ", reference.problems()));
    }
    List<Participant> participants = context.participants();
    if (participants.isEmpty()) {
      return Measurement.noValue("no participants in scope");
    }
    SortedMap<String, Integer> counts = new TreeMap<>();
    int unrecorded = 0;
    for (Participant p : participants) {
      String group = dimension.groupOf(p);
      if (group.equals(Dimension.NOT_RECORDED)
          && !reference.shares().containsKey(Dimension.NOT_RECORDED)) {
        unrecorded++;
      } else {
        counts.merge(group, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return Measurement.noValue(
          String.format(
              Locale.ROOT,
              "none of the %d participants in scope has a value for the attribute '%s'",
              participants.size(),
              dimensionName));
    }
    return disproportionality(dimensionName, reference.shares(), counts, unrecorded);
  }

  private static Measurement disproportionality(
      String dimensionName,
      SortedMap<String, Double> reference,
      SortedMap<String, Integer> counts,
      int unrecorded) {
    int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
    double referenceSum = reference.values().stream().mapToDouble(Double::doubleValue).sum();
    TreeSet<String> groups = new TreeSet<>(reference.keySet());
    groups.addAll(counts.keySet());
    double[] observed = new double[groups.size()];
    double[] expected = new double[groups.size()];
    int i = 0;
    int unlistedGroups = 0;
    int unlistedPeople = 0;
    for (String group : groups) {
      int count = counts.getOrDefault(group, 0);
      observed[i] = (double) count / counted;
      expected[i] = reference.getOrDefault(group, 0.0) / referenceSum;
      if (!reference.containsKey(group)) {
        unlistedGroups++;
        unlistedPeople += count;
      }
      i++;
    }
    Measurement.Builder result =
        Measurement.of(Disproportionality.loosemoreHanby(observed, expected), counted)
            .component("gallagher", Disproportionality.gallagher(observed, expected));
    List<Group> shares = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      shares.add(Group.of(e.getKey(), (double) e.getValue() / counted, e.getValue(), e.getValue()));
    }
    result.breakdown(new Breakdown(dimensionName, shares));
    if (unrecorded > 0) {
      result.warning(
          Plural.of(unrecorded, "participant has", "participants have")
              + " no value for '"
              + dimensionName
              + "', so they are left out; list the group \""
              + Dimension.NOT_RECORDED
              + "\" in the reference to count them.");
    }
    if (unlistedGroups > 0) {
      result.warning(
          Plural.of(unlistedPeople, "participant is", "participants are")
              + " in "
              + Plural.of(unlistedGroups, "group", "groups")
              + " that the reference does not list, so "
              + "they count against a reference share of 0.");
    }
    if (Math.abs(referenceSum - 1) > ROUNDING) {
      result.warning(
          String.format(
              Locale.ROOT,
              "The reference shares sum to %s; they were rescaled to sum to 1.",
              referenceSum));
    }
    return result.build();
  }
}
