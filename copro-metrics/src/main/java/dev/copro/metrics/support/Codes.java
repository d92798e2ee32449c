package dev.copro.metrics.support;

import dev.copro.model.Coded;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads list parameters that name values of an enumeration by their codes. */
public final class Codes {

  private Codes() {}

  /**
   * The values of an enumeration named by the codes of a list parameter. Codes that name no value
   * are reported in {@code warnings}, naming the parameter, and otherwise ignored: the engine has
   * checked the parameter's type, not its contents, and an evaluation should not fail over it.
   *
   * @param type the enumeration
   * @param codes the codes, as configured
   * @param parameter the parameter's name, for the warning
   * @param warnings where the warning goes
   * @param <E> the enumeration type
   * @return the values named, in enumeration order
   */
  public static <E extends Enum<E> & Coded> Set<E> parse(
      Class<E> type, List<String> codes, String parameter, List<String> warnings) {
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
      warnings.add(
          "The parameter "
              + parameter
              + " names codes that do not exist and are ignored: "
              + String.join(", ", unknown)
              + ".");
    }
    return result;
  }
}
