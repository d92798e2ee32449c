package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person who takes part, known only by a pseudonymous id.
 *
 * <p>Demographic attributes (age band, ethnicity, gender, area…) are kept as free key/value pairs
 * as of a date, so that breakdowns can use whatever a host records. Reports never show an attribute
 * value for a group smaller than the suppression minimum.
 *
 * @param id a pseudonymous id, unique among participants, never blank; never a name or NHS number
 * @param perspective the standpoint from which they take part
 * @param perspectiveLabel what "other" means, present exactly when {@code perspective} is {@link
 *     Perspective#OTHER}
 * @param joined the day they joined, or {@code null} if not recorded
 * @param left the day they left, or {@code null} if they have not left; not before {@code joined}
 * @param accessNeeds the access needs they declared; empty if none, or if not asked (see {@code
 *     accessNeedsAsked})
 * @param attributes demographic or other attributes, keyed by attribute name
 * @param attributesAsOf the day the attributes were true, or {@code null} if not recorded
 * @param accessNeedsAsked whether they were asked about their access needs: {@code true} asked (so
 *     empty {@code accessNeeds} means none), {@code false} never asked, {@code null} not recorded.
 *     Since 0.2.0; files without it stay valid and read as not recorded.
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Participant(
    String id,
    Perspective perspective,
    @Nullable String perspectiveLabel,
    @Nullable LocalDate joined,
    @Nullable LocalDate left,
    Set<AccessProvision> accessNeeds,
    Map<String, String> attributes,
    @Nullable LocalDate attributesAsOf,
    @Nullable Boolean accessNeedsAsked) {

  /** Checks presence and the label rule, and takes immutable, ordered copies. */
  public Participant {
    Records.requireId(id, "id");
    Objects.requireNonNull(perspective, "perspective");
    Records.requireLabel(perspective, perspectiveLabel, "perspectiveLabel");
    accessNeeds = Records.provisions(accessNeeds);
    attributes = Records.attributes(attributes);
  }

  /**
   * A participant whose asking about access needs is not recorded: the constructor of version
   * 0.1.0.
   *
   * @since 0.1.0
   */
  public Participant(
      String id,
      Perspective perspective,
      @Nullable String perspectiveLabel,
      @Nullable LocalDate joined,
      @Nullable LocalDate left,
      Set<AccessProvision> accessNeeds,
      Map<String, String> attributes,
      @Nullable LocalDate attributesAsOf) {
    this(
        id,
        perspective,
        perspectiveLabel,
        joined,
        left,
        accessNeeds,
        attributes,
        attributesAsOf,
        null);
  }

  /** A participant with only an id and a perspective other than {@link Perspective#OTHER}. */
  public static Participant of(String id, Perspective perspective) {
    return new Participant(id, perspective, null, null, null, Set.of(), Map.of(), null);
  }

  /**
   * A builder for a participant with the given required values; the optional ones are named
   * setters. Unlike the constructor, a builder does not throw at the first bad value: it collects
   * every problem, and {@link Builder#build()} (or {@link
   * Dataset.Builder#add(Participant.Builder)}, with the problems of every other record) lists them
   * all in one {@link dev.copro.model.validation.InvalidInputException}.
   *
   * @param id a pseudonymous id (see {@link Pseudonymiser}); never a name or NHS number
   * @param perspective the standpoint from which they take part
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(@Nullable String id, @Nullable Perspective perspective) {
    return new Builder(id, perspective);
  }

  /**
   * Builds a {@link Participant}, checking each value as it is given and collecting the problems.
   * Optional values start empty. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("participant");
    private final @Nullable String id;
    private final @Nullable Perspective perspective;
    private @Nullable String perspectiveLabel;
    private @Nullable LocalDate joined;
    private @Nullable LocalDate left;
    private final Set<AccessProvision> accessNeeds = new LinkedHashSet<>();
    private final Map<String, String> attributes = new TreeMap<>();
    private @Nullable LocalDate attributesAsOf;
    private @Nullable Boolean accessNeedsAsked;

    private Builder(@Nullable String id, @Nullable Perspective perspective) {
      this.id = checks.id(id, "id");
      this.perspective = checks.required(perspective, "perspective");
    }

    /** What "other" means when the perspective is {@link Perspective#OTHER}. */
    public Builder perspectiveLabel(@Nullable String perspectiveLabel) {
      this.perspectiveLabel = perspectiveLabel;
      return this;
    }

    /** The day they joined. */
    public Builder joined(@Nullable LocalDate joined) {
      this.joined = joined;
      return this;
    }

    /** The day they left; not before the day they joined. */
    public Builder left(@Nullable LocalDate left) {
      this.left = left;
      return this;
    }

    /** Adds declared access needs. */
    public Builder accessNeeds(AccessKind... kinds) {
      for (AccessKind kind : kinds) {
        if (checks.required(kind, "accessNeeds") != null) {
          accessNeeds.add(AccessProvision.of(kind));
        }
      }
      return this;
    }

    /** Adds declared access needs, such as {@link AccessProvision#other(String)}. */
    public Builder accessNeeds(Collection<AccessProvision> needs) {
      for (AccessProvision need : needs) {
        if (checks.required(need, "accessNeeds") != null) {
          accessNeeds.add(need);
        }
      }
      return this;
    }

    /**
     * Whether they were asked about their access needs: {@code true} asked (so no needs declared
     * means none), {@code false} never asked; not called, not recorded.
     */
    public Builder accessNeedsAsked(@Nullable Boolean accessNeedsAsked) {
      this.accessNeedsAsked = accessNeedsAsked;
      return this;
    }

    /** Sets a demographic or other attribute, such as {@code attribute("age-band", "18-25")}. */
    public Builder attribute(String name, String value) {
      Records.attribute(checks, attributes, name, value);
      return this;
    }

    /** The day the attributes were true. */
    public Builder attributesAsOf(@Nullable LocalDate attributesAsOf) {
      this.attributesAsOf = attributesAsOf;
      return this;
    }

    /** Every problem: those found as values were given, and the rules between fields. */
    Checks problems() {
      Checks all = checks.copy();
      all.label(perspective, perspectiveLabel, "perspectiveLabel");
      if (joined != null && left != null && left.isBefore(joined)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "left",
            "The participant left on " + left + ", before they joined on " + joined + ".");
      }
      return all;
    }

    /** The id given, for problems. */
    @Nullable String id() {
      return id;
    }

    /** The participant; only called when there are no problems. */
    Participant create() {
      return new Participant(
          Objects.requireNonNull(id),
          Objects.requireNonNull(perspective),
          perspectiveLabel,
          joined,
          left,
          accessNeeds,
          attributes,
          attributesAsOf,
          accessNeedsAsked);
    }

    /**
     * Builds the participant.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field ({@code participant /left})
     */
    public Participant build() {
      return problems().build(RecordKind.PARTICIPANT, this::create);
    }
  }
}
