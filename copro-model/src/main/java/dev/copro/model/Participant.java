package dev.copro.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person who takes part, known only by a pseudonymous id.
 *
 * <p>Demographic attributes (age band, ethnicity, gender, area…) are kept as free key/value pairs
 * as of a date, so that breakdowns can use whatever a host records. Reports never show an
 * attribute value for a group smaller than the suppression minimum.
 *
 * @param id a pseudonymous id, unique among participants, never blank; never a name or NHS number
 * @param perspective the standpoint from which they take part
 * @param perspectiveLabel what "other" means, present exactly when {@code perspective} is
 *     {@link Perspective#OTHER}
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
@API(status = API.Status.STABLE, since = "0.1.0")
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
   * A participant whose asking about access needs is not recorded: the constructor of version 0.1.0.
   *
   * @since 0.1.0
   */
  public Participant(String id, Perspective perspective, @Nullable String perspectiveLabel, @Nullable LocalDate joined,
      @Nullable LocalDate left, Set<AccessProvision> accessNeeds, Map<String, String> attributes,
      @Nullable LocalDate attributesAsOf) {
    this(id, perspective, perspectiveLabel, joined, left, accessNeeds, attributes, attributesAsOf, null);
  }

  /** A participant with only an id and a perspective other than {@link Perspective#OTHER}. */
  public static Participant of(String id, Perspective perspective) {
    return new Participant(id, perspective, null, null, null, Set.of(), Map.of(), null);
  }
}
