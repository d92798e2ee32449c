package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Structural checks and immutable, deterministically ordered copies shared by the records.
 *
 * <p>The copies are the JDK's own immutable and unmodifiable collections: their storage lives in
 * {@code java.base}, which does not open its packages to class-path code, so a plugin cannot write
 * into a record's collections through reflection (record fields themselves cannot be set through
 * reflection at all). Collections of class-path libraries such as Guava's give no such protection.
 */
final class Records {

  /** The shared sets of listed provisions, by the bits of their kinds' ordinals. */
  private static final ConcurrentMap<Integer, Set<AccessProvision>> LISTED_PROVISIONS =
      new ConcurrentHashMap<>();

  private Records() {}

  static String requireId(@Nullable String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return id;
  }

  static @Nullable String requireLabel(Coded code, @Nullable String label, String name) {
    boolean other = "other".equals(code.code());
    if (other && (label == null || label.isBlank())) {
      throw new IllegalArgumentException(name + " is required when the code is 'other'");
    }
    if (!other && label != null) {
      throw new IllegalArgumentException(
          name + " is allowed only with the code 'other', not '" + code.code() + "'");
    }
    return label;
  }

  static <E extends Enum<E>> Set<E> enumSet(@Nullable Collection<E> values, Class<E> type) {
    if (values == null || values.isEmpty()) {
      return Collections.emptySortedSet();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  /**
   * An immutable sorted copy of provisions. A set of listed kinds only (no "other" labels) is
   * shared by every record that has it: there are at most 2^14 such sets, and a dataset uses a few,
   * while a large dataset has hundreds of thousands of activities with provisions.
   */
  static Set<AccessProvision> provisions(@Nullable Collection<AccessProvision> values) {
    if (values == null || values.isEmpty()) {
      return Collections.emptySortedSet();
    }
    int kinds = 0;
    for (AccessProvision provision : values) {
      if (provision.label() != null) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
      }
      kinds |= 1 << provision.kind().ordinal();
    }
    return LISTED_PROVISIONS.computeIfAbsent(
        kinds, k -> Collections.unmodifiableSortedSet(new TreeSet<>(values)));
  }

  static <T> List<T> list(@Nullable Collection<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** Puts a free attribute a builder was given, collecting a missing name or value as a problem. */
  static void attribute(
      Checks checks,
      Map<String, String> attributes,
      @Nullable String name,
      @Nullable String value) {
    if (name == null || name.isBlank()) {
      checks.add(
          Problem.Kind.MISSING_FIELD,
          "attributes",
          "An attribute has no name: name every attribute.");
    } else if (value == null) {
      checks.add(
          Problem.Kind.MISSING_FIELD,
          "attributes/" + name.replace("~", "~0").replace("/", "~1"),
          "The attribute '" + name + "' has no value.");
    } else {
      attributes.put(name, value);
    }
  }

  static Map<String, String> attributes(@Nullable Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return Collections.emptySortedMap();
    }
    TreeMap<String, String> copy = new TreeMap<>();
    attributes.forEach(
        (name, value) ->
            copy.put(
                Objects.requireNonNull(name, "attribute name"),
                Objects.requireNonNull(value, "attribute value")));
    return Collections.unmodifiableSortedMap(copy);
  }
}
