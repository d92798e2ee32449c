package dev.copro.metrics.diversity;

import dev.copro.metrics.support.Diversity;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Dimension;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.Collection;
import java.util.List;

/**
 * {@code copro.diversity.perspectives}: the effective number of perspectives among the participants
 * in scope — the inverse Simpson index of the perspective shares, which Laakso and Taagepera
 * introduced as the effective number of parties. Three perspectives in equal numbers give 3; a
 * group of nine professionals and one carer gives 1.22.
 *
 * <p>Components: {@code shannonEvenness}, Shannon's entropy ÷ ln(number of perspectives present),
 * defined as 1 when only one perspective is present (with a warning: evenness then says nothing);
 * {@code perspectivesPresent}, how many perspectives have at least one participant.
 *
 * <p>Participants whose perspective is "other" form one group whatever their labels say: labels are
 * free text, not categories, and never appear in reports. Breakdowns: the effective number within
 * each group of every attribute dimension (the perspective dimension is left out: within one
 * perspective the number is 1 by definition).
 *
 * <p>Streams trivially: it reads only the participants in scope, which are reference records.
 */
public final class PerspectiveDiversity extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.diversity.perspectives";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Diversity of perspectives")
          .description(
              "The effective number of perspectives among the people taking part (inverse Simpson index):"
                  + " how many equally sized groups of lived experience, carers, professionals, commissioners and others"
                  + " the mix is worth. Co-production brings together people who use services, carers and professionals;"
                  + " a group made almost entirely of one of them is not diverse, however large. Component: Shannon"
                  + " evenness of the perspectives present.")
          .summary(
              "The effective number of perspectives among the people taking part, from 1 (everyone "
                  + "shares one perspective) to 5 (people with lived experience, carers, professionals, "
                  + "commissioners and others in equal numbers).")
          .goodLooksLike(
              "2.5 or more: a real mix of people who use services, carers and professionals rather than "
                  + "a room of one kind.")
          .principles(Principle.DIVERSITY)
          .unit(Unit.INDEX)
          .range(ValueRange.of(1, Perspective.values().length))
          .thresholds(Thresholds.higherIsBetter(2.5, 1.8))
          .references(
              References.SIMPSON_1949,
              References.LAAKSO_TAAGEPERA_1979,
              "Shannon, C. E. (1948) A mathematical theory of communication. Bell System Technical Journal 27:"
                  + " 379–423, 623–656.",
              "Pielou, E. C. (1966) The measurement of diversity in different types of biological collections."
                  + " Journal of Theoretical Biology 13: 131–144.",
              References.SCIE_GUIDE_51)
          .build();

  /** Creates the metric; it holds no state. */
  public PerspectiveDiversity() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    List<Participant> participants = context.participants();
    if (participants.isEmpty()) {
      return Measurement.noValue("no participants in scope");
    }
    double[] counts = countsByPerspective(participants);
    int present = Diversity.present(counts);
    Measurement.Builder result =
        Measurement.of(Diversity.inverseSimpson(counts), participants.size())
            .component("shannonEvenness", Diversity.shannonEvenness(counts))
            .component("perspectivesPresent", present);
    if (present == 1) {
      result.warning(
          "Only one perspective is present: evenness is 1 by definition and says nothing about"
              + " diversity.");
    }
    int other = (int) counts[Perspective.OTHER.ordinal()];
    if (other > 0) {
      result.warning(
          Plural.of(other, "participant has", "participants have")
              + " the perspective \"other\" and "
              + Plural.word(other, "counts", "count")
              + " as one perspective, whatever "
              + Plural.word(other, "their own label says", "their own labels say")
              + ".");
    }
    for (Breakdown b :
        context.breakdowns(
            participants,
            Participant::id,
            group -> Diversity.inverseSimpson(countsByPerspective(group)))) {
      if (!b.dimension().equals(Dimension.PERSPECTIVE.name())) {
        result.breakdown(b);
      }
    }
    return result.build();
  }

  /** The number of participants of each perspective, indexed by the perspective's ordinal. */
  static double[] countsByPerspective(Collection<Participant> participants) {
    double[] counts = new double[Perspective.values().length];
    for (Participant p : participants) {
      counts[p.perspective().ordinal()]++;
    }
    return counts;
  }
}
