package dev.copro.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An access provision an activity offers, or an access need a participant declared.
 *
 * <p>A need is met at an activity when the activity offers a provision equal to it. Provisions of
 * kind {@link AccessKind#OTHER} carry a label ("Makaton signing") and are equal when their labels
 * are equal ignoring case. In datasets a provision is written as its code ({@code "step-free"}) or
 * as {@code "other:LABEL"}.
 *
 * @param kind the kind of provision
 * @param label what the provision is, present exactly when {@code kind} is {@link
 *     AccessKind#OTHER}; stored trimmed and compared ignoring case
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AccessProvision(AccessKind kind, @Nullable String label)
    implements Comparable<AccessProvision> {

  private static final Comparator<AccessProvision> ORDER =
      Comparator.comparing(AccessProvision::kind)
          .thenComparing(p -> p.label == null ? "" : p.label.toLowerCase(java.util.Locale.ROOT));

  private static final Map<AccessKind, AccessProvision> LISTED = listed();

  /** Validates the pair: a label with OTHER and only with OTHER. */
  public AccessProvision {
    Objects.requireNonNull(kind, "kind");
    label = label == null ? null : label.trim();
    Records.requireLabel(kind, label, "label");
  }

  /**
   * A provision of a listed kind; use {@link #other(String)} for {@link AccessKind#OTHER}. The
   * provisions of listed kinds are shared: records read from a large file hold one each.
   */
  public static AccessProvision of(AccessKind kind) {
    return kind == AccessKind.OTHER
        ? new AccessProvision(kind, null)
        : Objects.requireNonNull(LISTED.get(kind), "every kind but OTHER is listed");
  }

  private static Map<AccessKind, AccessProvision> listed() {
    Map<AccessKind, AccessProvision> listed = new EnumMap<>(AccessKind.class);
    for (AccessKind kind : AccessKind.values()) {
      if (kind != AccessKind.OTHER) {
        listed.put(kind, new AccessProvision(kind, null));
      }
    }
    return listed;
  }

  /** A provision outside the listed kinds, described by {@code label}. */
  public static AccessProvision other(String label) {
    return new AccessProvision(AccessKind.OTHER, label);
  }

  /** The dataset form: the kind's code, or {@code other:LABEL}. */
  public String code() {
    return label == null ? kind.code() : "other:" + label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessProvision p && ORDER.compare(this, p) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, label == null ? null : label.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public int compareTo(AccessProvision other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code();
  }
}
