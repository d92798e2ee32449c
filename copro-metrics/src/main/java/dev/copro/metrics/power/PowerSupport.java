package dev.copro.metrics.power;

import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What the power metrics share: a citation, evidence and breakdown values. */
final class PowerSupport {

  /** NICE's requirement of lay members on committees, which the seat-share target follows. */
  static final String NICE_LAY_MEMBERS =
      "NICE (2012) The guidelines manual, PMG6, section 3 (at least two members with "
          + "experience of patient and carer issues); NICE (2014, updated) Developing NICE guidelines: the manual, PMG20, "
          + "chapter 3 (lay members on every committee)";

  private PowerSupport() {}

  /**
   * Evidence references to records of one kind, in id order: the report must not depend on the
   * order the records came in.
   */
  static List<String> refs(RecordKind kind, Collection<String> ids) {
    return ids.stream().sorted().map(id -> Finding.ref(kind, id)).toList();
  }

  /**
   * A breakdown value: the share of {@code total} things (decisions, activities) that appear among
   * a group's units, each thing counted once however many of the group's members it involves; NaN
   * (no value) when {@code total} is 0.
   */
  static <T> ToDoubleFunction<List<T>> shareOfDistinct(Function<T, String> thing, int total) {
    return units -> {
      if (total == 0) {
        return Double.NaN;
      }
      Set<String> distinct = new HashSet<>();
      for (T unit : units) {
        distinct.add(thing.apply(unit));
      }
      return (double) distinct.size() / total;
    };
  }

  /** A measurement without a value, saying why, that keeps the warnings gathered so far. */
  static Measurement noValue(String reason, List<String> warnings) {
    Measurement.Builder none = Measurement.builderWithoutValue(reason);
    warnings.forEach(none::warning);
    return none.build();
  }
}
