package dev.copro.metrics.power;

import dev.copro.model.Coded;
import dev.copro.model.Decision;
import dev.copro.model.RecordKind;
import dev.copro.model.Vote;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What the power metrics share: who holds a say, code-list parameters, evidence and breakdown values. */
final class PowerSupport {

  /** Sources on co-production that several power metrics cite. */
  static final String SCIE_GUIDE_51 = "Social Care Institute for Excellence (2013, updated 2022) Co-production in social "
      + "care: what it is and how to do it. SCIE Guide 51";
  static final String TLAP_LADDER = "Think Local Act Personal and the National Co-production Advisory Group: Ladder of "
      + "co-production (doing to, doing for, doing with)";
  static final String ARNSTEIN = "Arnstein, S. R. (1969) A ladder of citizen participation. Journal of the American "
      + "Institute of Planners 35(4): 216-224";
  static final String NICE_LAY_MEMBERS = "NICE (2012) The guidelines manual, PMG6, section 3 (at least two members with "
      + "experience of patient and carer issues); NICE (2014, updated) Developing NICE guidelines: the manual, PMG20, "
      + "chapter 3 (lay members on every committee)";

  private PowerSupport() {}

  /**
   * Whether a vote gave its holder a say in the decision: a vote of weight above zero, or for
   * consensus, delegated and unilateral decisions — where the voters listed are the parties to it
   * — any listing.
   */
  static boolean givesSay(Decision decision, Vote vote) {
    return switch (decision.rule()) {
      case CONSENSUS, DELEGATED, UNILATERAL -> true;
      case SIMPLE_MAJORITY, WEIGHTED_VOTE, OTHER -> vote.weight() > 0;
    };
  }

  /**
   * The values of an enumeration named by the codes of a list parameter; codes that name no value
   * are reported in {@code warnings} and ignored.
   */
  static <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, List<String> codes, String parameter,
      List<String> warnings) {
    Set<E> result = EnumSet.noneOf(type);
    Set<String> unknown = new TreeSet<>();
    for (String code : codes) {
      E match = null;
      for (E value : type.getEnumConstants()) {
        if (value.code().equals(code)) {
          match = value;
        }
      }
      if (match == null) {
        unknown.add(code);
      } else {
        result.add(match);
      }
    }
    if (!unknown.isEmpty()) {
      warnings.add("Parameter '" + parameter + "' names " + unknown.size() + " unknown code(s), ignored: "
          + String.join(", ", unknown) + ".");
    }
    return result;
  }

  /** Evidence references to records of one kind, in the given order. */
  static List<String> refs(RecordKind kind, Collection<String> ids) {
    return ids.stream().map(id -> Finding.ref(kind, id)).toList();
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
