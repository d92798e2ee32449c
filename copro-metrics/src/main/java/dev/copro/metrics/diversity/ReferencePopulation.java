package dev.copro.metrics.diversity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A reference population given as {@code "group=share"} texts, checked entry by entry. The engine
 * has checked that the parameter is a list of texts; what the texts say is checked here, and every
 * problem is named with its entry so that an evaluator can fix the configuration.
 *
 * @param shares the share of each group, by group name, as configured (not yet rescaled)
 * @param problems what is wrong with the entries; empty when the reference is usable
 */
record ReferencePopulation(SortedMap<String, Double> shares, List<String> problems) {

  /** Takes immutable copies. */
  ReferencePopulation {
    shares = Collections.unmodifiableSortedMap(new TreeMap<>(shares));
    problems = List.copyOf(problems);
  }

  /**
   * Parses and checks the entries.
   *
   * @param entries the configured texts, each {@code group=share} with a share in [0, 1]; the group
   *     is the text before the last {@code =}, trimmed, so that a group name may itself hold one
   * @param perspectives whether the groups must be perspective codes
   * @param tolerance how far from 1 the shares may sum
   */
  static ReferencePopulation parse(List<String> entries, boolean perspectives, double tolerance) {
    SortedMap<String, Double> shares = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String where = "reference entry " + (i + 1) + " (\"" + entry + "\")";
      int eq = entry.lastIndexOf('=');
      if (eq < 0) {
        problems.add(where + " is not of the form \"group=share\"");
        continue;
      }
      String group = entry.substring(0, eq).trim();
      Double share = share(entry.substring(eq + 1));
      if (group.isEmpty()) {
        problems.add(where + " names no group before \"=\"");
      } else if (perspectives && PerspectiveCodes.parse(group).isEmpty()) {
        problems.add(where + " names no perspective; use one of " + PerspectiveCodes.known());
      } else if (share == null) {
        problems.add(where + " has no share between 0 and 1 after \"=\"");
      } else if (shares.putIfAbsent(group, share) != null) {
        problems.add(where + " repeats the group \"" + group + "\"");
      }
    }
    if (problems.isEmpty()) {
      double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
      if (!(Math.abs(sum - 1) <= tolerance)) {
        problems.add(
            String.format(
                Locale.ROOT,
                "the reference shares sum to %.4f, not 1 (tolerance %s)",
                sum,
                tolerance));
      }
    }
    return new ReferencePopulation(shares, problems);
  }

  private static @Nullable Double share(String text) {
    try {
      double share = Double.parseDouble(text.trim());
      return share >= 0 && share <= 1 ? share : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
