package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Words;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A key stakeholder group the warning signs check on its own — carers, young people, a seldom-heard
 * community — so that a group left out cannot hide behind the bloc as a whole.
 *
 * <p>Written in the {@code keyGroups} parameter either as a perspective code ({@code carer}) or as
 * an attribute and its value ({@code age-band=16-24}, {@code community=gypsy-roma-traveller}).
 *
 * @param spec the entry as written in the parameter
 * @param name the group's name in messages, such as {@code carers} or {@code people with age-band
 *     16-24}
 * @param member whether a participant belongs to the group
 */
record KeyGroup(String spec, String name, Predicate<Participant> member) {

  /**
   * The key groups of the parameter's entries, in their order; entries that name no perspective and
   * are not {@code attribute=value} are reported in {@code problems}.
   */
  static List<KeyGroup> parse(List<String> entries, List<String> problems) {
    List<KeyGroup> groups = new ArrayList<>();
    for (String entry : entries) {
      String spec = entry.trim();
      int equals = spec.indexOf('=');
      if (equals > 0 && equals < spec.length() - 1) {
        String attribute = spec.substring(0, equals).trim();
        String value = spec.substring(equals + 1).trim();
        groups.add(
            new KeyGroup(
                spec,
                "people with " + attribute + " " + value,
                new Member(null, attribute, value)));
        continue;
      }
      Perspective perspective =
          Arrays.stream(Perspective.values())
              .filter(p -> p.code().equals(spec))
              .findFirst()
              .orElse(null);
      if (perspective == null) {
        problems.add(
            "The parameter "
                + WarningSigns.KEY_GROUPS
                + " has the entry \""
                + spec
                + "\", which is neither "
                + "a perspective code nor attribute=value: it is left out.");
      } else {
        groups.add(
            new KeyGroup(spec, Words.people(perspective), new Member(perspective, null, null)));
      }
    }
    return groups;
  }

  /**
   * Membership by a perspective, or else by an attribute's value: a record rather than a lambda, so
   * that the warning signs' accumulators, which hold the groups, can be moved between machines
   * (copro-spark).
   */
  private record Member(
      @Nullable Perspective perspective, @Nullable String attribute, @Nullable String value)
      implements Predicate<Participant> {
    @Override
    public boolean test(Participant p) {
      return perspective != null
          ? p.perspective() == perspective
          : value != null && attribute != null && value.equals(p.attributes().get(attribute));
    }
  }
}
