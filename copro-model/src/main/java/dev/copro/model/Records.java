package dev.copro.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Structural checks and immutable, deterministically ordered copies shared by the records. */
final class Records {

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
      throw new IllegalArgumentException(name + " is allowed only with the code 'other', not '" + code.code() + "'");
    }
    return label;
  }

  static <E extends Enum<E>> Set<E> enumSet(@Nullable Collection<E> values, Class<E> type) {
    if (values == null || values.isEmpty()) {
      return ImmutableSortedSet.of();
    }
    return ImmutableSortedSet.copyOf(EnumSet.copyOf(values));
  }

  static Set<AccessProvision> provisions(@Nullable Collection<AccessProvision> values) {
    return values == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(values);
  }

  static <T> ImmutableList<T> list(@Nullable Collection<T> values) {
    return values == null ? ImmutableList.of() : ImmutableList.copyOf(values);
  }

  static Map<String, String> attributes(@Nullable Map<String, String> attributes) {
    return attributes == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf(attributes);
  }
}
